#!/bin/sh
# make install into a fresh PREFIX outside the source tree; the installed
# lakin, run from /, builds the reference (also with --template/--fonts
# pointing at the installed folders) byte for byte like out/; the installed
# `lakin new` copies the installed starter report, which checks clean and
# builds; man -l renders the installed page without a warning; make
# uninstall leaves no file.
# usage: install-check.sh REPORT REFERENCE.pdf   (from the source tree)
report=$1; ref=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
src=$(pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/lakin-inst.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
p=$tmp/prefix
unset LAKIN_HOME
fail() { echo "install-check: GAGAL: $*"; exit 1; }

make --no-print-directory install PREFIX="$p" >"$tmp/log" 2>&1 || { cat "$tmp/log"; fail "make install"; }
for f in bin/lakin share/man/man1/lakin.1 share/lakin/templates/lakin/templat.yaml \
    share/lakin/templates/baru/laporan.yaml share/lakin/fonts/LiberationSans-Regular.ttf; do
	[ -f "$p/$f" ] || fail "$f tidak terpasang"
done
(cd / && "$p/bin/lakin" build -o "$tmp/a.pdf" "$src/content/$report") || fail "lakin terpasang gagal"
cmp -s "$tmp/a.pdf" "$ref" || fail "lakin terpasang menghasilkan PDF lain"
(cd / && "$p/bin/lakin" build --template "$p/share/lakin/templates/lakin" \
    --fonts "$p/share/lakin/fonts" -o "$tmp/b.pdf" "$src/content/$report") 2>/dev/null \
    || fail "--template/--fonts gagal"
cmp -s "$tmp/b.pdf" "$ref" || fail "--template/--fonts menghasilkan PDF lain"
(cd / && "$p/bin/lakin" new "$tmp/baru") 2>"$tmp/new.err" || { cat "$tmp/new.err"; fail "lakin new terpasang"; }
diff -r "$src/templates/baru" "$tmp/baru" >/dev/null || fail "lakin new terpasang menyalin isi lain"
(cd / && "$p/bin/lakin" check --strict "$tmp/baru") || fail "laporan dari lakin new terpasang tidak lolos check --strict"
(cd / && "$p/bin/lakin" build -o "$tmp/baru.pdf" "$tmp/baru") 2>/dev/null && [ -s "$tmp/baru.pdf" ] \
    || fail "laporan dari lakin new terpasang tidak dapat dibangun"
MANWIDTH=80 man -l "$p/share/man/man1/lakin.1" >"$tmp/man.txt" 2>"$tmp/man.err"
if [ -s "$tmp/man.err" ] || ! grep -q 'yaml-dupkey' "$tmp/man.txt"; then
	cat "$tmp/man.err"; fail "man -l lakin.1"
fi
make --no-print-directory uninstall PREFIX="$p" >"$tmp/log" 2>&1 || { cat "$tmp/log"; fail "make uninstall"; }
left=$(find "$p" ! -type d)
[ -z "$left" ] || fail "tertinggal sesudah uninstall: $left"
[ ! -e "$p/share/lakin" ] || fail "share/lakin tertinggal"
echo "install-check: lakin terpasang menghasilkan PDF yang sama (juga dengan --template/--fonts), lakin new terpasang menghasilkan laporan yang lolos check, man -l bersih, uninstall bersih"
