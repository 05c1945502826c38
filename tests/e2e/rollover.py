#!/usr/bin/python3
"""Year roll-over end to end: rollover.py LAKIN CONTENT_DIR

Rolls the reference report over to 2025 and checks that
 - `lakin check` on the result lists exactly the ISI markers of the golden
   list rollover-isi.txt (reviewed by hand), every error being one of them,
   and that `lakin new` printed the same list;
 - once every marker is filled, `lakin build` succeeds and the PDF shows
   2025 as the report year and 2024 as the comparison year (header and
   figures of the comparison table), the Renstra target columns unchanged;
 - rolling over to 2027 says that the Renstra period 2021-2026 has ended,
   in `lakin new` and in `lakin check`.
"""
import os, re, subprocess, sys, tempfile

lakin, content = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
fails = 0
checks = 0


def ok(cond, what, detail=""):
    global fails, checks
    checks += 1
    if not cond:
        fails += 1
        print("GAGAL rollover:", what, detail)


def run(*args):
    p = subprocess.run([lakin, *args], capture_output=True, text=True)
    return p.returncode, p.stdout + p.stderr


def isi_list(out, d):
    """The 'belum diisi' errors, their folder written DIR, sorted."""
    return sorted(l.replace(d, "DIR") for l in out.splitlines()
                  if ": galat: belum diisi:" in l)


tmp = tempfile.mkdtemp(prefix="lakin-rollover-")
new = os.path.join(tmp, "r2025")
rc, out = run("new", "--dari", content, "--tahun", "2025", new)
ok(rc == 0, "lakin new exit status", out[-2000:])
ok(not [n for n in os.listdir(tmp) if ".tmp-" in n], "no temporary folder left")
roll = isi_list(out, new)

rc, chk = run("check", new)
errs = [l for l in chk.splitlines() if ": galat: " in l]
listed = isi_list(chk, new)
ok(rc == 2, "check exit status on the unfilled roll-over")
ok(len(errs) == len(listed), "every check error is a 'belum diisi' item",
   "\n".join(l for l in errs if "belum diisi" not in l)[:2000])
ok(roll == listed, "lakin new and lakin check list the same items",
   "\n".join(sorted(set(roll) ^ set(listed)))[:2000])
with open(os.path.join(here, "rollover-isi.txt")) as f:
    golden = f.read().splitlines()
ok(listed == golden, "items equal tests/e2e/rollover-isi.txt",
   "\n".join(sorted(set(listed) ^ set(golden)))[:2000])
ok("tahun: 2025" in open(os.path.join(new, "laporan.yaml")).read(),
   "laporan.tahun is 2025")
for f in os.listdir(content):
    if not f.endswith(".yaml"):
        ok(open(os.path.join(content, f), "rb").read() ==
           open(os.path.join(new, f), "rb").read(), "copied as is: " + f)


def fill(path, orig):
    """Every ISI of path filled: realisasi 2025 = 50, amounts as last
    year's (in file order), dates, analyses, standard."""
    amounts = [m.group(2) for m in re.finditer(
        r"^\s*(murni|perubahan|realisasi): ([0-9.,]+)", orig, re.M)]
    out = []
    for line in open(path).read().split("\n"):
        m = re.match(r"^(\s*)([a-z_0-9]+): ISI(.*)$", line)
        if m:
            ind, key, rest = m.groups()
            if key == "2025":
                val = "50"
            elif key in ("murni", "perubahan", "realisasi"):
                val = amounts.pop(0)
            elif key == "tanggal":
                val = '"Februari 2026"'
            elif key == "standar":
                val = "73,50"
            else:
                val = '"Diisi oleh uji roll-over 2025."'
            line = "%s%s: %s%s" % (ind, key, val, rest)
        out.append(line)
    open(path, "w").write("\n".join(out))


for f in os.listdir(new):
    if f.endswith(".yaml"):
        fill(os.path.join(new, f), open(os.path.join(content, f)).read())
rc, chk = run("check", new)
ok(rc == 0, "check after filling", "\n".join(
    l for l in chk.splitlines() if "galat" in l)[:2000])
pdf = os.path.join(tmp, "r2025.pdf")
rc, bout = run("build", "-o", pdf, new)
ok(rc == 0 and os.path.exists(pdf), "build after filling", bout[-2000:])

