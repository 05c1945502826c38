# A valid RGB PNG with one transparent colour (a tRNS chunk): libharu 2.3.0
# took it for a palette image and crashed on a NULL table (SIGSEGV).
python3 "$(dirname "$0")/../mkimage.py" 'ttd.png=png-rgb-trns'
