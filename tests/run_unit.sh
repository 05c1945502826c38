#!/bin/sh
# Run the cmocka unit tests; print cmocka's own summaries and a total.
here=$(cd "$(dirname "$0")" && pwd)
export LSAN_OPTIONS="suppressions=$here/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
pass=0; fail=0
for t in "$@"; do
	out=$("$t" 2>&1); rc=$?
	n=$(printf '%s\n' "$out" | sed -n 's/^\[==========\] \([0-9]*\) test(s) run\./\1/p' | tail -1)
	[ -n "$n" ] || n=0
	if [ $rc -eq 0 ] && [ "$n" -gt 0 ]; then
		pass=$((pass + n)); echo "ok $(basename "$t"): $n"
	else
		f=$rc; [ "$f" -gt 0 ] || f=1
		fail=$((fail + f)); pass=$((pass + n - f))
		printf '%s\n' "$out"; echo "GAGAL $(basename "$t")"
	fi
done
echo "unit: $pass passed, $fail failed"
[ $fail -eq 0 ]
