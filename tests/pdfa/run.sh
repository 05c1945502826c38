#!/bin/sh
# PDF/A-1b: Apache PDFBox preflight (Debian libpdfbox2-java) must find no
# error in the reference report nor in any regress report that renders;
# qpdf and poppler must stay silent on each; the output is the same bytes
# on every build; the dates come from SOURCE_DATE_EPOCH or the content;
# XMP survives markup characters in the agency's name; every CIDSet is
# exact (cidset.py: preflight accepts a wrong one).  One JVM validates
# every file (Validator_A1b "group" mode): java start-up is paid once.
# usage: run.sh LAKIN REFERENCE_CONTENT REFERENCE_PDF [CONTENT PDF ...]
# (each further CONTENT PDF pair: another agency's report, validated too)
lakin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
content=$2; ref=$3
shift 3
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok() { pass=$((pass + 1)); echo "ok $1"; }
bad() { fail=$((fail + 1)); echo "GAGAL $1"; }
J=/usr/share/java
CP=$J/preflight.jar:$J/pdfbox2.jar:$J/xmpbox.jar:$J/fontbox2.jar:$J/commons-logging.jar:$J/javax.activation.jar:$J/jaxb-api.jar

# qpdf and poppler find nothing to say about $1
tools_clean() {
	qpdf --check "$1" >"$tmp/q" 2>&1 && grep -q 'No syntax or stream encoding errors' "$tmp/q" \
	    && ! grep -qi warning "$tmp/q" || { cat "$tmp/q"; return 1; }
	pdftotext "$1" /dev/null 2>"$tmp/p"; pdffonts "$1" >/dev/null 2>>"$tmp/p"
	pdfimages -list "$1" >/dev/null 2>>"$tmp/p"; pdfinfo "$1" >/dev/null 2>>"$tmp/p"
	[ ! -s "$tmp/p" ] || { cat "$tmp/p"; return 1; }
}

: >"$tmp/list"
n=0
add() { n=$((n + 1)); cp "$1" "$tmp/f$n.pdf"; echo "$tmp/f$n.pdf $2" >>"$tmp/names"; echo "$tmp/f$n.pdf" >>"$tmp/list"; }

# the reference report, and the same bytes when built again
add "$ref" referensi
if "$lakin" build -o "$tmp/again.pdf" "$content" 2>/dev/null && cmp -s "$ref" "$tmp/again.pdf"; then
	ok byte-identik; else bad byte-identik; fi
# ... and from a copy in another folder, named by an absolute path (the /ID
# is a hash of the content, not of where it lies)
mkdir "$tmp/lain"; cp -R "$content" "$tmp/lain/salinan"
if (cd / && "$lakin" build -o "$tmp/lain.pdf" "$tmp/lain/salinan" 2>/dev/null) && cmp -s "$ref" "$tmp/lain.pdf"; then
	ok byte-identik-folder-lain; else bad byte-identik-folder-lain; fi
tools_clean "$ref" && ok referensi-qpdf-poppler || bad referensi-qpdf-poppler

# dates: the content's (tanggal: Februari 2025), SOURCE_DATE_EPOCH's, never the clock
if pdfinfo "$ref" | grep -q '^CreationDate: *Sat Feb  1 00:00:00 2025 UTC' \
   && pdfinfo "$ref" | grep -q '^ModDate: *Sat Feb  1 00:00:00 2025 UTC'; then
	ok tanggal-isi; else pdfinfo "$ref" | grep Date; bad tanggal-isi; fi
SOURCE_DATE_EPOCH=1735732800 "$lakin" build -o "$tmp/epoch.pdf" "$content" 2>/dev/null
if TZ=UTC pdfinfo "$tmp/epoch.pdf" | grep -q '^CreationDate: *Wed Jan  1 12:00:00 2025 UTC' \
   && ! cmp -s "$ref" "$tmp/epoch.pdf"; then
	ok tanggal-source-date-epoch; add "$tmp/epoch.pdf" source-date-epoch
else bad tanggal-source-date-epoch; fi
SOURCE_DATE_EPOCH=kemarin "$lakin" build -o "$tmp/junk.pdf" "$content" 2>"$tmp/junk.err"
if grep -q "SOURCE_DATE_EPOCH 'kemarin' bukan jumlah detik" "$tmp/junk.err" && cmp -s "$ref" "$tmp/junk.pdf"; then
	ok source-date-epoch-keliru; else cat "$tmp/junk.err"; bad source-date-epoch-keliru; fi

