#!/bin/sh
# Golden tests: for every tests/regress/<area>/<case>/ holding laporan.yaml,
# `lakin layout --dump` must print <case>.expect and its diagnostics must
# equal <case>.diag (empty when absent).  UPDATE=1 rewrites the goldens.
lakin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
cd "$(dirname "$0")" || exit 2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
for d in */*/; do
	d=${d%/}
	[ -f "$d/laporan.yaml" ] || continue
	"$lakin" layout --dump "$d" >"$tmp/out" 2>"$tmp/err"
	[ -f "$d.diag" ] || : >"$tmp/nodiag"
	if [ -n "$UPDATE" ]; then
		cp "$tmp/out" "$d.expect"
		if [ -s "$tmp/err" ]; then cp "$tmp/err" "$d.diag"; else rm -f "$d.diag"; fi
	fi
	exp_diag="$d.diag"; [ -f "$exp_diag" ] || exp_diag="$tmp/nodiag"
	if diff -u "$d.expect" "$tmp/out" >"$tmp/diff" && diff -u "$exp_diag" "$tmp/err" >>"$tmp/diff"; then
		pass=$((pass + 1)); echo "ok $d"
	else
		fail=$((fail + 1)); head -40 "$tmp/diff"; echo "GAGAL $d"
	fi
done
# a case with a file `sama-dengan` must lay out exactly like the case it names
for f in */*/sama-dengan; do
	[ -f "$f" ] || continue
	d=${f%/sama-dengan}; other=$(dirname "$d")/$(cat "$f")
	if cmp -s "$d.expect" "$other.expect"; then
		pass=$((pass + 1)); echo "ok $d = $other"
	else
		fail=$((fail + 1)); echo "GAGAL $d berbeda dari $other"
	fi
done
echo "regress: $pass passed, $fail failed"
[ $fail -eq 0 ]
