# A body image missing, damaged (bad CRC), 16-bit, absurdly large (named
# twice: said once, at its first use) and cut short: each at its
# 'berkas' value.
python3 "$(dirname "$0")/../mkimage.py" 'peta.png=png-crc' 'grafik-16bit.png=png-16bit' 'kegiatan.png=png-100000' 'terpotong.jpg=jpeg-terpotong'