# the other agencies' reports: the PDF make wrote, the same bytes again
while [ $# -ge 2 ]; do
	other=$(basename "$1")
	if "$lakin" build -o "$tmp/other.pdf" "$1" 2>/dev/null && cmp -s "$2" "$tmp/other.pdf"; then
		ok "byte-identik $other"; else bad "byte-identik $other"; fi
	tools_clean "$2" && ok "$other-qpdf-poppler" || bad "$other-qpdf-poppler"
	add "$2" "$other"
	shift 2
done

# the draft the CI examples build (templates/ci/)
if "$lakin" build --draft -o "$tmp/draf.pdf" "$content" 2>/dev/null; then add "$tmp/draf.pdf" draf
else bad draf-dirender; fi

# markup characters in what the XMP packet carries
mkdir "$tmp/xml"; cp -R "$here/../regress/layout/citra-ttd-cap/." "$tmp/xml/"
sed -i 's/^  nama: BADAN CONTOH$/  nama: BADAN "CONTOH" \& <UJI> '"'"'A'"'"'/' "$tmp/xml/laporan.yaml"
if "$lakin" build -o "$tmp/xml.pdf" "$tmp/xml" 2>"$tmp/xml.err" \
   && python3 "$here/xmp.py" "$tmp/xml.pdf" 'BADAN "CONTOH" & <UJI> '"'"'A'"'"; then
	ok xmp-escape; add "$tmp/xml.pdf" xmp-escape
else cat "$tmp/xml.err"; bad xmp-escape; fi
python3 "$here/xmp.py" "$ref" 'BADAN KEPEGAWAIAN' && ok xmp-referensi || bad xmp-referensi

# every regress report that renders
skipped=0
for d in "$here"/../regress/*/*/; do
	[ -f "$d/laporan.yaml" ] || continue
	name=$(basename "$(dirname "$d")")/$(basename "$d")
	if "$lakin" build -o "$tmp/r.pdf" "$d" >/dev/null 2>&1; then
		tools_clean "$tmp/r.pdf" || bad "qpdf-poppler $name"
		add "$tmp/r.pdf" "$name"
	else skipped=$((skipped + 1)); fi
done
echo "pdfa: $n berkas divalidasi, $skipped kasus regress tidak dirender (galat yang disengaja)"

# every font's CIDSet names exactly the CIDs shown (preflight only wants one)
cids=0
while read -r f name; do
	python3 "$here/cidset.py" "$f" 2>"$tmp/cid.err" || { cat "$tmp/cid.err"; bad "cidset $name"; cids=1; }
done <"$tmp/names"
[ $cids = 0 ] && ok "cidset-tepat ($n berkas)"

# the validator can fail: a copy whose metadata the catalog no longer names
python3 -c 'import sys; d=open(sys.argv[1],"rb").read(); open(sys.argv[2],"wb").write(d.replace(b"/Metadata ",b"/Metadatx ",1))' \
    "$ref" "$tmp/neg.pdf"
echo "$tmp/neg.pdf" >>"$tmp/list"

java -cp "$CP" org.apache.pdfbox.preflight.Validator_A1b xml group "$tmp/list" >"$tmp/java.out" 2>&1
python3 - "$tmp/list.preflight.xml" "$tmp/names" "$tmp/neg.pdf" >"$tmp/res" <<'PY'
import sys, os, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
names = dict(l.split(' ', 1) for l in open(sys.argv[2]).read().splitlines())
names = {os.path.basename(k): v for k, v in names.items()}
neg = os.path.basename(sys.argv[3])
seen = set()
for p in root.findall('preflight'):
    f = p.get('name'); seen.add(f)
    valid = p.findtext('isValid') == 'true'
    if f == neg:
        print(('ok' if not valid else 'GAGAL') + ' validator-menolak-salinan-rusak')
        continue
    errs = ['%s %s' % (e.findtext('code'), e.findtext('details')) for e in p.iter('error')]
    print(('ok' if valid else 'GAGAL') + ' pdfa-1b ' + names.get(f, f))
    for e in sorted(set(errs))[:10]:
        print('   ', e)
for f, v in names.items():
    if f not in seen:
        print('GAGAL pdfa-1b tidak divalidasi: ' + v)
PY
if [ ! -s "$tmp/res" ]; then cat "$tmp/java.out"; bad preflight-jalan; fi
cat "$tmp/res"
pass=$((pass + $(grep -c '^ok' "$tmp/res"))); fail=$((fail + $(grep -c '^GAGAL' "$tmp/res")))
echo "pdfa: $pass passed, $fail failed"
[ $fail -eq 0 ]
