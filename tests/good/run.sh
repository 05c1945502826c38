#!/bin/sh
# tests/good/run.sh LAKIN_BINARY
#
# What must succeed around the files a build reads and writes, on copies
# of tests/bad/base/ (a small valid report):
#
#   nama-*        `lakin build .`, `..` or `dir///` name the PDF after the
#                 real folder (never "..pdf")
#   tautan-dalam  symlinks that stay inside the report folder are fine
#   sinyal-*      a build stopped by SIGINT/SIGTERM/SIGHUP just before its
#                 temporary file is renamed leaves no temporary file and
#                 the previous PDF as it was (signal_shim.c, LD_PRELOADed,
#                 sends the signal from inside fsync(2))
#   sapu-sisa     what SIGKILL leaves behind is swept by the next build of
#                 the same output; a live writer's file and another
#                 output's file are kept
#   bersamaan     two builds of the same output at once both succeed and
#                 leave the same valid PDF as one build alone
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

# ---- signals while the temporary file exists ---------------------------
shim=$tmp/signal_shim.so
if ! ${CC:-cc} -shared -fPIC -o "$shim" "$here/signal_shim.c" -ldl \
    2>"$tmp/cc.log"; then
	fail sinyal "signal_shim.c tidak dapat dikompilasi: $(cat "$tmp/cc.log")"
	shim=
fi
# An ASan binary must accept a preloaded library before its runtime.
ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0
export ASAN_OPTIONS

report "$tmp/sinyal/laporan"
(cd "$tmp/sinyal" && $limit "$bin" build -o lama.pdf laporan >/dev/null 2>&1)
if ! is_pdf "$tmp/sinyal/lama.pdf"; then
	fail sinyal "PDF pertama tidak ditulis"
	shim=
fi
for s in INT:2 TERM:15 HUP:1; do
	[ -n "$shim" ] || break
	name=${s%:*}
	num=${s#*:}
	cp "$tmp/sinyal/lama.pdf" "$tmp/sinyal/out.pdf"
	# "; exit": the subshell waits, so its "Terminated" goes to err too
	(cd "$tmp/sinyal" && LD_PRELOAD=$shim LAKIN_TEST_SIGNAL=$num \
	    $limit "$bin" build -o out.pdf laporan; exit) >/dev/null 2>"$tmp/err"
	rc=$?
	left=$(temps "$tmp/sinyal/out.pdf")
	rm -f "$tmp/sinyal/out.pdf".tmp-*	# a failure is told once
	if [ "$rc" -ne $((128 + num)) ]; then
		fail "sinyal-$name" "status $rc, bukan $((128 + num)) (mati oleh SIG$name): $(cat "$tmp/err")"
	elif [ -n "$left" ]; then
		fail "sinyal-$name" "berkas sementara tertinggal: $left"
	elif ! cmp -s "$tmp/sinyal/lama.pdf" "$tmp/sinyal/out.pdf"; then
		fail "sinyal-$name" "PDF lama berubah"
	else
		ok "sinyal-$name"
	fi
done

# ---- the next build sweeps what SIGKILL left -----------------------------
if [ -n "$shim" ]; then
	d=$tmp/sinyal
	cp "$d/lama.pdf" "$d/out.pdf"
	(cd "$d" && LD_PRELOAD=$shim LAKIN_TEST_SIGNAL=9 \
	    $limit "$bin" build -o out.pdf laporan; exit) >/dev/null 2>&1
	rc=$?
	left=$(temps "$d/out.pdf")
	dead=$(sh -c 'echo $$')
	# a live writer (this shell) and another output's leftover stay
	: >"$d/out.pdf.tmp-$$-Hidup1"
	: >"$d/lain.pdf.tmp-$dead-Lain01"
	if [ "$rc" -ne 137 ] || [ -z "$left" ] || [ ! -f "$left" ]; then
		fail sapu-sisa "SIGKILL tidak meninggalkan satu berkas sementara (status $rc): $left"
	else
		(cd "$d" && $limit "$bin" build -o out.pdf laporan >/dev/null \
		    2>"$tmp/err")
		rc=$?
		if [ "$rc" -ne 0 ]; then
			fail sapu-sisa "status $rc: $(cat "$tmp/err")"
		elif [ ! -e "$d/out.pdf.tmp-$$-Hidup1" ]; then
			fail sapu-sisa "berkas penulis yang masih hidup terhapus"
		elif [ ! -e "$d/lain.pdf.tmp-$dead-Lain01" ]; then
			fail sapu-sisa "berkas keluaran lain terhapus"
		elif [ "$(temps "$d/out.pdf")" != "$d/out.pdf.tmp-$$-Hidup1" ]; then
			fail sapu-sisa "sisa tidak disapu: $(temps "$d/out.pdf")"
		elif ! is_pdf "$d/out.pdf"; then
			fail sapu-sisa "out.pdf tidak utuh"
		else
			ok sapu-sisa
		fi
	fi
	rm -f "$d/out.pdf.tmp-$$-Hidup1" "$d/lain.pdf.tmp-$dead-Lain01"
fi

# ---- concurrent builds of one output -------------------------------------
d=$tmp/bersamaan
report "$d/laporan"
(cd "$d" && $limit "$bin" build -o sendiri.pdf laporan >/dev/null 2>&1)
why=
for round in 1 2 3 4 5; do
	(cd "$d" && $limit "$bin" build -o out.pdf laporan >/dev/null \
	    2>"$d/err1"; echo $? >"$d/rc1") &
	(cd "$d" && $limit "$bin" build -o out.pdf laporan >/dev/null \
	    2>"$d/err2"; echo $? >"$d/rc2") &
	wait
	if [ "$(cat "$d/rc1")" != 0 ] || [ "$(cat "$d/rc2")" != 0 ]; then
		why="putaran $round: status $(cat "$d/rc1") dan $(cat "$d/rc2"): $(cat "$d/err1" "$d/err2")"
		break
	fi
	if ! cmp -s "$d/sendiri.pdf" "$d/out.pdf"; then
		why="putaran $round: out.pdf tidak sama dengan satu build sendiri"
		break
	fi
	if [ -n "$(temps "$d/out.pdf")" ]; then
		why="putaran $round: berkas sementara tertinggal"
		break
	fi
done
if ! is_pdf "$d/sendiri.pdf"; then
	fail bersamaan "build sendiri tidak menulis PDF"
elif [ -n "$why" ]; then
	fail bersamaan "$why"
else
	ok bersamaan
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
