#!/bin/sh
# End-to-end checks of the rendered report with real PDF tools.
# usage: run.sh LAKIN CONTENT_DIR PDF
lakin=$1; content=$2; pdf=$3
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok() { pass=$((pass + 1)); echo "ok $1"; }
bad() { fail=$((fail + 1)); echo "GAGAL $1"; }

# qpdf finds no damage
if qpdf --check "$pdf" >"$tmp/qpdf" 2>&1 && grep -q 'No syntax or stream encoding errors' "$tmp/qpdf" \
   && ! grep -qi warning "$tmp/qpdf"; then ok qpdf-check; else cat "$tmp/qpdf"; bad qpdf-check; fi

# every font embedded (and subset), no poppler warnings
pdffonts "$pdf" >"$tmp/fonts" 2>"$tmp/fonts.err"
if [ ! -s "$tmp/fonts.err" ] && [ "$(tail -n +3 "$tmp/fonts" | wc -l)" -ge 2 ] \
   && ! tail -n +3 "$tmp/fonts" | awk '{ if ($(NF-4) != "yes") exit 1 }' ; then
	bad fonts-embedded; cat "$tmp/fonts" "$tmp/fonts.err"
elif [ -s "$tmp/fonts.err" ]; then bad fonts-embedded; cat "$tmp/fonts.err"
else ok fonts-embedded; fi

# no poppler warnings from text extraction and info
pdftotext "$pdf" "$tmp/all.txt" 2>"$tmp/tt.err"; pdfinfo "$pdf" >"$tmp/info" 2>>"$tmp/tt.err"
if [ ! -s "$tmp/tt.err" ]; then ok poppler-silent; else cat "$tmp/tt.err"; bad poppler-silent; fi

# document information
if grep -q '^Title: *LAPORAN KINERJA' "$tmp/info" && grep -q '^Author: *BADAN KEPEGAWAIAN' "$tmp/info" \
   && grep -q '^Page size: *595.276 x 841.89' "$tmp/info"; then ok pdf-info; else cat "$tmp/info"; bad pdf-info; fi

# every paragraph and list item of the content, in order (text area only,
# so running headers and footers do not split paragraphs)
/usr/bin/python3 "$here/sentences.py" "$content" >"$tmp/expected"
npages=$(sed -n 's/^Pages: *//p' "$tmp/info")
pdfinfo -f 1 -l "$npages" "$pdf" | sed -n 's/^Page *\([0-9]*\) size: *\([0-9.]*\) x \([0-9.]*\).*/\1 \2 \3/p' >"$tmp/sizes"
# page by page: a landscape page's text area is wider and shorter
: >"$tmp/body.txt"
while read -r n w h; do
	w=${w%.*}; h=${h%.*}
	pdftotext -f "$n" -l "$n" -x 0 -y 62 -W "$w" -H $((h - 124)) "$pdf" - >>"$tmp/body.txt"
done <"$tmp/sizes"
if /usr/bin/python3 "$here/check_text.py" "$tmp/body.txt" "$tmp/expected" >"$tmp/text.out"; then
	ok "narrative-complete ($(tail -1 "$tmp/text.out"))"
else cat "$tmp/text.out"; bad narrative-complete; fi
# the committed list still matches the content (regenerate with sentences.py)
if cmp -s "$tmp/expected" "$here/expected-sentences.txt"; then ok expected-list-current
else diff "$here/expected-sentences.txt" "$tmp/expected" | head; bad expected-list-current; fi

# page labels: cover, roman front matter, BAB dividers, arabic body, Lampiran
qpdf --json "$pdf" >"$tmp/json" 2>/dev/null
/usr/bin/python3 "$here/labels.py" "$tmp/json" >"$tmp/labels"
if [ "$(sed -n 1p "$tmp/labels")" = Sampul ] && [ "$(sed -n 2p "$tmp/labels")" = i ] \
   && grep -qx 'BAB I' "$tmp/labels" && [ "$(grep -A1 -x 'BAB I' "$tmp/labels" | tail -1)" = 1 ] \
   && grep -qx 'L-1' "$tmp/labels"; then ok page-labels
