# The emblem (instansi.lambang) damaged, the head's photo 16-bit, a stamp
# far too large (a decompression bomb) and a stamp that is not there.
python3 "$(dirname "$0")/../mkimage.py" 'lambang.png=png-terpotong' 'foto-16bit.png=png-16bit' 'cap-besar.png=png-65600'
# and a stamp file larger than any image may be (33 MiB)
python3 "$(dirname "$0")/../mkimage.py" 'cap-berat.png=png-33mib'
