# Files under image names that are no PNG or JPEG: GIF, HEIC (a phone photo),
# PDF (a scan saved as PDF) and text, all "not a PNG or JPEG image" before
# (now the format is named); an empty file ("not a PNG or JPEG" before), a
# folder, a FIFO (the old check blocked in fopen forever) and a valid PNG of
# 33 MiB (the limit is 32 MiB).
python3 "$(dirname "$0")/../mkimage.py" animasi.png=gif foto-hp.jpg=heic pindaian.png=pdf catatan.png=teks kosong.png=kosong besar.png=png-33mib
mkdir folder.png
mkfifo pipa.png
