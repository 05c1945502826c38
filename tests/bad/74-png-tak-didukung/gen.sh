# Valid PNGs libharu 2.3.0 embeds wrongly or not at all: grey with a
# transparent colour (printed opaque, exit 0), a 4-bit palette with
# transparency (garbled, read past its rows), 16 bits per channel (garbled),
# a colour profile libpng warns about (a bare library code, no position).
python3 "$(dirname "$0")/../mkimage.py" 'abu-trns.png=png-abu-trns' 'palet4-trns.png=png-palet4-trns' 'ttd-16bit.png=png-16bit' 'profil-warna.png=png-iccp'
