#!/usr/bin/env python3
"""check_text.py PDFTEXT EXPECTED [DROP-REGEX...]: every expected line appears in the PDF's
text, in order.  Spaces, line breaks and hyphens are ignored on both sides
(the layout hyphenates and justifies; the words must survive)."""
import re
import sys


def norm(s):
    return re.sub(r"[\s\-\u00ad]+", "", s)


# Running headers, footers and page numbers interrupt paragraphs that
# cross a page: drop those lines (given as extra arguments) first.
# Each extra argument is a regular expression for whole lines to drop.
drop = [re.compile(r) for r in sys.argv[3:]]
lines = [l for l in open(sys.argv[1], encoding="utf-8").read().split("\n")
         if not any(r.fullmatch(l.strip("\f ")) for r in drop)]
pdf = norm("\n".join(lines))
pos = 0
missing = 0
total = 0
for line in open(sys.argv[2], encoding="utf-8"):
    line = line.rstrip("\n")
    if not line:
        continue
    total += 1
    k = norm(line)
    if "\u27e8nilai\u27e9" in k:
        # {nilai:} values: whatever derive printed there (a figure, or a list
        # of names such as kinerja.nama_sasaran)
        pat = "(?:.{1,400}?)".join(re.escape(p) for p in k.split("\u27e8nilai\u27e9"))
        m = re.compile(pat).search(pdf, pos)
        i, k = (m.start(), m.group(0)) if m else (-1, k)
    else:
        i = pdf.find(k, pos)
    if i < 0:
        missing += 1
        where = "tidak ada" if pdf.find(k) < 0 else "tidak berurutan"
        print("GAGAL teks %s: %s" % (where, line[:100]))
        continue
    pos = i + len(k)
print("teks: %d kalimat diperiksa, %d hilang" % (total, missing))
sys.exit(1 if missing else 0)
