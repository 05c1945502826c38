#!/bin/sh
# The CI examples for an agency's content repository (templates/ci/): their
# own commands, read from the YAML by run_ci.py, run on copies of the
# reference content: a clean copy must pass and leave the draft PDF where
# the artifact step takes it; a copy with an error must fail at the build
# and leave no PDF; the findings must reach the annotations.  The SARIF
# steps are skipped (and said so) while `lakin check --format sarif` does
# not exist.  The SARIF converter is checked on a sample either way.
# usage: run.sh LAKIN REPO_ROOT REFERENCE_CONTENT
lakin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$2" && pwd); content=$(cd "$3" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
ci=$root/templates/ci
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok() { pass=$((pass + 1)); echo "ok $1"; }
bad() { fail=$((fail + 1)); echo "GAGAL $1"; }
field() { python3 -c 'import json,sys; v=json.load(open(sys.argv[1]))[sys.argv[2]]; print(v if v is not None else "")' "$1" "$2"; }

# --- the converter, on a sample --------------------------------------
cd "$tmp" || exit 2
python3 "$ci/sarif-annotate.py" github "$here/contoh.sarif" >gh.out 2>gh.err
if diff -u "$here/contoh.github" gh.out && grep -q 'lakin: 3 temuan' gh.err; then
	ok sarif-ke-github; else bad sarif-ke-github; fi
python3 "$ci/sarif-annotate.py" gitlab "$here/contoh.sarif" gl.json 2>/dev/null
if python3 - gl.json <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
want = [('major', 'laporan/bab-1.yaml', 15), ('minor', 'laporan/pegawai.csv', 3), ('info', '', 1)]
got = [(x['severity'], x['location']['path'], x['location']['lines']['begin']) for x in r]
assert got == want, got
assert len({x['fingerprint'] for x in r}) == 3
assert r[0]['check_name'] == 'L0101' and r[0]['description'].startswith("penanda '**'")
PY
then ok sarif-ke-gitlab; else bad sarif-ke-gitlab; fi
: >empty.sarif
if python3 "$ci/sarif-annotate.py" gitlab empty.sarif gl0.json 2>e.err && grep -q 'bukan berkas SARIF' e.err \
   && [ "$(python3 -c 'import json; print(json.load(open("gl0.json")))')" = "[]" ]; then
	ok sarif-kosong-tidak-menggagalkan; else bad sarif-kosong-tidak-menggagalkan; fi

# --- does this lakin write SARIF yet? ---------------------------------
nosarif=--no-sarif
"$lakin" check --format sarif "$content" >probe.sarif 2>/dev/null
if python3 -c 'import json,sys; d=json.load(open("probe.sarif")); sys.exit(d.get("version")!="2.1.0")' 2>/dev/null; then
	nosarif=
else
	echo "lewati langkah SARIF: 'lakin check --format sarif' belum ada / skipping the SARIF steps: not there yet"
fi

# --- each CI file on a good and on a broken copy -----------------------
for kind in gitlab github; do
	case $kind in gitlab) file=$ci/gitlab-ci.yml ;; github) file=$ci/github/lakin.yml ;; esac
	for v in baik rusak; do
		repo=$tmp/$kind-$v; cp -R "$content" "$repo"
		[ $v = rusak ] && sed -i '0,/BKPSDM/s//**BKPSDM/' "$repo/bab-1-pendahuluan.yaml"
		mkdir -p "$tmp/res-$kind-$v"
		python3 "$here/run_ci.py" $kind "$file" "$repo" "$tmp/res-$kind-$v/r.json" $nosarif \
		    LAKIN_SRC="$root" LAKIN_PREFIX="$tmp/inst-$kind-$v" || { bad "$kind-$v tidak berjalan"; continue; }
		r=$tmp/res-$kind-$v/r.json; log=$tmp/res-$kind-$v/$kind.log
		st=$(field "$r" status); failed=$(field "$r" failed)
		# the install step ran, from this tree
		if [ -x "$tmp/inst-$kind-$v/bin/lakin" ] && grep -q '^\$ .*make -C "\$LAKIN_SRC" install' "$log"; then
			ok "$kind-$v memasang-lakin"; else bad "$kind-$v memasang-lakin"; fi
		pdf=$repo/$(python3 -c 'import json,sys; print([a for a in json.load(open(sys.argv[1]))["artifacts"] if a.endswith(".pdf")][0])' "$r")
		if [ $v = baik ]; then
			if [ "$st" = 0 ] && [ -f "$pdf" ] && pdftotext -l 2 "$pdf" - | grep -q DRAF; then
				ok "$kind-baik lulus, PDF draf jadi artefak"
			else cat "$log"; bad "$kind-baik lulus, PDF draf jadi artefak"; fi
		else
			case $failed in *"lakin build"*) f=1 ;; *) f=0 ;; esac
			# where the build says the error is: the annotation must say so too
			at=$(sed -n "s/^\(.*bab-1-pendahuluan\.yaml\):\([0-9]*\):[0-9]*: galat: penanda '\*\*'.*/\2/p" "$log" | head -1)
			if [ "$st" != 0 ] && [ $f = 1 ] && [ ! -f "$pdf" ] && [ -n "$at" ]; then
				ok "$kind-rusak gagal di build, tanpa PDF"
			else cat "$log"; bad "$kind-rusak gagal di build, tanpa PDF"; fi
		fi
		[ -n "$nosarif" ] && continue
		if [ $kind = gitlab ]; then
			[ $v = baik ] && want='' || want="bab-1-pendahuluan.yaml $at"
			python3 - "$repo/gl-code-quality.json" "$want" <<'PY' && ok "$kind-$v anotasi" || bad "$kind-$v anotasi"
import json, sys
r = json.load(open(sys.argv[1]))
assert isinstance(r, list)
if sys.argv[2]:
    path, line = sys.argv[2].split()
    assert any(x['location']['path'].endswith(path) and x['location']['lines']['begin'] == int(line)
               and x['severity'] == 'major' for x in r), r
PY
		else
			if [ $v = baik ] || grep -q "^::error file=[^,]*bab-1-pendahuluan.yaml,line=$at," "$log"; then
				ok "$kind-$v anotasi"; else bad "$kind-$v anotasi"; fi
		fi
	done
done
echo "ci: $pass passed, $fail failed"
[ $fail -eq 0 ]