else tr '\n' ' ' <"$tmp/labels"; echo; bad page-labels; fi

# the printed page number in each footer equals the page label
n=0; mism=0
while read -r lab; do
	n=$((n + 1))
	case "$lab" in Sampul|BAB*|Lampiran) continue ;; esac
	# the footer strip, right half, of a portrait or landscape page
	set -- $(sed -n "${n}p" "$tmp/sizes")
	w=${2%.*}; h=${3%.*}
	foot=$(pdftotext -f $n -l $n -x $((w / 2)) -y $((h - 62)) -W $((w / 2)) -H 62 "$pdf" - 2>/dev/null | tr -d ' \f\n')
	[ "$foot" = "$lab" ] || { mism=$((mism + 1)); echo "halaman $n: label $lab, tercetak '$foot'"; }
done <"$tmp/labels"
if [ $mism -eq 0 ] && [ $n -gt 10 ]; then ok printed-numbers-match-labels; else bad printed-numbers-match-labels; fi

# every figure is drawn (charts from data, the organisation chart), not a bare caption
mkdir -p "$tmp/pages"
while read -r n w h; do pdftotext -f "$n" -l "$n" "$pdf" "$tmp/pages/$n.txt"; done <"$tmp/sizes"
qpdf --json=2 --json-key=pages --json-key=qpdf --json-stream-data=inline \
    --decode-level=generalized "$pdf" "$tmp/fig.json" 2>/dev/null
if /usr/bin/python3 "$here/figures.py" "$tmp/fig.json" "$tmp/pages" >"$tmp/fig.out"; then
	ok "figures-drawn ($(tr '\n' ';' <"$tmp/fig.out"))"
else cat "$tmp/fig.out"; bad figures-drawn; fi

# determinism: a second build is byte-identical
if "$lakin" build -o "$tmp/again.pdf" "$content" && cmp -s "$pdf" "$tmp/again.pdf"; then ok byte-identical
else bad byte-identical; fi

# --lang en changes the messages, never the report
if "$lakin" build --lang en -o "$tmp/en.pdf" "$content" 2>"$tmp/en.err" && cmp -s "$pdf" "$tmp/en.pdf" \
   && grep -q ': warning: ' "$tmp/en.err" && ! grep -q ': peringatan: ' "$tmp/en.err"; then ok lang-en-same-report
else bad lang-en-same-report; fi

# --draft marks pages and leaves the normal output alone
if "$lakin" build --draft -o "$tmp/draft.pdf" "$content" && pdftotext -f 5 -l 5 "$tmp/draft.pdf" - | grep -q DRAF \
   && ! cmp -s "$tmp/draft.pdf" "$pdf"; then ok draft-mark; else bad draft-mark; fi

# LAKIN_WAKTU=1 (make bench): one line of stage times on stderr, the same
# PDF; without it no such line
LAKIN_WAKTU=1 "$lakin" build -o "$tmp/timed.pdf" "$content" 2>"$tmp/timed.err"; t0=$?
"$lakin" build -o "$tmp/untimed.pdf" "$content" 2>"$tmp/untimed.err"
if [ $t0 -eq 0 ] && [ "$(grep -c '^waktu (ms): muat [0-9.]* periksa [0-9.]* turunan [0-9.]* tata-letak [0-9.]* render [0-9.]* simpan [0-9.]* jumlah [0-9.]*$' "$tmp/timed.err")" = 1 ] \
   && ! grep -q '^waktu' "$tmp/untimed.err" && cmp -s "$tmp/timed.pdf" "$pdf" \
   && [ "$(grep -v '^waktu' "$tmp/timed.err")" = "$(cat "$tmp/untimed.err")" ]; then ok stage-times
else cat "$tmp/timed.err"; bad stage-times; fi

# check and layout commands
if "$lakin" check "$content" && "$lakin" layout --dump "$content" | grep -q '^page 1 '; then ok cli-check-layout
else bad cli-check-layout; fi

