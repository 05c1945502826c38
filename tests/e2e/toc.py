#!/usr/bin/env python3
"""toc.py PDF: the lists and the navigation of the rendered report.
- every Daftar Isi / Daftar Tabel / Daftar Gambar entry's printed page
  label is a page that really holds that heading or caption;
- body page numbers in the Daftar Isi never go down;
- the bookmarks go three levels deep (BAB -> A. -> 1.) and point at the
  pages of their headings;
- every line of the Daftar Isi is a link to the page it names.
Prints a line per check and 'N passed, M failed'."""
import json
import re
import sys

from checks import Checks, run

pdf = sys.argv[1]
checks = Checks("daftar")
check = checks.check


doc = json.loads(run("qpdf", "--json", pdf))
objs = doc["qpdf"][1]
import tempfile
with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
    json.dump(doc, f)
labels = run(sys.executable, __file__.rsplit("/", 1)[0] + "/labels.py", f.name).split("\n")[:len(doc["pages"])]
norm = lambda s: re.sub(r"[\s\-\u00ad]+", "", s)
pages = run("pdftotext", pdf, "-").split("\f")
body_text = [norm(p) for p in pages]

# the list pages: from a DAFTAR title up to the page before the first BAB
lists = [i for i, p in enumerate(pages) if re.search(r"^DAFTAR (ISI|TABEL|GAMBAR|LAMPIRAN)$", p, re.M)]
# (the BAB I divider page, or BAB I's first page in a report without dividers)
first_body = labels.index("BAB I") if "BAB I" in labels else labels.index("1")
entries = []        # (list title, text, label)
for i in range(lists[0], first_body):
    lines = run("pdftotext", "-layout", "-f", str(i + 1), "-l", str(i + 1), pdf, "-").split("\n")
    # the running header and footer (any agency's) are the first and last lines
    lines = [l for l in lines if l.strip()][1:-1]
    title = None
    acc = ""
    for l in lines:
        s = l.strip()
        if re.fullmatch(r"DAFTAR (ISI|TABEL|GAMBAR|LAMPIRAN)", s):
            cur = s
            continue
        # a label may hold a space: "Lampiran 1-1" (label_lampiran "Lampiran {nomor}-");
        # a title that fills the line up to a long label has no dots left
        m = re.search(r"(?:(?:\.\s*)+|\s{2,})((?:[A-Z][a-z]+ )?\S+)$", s)
        lab = m and next((g for g in (m.group(1), m.group(1).split()[-1]) if g in labels), None)
        if lab:
            entries.append((cur, (acc + " " + s[:m.end() - len(lab)]).strip().rstrip(". "), lab))
            acc = ""
        elif s:
            acc += " " + s
# A part's line names its first numbered page (BAB I -> 1, LAMPIRAN -> L-1);
# its title may stand only on the divider page just before, whose label
# ("BAB I", "Lampiran") holds no number.
# Without divider pages the LAMPIRAN line names the first annex page, whose
# label line says "Lampiran 1: ...".
def on_page(want, p):
    return want in body_text[p] or (p > 0 and not re.search(r"\d", labels[p - 1])
                                    and want in body_text[p - 1]) or \
        (want == "LAMPIRAN" and re.search(r"^Lampiran\s*1\b", pages[p], re.M) is not None)


bad = []
for lst, text, label in entries:
    p = labels.index(label)
    want = norm(re.sub(r"^(BAB [IVX]+|[A-Z]\.|[0-9]+\.|Tabel [A-Z]?[0-9.]+|Gambar [A-Z]?[0-9.]+)\s+", "", text))
    if not on_page(want, p):
        bad.append("%s -> %s" % (text[:50], label))
check("halaman-benar (%d baris)" % len(entries), len(entries) > 40 and not bad, bad[:5])

nums = [int(l) for lst, t, l in entries if lst == "DAFTAR ISI" and l.isdigit()]
check("nomor-naik", nums == sorted(nums) and len(nums) > 20, nums)
# every line of the lists ends in a page number, never in a word
# ("LAMPIRAN ..... Lampiran" named the divider's label)
words = [(t[:40], l) for lst, t, l in entries
         if not re.search(r"\d", l) and not re.fullmatch(r"[ivxlc]+", l)]
caps = [re.match(r"(Tabel|Gambar) \S+", t).group(0) for lst, t, l in entries
        if lst in ("DAFTAR TABEL", "DAFTAR GAMBAR") and re.match(r"(Tabel|Gambar) \S+", t)]
twice = sorted(set(c for c in caps if caps.count(c) > 1))
check("nomor-judul-unik (%d judul)" % len(caps), len(caps) > 20 and not twice, twice)
check("nomor-halaman (%d baris)" % len(entries), not words, words[:5])

# bookmarks: three levels, each pointing at a page holding its title
def walk(items, depth, out):
    for o in items:
        out.append((depth, o["title"], o["destpageposfrom1"]))
        walk(o["kids"], depth + 1, out)
marks = []
walk(doc["outlines"], 1, marks)
deep = max(d for d, t, p in marks)
wrong = [t for d, t, p in marks if not on_page(norm(re.sub(r"^(BAB [IVX]+|[A-Z]\.|[0-9.]+)\s+", "", t)), p - 1)]
check("penanda-3-tingkat (%d penanda)" % len(marks), deep >= 3 and not wrong, wrong[:5])

# links on the Daftar Isi pages: each goes to the page of its line
def deref(r):
    return objs["obj:" + r]["value"] if isinstance(r, str) and r.endswith(" R") else r
pageobj = {p["object"]: i for i, p in enumerate(doc["pages"])}
targets = []
for i in range(lists[0], first_body):
    pg = deref(doc["pages"][i]["object"])
    for a in pg.get("/Annots", []):
        dest = deref(deref(a)["/Dest"])
        targets.append(pageobj[dest[0]])
want = [labels.index(l) for lst, t, l in entries]
off = [(entries[k][1][:40], want[k], targets[k]) for k in range(min(len(want), len(targets)))
       if want[k] != targets[k]]
check("tautan (%d tautan)" % len(targets), len(targets) == len(want) and not off, off[:5])
checks.finish()
