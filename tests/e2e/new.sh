#!/bin/sh
# lakin new FOLDER: the starter report is copied byte for byte, passes
# `lakin check --strict` without a single finding, builds, and the PDF has
# every part of a LAKIN (front matter, BAB I-IV, Lampiran, signatures), its
# figures computed and its lists right; a second `lakin new` on the same
# folder, a missing parent, a file in the way and a starter that cannot be
# read all fail with exit 2 and leave nothing behind.
# usage: new.sh LAKIN   (from anywhere; prints "N checks" last)
lakin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
starter=$here/../../templates/baru
tmp=$(mktemp -d "${TMPDIR:-/tmp}/lakin-new.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
n=0
fail() { echo "new: GAGAL: $*"; exit 1; }
pass() { n=$((n + 1)); }
# no temporary folder of lakin new is left in folder $1
no_tmp() { ! ls -a "$1" | grep -q 'lakin-new'; }

cd "$tmp" || exit 2
"$lakin" new lap >out 2>err || { cat err; fail "lakin new lap"; }
grep -q 'laporan baru dibuat di lap (15 berkas);' err && [ ! -s out ] || { cat err; fail "pesan sesudah lakin new"; }
diff -r "$starter" lap >/dev/null || fail "isi folder tidak sama dengan templates/baru"
no_tmp . || fail "folder sementara tertinggal"
pass

"$lakin" check --strict lap >out 2>err || { cat err; fail "lakin check --strict (status $?)"; }
[ ! -s err ] && [ ! -s out ] || { cat err; fail "lakin check memberi temuan"; }
pass

"$lakin" build --strict lap 2>err || { cat err; fail "lakin build"; }
[ -s lap.pdf ] && [ ! -s err ] || { cat err; fail "PDF tidak ditulis atau ada temuan"; }
qpdf --check lap.pdf >q 2>&1 && grep -q 'No syntax or stream encoding errors' q || { cat q; fail "qpdf --check"; }
pdffonts lap.pdf | tail -n +3 | awk '$(NF-4) != "yes" { exit 1 }' || fail "huruf tidak disematkan"
pdftotext lap.pdf all.txt 2>pt.err && [ ! -s pt.err ] || { cat pt.err; fail "pdftotext"; }
pages=$(pdfinfo lap.pdf | sed -n 's/^Pages: *//p')
[ "$pages" -ge 25 ] || fail "hanya $pages halaman"
pass

# every part, in the order of a LAKIN (Permenpan-RB 53/2014)
python3 - all.txt <<'EOF' || fail "bagian laporan"
import sys
lines = [l.strip() for l in open(sys.argv[1], encoding="utf-8")]
parts = ["LAPORAN KINERJA", "KATA PENGANTAR", "IKHTISAR EKSEKUTIF",
         "DAFTAR ISI", "DAFTAR TABEL", "DAFTAR GAMBAR",
         "BAB I", "PENDAHULUAN", "LATAR BELAKANG",
         "TUGAS POKOK, FUNGSI DAN STRUKTUR ORGANISASI", "SUMBER DAYA MANUSIA",
         "SARANA DAN PRASARANA", "KEUANGAN", "ISU-ISU STRATEGIS",
         "BAB II", "PERENCANAAN KINERJA", "RENCANA STRATEGIS",
         "PERJANJIAN KINERJA", "RENCANA ANGGARAN",
         "BAB III", "AKUNTABILITAS KINERJA", "CAPAIAN KINERJA ORGANISASI",
         "REALISASI ANGGARAN", "BAB IV", "PENUTUP", "KESIMPULAN",
         "RENCANA TINDAK LANJUT", "LAMPIRAN"]
# the body's headings come after the lists: look from the last DAFTAR GAMBAR
start = max(i for i, l in enumerate(lines) if l == "DAFTAR GAMBAR")
at = 0
for p in parts[6:]:
    hits = [i for i, l in enumerate(lines) if i > max(at, start) and
            (l == p or l.endswith(". " + p) or l.endswith("." + p))]
    if not hits:
        sys.exit("bagian '%s' tidak ada (sesudah baris %d)" % (p, at))
    at = hits[0]
for p in parts[:6]:
    if p not in lines:
        sys.exit("bagian depan '%s' tidak ada" % p)
text = "\n".join(lines)
for s in ["Gambar 1.1 Struktur Organisasi", "Tabel 3.1 Skala Nilai",
          "Dengan Tahun Lalu", "Target Renstra", "Analisis Penyebab",
          "Efisiensi Penggunaan Anggaran", "SOP Penyusunan Laporan Kinerja",
          "Sasaran Strategis, Indikator Kinerja dan Target",
          "PIHAK PERTAMA,", "PIHAK KEDUA,", "Ditetapkan di"]:
    if s.lower() not in text.lower():
        sys.exit("'%s' tidak ada" % s)
# signatures: Kata Pengantar, BAB IV, two on the PK, one on its table
# page, the SK (the Wali Kota's have no NIP)
nip = text.count("NIP. 19750312 200003 1 002")
if nip < 5:
    sys.exit("hanya %d blok tanda tangan Kepala Dinas" % nip)
# figures computed, not typed: IKM 85,20 of 86 = 99,07 %, budget totals
for s in ["99,07%", "3.590.000.000", "3.472.070.500", "96,72%", "105,00%"]:
    if s not in text:
        sys.exit("angka turunan %s tidak ada" % s)
for s in ["{nilai:", "{ref:", "{hal:", "??"]:
    if s in text:
        sys.exit("rujukan tidak terisi: %s" % s)
print("ok")
EOF
pass
python3 "$here/toc.py" lap.pdf >toc.out || { cat toc.out; fail "Daftar Isi/Tabel/Gambar"; }
python3 "$here/fill.py" lap.pdf "$here/../../templates/lakin/templat.yaml" >fill.out || { cat fill.out; fail "halaman kosong sebelum float"; }
python3 "$here/hyphen.py" lap.pdf >hyphen.out || { cat hyphen.out; fail "nama dipenggal"; }
# the emblem is the project's neutral placeholder, drawn by the committed script
mkdir ph && python3 "$here/../../generator/tools/placeholder_images.py" ph lambang && cmp -s ph/lambang.png lap/lambang.png \
    || fail "lambang.png bukan gambar pengganti dari placeholder_images.py"
pass

# a second lakin new on the same folder: exit 2, nothing changed
ls -l --time-style=full-iso lap >before; cat lap/* | cksum >>before
"$lakin" new lap 2>err; rc=$?
[ $rc -eq 2 ] && grep -q "galat: lakin new: folder 'lap' sudah ada dan tidak kosong" err || { cat err; fail "lakin new kedua (status $rc)"; }
ls -l --time-style=full-iso lap >after; cat lap/* | cksum >>after
cmp -s before after || fail "lakin new kedua mengubah folder"
"$lakin" new --lang en lap 2>err; rc=$?
[ $rc -eq 2 ] && grep -q "error: lakin new: folder 'lap' already exists and is not empty" err || { cat err; fail "--lang en"; }
no_tmp . || fail "folder sementara tertinggal"
pass

# no parent, a file in the way: exit 2, nothing made
"$lakin" new tidak/ada/lap 2>err; rc=$?
[ $rc -eq 2 ] && [ ! -e tidak ] && grep -q "folder 'tidak/ada'" err || { cat err; fail "induk tidak ada (status $rc)"; }
echo isi >berkas
"$lakin" new berkas 2>err; rc=$?
[ $rc -eq 2 ] && [ "$(cat berkas)" = isi ] && grep -q "bukan folder" err || { cat err; fail "berkas menghalangi (status $rc)"; }
pass

# an empty folder is filled in place (the same folder, also ".")
mkdir kosong; ino=$(stat -c %i kosong)
(cd kosong && "$lakin" new . 2>../err) || { cat err; fail "lakin new . di folder kosong"; }
[ "$(stat -c %i kosong)" = "$ino" ] && diff -r "$starter" kosong >/dev/null || fail "folder kosong tidak terisi di tempat"
no_tmp . || fail "folder sementara tertinggal"
pass

# a starter that cannot be read whole (a FIFO among its files): exit 2,
# no folder, no temporary folder, and lakin new does not wait on the FIFO
mkdir -p home/templates && cp -r "$starter" home/templates/baru && mkfifo home/templates/baru/zz-pipa
LAKIN_HOME=$tmp/home timeout 10 "$lakin" new rusak 2>err; rc=$?
[ $rc -eq 2 ] && [ ! -e rusak ] && grep -q "zz-pipa" err || { cat err; fail "isi awal rusak (status $rc)"; }
no_tmp . || fail "folder sementara tertinggal sesudah gagal"
pass

echo "new: $n checks"
