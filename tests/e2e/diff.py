#!/usr/bin/env python3
"""diff.py LAKIN CONTENT: `lakin diff` lists exactly one changed fact and
what is derived from it.

A copy of the content gets one sub kegiatan's realisasi raised by
10.000.000, and three comment lines on top of two files (text that moves
must not count as a change).  What must differ is computed here,
independently, from the YAML: the budget lines above the sub kegiatan, the
total and the money of its sasaran; in every table made from data, the
cells of the realisasi, serapan, sisa and efisiensi columns on the rows of
those lines; every {nilai:} that quotes one of them.  Then: two identical
copies (nothing, exit 0), a copy with an error (exit 2 and the
diagnostic), wrong arguments; a typed table's corrected cell and moved rows;
an indicator's realisasi (its capaian, its rows, its chart, its sentences).
Prints one line per check and a closing 'N passed, M failed'."""
import collections
import decimal
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

from checks import Checks

lakin, content = sys.argv[1], sys.argv[2]
checks = Checks("diff")
check = checks.check
D = decimal.Decimal
SUB = "Penyediaan Gaji dan Tunjangan ASN"
DELTA = D(10000000)
SHIFT = 3
SHIFTED = ("anggaran.yaml", "bab-3-akuntabilitas-kinerja.yaml")
# the columns whose figures follow a line's realisasi
MONEY = {"realisasi", "serapan", "sisa"}
PERF_MONEY = {"realisasi_anggaran", "serapan", "efisiensi", "sisa"}


def amount(s):
    return D(str(s).replace(".", "").replace(",", "."))


def rupiah(v):
    return "{:,}".format(int(v)).replace(",", ".")


def percent(part, whole):
    q = (part * 100 / whole).quantize(D("0.01"), rounding=decimal.ROUND_HALF_UP)
    return ("%s%%" % q).replace(".", ",")


def plain(s):
    """A printed figure without its table's prefix and suffix."""
    s = s.strip()
    if s.startswith("Rp"):
        s = s[2:].strip()
    for tail in (",-", ",00"):
        if s.endswith(tail):
            s = s[:-len(tail)]
    return s


