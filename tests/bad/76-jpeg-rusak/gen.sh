# A JPEG with a marker inside its scan data (embedded as it was, exit 0), and
# a valid JPEG with fill bytes libharu cannot walk (reported as damaged).
python3 "$(dirname "$0")/../mkimage.py" 'ttd.jpg=jpeg-rusak' 'isian.jpg=jpeg-isi'
