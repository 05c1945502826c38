# JPEGs that were embedded without a word: CMYK (printed as a negative),
# 12-bit (not readable in the PDF) and arithmetic-coded.
python3 "$(dirname "$0")/../mkimage.py" 'cmyk.jpg=jpeg-cmyk' '12bit.jpg=jpeg-12bit' 'aritmetika.jpg=jpeg-aritmetika'