def lakin_diff(*args):
    p = subprocess.run([lakin, "diff"] + list(args), capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def load(path):
    return yaml.safe_load(open(path, encoding="utf-8"))


tmp = tempfile.mkdtemp()
try:
    old = os.path.join(tmp, "lama")
    new = os.path.join(tmp, "baru")
    shutil.copytree(content, old)
    shutil.copytree(content, new)
    tree = load(os.path.join(old, "anggaran.yaml"))["anggaran"]
    perf = load(os.path.join(old, "kinerja.yaml"))["kinerja"]

    # the path from the root to the sub kegiatan, and its sasaran
    path = None
    for u in tree.get("urusan", []):
        for p in u["program"]:
            for k in p["kegiatan"]:
                for s in k["sub_kegiatan"]:
                    if s["nama"] == SUB:
                        path = [("urusan", u), ("program", p), ("kegiatan", k),
                                ("sub_kegiatan", s)]
    sub = path[-1][1]
    goal_keys = next(n.get("sasaran") for _, n in reversed(path) if n.get("sasaran"))
    goals = {}
    for t in perf.get("tujuan", []):
        for s in t.get("sasaran", []):
            goals[s["kunci"]] = s["nama"]
    goal_names = {goals[k] for k in goal_keys}

    # the change, and lines moved in two files
    src = open(os.path.join(old, "anggaran.yaml"), encoding="utf-8").read()
    i = src.index(SUB)
    j = src.index(rupiah(amount(sub["realisasi"])), i)
    fact_line = src.count("\n", 0, j) + 1
    src = src[:j] + rupiah(amount(sub["realisasi"]) + DELTA) + src[j + len(rupiah(amount(sub["realisasi"]))):]
    open(os.path.join(new, "anggaran.yaml"), "w", encoding="utf-8").write(src)
    for f in SHIFTED:
        fp = os.path.join(new, f)
        body = open(fp, encoding="utf-8").read()
        open(fp, "w", encoding="utf-8").write("# versi baru\n" * SHIFT + body)

    # ---- the figures that must change, computed here ---------------
    def sums(node, level):
        if level == "sub_kegiatan":
            return amount(node["perubahan"]), amount(node["realisasi"])
        kids = {"urusan": "program", "program": "kegiatan", "kegiatan": "sub_kegiatan"}[level]
        pagu = real = D(0)
        for k in node[kids]:
            a, b = sums(k, kids)
            pagu, real = pagu + a, real + b
        return pagu, real

    pairs = set()
    for level, node in path:
        pagu, real = sums(node, level)
        pairs.add((rupiah(real), rupiah(real + DELTA)))
        pairs.add((percent(real, pagu), percent(real + DELTA, pagu)))
        pairs.add((rupiah(pagu - real), rupiah(pagu - real - DELTA)))
    tp = tr = D(0)
    for u in tree.get("urusan", []):
        a, b = sums(u, "urusan")
        tp, tr = tp + a, tr + b
    for p in tree.get("program", []):
        a, b = sums(p, "program")
        tp, tr = tp + a, tr + b
    pairs.add((rupiah(tr), rupiah(tr + DELTA)))
    pairs.add((percent(tr, tp), percent(tr + DELTA, tp)))
    eff = perf.get("efisiensi") or {}
    year = int(load(os.path.join(old, "laporan.yaml"))["laporan"]["tahun"])
    if eff.get("rumus") == "sisa" and eff.get("capaian"):
        ind = next(i for t in perf["tujuan"] for i in t.get("indikator", []) + [
                   j for s in t.get("sasaran", []) for j in s.get("indikator", [])]
                   if i["kunci"] == eff["capaian"])
        ck = amount(ind["realisasi"][year]) * 100 / amount(ind.get("target_pk", ind["target"][year]))

        def efis(r, p):
            q = ((1 - (r * 100 / p) / ck) * 100).quantize(D("0.01"), rounding=decimal.ROUND_HALF_UP)
            return ("%s%%" % q).replace(".", ",")
        pairs.add((efis(tr, tp), efis(tr + DELTA, tp)))

    # the money per sasaran: every sub kegiatan under the nearest line
    # naming that sasaran
    def goal_money(key):
        pagu = real = D(0)
        for u in tree.get("urusan", []):
            for p in u["program"]:
                for k in p["kegiatan"]:
                    for s in k["sub_kegiatan"]:
                        near = next(n.get("sasaran") for n in (s, k, p, u, {"sasaran": []})
                                    if n.get("sasaran") is not None)
                        if key in near:
                            pagu, real = pagu + amount(s["perubahan"]), real + amount(s["realisasi"])
        return pagu, real
    for k in goal_keys:
        pagu, real = goal_money(k)
        pairs.add((rupiah(real), rupiah(real + DELTA)))
        pairs.add((percent(real, pagu), percent(real + DELTA, pagu)))

    # the budget model: the lines above the sub kegiatan, the root, and
    # the money of its sasaran
    want_budget = {n["nama"] for lv, n in path[:-1]} | {"program", "sasaran"} | goal_names

    # the tables made from data, and their cells that must change
    def tables(node):
        if isinstance(node, dict):
            if isinstance(node.get("tabel"), dict) and "data" in node["tabel"]:
                yield node["tabel"]
            for v in node.values():
                yield from tables(v)
        elif isinstance(node, list):
            for v in node:
                yield from tables(v)

    want_cells, want_perf_cols = set(), set()
    for f in sorted(os.listdir(old)):
        if not f.endswith(".yaml") or f in ("laporan.yaml", "anggaran.yaml", "kinerja.yaml"):
            continue
        for t in tables(load(os.path.join(old, f))):
            cols = [c for c in t.get("kolom", []) if isinstance(c, dict)]
            data = t["data"]
            if data in ("anggaran.program", "kinerja.program"):
                levels = t.get("tingkat", ["urusan", "program", "kegiatan", "sub_kegiatan"])
                rows = [n["nama"] for lv, n in path if lv in levels]
                if t.get("baris_jumlah"):
                    rows.append("jumlah:" + t["baris_jumlah"])
                for c in cols:
                    if c.get("isi") in MONEY:
                        want_cells |= {(t["kunci"], r, c["judul"]) for r in rows}
            elif data == "anggaran.sasaran":
                rows = list(goal_names) + (["jumlah:" + t["baris_jumlah"]] if t.get("baris_jumlah") else [])
                for c in cols:
                    if c.get("isi") in MONEY:
                        want_cells |= {(t["kunci"], r, c["judul"]) for r in rows}
            elif data == "kinerja":
                for c in cols:
                    if c.get("isi") in PERF_MONEY:
                        want_perf_cols.add((t["kunci"], c["judul"]))

    # the sentences quoting them: {nilai:name} and {nilai:name|format}
    quoted = {"anggaran.realisasi", "anggaran.serapan", "anggaran.sisa", "kinerja.efisiensi"}
    for lv, n in path:
        if n.get("kunci"):
            quoted |= {n["kunci"] + "." + w for w in ("realisasi", "serapan", "sisa")}
    want_vals = collections.Counter()
    for f in sorted(os.listdir(old)):
        if not f.endswith(".yaml"):
            continue
        text = open(os.path.join(old, f), encoding="utf-8").read()
        for m in re.finditer(r"\{nilai:([^}|=]+)(\|[^}=]*)?\}", text):
            if m.group(1) in quoted:
                want_vals[(f, text.count("\n", 0, m.start()) + 1)] += 1

    # ---- what lakin diff says -------------------------------------
    rc, out, err = lakin_diff("--format", "json", old, new)
    check("status-1-ada-beda", rc == 1, "status %d: %s" % (rc, err[-400:]))
    try:
        got = json.loads(out)
    except ValueError as e:
        got = {"changes": []}
        check("json-terbaca", False, str(e))
    ch = got["changes"]
    check("jumlah-cocok", got.get("count") == len(ch) > 0, str(got.get("count")))
    check("semua-berubah-bukan-hilang", all(c["change"] == "changed" for c in ch),
          [c["key"] for c in ch if c["change"] != "changed"])
    facts = [c for c in ch if c["kind"] == "fact"]
    ok = len(facts) == 1 and facts[0]["key"].endswith(SUB + ".realisasi")
    check("tepat-satu-fakta", ok, [c["key"] for c in facts])
    if ok:
        f = facts[0]
        check("fakta-nilai", (f["old"]["value"], f["new"]["value"]) ==
              (rupiah(amount(sub["realisasi"])), rupiah(amount(sub["realisasi"]) + DELTA)),
              (f["old"]["value"], f["new"]["value"]))
        check("fakta-tempat-di-kedua-versi",
              f["old"]["file"] == os.path.join(old, "anggaran.yaml") and f["old"]["line"] == fact_line
              and f["new"]["file"] == os.path.join(new, "anggaran.yaml")
              and f["new"]["line"] == fact_line + SHIFT, (f["old"], f["new"]))
    derived = [c for c in ch if c["kind"] == "derived"]
    stray = [(c["key"], c["old"]["value"], c["new"]["value"]) for c in derived
             if (plain(c["old"]["value"]), plain(c["new"]["value"])) not in pairs]
    check("nilai-turunan-semua-terduga", not stray, stray)
    seen = {(plain(c["old"]["value"]), plain(c["new"]["value"])) for c in derived}
    # every line's realisasi is in the model, the total's serapan in the
    # tables and sentences, a line's serapan where a table has its row
    shown = {r for _, r, _ in want_cells}
    needed = {(rupiah(tr), rupiah(tr + DELTA)), (percent(tr, tp), percent(tr + DELTA, tp))}
    for lv, n in path:
        pagu, real = sums(n, lv)
        needed.add((rupiah(real), rupiah(real + DELTA)))
        if n["nama"] in shown:
            needed.add((percent(real, pagu), percent(real + DELTA, pagu)))
    check("nilai-turunan-semua-muncul", needed <= seen, needed - seen)

    budget = [c for c in derived if c["key"].startswith("anggaran:")]
    names = {re.sub(r"\.realisasi\.jumlah$", "", c["key"][len("anggaran:"):]).split(" > ")[-1]
             for c in budget}
    check("anggaran-tepat-garis-di-atasnya", names == want_budget and
          all(c["key"].endswith(".realisasi.jumlah") for c in budget),
          "dapat %s, seharusnya %s" % (sorted(names), sorted(want_budget)))

    cells = {(c["key"].split(":")[1], c["new"]["row"] if not c["key"].split(":")[2] == "jumlah"
              else "jumlah:" + c["new"]["row"], c["new"]["table_column"])
             for c in derived if c["key"].startswith("tabel:")}
    perf_keys = {k for k, _ in want_perf_cols}
    got_cells = {x for x in cells if x[0] not in perf_keys}
    check("sel-tabel-tepat", got_cells == want_cells,
          "lebih %s, kurang %s" % (sorted(got_cells - want_cells), sorted(want_cells - got_cells)))
    got_perf = {(k, col) for k, _, col in cells if k in perf_keys}
    check("kolom-tabel-kinerja-tepat", got_perf == want_perf_cols,
          "dapat %s, seharusnya %s" % (sorted(got_perf), sorted(want_perf_cols)))
    check("sel-tabel-bernomor", all(c["new"]["table"] and c["new"]["table"].startswith("Tabel ")
                                    for c in derived if c["key"].startswith("tabel:")))

    vals = [c for c in derived if c["key"].startswith("nilai:")]
    got_vals = collections.Counter((os.path.basename(c["old"]["file"]), c["old"]["line"]) for c in vals)
    check("kalimat-tepat", got_vals == want_vals,
          "lebih %s, kurang %s" % (sorted(got_vals - want_vals), sorted(want_vals - got_vals)))
    moved = all(c["new"]["line"] == c["old"]["line"] + (SHIFT if os.path.basename(c["old"]["file"]) in SHIFTED else 0)
                for c in vals)
    check("kalimat-tempat-baru-ikut-bergeser", moved and len(vals) > 0)
    others = [c for c in ch if not re.match(r"(anggaran|tabel|nilai):", c["key"]) and c not in facts]
    check("tidak-ada-yang-lain", not others, [c["key"] for c in others])

    # the text format says the same, one block per figure
    rc2, out2, _ = lakin_diff(old, new)
    check("teks-sama-dengan-json", rc2 == 1 and out2.count("\n  ") == 2 * len(ch)
          and out2.strip().endswith("%d angka berbeda: 1 fakta, %d turunan" % (len(ch), len(ch) - 1)),
          out2[-300:])

    # ---- a typed table: one cell corrected, two rows swapped -------
    # (their numbers stay 1, 2, 3: the No. column numbers rows, it is no
    # figure; rows are known by their names, so a move is no change)
    typed = os.path.join(tmp, "ketik")
    shutil.copytree(content, typed)
    fp = os.path.join(typed, "bab-1-pendahuluan.yaml")
    text = open(fp, encoding="utf-8").read()
    row = '- [ "III/b (Penata Muda Tk. I)", 7, 4, 7 ]'
    cell_line = text[:text.index(row)].count("\n") + 1
    text = text.replace(row, '- [ "III/b (Penata Muda Tk. I)", 7, 4, 11 ]')
    open(fp, "w", encoding="utf-8").write(text)
    fp = os.path.join(typed, "bab-3-akuntabilitas-kinerja.yaml")
    text = open(fp, encoding="utf-8").read()
    r2 = re.search(r'- \[ "2", (.*) \]\n', text)
    r3 = re.search(r'- \[ "3", (.*) \]\n', text)
    text = (text[:r2.start(1)] + r3.group(1) + text[r2.end(1):r3.start(1)] + r2.group(1)
            + text[r3.end(1):])
    open(fp, "w", encoding="utf-8").write(text)
    rc, out, err = lakin_diff("--format", "json", content, typed)
    tch = json.loads(out)["changes"] if rc == 1 else []
    check("tabel-ketik-satu-sel", rc == 1 and len(tch) == 1 and
          tch[0]["key"] == "tabel:pangkat-bkpsdm:III/b (Penata Muda Tk. I):JUMLAH TOTAL"
          and tch[0]["kind"] == "fact" and (tch[0]["old"]["value"], tch[0]["new"]["value"]) == ("7", "11")
          and tch[0]["old"]["line"] == tch[0]["new"]["line"] == cell_line
          and tch[0]["new"]["table"].startswith("Tabel 1."),
          "status %d: %s" % (rc, [(c["key"], c["old"] and c["old"]["value"], c["new"] and c["new"]["value"])
                                  for c in tch][:6]))

    # ---- an indicator's realisasi: its capaian, its rows, its chart --
    ind = os.path.join(tmp, "indikator")
    shutil.copytree(content, ind)
    fp = os.path.join(ind, "kinerja.yaml")
    k = perf["tujuan"][0]["indikator"][0]	# the reference's IPASN, with a chart
    text = open(fp, encoding="utf-8").read()
    i = text.index("kunci: %s" % k["kunci"])
    old_r = str(k["realisasi"][year]).replace(".", ",")
    j = text.index("%d: %s" % (year, old_r), text.index("realisasi:", i))
    text = text[:j] + "%d: 78,10" % year + text[j + len("%d: %s" % (year, old_r)):]
    open(fp, "w", encoding="utf-8").write(text)
    rc, out, err = lakin_diff("--format", "json", content, ind)
    ich = json.loads(out)["changes"] if rc == 1 else []
    keys = [c["key"] for c in ich]
    ifacts = [c for c in ich if c["kind"] == "fact"]
    check("indikator-satu-fakta", len(ifacts) == 1 and ifacts[0]["key"] == "kinerja:%s.realisasi.%d"
          % (k["kunci"], year) and ifacts[0]["new"]["value"] == "78,10", keys[:5])
    check("indikator-capaian", "kinerja:%s.capaian.%d" % (k["kunci"], year) in keys, keys[:8])
    rows = {c["new"]["row"] for c in ich if c["key"].startswith("tabel:")}
    check("indikator-baris-tabelnya-saja", rows == {k["nama"]}, rows)
    charts = [c for c in ich if c["key"].startswith("gambar:")]
    check("indikator-grafik", len(charts) == 1 and charts[0]["new"]["value"] == "78,10"
          and charts[0]["new"]["table"].startswith("Gambar "), [(c["key"], c["new"]["value"]) for c in charts])
    names = {re.sub(r"\|.*|#\d+$", "", c["key"].split(":", 2)[2]) for c in ich if c["key"].startswith("nilai:")}
    check("indikator-kalimat", names and all(n.startswith(k["kunci"] + ".") or n == "kinerja.efisiensi"
                                             for n in names), names)

    # ---- two identical copies: nothing, exit 0 --------------------
    same = os.path.join(tmp, "sama")
    shutil.copytree(content, same)
    rc, out, err = lakin_diff(old, same)
    check("salinan-sama-kosong", rc == 0 and out == "", "status %d, %r" % (rc, out[:200]))
    rc, out, _ = lakin_diff("--format", "json", old, same)
    check("salinan-sama-json", rc == 0 and json.loads(out)["changes"] == [], out[:200])

    # ---- an error in one version: exit 2 with its diagnostic ------
    bad = os.path.join(tmp, "rusak")
    shutil.copytree(new, bad)
    fp = os.path.join(bad, "anggaran.yaml")
    text = open(fp, encoding="utf-8").read().replace(
        rupiah(amount(sub["realisasi"]) + DELTA), "tiga juta", 1)
    open(fp, "w", encoding="utf-8").write(text)
    rc, out, err = lakin_diff(old, bad)
    check("galat-status-2", rc == 2 and out == "", "status %d" % rc)
    check("galat-dilaporkan", re.search(r"^%s:%d:\d+: galat: " % (re.escape(fp), fact_line + SHIFT),
                                        err, re.M) is not None, err[-400:])

    # ---- wrong arguments --------------------------------------------
    rc, out, err = lakin_diff(old)
    check("argumen-kurang", rc == 2 and err.startswith("pemakaian: lakin diff"), err[:200])
    rc, out, err = lakin_diff("--lang", "en", old, new, same)
    check("argumen-lebih-en", rc == 2 and err.startswith("usage: lakin diff"), err[:200])
    rc, out, err = lakin_diff("--format", "xml", old, new)
    check("format-tak-dikenal", rc == 2 and "pemakaian" in err, err[:200])
    nowhere = os.path.join(tmp, "tidak-ada")
    rc, out, err = lakin_diff(old, nowhere)
    check("folder-tidak-ada", rc == 2 and out == "" and
          re.search("^%s/laporan.yaml: galat: tidak dapat membuka berkas" % re.escape(nowhere), err, re.M),
          err[-300:])
    rc, out, err = lakin_diff("--template", nowhere, old, same)
    check("templat-tidak-ada", rc == 2 and out == "" and "(--template)" in err, err[-300:])
    rc, out, err = lakin_diff("--format=json", "--color", "never", old, same)
    check("format-sama-dengan", rc == 0 and json.loads(out)["count"] == 0, out[:200])
    rc, out, err = lakin_diff(old, old + "/")
    check("folder-sama-diperingatkan", rc == 0 and out == "" and
          err.startswith(old + "/: peringatan: lakin diff: '%s' dan '%s/' adalah folder yang sama"
                         % (old, old)), err[:300])
finally:
    shutil.rmtree(tmp)
checks.finish()
