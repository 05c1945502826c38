# Image messages in English.
python3 "$(dirname "$0")/../mkimage.py" 'ttd.png=png-terpotong' 'besar.png=png-65600' 'cmyk.jpg=jpeg-cmyk' 'foto.jpg=heic'
