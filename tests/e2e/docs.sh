#!/bin/sh
# The README and lakin(1) list exactly the finding codes of
# generator/diag_msgs.h, the man page documents every option `lakin --help`
# names and every command, and it is lint-clean.
# usage: docs.sh LAKIN
lakin=$1
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
man=$repo/generator/lakin.1
fail=0
/usr/bin/python3 "$repo/generator/tools/codes.py" check "$repo/README.md" "$man" || fail=1
# each code once in each list
n=$(/usr/bin/python3 "$repo/generator/tools/codes.py" list | wc -l)
r=$(sed -n '/kode-temuan:mulai/,/kode-temuan:akhir/p' "$repo/README.md" | grep -c '^| `[a-z0-9-]*` | ')
m=$(grep -c '^\.It Li [a-z0-9-]* Pq ' "$man")
if [ "$n" -lt 100 ] || [ "$r" -ne "$n" ] || [ "$m" -ne "$n" ]; then
	echo "kode: $n di diag_msgs.h, $r di README.md, $m di lakin.1"; fail=1
fi
# every option and every command of the usage text
cmds=$("$lakin" --help | sed -n 's/^ *\(pemakaian: \)\{0,1\}lakin \([a-z][a-z]*\).*/\2/p' | sort -u)
[ -n "$cmds" ] || { echo "lakin --help tidak menyebut perintah"; fail=1; }
for o in $("$lakin" --help | grep -o -- '--*[a-z][a-z-]*' | sort -u) $cmds; do
	case $o in
	--*) pat="^\.It Fl -${o#--}\( \|$\)\|^\.Fl -${o#--}\( \|$\)" ;;
	-*) pat="^\.It Fl ${o#-}\( \|$\)" ;;
	*) pat="^\.It Cm $o\( \|$\)" ;;
	esac
	grep -q "$pat" "$man" || { echo "lakin.1 tidak menjelaskan $o"; fail=1; }
done
if command -v mandoc >/dev/null; then
	out=$(mandoc -Tlint "$man" 2>&1) || true
	[ -z "$out" ] || { echo "$out"; fail=1; }
fi
out=$(groff -mandoc -Tutf8 -ww "$man" 2>&1 >/dev/null)
[ -z "$out" ] || { echo "$out"; fail=1; }
[ $fail -eq 0 ] && echo "$n kode temuan di README.md dan lakin.1; lakin.1 bersih"
exit $fail
