#!/usr/bin/env python3
"""agencies.py LAKIN CONTENT_ROOT: every report in CONTENT_ROOT (one folder
per agency, e.g. content/) renders, and each PDF speaks of its own agency
only.  The agency-specific strings are read from each report's own data,
not from a hand list: laporan.yaml (instansi), kinerja.yaml (tujuan,
sasaran, indikator, scale labels), anggaran.yaml (every program, kegiatan
and sub kegiatan name), pegawai.csv (names), and the budget's total
realisation.  A string counts as one agency's when no other report's
content mentions it (a standard program name such as "Program Penunjang
Urusan Pemerintahan Daerah Kabupaten/Kota" belongs to everyone; a city's
list of offices may name another kind of agency).  Checked per report:
- it builds; the reports written for testing the template (not copied from
  a real document: CATATAN.md says "rekaan") build without any finding;
- qpdf --check clean, every font embedded;
- each of its specific strings in its PDF, none of another report's;
- every indicator with arah: turun (not a ratio): capaian printed equal to
  (2T - R) / T x 100, computed here with exact decimals from the YAML; for
  a rate (per, pembilang, penyebut) R = pembilang / penyebut x per first,
  rounded once at its decimals; the naive R / T x 100 is not printed;
- the rating scale's labels in its PDF; another report's labels not;
- Daftar Lampiran present exactly when the template asks for it;
- no chapter divider pages when halaman_pembatas is off (no page labelled
  "BAB I" ... or "Lampiran"), and some when it is on;
- its lists (toc.py: every Daftar Isi/Tabel/Gambar/Lampiran line on the
  page it names, links, bookmarks) and its floats (fill.py, with its own
  template) as the reference's are checked.
Prints one line per check and a closing 'N passed, M failed'."""
import csv
import decimal
import os
import re
import subprocess
import sys
import tempfile

import yaml

from checks import Checks, run

D = decimal.Decimal
lakin, root = sys.argv[1], sys.argv[2]
home = os.path.dirname(os.path.abspath(root))
checks = Checks("instansi")
check = checks.check


def num(v):
    """A number as the content writes it: 8.537, 82,00, 95."""
    return D(str(v).replace(".", "").replace(",", "."))


def idn(d, places):
    """Indonesian form at `places` decimals, half up: 113,68 / 8.537."""
    q = d.quantize(D(1).scaleb(-places), rounding=decimal.ROUND_HALF_UP)
    s = "{:,.{p}f}".format(q, p=places)
    return s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def flat(s):
    """Text compared without spaces, line breaks and hyphens: a name that
    a table cell wraps (or hyphenates) still matches."""
    return re.sub(r"[\s\-\u00ad]+", "", s)


def load(d, name):
    p = os.path.join(d, name)
    if not os.path.isfile(p):
        return None
    # every scalar as written: "8.537" is eight thousand, "100.000" a
    # hundred thousand (the content's Indonesian numbers, never floats)
    with open(p, encoding="utf-8") as f:
        return yaml.load(f, Loader=yaml.BaseLoader)


def all_text(d):
    """Every content file of a report as one text (what it may mention)."""
    out = []
    for n in sorted(os.listdir(d)):
        if n.endswith((".yaml", ".csv", ".md")):
            with open(os.path.join(d, n), encoding="utf-8") as f:
                out.append(f.read())
    return "\n".join(out)


def indicators(kin):
    def walk(node):
        for i in node.get("indikator", []) or []:
            yield i
        for s in node.get("sasaran", []) or []:
            yield from walk(s)
    for t in kin.get("tujuan", []) or []:
        yield from walk(t)
    for i in kin.get("indikator", []) or []:
        yield i


def budget_names(node, out):
    if isinstance(node, dict):
        for k in ("nama", "uraian"):
            if isinstance(node.get(k), str):
                out.add(node[k])
        for v in node.values():
            budget_names(v, out)
    elif isinstance(node, list):
        for v in node:
            budget_names(v, out)


def leaf_sum(node, key):
    """Sum of `key` over the program tree's leaves (sub kegiatan or the
    lowest level written): the total the report prints."""
    kids = [c for k in ("urusan", "program", "kegiatan", "sub_kegiatan")
            for c in (node.get(k) or [])] if isinstance(node, dict) else []
    if not kids:
        return num(node[key]) if key in node else D(0)
    return sum((leaf_sum(c, key) for c in kids), D(0))


