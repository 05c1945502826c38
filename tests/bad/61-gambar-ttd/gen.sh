# a PNG with 16 bits per channel, and a text file named .png
python3 "$(dirname "$0")/../mkimage.py" ttd-16bit.png=png-16bit
printf 'bukan gambar\n' > bukan-gambar.png