# the tables: every caption, Lanjutan Tabel 1.6, all 322 inventory rows,
# Indonesian numbers
if /usr/bin/python3 "$here/tables.py" "$content" "$pdf" >"$tmp/tables.out"; then
	ok "tables ($(tail -1 "$tmp/tables.out"))"
else cat "$tmp/tables.out"; bad tables; fi

# one budget fact changed: exactly the figures derived from it change
if /usr/bin/python3 "$here/derived.py" "$lakin" "$content" >"$tmp/derived.out"; then
	ok "derived ($(tail -1 "$tmp/derived.out"))"
else cat "$tmp/derived.out"; bad derived; fi

# lakin diff: one fact changed lists it and exactly what derives from it
if /usr/bin/python3 "$here/diff.py" "$lakin" "$content" >"$tmp/diff.out"; then
	ok "diff ($(tail -1 "$tmp/diff.out"))"
else cat "$tmp/diff.out"; bad diff; fi

# lakin watch: a save rebuilds, an error keeps the last good PDF, SIGINT exits 0
if /usr/bin/python3 "$here/watch.py" "$lakin" "$content" >"$tmp/watch.out"; then
	ok "watch ($(tail -1 "$tmp/watch.out"))"
else cat "$tmp/watch.out"; bad watch; fi

# Daftar Isi / Tabel / Gambar: printed page = real page, links, bookmarks
if /usr/bin/python3 "$here/toc.py" "$pdf" >"$tmp/toc.out"; then
	ok "lists ($(tail -1 "$tmp/toc.out"))"
else cat "$tmp/toc.out"; bad lists; fi

# floats: no portrait page left more than 40 % empty before a landscape
# page or a figure (the text after a float fills it)
if /usr/bin/python3 "$here/fill.py" "$pdf" "$here/../../templates/lakin/templat.yaml" >"$tmp/fill.out"; then
	ok "floats-fill ($(tail -1 "$tmp/fill.out"))"
else cat "$tmp/fill.out"; bad floats-fill; fi

# hyphenation restrained: no capitalised word or name hyphenated
if /usr/bin/python3 "$here/hyphen.py" "$pdf" >"$tmp/hyphen.out"; then
	ok "hyphen-names ($(tail -1 "$tmp/hyphen.out"))"
else cat "$tmp/hyphen.out"; bad hyphen-names; fi

# a longer Ikhtisar pushes the lists onto later pages: numbers stay right
cp -r "$content" "$tmp/longer"
for k in 1 2 3 4 5 6 7 8 9 10 11 12; do
	printf '  - paragraf: "Paragraf tambahan %s untuk memperpanjang ikhtisar eksekutif sehingga bagian depan laporan bertambah halaman dan nomor halaman daftar isi, daftar tabel dan daftar gambar harus dihitung ulang sampai tetap."\n' $k
done >>"$tmp/longer/ikhtisar-eksekutif.yaml"
if "$lakin" build -o "$tmp/longer.pdf" "$tmp/longer" && /usr/bin/python3 "$here/toc.py" "$tmp/longer.pdf" >"$tmp/toc2.out" \
   && [ "$(pdfinfo "$tmp/longer.pdf" | sed -n 's/^Pages: *//p')" -gt "$npages" ]; then
	ok "lists-after-front-grows ($(tail -1 "$tmp/toc2.out"))"
else cat "$tmp/toc2.out"; bad lists-after-front-grows; fi

# a template that asks for a Daftar Lampiran too (daftar: [..., lampiran])
mkdir -p "$tmp/home/templates" && cp -r "$here/../../templates/lakin" "$tmp/home/templates/" \
	&& ln -s "$(cd "$here/../../fonts" && pwd)" "$tmp/home/fonts" \
	&& sed -i 's/^daftar: .*/daftar: [isi, tabel, gambar, lampiran]/' "$tmp/home/templates/lakin/templat.yaml"
if LAKIN_HOME="$tmp/home" "$lakin" build -o "$tmp/dl.pdf" "$content" && pdftotext "$tmp/dl.pdf" - | grep -q '^DAFTAR LAMPIRAN$' \
   && /usr/bin/python3 "$here/toc.py" "$tmp/dl.pdf" >"$tmp/toc3.out"; then ok "daftar-lampiran ($(tail -1 "$tmp/toc3.out"))"
