#!/bin/sh
# tests/good/run.sh LAKIN_BINARY
#
# What must succeed around the files a build reads and writes, on copies
# of tests/bad/base/ (a small valid report):
#
#   nama-*        `lakin build .`, `..` or `dir///` name the PDF after the
#                 real folder (never "..pdf")
#   tautan-dalam  symlinks that stay inside the report folder are fine
#
# Each check prints "ok NAME" or "GAGAL NAME: why", then "N passed, N failed";
# the exit status is 1 when a check failed.

set -u

if [ $# -ne 1 ]; then
	echo "pemakaian: $0 LAKIN_BINARY" >&2
	exit 2
fi

here=$(cd "$(dirname "$0")" && pwd -P) || exit 2
repo=$(cd "$here/../.." && pwd -P) || exit 2
bin=$1
case $bin in
/*) ;;
*) bin=$(pwd -P)/$bin ;;
esac
if [ ! -x "$bin" ]; then
	echo "$0: $bin tidak dapat dijalankan" >&2
	exit 2
fi

LC_ALL=C
export LC_ALL
unset LANG LANGUAGE
LAKIN_HOME=$repo
export LAKIN_HOME
LSAN_OPTIONS="suppressions=$repo/tests/lsan.supp:print_suppressions=0"
export LSAN_OPTIONS

tmp=$(mktemp -d "${TMPDIR:-/tmp}/lakin-good.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

if command -v timeout >/dev/null 2>&1; then
	limit="timeout 120"
else
	limit=
fi

passed=0
failed=0

ok() {
	echo "ok $1"
	passed=$((passed + 1))
}

fail() {
	echo "GAGAL $1: $2"
	failed=$((failed + 1))
}

# A fresh copy of the base report at $1.
report() {
	mkdir -p "$(dirname "$1")" && cp -R "$repo/tests/bad/base" "$1"
}

# Whether $1 is a complete PDF.
is_pdf() {
	[ "$(head -c 5 "$1" 2>/dev/null)" = "%PDF-" ] &&
	    tail -c 6 "$1" | grep -q '%%EOF'
}

# The temporary files beside $1 (any writer's), one a line.
temps() {
	for t in "$1".tmp-*; do
		[ -e "$t" ] && echo "$t"
	done
}

# ---- the PDF is named after the real folder ---------------------------
report "$tmp/nama/laporan-uji"
mkdir "$tmp/nama/laporan-uji/sub"
(cd "$tmp/nama/laporan-uji" && $limit "$bin" build . >/dev/null 2>"$tmp/err")
rc=$?
if [ "$rc" -ne 0 ]; then
	fail nama-titik "status $rc: $(cat "$tmp/err")"
elif [ -e "$tmp/nama/laporan-uji/..pdf" ]; then
	fail nama-titik "..pdf ditulis"
elif ! is_pdf "$tmp/nama/laporan-uji/laporan-uji.pdf"; then
	fail nama-titik "laporan-uji/laporan-uji.pdf tidak ditulis"
else
	ok nama-titik
fi
(cd "$tmp/nama" && $limit "$bin" build laporan-uji/// >/dev/null 2>"$tmp/err")
rc=$?
if [ "$rc" -ne 0 ]; then
	fail nama-garis-miring "status $rc: $(cat "$tmp/err")"
elif ! is_pdf "$tmp/nama/laporan-uji.pdf"; then
	fail nama-garis-miring "laporan-uji.pdf tidak ditulis"
else
	ok nama-garis-miring
fi
(cd "$tmp/nama/laporan-uji/sub" && $limit "$bin" build .. >/dev/null 2>"$tmp/err")
rc=$?
if [ "$rc" -ne 0 ]; then
	fail nama-dua-titik "status $rc: $(cat "$tmp/err")"
elif [ -e "$tmp/nama/laporan-uji/sub/...pdf" ]; then
	fail nama-dua-titik "...pdf ditulis"
elif ! is_pdf "$tmp/nama/laporan-uji/sub/laporan-uji.pdf"; then
	fail nama-dua-titik "sub/laporan-uji.pdf tidak ditulis"
else
	ok nama-dua-titik
fi

# ---- symlinks that stay inside the folder ------------------------------
d=$tmp/dalam/laporan
report "$d"
mkdir "$d/isi"
mv "$d/bab-1.yaml" "$d/isi/bab-1.yaml"
cat >>"$d/isi/bab-1.yaml" <<'EOF'
  - tabel:
      judul: Sarana
      kolom: [ { judul: No., jenis: angka }, Jenis ]
      baris: data.csv
EOF
printf 'No.,Jenis\n1,Meja\n' >"$d/isi/data.csv"
ln -s isi/bab-1.yaml "$d/bab-1.yaml"
ln -s "$d/isi/data.csv" "$d/data.csv"	# absolute, still inside
(cd "$tmp/dalam" && $limit "$bin" build -o out.pdf laporan >/dev/null 2>"$tmp/err")
rc=$?
if [ "$rc" -ne 0 ]; then
	fail tautan-dalam "status $rc: $(cat "$tmp/err")"
elif ! is_pdf "$tmp/dalam/out.pdf"; then
	fail tautan-dalam "out.pdf tidak ditulis"
else
	ok tautan-dalam
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
