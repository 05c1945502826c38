# A PNG cut off inside its image data (a copy that stopped halfway).
# libpng's error made libharu's loader return into libpng, which aborted lakin.
python3 "$(dirname "$0")/../mkimage.py" 'ttd.png=png-terpotong'