else cat "$tmp/toc3.out" 2>/dev/null; bad daftar-lampiran; fi

# a warning (a word wider than the line) exits 0, or 1 with --strict
cp -r "$here/../regress/layout/paragraf" "$tmp/warn"
printf '  - paragraf: "%s"\n' "$(printf '1234567890%.0s' 1 2 3 4 5 6 7 8 9 10)" >>"$tmp/warn/bab-1.yaml"
"$lakin" build -o "$tmp/warn.pdf" "$tmp/warn" 2>"$tmp/warn.err"; w0=$?
"$lakin" build --strict -o "$tmp/warn2.pdf" "$tmp/warn" 2>/dev/null; w1=$?
if [ $w0 -eq 0 ] && [ $w1 -eq 1 ] && grep -q 'peringatan: kata' "$tmp/warn.err" && [ -s "$tmp/warn.pdf" ]
then ok strict-warnings; else echo "status $w0/$w1"; cat "$tmp/warn.err"; bad strict-warnings; fi

# the pictures: the emblem on the cover and the letterheads, the head's
# photo, each file embedded once
if /usr/bin/python3 "$here/images.py" "$content" "$pdf" >"$tmp/images.out"; then
	ok "images ($(tail -1 "$tmp/images.out"))"
else cat "$tmp/images.out"; bad images; fi

# the reference's emblem and photo are the project's own placeholders:
# the committed script draws them byte for byte
mkdir -p "$tmp/ph" && /usr/bin/python3 "$here/../../generator/tools/placeholder_images.py" "$tmp/ph" lambang foto
if cmp -s "$tmp/ph/lambang.png" "$content/lambang.png" && cmp -s "$tmp/ph/foto.png" "$content/foto.png"
then ok placeholder-images-drawn; else bad placeholder-images-drawn; fi

# findings for machines: JSON and SARIF say what the text says (reference
# and every bad case), SARIF valid 2.1.0; colour only on a terminal
if /usr/bin/python3 "$here/findings.py" "$lakin" "$content" >"$tmp/findings.out" 2>&1; then
	ok "findings-json-sarif ($(tail -1 "$tmp/findings.out"))"
else cat "$tmp/findings.out"; bad findings-json-sarif; fi

# lakin new FOLDER: the starter report checks clean, builds with every part,
# and a second lakin new on the same folder fails without changing it
if sh "$here/new.sh" "$lakin" >"$tmp/new.out" 2>&1; then ok "new-skeleton ($(tail -1 "$tmp/new.out"))"
else cat "$tmp/new.out"; bad new-skeleton; fi
# every agency's report in content/ (issue 11: a second agency, written with
# content and template configuration only): its own names, indicators and
# figures and none of another's; lower-is-better capaian by (2T - R) / T;
# its own scale labels, Daftar Lampiran, divider pages as its template says
if /usr/bin/python3 "$here/agencies.py" "$lakin" "$(dirname "$content")" >"$tmp/agencies.out"; then
	ok "agencies ($(tail -1 "$tmp/agencies.out"))"
else cat "$tmp/agencies.out"; bad agencies; fi

# README and lakin(1) list exactly the finding codes; the man page is clean
if sh "$here/docs.sh" "$lakin" >"$tmp/docs.out" 2>&1; then ok "docs-codes-man ($(tail -1 "$tmp/docs.out"))"
else cat "$tmp/docs.out"; bad docs-codes-man; fi

# year roll-over: lakin new --dari lists what check lists; filled, the
# 2025 PDF compares with 2024; past the Renstra period it is said
if /usr/bin/python3 "$here/rollover.py" "$lakin" "$content" >"$tmp/rollover.out" 2>&1; then
	ok "rollover ($(tail -1 "$tmp/rollover.out"))"
else cat "$tmp/rollover.out"; bad rollover; fi

echo "e2e: $pass passed, $fail failed"
[ $fail -eq 0 ]