if os.path.exists(pdf):
    pages = subprocess.run(["pdftotext", "-layout", pdf, "-"],
                           capture_output=True, text=True).stdout.split("\f")
    ok("2025" in pages[0], "the cover names 2025")
    # Tabel 3.4-like: last year 2024 beside this year 2025
    comp = [p for p in pages if "Perbandingan Realisasisi dan Capaian" in p
            and "Indikator Kinerja" in p and "DAFTAR TABEL" not in p]
    ok(len(comp) >= 1, "comparison table found")
    if comp:
        p = comp[0]
        ok(re.search(r"2024\s+2025", p) is not None,
           "comparison header 2024 then 2025", p[:1500])
        ok("77,39" in p and "72,56" not in p,
           "comparison shows realisasi 2024 (77,39), not 2023 (72,56)")
    ren = [p for p in pages if "Target Kinerja Sasaran" in p
           and "DAFTAR TABEL" not in p]
    ok(len(ren) >= 1 and re.search(r"2025\s+2022\s+2023\s+2024\s+2025\s+2026",
       ren[0]) is not None, "Renstra table: realisasi 2025, targets 2022-2026",
       ren[0][:1500] if ren else "")

# the filled 2025 report rolls on to 2026: the comparison columns are
# 'tahun: lalu' since 2025, so they need no edit; the headers follow
b3 = "bab-3-akuntabilitas-kinerja.yaml"
t25 = open(os.path.join(new, b3)).read()
ok(t25.count("tahun: lalu") == 3, "comparison columns written 'tahun: lalu'")
new26 = os.path.join(tmp, "r2026")
rc, out = run("new", "--dari", new, "--tahun", "2026", new26)
ok(rc == 0, "the filled 2025 report rolls on to 2026", out[-1500:])
if rc == 0:
    t26 = open(os.path.join(new26, b3)).read()
    ok(t26.count("tahun: lalu") == 3 and
       '{teks: "2025", kolom: 3}, {teks: "2026", kolom: 3}' in t26,
       "2026: 'lalu' kept, header 2025 then 2026")

# past the Renstra period (2021-2026)
new27 = os.path.join(tmp, "r2027")
rc, out = run("new", "--dari", content, "--tahun", "2027", new27)
ok(rc == 0 and "Renstra 2021-2026" in out, "lakin new names the Renstra end",
   out[-1500:])
rc, chk = run("check", new27)
ok("di luar periode Renstra 2021-2026" in chk, "check names the Renstra end")

# refusals: nothing written, nothing overwritten
full = os.path.join(tmp, "isi")
os.mkdir(full)
open(os.path.join(full, "catatan.txt"), "w").write("milik petugas\n")
rc, out = run("new", "--dari", content, "--tahun", "2025", full)
ok(rc == 2 and "sudah ada dan tidak kosong" in out and
   os.listdir(full) == ["catatan.txt"], "a folder with files is refused", out)
rc, out = run("new", "--dari", content, "--tahun", "2024",
              os.path.join(tmp, "same"))
ok(rc == 2 and "tidak sesudah tahun laporan lama (2024)" in out and
   not os.path.exists(os.path.join(tmp, "same")), "--tahun 2024 is refused",
   out)
broken = os.path.join(tmp, "rusak")
subprocess.run(["cp", "-r", content, broken])
with open(os.path.join(broken, "laporan.yaml"), "a") as f:
    f.write("kunci_asing: 1\n")
rc, out = run("new", "--dari", broken, "--tahun", "2025",
              os.path.join(tmp, "dari-rusak"))
ok(rc == 2 and "masih bergalat" in out and "kunci_asing" in out and
   not os.path.exists(os.path.join(tmp, "dari-rusak")),
   "an old report with errors is refused", out[-1500:])
inner = os.path.join(broken, "2025")
subprocess.run(["cp", "-r", content + "/.", broken])  # laporan.yaml again
rc, out = run("new", "--dari", broken, "--tahun", "2025", inner)
ok(rc == 2 and "di dalam folder lama" in out and not os.path.exists(inner)
   and not [n for n in os.listdir(broken) if ".tmp-" in n],
   "a new folder inside the old one is refused", out[-1500:])
empty = os.path.join(tmp, "kosong")
os.mkdir(empty)
rc, out = run("new", "--dari", content, "--tahun", "2026", empty)
ok(rc == 0 and "1 tahun dilompati" in out and
   os.path.exists(os.path.join(empty, "laporan.yaml")) and
   not [n for n in os.listdir(tmp) if ".tmp-" in n],
   "an empty folder is filled; a skipped year is said", out[-1500:])

subprocess.run(["rm", "-rf", tmp])
print("rollover: %d checks, %d failed" % (checks, fails))
sys.exit(1 if fails else 0)
