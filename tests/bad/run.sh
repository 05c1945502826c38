#!/bin/sh
# tests/bad/run.sh LAKIN_BINARY
#
# The bad-input corpus.  base/ is a small valid report; every NN-name/
# directory holds only what differs from it:
#
#   *.yaml, ...   overlaid on a fresh copy of base/ (named NN-name)
#   expect.diag   the exact expected stderr (required)
#   args          extra command-line arguments, e.g. "--lang en"
#   gen.sh        run inside the copy, for files too big or too binary to
#                 keep in git (a 5 MiB YAML, invalid UTF-8 bytes)
#   home/         copied and used as LAKIN_HOME (templates/, fonts/)
#
# Each case runs as `cd TMP && lakin build -o NN-name.pdf ARGS NN-name`, so
# diagnostics name files as NN-name/bab-1.yaml:LINE:COL.  A copy of a good
# PDF sits at the output path first.  A case passes when the exit status is
# exactly 2, stderr equals expect.diag, the old PDF is byte-identical
# afterwards, no *.tmp-* file is left next to it, and nothing crashed
# (signal, AddressSanitizer, UBSan "runtime error").
#
# In stderr the LAKIN_HOME of the case is written @HOME@, and the root
# lakin derives from its own path (the nearest ancestor of its folder holding
# templates/) @EXEROOT@, so the
# expectations hold on any machine and any build directory.
#
# Environment: LAKIN_BAD_KEEP=1 keeps the temporary directory;
# LAKIN_BAD_BLESS=1 writes the current stderr into every expect.diag (read
# each one before committing: a bad message must not become the standard).
# Also run under ASan: tests/lsan.supp silences libhyphen's known leak.

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
realbin=$(readlink -f "$bin" 2>/dev/null) || realbin=$bin
# As find_root() in generator/template.c: the nearest of <bin>/../.. to
# <bin>/../../../.. holding templates/, else <bin>/../../.. .
exeroot=$(dirname "$(dirname "$(dirname "$realbin")")")
d=$(dirname "$(dirname "$realbin")")
for _ in 1 2 3; do
	[ -d "$d/templates" ] && { exeroot=$d; break; }
	d=$(dirname "$d")
done

LC_ALL=C
export LC_ALL
unset LANG LANGUAGE LAKIN_HOME
LSAN_OPTIONS="suppressions=$repo/tests/lsan.supp:print_suppressions=0"
export LSAN_OPTIONS
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
export UBSAN_OPTIONS

tmp=$(mktemp -d "${TMPDIR:-/tmp}/lakin-bad.XXXXXX") || exit 2
if [ "${LAKIN_BAD_KEEP:-0}" = 1 ]; then
	echo "sementara: $tmp"
else
	trap 'rm -rf "$tmp"' EXIT
	trap 'exit 130' INT TERM
fi

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

# Sanitizer reports or a death by signal: a crash, whatever the case says.
crashed() {	# rc stderr-file
	[ "$1" -ge 128 ] && return 0
	grep -E 'ERROR: (Address|Leak)Sanitizer|runtime error|Sanitizer:' \
	    "$2" >/dev/null 2>&1
}

# Literal (not regex) replacement of $2 by $3 on stdin.
subst() {
	if [ -z "$2" ]; then
		cat
		return
	fi
	awk -v from="$2" -v to="$3" '{
		out = ""
		while ((i = index($0, from)) > 0) {
			out = out substr($0, 1, i - 1) to
			$0 = substr($0, i + length(from))
		}
		print out $0
	}'
}

# ---- positive check: base builds ------------------------------------
mkdir "$tmp/base" && cp -R "$here/base" "$tmp/base/base" || exit 2
(cd "$tmp/base" && LAKIN_HOME=$repo $limit "$bin" build -o base.pdf base \
    </dev/null >stdout 2>stderr)
rc=$?
prev=$tmp/prev.pdf
if crashed "$rc" "$tmp/base/stderr"; then
	fail base "crash (status $rc)"
	sed 's/^/    /' "$tmp/base/stderr"
elif [ "$rc" -ne 0 ]; then
	fail base "status $rc, bukan 0"
	sed 's/^/    /' "$tmp/base/stderr"
elif [ "$(head -c 5 "$tmp/base/base.pdf" 2>/dev/null)" != "%PDF-" ]; then
	fail base "base.pdf tidak ditulis atau tidak diawali %PDF-"
else
	ok base
	cp "$tmp/base/base.pdf" "$prev"
fi
# without a real one, any fixed bytes stand for the old PDF
[ -f "$prev" ] || printf '%%PDF-1.4\n%% PDF lama\n%%%%EOF\n' >"$prev"

# ---- the cases ------------------------------------------------------
for c in "$here"/[0-9]*/; do
	[ -d "$c" ] || continue
	c=${c%/}
	name=${c##*/}
	d=$tmp/run/$name
	mkdir -p "$d" && cp -R "$here/base" "$d/$name" || {
		fail "$name" "tidak dapat menyalin base"
		continue
	}
	for f in "$c"/* "$c"/.[!.]*; do
		[ -e "$f" ] || continue
		case ${f##*/} in
		expect.diag | args | gen.sh | home) continue ;;
		esac
		cp -R "$f" "$d/$name/"
	done
	if [ -d "$c/home" ]; then
		cp -R "$c/home" "$d/home"
		home=$d/home
	else
		home=$repo
	fi
	if [ -f "$c/gen.sh" ] &&
	    ! (cd "$d/$name" && sh "$c/gen.sh") >"$d/gen.log" 2>&1; then
		fail "$name" "gen.sh gagal"
		sed 's/^/    /' "$d/gen.log"
		continue
	fi
	args=
	[ -f "$c/args" ] && args=$(cat "$c/args")
	cp "$prev" "$d/$name.pdf"

	set -f
	# shellcheck disable=SC2086  # args is a word list on purpose
	(cd "$d" && LAKIN_HOME=$home $limit "$bin" build -o "$name.pdf" \
	    $args "$name" </dev/null >stdout 2>stderr)
	rc=$?
	set +f
	subst x "$home" @HOME@ <"$d/stderr" |
	    subst x "$exeroot" @EXEROOT@ >"$d/actual.diag"

	if crashed "$rc" "$d/stderr"; then
		fail "$name" "crash (status $rc)"
		sed 's/^/    /' "$d/stderr"
		continue
	fi
	if [ "${LAKIN_BAD_BLESS:-0}" = 1 ]; then
		cp "$d/actual.diag" "$c/expect.diag"
	fi
	why=
	if [ "$rc" -ne 2 ]; then
		why="status $rc, bukan 2"
	elif [ ! -f "$c/expect.diag" ]; then
		why="expect.diag tidak ada"
	elif ! cmp -s "$c/expect.diag" "$d/actual.diag"; then
		why="stderr berbeda dari expect.diag"
	elif ! cmp -s "$prev" "$d/$name.pdf"; then
		why="PDF lama di $name.pdf berubah atau hilang"
	else
		for t in "$d"/*.tmp-*; do
			if [ -e "$t" ]; then
				why="berkas sementara tertinggal: ${t##*/}"
				break
			fi
		done
	fi
	if [ -n "$why" ]; then
		fail "$name" "$why"
		if [ -f "$c/expect.diag" ]; then
			diff -u "$c/expect.diag" "$d/actual.diag" |
			    sed 's/^/    /'
		else
			sed 's/^/    /' "$d/actual.diag"
		fi
	else
		ok "$name"
	fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
