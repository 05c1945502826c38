# An interlaced PNG: libharu failed with a bare library code and no position.
python3 "$(dirname "$0")/../mkimage.py" 'ttd.png=png-interlace'