class Report:
    def __init__(self, d, tmp):
        self.dir, self.name = d, os.path.basename(d)
        self.lap = load(d, "laporan.yaml")
        tname = self.lap["laporan"].get("templat", "lakin")
        self.tpl = load(os.path.join(home, "templates", tname), "templat.yaml")
        data = self.lap.get("data") or {}
        self.kin = (load(d, data["kinerja"]) or {}).get("kinerja") if "kinerja" in data else None
        self.ang = (load(d, data["anggaran"]) or {}).get("anggaran") if "anggaran" in data else None
        self.staff = data.get("pegawai")
        self.source = all_text(d)
        notes = os.path.join(d, "CATATAN.md")
        self.fictional = os.path.isfile(notes) and "rekaan" in open(notes, encoding="utf-8").read()
        self.pdf = os.path.join(tmp, self.name + ".pdf")
        p = subprocess.run([lakin, "build", "-o", self.pdf, d], capture_output=True, text=True)
        self.status, self.err = p.returncode, p.stderr
        self.pages, self.labels = [], []
        if p.returncode == 0:
            js = os.path.join(tmp, self.name + ".json")
            with open(js, "w") as f:
                subprocess.run(["qpdf", "--json", self.pdf], stdout=f)
            here = os.path.dirname(os.path.abspath(__file__))
            self.labels = run(sys.executable, os.path.join(here, "labels.py"), js).split("\n")[:-1]
            n = int(re.search(r"Pages:\s*(\d+)", run("pdfinfo", self.pdf)).group(1))
            self.pages = [run("pdftotext", "-f", str(k), "-l", str(k), self.pdf, "-")
                          for k in range(1, n + 1)]
        self.text = "\n".join(self.pages)
        self.flat = flat(self.text)

    def own_strings(self):
        ins = self.lap["instansi"]
        s = {ins[k] for k in ("pemerintah", "singkatan", "kota", "alamat", "surel") if ins.get(k)}
        s.add("%s %s" % (ins["nama"], ins["pemerintah"].split(" ", 1)[1]))
        if self.kin:
            for t in self.kin.get("tujuan", []) or []:
                s.add(t["nama"])
                s.update(x["nama"] for x in t.get("sasaran", []) or [])
            s.update(i["nama"] for i in indicators(self.kin))
        if self.ang:
            budget_names(self.ang, s)
        if self.staff and self.staff.endswith(".csv"):
            with open(os.path.join(self.dir, self.staff), encoding="utf-8") as f:
                s.update(r["nama"] for r in csv.DictReader(f) if r.get("nama"))
        return {x for x in s if len(flat(x)) >= 5}

    def figures(self):
        """Numbers that are this report's own: the budget's total realisation."""
        out = set()
        if self.ang:
            r = leaf_sum(self.ang, "realisasi")
            if r:
                out.add(idn(r, 0))
        return out

    def scale(self):
        sk = (self.kin or {}).get("skala") or (self.tpl or {}).get("skala") or {}
        return [p["kategori"] for p in sk.get("pita", [])]

    def dividers_on(self):
        own = (self.lap.get("tata_letak") or {}).get("halaman_pembatas")
        v = own if own is not None else (self.tpl or {}).get("halaman_pembatas", True)
        return v not in ("tidak", "no", "false")


tmp = tempfile.mkdtemp(prefix="lakin-agencies-")
reports = [Report(os.path.join(root, n), tmp) for n in sorted(os.listdir(root))
           if os.path.isfile(os.path.join(root, n, "laporan.yaml"))]
check("dua-instansi-atau-lebih (%d)" % len(reports), len(reports) >= 2)

