#!/usr/bin/env python3
"""derived.py LAKIN CONTENT: one fact changed, exactly its consequences printed.
A copy of the content gets one sub kegiatan's realisasi raised by
10.000.000; both copies are built.  The figures that differ between the two
PDFs (word by word, as pdftotext gives them) must be exactly those computed
here, independently, from anggaran.yaml: the program's and the total's
realisasi and serapan, in every table made from the budget.  A figure that
is typed (narrative not yet referring to values) stays as it was.
Prints one line per check and a closing 'N passed, M failed'."""
import collections
import decimal
import os
import shutil
import subprocess
import sys
import tempfile

import yaml

from checks import Checks, run

lakin, content = sys.argv[1], sys.argv[2]
checks = Checks("turunan")
check = checks.check
D = decimal.Decimal
SUB = "Penyediaan Gaji dan Tunjangan ASN"
DELTA = D(10000000)


def amount(s):
    return D(str(s).replace(".", "").replace(",", "."))


def rupiah(v):
    s = "{:,}".format(int(v)).replace(",", ".")
    return s


def percent(part, whole):
    q = (part * 100 / whole).quantize(D("0.01"), rounding=decimal.ROUND_HALF_UP)
    return ("%s%%" % q).replace(".", ",")


def programs(tree):
    for u in tree.get("urusan", []):
        yield from u["program"]
    yield from tree.get("program", [])


def sums(prog):
    pagu = real = D(0)
    for k in prog["kegiatan"]:
        for s in k["sub_kegiatan"]:
            pagu += amount(s["perubahan"])
            real += amount(s["realisasi"])
    return pagu, real


def words(pdf):
    return collections.Counter(run("pdftotext", pdf, "-").split())


tmp = tempfile.mkdtemp()
try:
    new = os.path.join(tmp, "baru")
    shutil.copytree(content, new)
    path = os.path.join(new, "anggaran.yaml")
    src = open(path, encoding="utf-8").read()
    tree = yaml.safe_load(src)["anggaran"]
    # the figures before, computed here
    before = {}
    for p in programs(tree):
        before[p["nama"]] = sums(p)
    owner = next(p["nama"] for p in programs(tree) for k in p["kegiatan"]
                 for s in k["sub_kegiatan"] if s["nama"] == SUB)
    keg = next(k for p in programs(tree) for k in p["kegiatan"]
               for s in k["sub_kegiatan"] if s["nama"] == SUB)
    sub = next(s for s in keg["sub_kegiatan"] if s["nama"] == SUB)
    kp = sum(amount(s["perubahan"]) for s in keg["sub_kegiatan"])
    kr = sum(amount(s["realisasi"]) for s in keg["sub_kegiatan"])
    sp, sr = amount(sub["perubahan"]), amount(sub["realisasi"])
    old = next(s["realisasi"] for p in programs(tree) for k in p["kegiatan"]
               for s in k["sub_kegiatan"] if s["nama"] == SUB)
    oldtext = rupiah(amount(old))
    i = src.index(SUB)
    j = src.index(oldtext, i)
    src = src[:j] + rupiah(amount(old) + DELTA) + src[j + len(oldtext):]
    open(path, "w", encoding="utf-8").write(src)

    pa, pb = os.path.join(tmp, "a.pdf"), os.path.join(tmp, "b.pdf")
    ra = subprocess.run([lakin, "build", "-o", pa, content], capture_output=True)
    rb = subprocess.run([lakin, "build", "-o", pb, new], capture_output=True)
    check("keduanya-jadi", ra.returncode == 0 and rb.returncode == 0,
          rb.stderr.decode()[-300:])

    pagu, real = before[owner]
    tp = sum(v[0] for v in before.values())
    tr = sum(v[1] for v in before.values())
    # (old, new) of every figure that must change
    want = [(rupiah(real), rupiah(real + DELTA)),
            (percent(real, pagu), percent(real + DELTA, pagu)),
            (rupiah(tr), rupiah(tr + DELTA)),
            (percent(tr, tp), percent(tr + DELTA, tp)),
            # the kegiatan and the sub kegiatan themselves (Tabel 3.10)
            (rupiah(kr), rupiah(kr + DELTA)), (percent(kr, kp), percent(kr + DELTA, kp)),
            (rupiah(sr), rupiah(sr + DELTA)), (percent(sr, sp), percent(sr + DELTA, sp))]
    # the efisiensi weighs the serapan against the capaian kinerja.yaml names
    perf = yaml.safe_load(open(os.path.join(content, "kinerja.yaml"), encoding="utf-8"))["kinerja"]
    eff = perf.get("efisiensi")
    if eff is not None and eff.get("rumus") == "sisa" and eff.get("capaian"):
        year = int(yaml.safe_load(open(os.path.join(content, "laporan.yaml")))["laporan"]["tahun"])
        ind = next(i for t in perf["tujuan"] for i in t.get("indikator", []) + [
                   j for s in t.get("sasaran", []) for j in s.get("indikator", [])]
                   if i["kunci"] == eff["capaian"])
        ck = amount(ind["realisasi"][year]) * 100 / amount(ind.get("target_pk", ind["target"][year]))

        def efis(r, p):
            q = ((1 - (r * 100 / p) / ck) * 100).quantize(D("0.01"), rounding=decimal.ROUND_HALF_UP)
            return ("%s%%" % q).replace(".", ",")
        want.append((efis(tr, tp), efis(tr + DELTA, tp)))
    wa, wb = words(pa), words(pb)
    gone, came = wa - wb, wb - wa
    # each table prints a figure with or without ",-": compare the figures
    def strip(c):
        # "5.781.415.559,-", "5.781.415.559,00" and "91,94%," are the same figures
        out = collections.Counter()
        for k, v in c.items():
            k = k.rstrip(".,;:)").lstrip("([")
            for tail in (",-", ",00"):
                if k.endswith(tail):
                    k = k[:-len(tail)]
            out[k] += v
        return out
    gone, came = strip(gone), strip(came)
    ok_gone = set(gone) == {o for o, n in want if o != n}
    ok_came = set(came) == {n for o, n in want if o != n}
    # as many times as budget tables print it (3.9 and 3.11: twice each),
    # and the sentences that quote the totals (Ikhtisar, BAB III, BAB IV)
    same_count = all(gone[o] == came[n] >= 1 for o, n in want if o != n) and \
        all(gone[o] >= 2 for o, n in want[:4] if o != n)
    check("kalimat-ikut-berubah", came[want[2][1]] >= 4 and came[want[3][1]] >= 5,
          "realisasi %d kali, serapan %d kali" % (came[want[2][1]], came[want[3][1]]))
    check("hanya-turunannya-berubah", ok_gone and ok_came and same_count,
          "hilang %s, muncul %s, seharusnya %s" % (dict(gone), dict(came), want))
    # a figure that does not depend on it stays: the pagu murni
    murni = rupiah(sum(amount(k["murni"]) for p in programs(tree) for k in p["kegiatan"]))
    check("angka-lain-tetap", wa[murni] == wb[murni] > 0, murni)
finally:
    shutil.rmtree(tmp)
checks.finish()
