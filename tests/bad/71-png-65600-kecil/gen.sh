# A 4 MB PNG of 65600 x 65600 grey pixels (4.3 GB once inflated).
# It used to be decoded in full: minutes and gigabytes, now refused from the header.
python3 "$(dirname "$0")/../mkimage.py" 'ttd.png=png-65600'
