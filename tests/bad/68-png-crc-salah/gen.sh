# A PNG whose image data chunk has a wrong CRC (one flipped bit).
# libpng aborted lakin inside libharu's loader.
python3 "$(dirname "$0")/../mkimage.py" 'ttd.png=png-crc'
