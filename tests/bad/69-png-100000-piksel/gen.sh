# A 69-byte PNG whose header claims 100000 x 100000 pixels.
# It passed the header check and libpng aborted lakin on the missing rows.
python3 "$(dirname "$0")/../mkimage.py" 'ttd.png=png-100000'
