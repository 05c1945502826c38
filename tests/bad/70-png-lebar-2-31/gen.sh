# PNG headers 2^31 pixels wide (not a valid PNG) and 2^31 - 1 wide (valid,
# but far past any limit): "bad PNG size" without advice, and an abort in libpng.
python3 "$(dirname "$0")/../mkimage.py" 'lebar-2-31.png=png-2^31' 'lebar-2-31-kurang-1.png=png-2^31-1'
