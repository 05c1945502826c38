# A JPEG missing its last 40 bytes: it was embedded as it was (exit 0).
python3 "$(dirname "$0")/../mkimage.py" 'ttd.jpg=jpeg-terpotong'
