#!/usr/bin/env python3
"""tables.py CONTENT PDF: the report's tables in the PDF.
- every table caption ("Tabel 1.6 Kondisi ...", numbered per chapter, "Tabel
  L1.2" in Lampiran 1) in order;
- the page after Tabel 1.6's first page starts with "Lanjutan Tabel 1.6" and
  the repeated header;
- every row of the inventory CSV (Tabel 1.6) present, in order;
- numbers printed the Indonesian way;
- Tabel 3.10 (kinerja.program): each sasaran indicator's capaian, computed
  here from kinerja.yaml, on the line where that indicator's name begins.
Prints one line per check and a closing 'N passed, M failed'."""
import csv
import decimal
import os
import re
import sys

import yaml

from checks import Checks, run

content, pdf = sys.argv[1], sys.argv[2]
checks = Checks("tabel")
check = checks.check


def text(*args):
    return run("pdftotext", *args, pdf, "-")


def clean(s):
    s = s.replace("\\*", "\x00").replace("**", "").replace("*", "")
    return re.sub(r"\s+", " ", s.replace("\x00", "*")).strip()


def tables(blocks, out):
    for b in blocks:
        (k, v), = b.items()
        if k == "tabel":
            out.append(v)
        elif k == "bagian":
            tables(v["isi"], out)


rep = yaml.safe_load(open(os.path.join(content, "laporan.yaml")))
captions = []
inventory = None
for f in rep["berkas"]:
    part = yaml.safe_load(open(os.path.join(content, f)))
    found = []
    tables(part["isi"], found)
    for i, t in enumerate(found):
        # in a Lampiran as the template's nomor_lampiran: "L{lampiran}.{nomor}"
        num = ("%d.%d" if part["jenis"] == "bab" else "L%d.%d") % (part["nomor"], i + 1)
        captions.append("Tabel %s %s" % (num, clean(t["judul"])))
        if isinstance(t.get("baris"), str) and num == "1.6":
            inventory = os.path.join(content, t["baris"])

# captions in order (spaces and hyphens ignored, as in check_text.py)
norm = lambda s: re.sub(r"[\s\-\u00ad]+", "", s)
body = norm(text("-x", "0", "-y", "62", "-W", "842", "-H", "718"))
pos, missing = 0, []
for c in captions:
    i = body.find(norm(c), pos)
    if i < 0:
        missing.append(c)
    else:
        pos = i + len(norm(c))
check("judul-lengkap (%d judul)" % len(captions), not missing, "; ".join(missing[:5]))

# Lanjutan Tabel 1.6 on the page after its first page
pages = text().split("\f")
first = next((i for i, p in enumerate(pages) if "Tabel 1.6 " in p and "Lanjutan Tabel 1.6" not in p
              and "DAFTAR TABEL" not in p), None)
nxt = pages[first + 1].split("\n") if first is not None else []
lines = [l for l in nxt if l.strip() and l.strip() != "Laporan Kinerja Tahun 2024"]
check("lanjutan-1.6", bool(lines) and lines[0].strip() == "Lanjutan Tabel 1.6"
      and "No." in nxt and "Jenis Peralatan" in nxt, lines[:3])

# every inventory row, in order, on the table's pages (layout mode keeps rows on lines)
rows = list(csv.reader(open(inventory, encoding="utf-8")))[1:]
last = max(i for i, p in enumerate(pages) if "Tabel 1.6" in p)
lay = text("-layout", "-f", str(first + 1), "-l", str(last + 1)).split("\n")
li, lost = 0, []
for r in rows:
    word = r[1].split()[0]
    pat = re.compile(r"^\s*%s\s+%s(?=\s).*\s%s(?=\s).*\s%s(\s|$)" % (re.escape(r[0]), re.escape(word),
                     re.escape(r[2].split()[0]), re.escape(r[3])))
    while li < len(lay) and not pat.search(lay[li]):
        li += 1
    if li == len(lay):
        lost.append(r[0])
        li = 0
check("inventaris-lengkap (%d barang)" % len(rows), len(rows) == 322 and not lost,
      "hilang: %s" % lost[:10])

# Indonesian number formats, including values the reference printed plainly
full = text()
want = ["6.288.365.287,00", "5.781.415.559,00", "3.966.466.091,00", "1.121", "2.420", "91,94%", "13,89"]
check("angka-indonesia", all(w in full for w in want), [w for w in want if w not in full])

# Tabel 3.10: every capaian beside its indicator (a sasaran's indicators
# once shared one cell, so a capaian could sit beside another's name).
# A line of the table with two percentages holds a capaian (the first; the
# last is the budget's); the text before it must begin an indicator name.
D = decimal.Decimal


def num(v):
    return D(str(v).replace(".", "").replace(",", "."))


kin = yaml.safe_load(open(os.path.join(content, "kinerja.yaml"), encoding="utf-8"))["kinerja"]
year = int(rep["laporan"]["tahun"])
floor = kin.get("capaian", {}).get("paling_rendah")
want = []
for tj in kin.get("tujuan", []):
    for ss in tj.get("sasaran", []):
        for ind in ss.get("indikator", []):
            t = num(ind.get("target_pk", ind["target"][year]))
            r = num(ind["realisasi"][year])
            c = (r if ind["arah"] == "naik" else 2 * t - r) * 100 / t
            if floor is not None and c < num(floor):
                c = num(floor)
            c = c.quantize(D("0.01"), rounding=decimal.ROUND_HALF_UP)
            want.append((ind["nama"].split()[0], ("%s%%" % c).replace(".", ",")))
t310 = [i for i, p in enumerate(pages) if re.search(r"Tabel 3\.10 Analisis|Lanjutan Tabel 3\.10", p)
        and "DAFTAR TABEL" not in p]
got, astray = [], []
for pg in t310:
    first = True
    for l in text("-layout", "-f", str(pg + 1), "-l", str(pg + 1)).split("\n"):
        pct = list(re.finditer(r"(?<![\d.,])\d{1,3}(?:\.\d{3})*,\d{2}%", l))
        if len(pct) < 2:
            continue
        # a continued page repeats the cells that span onto it
        if first and "Lanjutan Tabel 3.10" in pages[pg] and got and pct[0].group() == got[-1]:
            first = False
            continue
        first = False
        got.append(pct[0].group())
        if not any(w in l[:pct[0].start()].split() for w, _ in want):
            astray.append(l.strip()[:60])
check("3.10-capaian-di-samping-indikator (%d)" % len(want),
      bool(want) and got == [c for _, c in want] and not astray,
      "tercetak %s, seharusnya %s; tidak di samping nama: %s" % (got, [c for _, c in want], astray))

checks.finish()