for r in reports:
    n = r.name
    check("%s:dibangun (%d halaman)" % (n, len(r.pages)),
          r.status == 0 and r.pages and len(r.labels) == len(r.pages), r.err[-400:])
    if not r.pages:
        continue
    if r.fictional:
        check("%s:tanpa-temuan" % n, r.err == "", r.err[:600])
    q = subprocess.run(["qpdf", "--check", r.pdf], capture_output=True, text=True)
    check("%s:qpdf-check" % n, q.returncode == 0 and "No syntax or stream encoding errors" in q.stdout
          and "warning" not in (q.stdout + q.stderr).lower(), q.stdout[-300:])
    fonts = run("pdffonts", r.pdf).splitlines()[2:]
    check("%s:huruf-tersemat (%d)" % (n, len(fonts)),
          fonts and all(l.split()[-5] == "yes" for l in fonts), "\n".join(fonts))

    # own strings present, the others' absent
    others = [o for o in reports if o is not r]
    mine = {s for s in r.own_strings() if not any(s in o.source for o in others)}
    missing = sorted(s for s in mine if flat(s) not in r.flat)
    check("%s:nama-sendiri (%d)" % (n, len(mine)), mine and not missing, missing[:8])
    for o in others:
        theirs = {s for s in o.own_strings() if s not in r.source}
        leaked = sorted(s for s in theirs if flat(s) in r.flat)
        check("%s:tanpa-nama-%s (%d)" % (n, o.name, len(theirs)), theirs and not leaked, leaked[:8])
        figs = {f for f in o.figures() if f not in r.source}
        fl = sorted(f for f in figs if f in r.text)
        check("%s:tanpa-angka-%s (%d)" % (n, o.name, len(figs)), not fl, fl)
    figs = r.figures()
    check("%s:angka-sendiri (%s)" % (n, ", ".join(sorted(figs))),
          all(f in r.text for f in figs), sorted(f for f in figs if f not in r.text))

    # lower-is-better capaian by its own formula
    if r.kin:
        year = r.lap["laporan"]["tahun"]
        floor = (r.kin.get("capaian") or {}).get("paling_rendah")
        for ind in indicators(r.kin):
            if ind.get("arah") != "turun" or ind.get("jenis") == "rasio":
                continue
            t = num(ind.get("target_pk", ind["target"][year]))
            if "per" in ind:
                dec = int(ind.get("desimal", 2))
                rr = num(ind["pembilang"][year]) / num(ind["penyebut"][year]) * num(ind["per"])
                rr = rr.quantize(D(1).scaleb(-dec), rounding=decimal.ROUND_HALF_UP)
                rtext = idn(rr, dec)
            else:
                rr = num(ind["realisasi"][year])
                rtext = None
            c = (2 * t - rr) * 100 / t
            if floor is not None and c < num(floor):
                c = num(floor)
            want, naive = idn(c, 2) + "%", idn(rr * 100 / t, 2) + "%"
            ok = want in r.text and (rtext is None or rtext in r.text) and \
                (naive == want or naive not in r.text)
            check("%s:capaian-turun %s = %s%s" % (n, ind["kunci"], want,
                  "" if rtext is None else " (R %s)" % rtext), ok,
                  "tidak tercetak, atau R/T = %s tercetak" % naive)

    # the rating scale's own labels; another report's are not printed
    labels = r.scale()
    words = lambda l, t: re.search(r"(?<!\w)%s(?!\w)" % re.escape(l), t)
    check("%s:skala-sendiri (%s)" % (n, " / ".join(labels)),
          labels and all(words(l, r.text) for l in labels))
    for o in others:
        foreign = [l for l in o.scale() if l not in labels and not words(l, r.source)]
        got = [l for l in foreign if words(l, r.text)]
        check("%s:tanpa-skala-%s (%s)" % (n, o.name, " / ".join(foreign)), not got, got)

    # Daftar Lampiran exactly when the template lists it
    lists = (r.tpl or {}).get("daftar", [])
    has = any(p.lstrip().startswith("DAFTAR LAMPIRAN") or "\nDAFTAR LAMPIRAN\n" in p for p in r.pages)
    check("%s:daftar-lampiran-%s" % (n, "ada" if "lampiran" in lists else "tidak-ada"),
          has == ("lampiran" in lists))

    # chapter divider pages: the pages labelled "BAB I" ... and "Lampiran"
    # (the body's pages are numbered 1, 2 ...)
    div = [k + 1 for k, l in enumerate(r.labels) if re.fullmatch(r"BAB [IVX]+|Lampiran", l)]
    if r.dividers_on():
        check("%s:halaman-pembatas-ada (%d)" % (n, len(div)), len(div) >= 4)
    else:
        check("%s:tanpa-halaman-pembatas (%d halaman)" % (n, len(r.pages)), not div, div)
        # each chapter still opens a page: "BAB n" heads the body text
        heads = [k for k, p in enumerate(r.pages) if re.search(r"^BAB [IVX]+$", p, re.M)]
        check("%s:bab-di-halaman-isi (%d)" % (n, len(heads)), len(heads) >= 4)

    here = os.path.dirname(os.path.abspath(__file__))
    tname = r.lap["laporan"].get("templat", "lakin")
    for script, extra in (("toc.py", []),
                          ("fill.py", [os.path.join(home, "templates", tname, "templat.yaml")])):
        p = subprocess.run([sys.executable, os.path.join(here, script), r.pdf] + extra,
                           capture_output=True, text=True)
        check("%s:%s (%s)" % (n, script, p.stdout.strip().split("\n")[-1]), p.returncode == 0,
              "\n".join(l for l in p.stdout.split("\n") if l.startswith("GAGAL"))[:600])

for f in os.listdir(tmp):
    os.unlink(os.path.join(tmp, f))
os.rmdir(tmp)
checks.finish()
