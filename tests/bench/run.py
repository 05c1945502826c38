#!/usr/bin/env python3
"""make bench: time and peak memory of lakin on the reference report with
its inventory table (Tabel 1.6, a CSV) grown to 1k, 5k and 10k rows, and on
a synthetic report holding nothing but a 10,000-row table.  Prints the cost
per 1,000 rows so linear growth is visible.  Then the time per stage
(LAKIN_WAKTU=1) and the libharu floor (tests/bench/floor.c: the same page
list drawn through libharu alone) for the reference and its 10,000-row
variant, with the ratio of the two.  Generated data lives in a temporary
folder; nothing is written to the repository."""
import csv
import os
import re
import statistics
import resource
import shutil
import subprocess
import sys
import tempfile
import time

lakin, content = sys.argv[1], sys.argv[2]
floor = sys.argv[3] if len(sys.argv) > 3 else None
tmp = tempfile.mkdtemp(prefix="lakin-bench-")


def grow(n):
    d = os.path.join(tmp, "laporan-%d" % n)
    if os.path.isdir(d):	# made once, for the table and the floor
        return d
    shutil.copytree(content, d)
    src = list(csv.reader(open(os.path.join(content, "sarana-prasarana.csv"), encoding="utf-8")))
    head, rows = src[0], src[1:]
    with open(os.path.join(d, "sarana-prasarana.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(head)
        for i in range(n):
            r = list(rows[i % len(rows)])
            r[0] = str(i + 1)
            w.writerow(r)
    return d


def run(d, cmd="build"):
    """Best of three wall-clock times (peak memory: peak_of)."""
    best = None
    for _ in range(3):
        t = time.perf_counter()
        args = [lakin, "build", "-o", os.path.join(tmp, "b.pdf"), d] if cmd == "build" \
            else [lakin, cmd, d]
        p = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        el = time.perf_counter() - t
        if p.returncode != 0:
            sys.stderr.write(p.stderr.decode())
            sys.exit("bench: lakin gagal (status %d)" % p.returncode)
        best = el if best is None else min(best, el)
    return best


def peak_of(d):
    """Peak RSS in MiB of one build, read in a fresh process (ru_maxrss of
    children is the maximum over all children so far)."""
    code = ("import resource,subprocess,sys;"
            "subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL);"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, lakin, "build", "-o",
                          os.path.join(tmp, "m.pdf"), d], capture_output=True, text=True)
    return int(out.stdout.strip()) / 1024.0


def pages(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return next((l.split()[-1] for l in out.splitlines() if l.startswith("Pages:")), "?")


def long_paragraphs(n, size):
    """n paragraphs of about size bytes each: the cost must grow linearly."""
    d = os.path.join(tmp, "paragraf-%d" % n)
    os.makedirs(d)
    shutil.copy(os.path.join(content, "..", "..", "tests", "bad", "base", "laporan.yaml"), d)
    words = ("kinerja pegawai aparatur sipil negara pengembangan kompetensi laporan "
             "anggaran realisasi target capaian indikator sasaran program kegiatan").split()
    out = ["jenis: bab", "nomor: 1", "judul: PENDAHULUAN", "isi:"]
    for k in range(n):
        out.append("  - paragraf: >-")
        line, total, i = [], 0, k
        while total < size - 80:
            w = words[i % len(words)]
            i += 7
            line.append(w)
            total += len(w) + 1
            if sum(len(x) + 1 for x in line) > 70:
                out.append("      " + " ".join(line))
                line = []
        out.append("      " + " ".join(line))
    open(os.path.join(d, "bab-1.yaml"), "w").write("\n".join(out) + "\n")
    return d


print("bench: hanya periksa (lakin check), terbaik dari 3 kali")
print("  laporan acuan: %.1f ms" % (run(content, "check") * 1000))
for n in (5, 10):
    d = long_paragraphs(n, 64000)
    print("  %2d paragraf x 64 KB: periksa %.1f ms, bangun %.3f detik (%s halaman)"
          % (n, run(d, "check") * 1000, run(d), pages(os.path.join(tmp, "b.pdf"))))
print("  target: periksa laporan acuan jauh di bawah 20 ms; 10 x 64 KB jauh di bawah 1 detik")

print("bench: laporan acuan, Tabel 1.6 diperbesar (terbaik dari 3 kali)")
print("  %8s %8s %9s %10s %14s" % ("baris", "halaman", "detik", "MiB puncak", "ms/1.000 baris"))
base = run(content)
for n in (1000, 5000, 10000):
    d = grow(n)
    s = run(d)
    # the cost of the added rows, per 1,000 rows: flat when growth is linear
    print("  %8d %8s %9.3f %10.1f %14.1f" % (n, pages(os.path.join(tmp, "b.pdf")), s,
                                               peak_of(d), (s - base) * 1000.0 / (n - 322) * 1000))
print("  (laporan asli, 322 baris: %.3f detik)" % base)


def synthetic(n):
    """A report that is one table of n generated rows and nothing else."""
    d = os.path.join(tmp, "sintetis-%d" % n)
    os.makedirs(d)
    open(os.path.join(d, "laporan.yaml"), "w").write(
        "laporan: {judul: LAPORAN KINERJA, tahun: 2024, templat: lakin, tanggal: Januari 2025}\n"
        "instansi: {pemerintah: PEMERINTAH KOTA UJI, nama: DINAS UJI, singkatan: Dinas Uji, kota: Uji}\n"
        "berkas: [bab-1.yaml]\n")
    open(os.path.join(d, "bab-1.yaml"), "w").write(
        "jenis: bab\nnomor: 1\njudul: UJI\nisi:\n  - tabel:\n      judul: Tabel sintetis\n"
        "      kolom: [{judul: No, jenis: angka}, Uraian, {judul: Jumlah, jenis: angka},"
        " {judul: Nilai (Rp), jenis: rupiah, desimal: 2}, Keterangan]\n"
        "      nomor_kolom: ya\n      baris: data.csv\n")
    with open(os.path.join(d, "data.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["No", "Uraian", "Jumlah", "Nilai", "Keterangan"])
        for i in range(n):
            w.writerow([i + 1, "Barang inventaris nomor %d dengan uraian yang cukup panjang" % (i + 1),
                        i % 97 + 1, "%d,%02d" % (i * 1234567 % 99999999, i % 100),
                        "Baik" if i % 3 else "Kurang Baik, perlu pemeliharaan rutin"])
    return d


print("bench: tabel sintetis saja")
print("  %8s %8s %9s %10s %14s" % ("baris", "halaman", "detik", "MiB puncak", "ms/1.000 baris"))
for n in (1000, 5000, 10000):
    d = synthetic(n)
    s = run(d)
    print("  %8d %8s %9.3f %10.1f %14.1f" % (n, pages(os.path.join(tmp, "b.pdf")), s,
                                               peak_of(d), s * 1000.0 / n * 1000))
print("  target: 10.000 baris <= 0,6 detik dan <= 42 MiB")

RUNS = 7
STAGES = ["muat", "periksa", "turunan", "tata-letak", "render", "simpan"]


def fonts_of(d):
    """The four font files of the report's template, as lakin finds them."""
    import yaml
    repo = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    name = yaml.safe_load(open(os.path.join(d, "laporan.yaml"), encoding="utf-8"))["laporan"]["templat"]
    t = yaml.safe_load(open(os.path.join(repo, "templates", name, "templat.yaml"), encoding="utf-8"))
    return [os.path.join(repo, "fonts", t["huruf"][k]) for k in ("biasa", "tebal", "miring", "tebal_miring")]


def lakin_once(d):
    """One build with LAKIN_WAKTU=1: its wall-clock ms and each stage's."""
    t = time.perf_counter()
    p = subprocess.run([lakin, "build", "-o", os.path.join(tmp, "s.pdf"), d],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                       env=dict(os.environ, LAKIN_WAKTU="1"))
    wall = (time.perf_counter() - t) * 1000
    line = next((l for l in p.stderr.splitlines() if l.startswith("waktu (ms):")), None)
    if p.returncode != 0 or line is None:
        sys.stderr.write(p.stderr)
        sys.exit("bench: lakin gagal atau tidak mencetak waktu per tahap")
    return wall, {k: float(re.search(r" %s ([0-9.]+)" % re.escape(k), line).group(1)) for k in STAGES}


def floor_once(d, dump):
    """One floor run: the process's wall-clock ms without reading the dump
    (what lakin would pay for these pages with libharu alone, process
    start and exit included, as in lakin's time), and libharu's own ms."""
    t = time.perf_counter()
    out = subprocess.run([floor, dump, os.path.join(tmp, "f.pdf")] + fonts_of(d) + [d],
                         capture_output=True, text=True)
    wall = (time.perf_counter() - t) * 1000
    if out.returncode != 0:
        sys.exit("bench: floor gagal: " + out.stderr)
    m = re.search(r"floor_ms=([0-9.]+) read_ms=([0-9.]+)", out.stdout)
    return wall - float(m.group(2)), float(m.group(1))


def compare(d):
    """lakin and the floor in turn, RUNS times each (the machine's load
    drifts alike for both): medians."""
    dump = os.path.join(tmp, "halaman.txt")
    with open(dump, "w") as f:
        if subprocess.run([lakin, "layout", "--dump", d], stdout=f, stderr=subprocess.DEVNULL).returncode:
            sys.exit("bench: lakin layout --dump gagal")
    walls, per, floors, harus = [], {k: [] for k in STAGES}, [], []
    for _ in range(RUNS):
        w, st = lakin_once(d)
        walls.append(w)
        for k in STAGES:
            per[k].append(st[k])
        fw, fh = floor_once(d, dump)
        floors.append(fw)
        harus.append(fh)
    med = statistics.median
    return med(walls), {k: med(v) for k, v in per.items()}, med(floors), med(harus)


if floor is not None:
    print("bench: lakin dibanding libharu saja (median %d kali; target rasio <= 1,5)" % RUNS)
    for label, d in (("laporan acuan", content), ("acuan, Tabel 1.6 10.000 baris", grow(10000))):
        wall, st, fl, haru = compare(d)
        print("  %s: lakin full build %.1f ms, libharu floor %.1f ms, ratio %.2f"
              % (label, wall, fl, wall / fl))
        print("    per tahap (ms): " + ", ".join("%s %.1f" % (k, st[k]) for k in STAGES)
              + "; libharu sendiri di floor %.1f ms (render + simpan lakin %.1f ms)"
              % (haru, st["render"] + st["simpan"]))
        if d != content:
            print("    memori puncak %.1f MiB (target < 30 MiB)" % peak_of(d))
shutil.rmtree(tmp)
