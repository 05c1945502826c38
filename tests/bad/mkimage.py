#!/usr/bin/env python3
"""Image files for the bad-input cases, made where the case runs.

    python3 mkimage.py NAME=KIND ...

writes each NAME as KIND (the list is in KINDS below).  PNGs are built
chunk by chunk with zlib; the JPEGs are small files made with libjpeg
(16 x 16 pixels), kept here as base64, and damaged as each case needs.
"""
import base64
import struct
import sys
import zlib

SIG = b'\x89PNG\r\n\x1a\n'


def chunk(kind, data, crc=None):
    if crc is None:
        crc = zlib.crc32(kind + data) & 0xffffffff
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', crc)


def ihdr(w, h, depth=8, ctype=2, interlace=0):
    return chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, depth, ctype, 0, 0,
                                      interlace))


def rows_rgb(w, h, depth=8):
    """A colour gradient, every row with filter type 0."""
    out = bytearray()
    for y in range(h):
        out.append(0)
        for x in range(w):
            for v in (x * 4 % 256, y * 4 % 256, (x + y) * 2 % 256):
                out += bytes([v, v]) if depth == 16 else bytes([v])
    return bytes(out)


def png(w=64, h=64, depth=8, ctype=2, raw=None, extra=b'', interlace=0):
    raw = rows_rgb(w, h, depth) if raw is None else raw
    return (SIG + ihdr(w, h, depth, ctype, interlace) + extra +
            chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def png_bomb(w, h):
    """A grey PNG of w x h zero pixels, its data deflated to ~1/1000:
    full flushes make every block compress to the same bytes, so the
    stream is built without compressing gigabytes here."""
    n = (w + 1) * h
    block = 1 << 20
    c = zlib.compressobj(9)
    first = c.compress(b'\0' * block) + c.flush(zlib.Z_FULL_FLUSH)
    again = c.compress(b'\0' * block) + c.flush(zlib.Z_FULL_FLUSH)
    rest = n - block * (n // block)
    tail = c.compress(b'\0' * rest) + c.flush(zlib.Z_FINISH)
    # adler32 of n zero bytes: a stays 1, b grows by 1 per byte
    tail = tail[:-4] + struct.pack('>I', (n % 65521) << 16 | 1)
    data = first + again * (n // block - 1) + tail
    return (SIG + ihdr(w, h, 8, 0) + chunk(b'IDAT', data) +
            chunk(b'IEND', b''))


def adam7(w, h):
    """RGB rows of rows_rgb() in the seven passes of an interlaced PNG."""
    flat = rows_rgb(w, h)
    px = [flat[y * (3 * w + 1) + 1:(y + 1) * (3 * w + 1)] for y in range(h)]
    out = bytearray()
    for x0, y0, dx, dy in ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8),
                           (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2),
                           (0, 1, 1, 2)):
        for y in range(y0, h, dy):
            xs = range(x0, w, dx)
            if len(xs):
                out.append(0)
                for x in xs:
                    out += px[y][3 * x:3 * x + 3]
    return bytes(out)


def palette4_trns(w=16, h=16):
    raw = b''.join(b'\0' + bytes([0x01, 0x23] * (w // 4)) for _ in range(h))
    plte = bytes(range(48))
    return (SIG + ihdr(w, h, 4, 3) + chunk(b'PLTE', plte) +
            chunk(b'tRNS', b'\0\x80') + chunk(b'IDAT', zlib.compress(raw)) +
            chunk(b'IEND', b''))


def bad_crc():
    s = bytearray(png())
    i = s.index(b'IEND') - 5          # last byte of the IDAT's CRC
    s[i] ^= 0x01
    return bytes(s)


def truncated_png():
    s = png()
    return s[:s.index(b'IDAT') + 200]


JPEG = base64.b64decode(
    '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9'
    'PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhC'
    'Y2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAAR'
    'CAAQABADASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAA'
    'AgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkK'
    'FhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWG'
    'h4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl'
    '5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREA'
    'AgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYk'
    'NOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOE'
    'hYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk'
    '5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDl1tvapVtvatJbb2qZbb2r2a1c5KGIP//Z')
JPEG_CMYK = base64.b64decode(
    '/9j/7gAOQWRvYmUAZAAAAAAA/9sAQwAQCwwODAoQDg0OEhEQExgoGhgWFhgxIyUdKDozPTw5'
    'Mzg3QEhcTkBEV0U3OFBtUVdfYmdoZz5NcXlwZHhcZWdj/8AAFAgAEAAQBEMRAE0RAFkRAEsR'
    'AP/EAB8AAAEFAQEBAQEBAAAAAAAAAAABAgMEBQYHCAkKC//EALUQAAIBAwMCBAMFBQQEAAAB'
    'fQECAwAEEQUSITFBBhNRYQcicRQygZGhCCNCscEVUtHwJDNicoIJChYXGBkaJSYnKCkqNDU2'
    'Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6g4SFhoeIiYqSk5SVlpeYmZqi'
    'o6Slpqeoqaqys7S1tre4ubrCw8TFxsfIycrS09TV1tfY2drh4uPk5ebn6Onq8fLz9PX29/j5'
    '+v/aAA4EQwBNAFkASwAAPwDibXtXIfYPat2euOrYte1H2D2rPnorHte1dR9g9q0J6K2LXtR9'
    'g9qz56K//9k=')
JPEG_ARITH = base64.b64decode(
    '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9'
    'PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhC'
    'Y2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/yQAR'
    'CAAQABADASIAAhEBAxEB/8wACgAQEAUBEBEF/9oADAMBAAIRAxEAPwD/AGjN5lfrloVNoWDw'
    'afFndcdjP0D/2Q==')


def jpeg_12bit():
    s = bytearray(JPEG)
    s[s.index(b'\xff\xc0') + 4] = 12    # the frame's sample precision
    return bytes(s)


def jpeg_corrupt():
    s = bytearray(JPEG)
    i = s.index(b'\xff\xda') + 14         # into the entropy-coded data
    s[i:i + 4] = b'\xff\xd3\x00\x00'      # a restart marker out of place
    return bytes(s)


def jpeg_fill():
    """Fill bytes before a marker: allowed, but libharu loses its way."""
    return JPEG[:2] + b'\xff\xff' + JPEG[2:]


KINDS = {
    'png': lambda: png(),
    'png-terpotong': truncated_png,
    'png-crc': bad_crc,
    'png-100000': lambda: png(100000, 100000, raw=b'\0' * 64),
    'png-2^31': lambda: png(1 << 31, 1, raw=b'\0' * 64),
    'png-2^31-1': lambda: png((1 << 31) - 1, 1, raw=b'\0' * 64),
    'png-65600': lambda: png_bomb(65600, 65600),
    'png-interlace': lambda: png(raw=adam7(64, 64), interlace=1),
    'png-16bit': lambda: png(depth=16),
    'png-rgb-trns': lambda: png(extra=chunk(b'tRNS', b'\0\0\0\0\0\0')),
    'png-abu-trns': lambda: png(ctype=0, raw=b'\0' * 65 * 64,
                                extra=chunk(b'tRNS', b'\0\0')),
    'png-palet4-trns': palette4_trns,
    'png-iccp': lambda: png(extra=chunk(b'iCCP', b'icc\0\0' +
                                        zlib.compress(b'\0' * 128))),
    'png-33mib': lambda: png(extra=chunk(b'zzZz', b'\0' * (33 << 20))),
    'jpeg': lambda: JPEG,
    'jpeg-terpotong': lambda: JPEG[:len(JPEG) - 40],
    'jpeg-rusak': jpeg_corrupt,
    'jpeg-isi': jpeg_fill,
    'jpeg-cmyk': lambda: JPEG_CMYK,
    'jpeg-12bit': jpeg_12bit,
    'jpeg-aritmetika': lambda: JPEG_ARITH,
    'gif': lambda: b'GIF89a\x10\0\x10\0\x80\0\0\0\0\0\xff\xff\xff,\0\0\0\0'
                   b'\x10\0\x10\0\0\x02\x02D\x01\0;',
    'pdf': lambda: b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nendobj\n',
    'heic': lambda: b'\0\0\0\x18ftypheic\0\0\0\0mif1heic',
    'teks': lambda: b'ini bukan gambar\n',
    'kosong': lambda: b'',
}


def main(args):
    for a in args:
        name, kind = a.split('=', 1)
        with open(name, 'wb') as f:
            f.write(KINDS[kind]())


if __name__ == '__main__':
    main(sys.argv[1:])
