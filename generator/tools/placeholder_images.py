#!/usr/bin/env python3
"""Neutral placeholder pictures drawn by the project (never a real logo,
face, signature or stamp), written as 8-bit PNGs with the standard
library only, the same bytes on every run:

    python3 placeholder_images.py DIR [NAME ...]

NAME is one of lambang (an emblem: a shield with a star), foto (a
head-and-shoulders silhouette), ttd (a scribbled signature line on a
transparent background), cap (a round stamp, transparent), each written
as DIR/NAME.png; without names, all four.  Shapes are sampled 4 x 4 per
pixel, so edges are smooth.
"""
import math
import os
import struct
import sys
import zlib


def chunk(kind, data):
    return (struct.pack('>I', len(data)) + kind + data +
            struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff))


def png(w, h, rows, alpha):
    ctype = 6 if alpha else 2
    raw = b''.join(b'\0' + bytes(r) for r in rows)
    return (b'\x89PNG\r\n\x1a\n' +
            chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, ctype, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def render(w, h, shade, bg, alpha):
    """shade(x, y) -> (r, g, b, a) or None for the background, at
    coordinates in 0..1 (y down); averaged over 4 x 4 samples."""
    rows = []
    for py in range(h):
        row = bytearray()
        for px in range(w):
            acc = [0.0, 0.0, 0.0, 0.0]
            for sy in range(4):
                for sx in range(4):
                    c = shade((px + (sx + 0.5) / 4) / w,
                              (py + (sy + 0.5) / 4) / h)
                    if c is None:
                        c = bg
                    a = c[3] / 255.0
                    for i in range(3):
                        acc[i] += c[i] * a
                    acc[3] += a
            if acc[3] > 0:
                col = [acc[i] / acc[3] for i in range(3)]
            else:
                col = bg[:3]
            if alpha:
                row += bytes(int(round(v)) for v in col)
                row.append(int(round(acc[3] / 16 * 255)))
            else:
                # composite on the background
                k = acc[3] / 16
                row += bytes(int(round(col[i] * k + bg[i] * (1 - k)))
                             for i in range(3))
        rows.append(row)
    return png(w, h, rows, alpha)


def star(x, y, cx, cy, r_out, r_in):
    """Whether (x, y) lies inside a five-pointed star (point up): the
    even-odd rule on its ten corners."""
    pts = []
    for i in range(10):
        r = r_out if i % 2 == 0 else r_in
        a = math.pi * i / 5
        pts.append((cx + r * math.sin(a), cy - r * math.cos(a)))
    inside = False
    for i in range(10):
        (x1, y1), (x2, y2) = pts[i], pts[(i + 1) % 10]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def shield(x, y):
    """A shield: straight top, sides down to 0.55, a pointed curved base."""
    if y < 0.06 or x < 0.08 or x > 0.92:
        return False
    if y <= 0.55:
        return True
    # the base: two arcs meeting at (0.5, 0.96)
    t = (y - 0.55) / 0.41
    if t > 1:
        return False
    half = 0.42 * math.sqrt(max(0.0, 1 - t * t))
    return abs(x - 0.5) <= half


def lambang(x, y):
    ink = (40, 48, 64, 255)
    if not shield(x, y):
        return None
    inner = (shield(0.5 + (x - 0.5) / 0.88, 0.06 + (y - 0.06) / 0.9) and
             shield(0.5 + (x - 0.5) / 0.88, (y - 0.03) / 0.94))
    if not inner:
        return ink
    if 0.36 <= y <= 0.42:
        return ink                                  # the band
    if y < 0.36:
        if star(x, y, 0.5, 0.215, 0.13, 0.055):
            return (250, 246, 232, 255)
        return (176, 40, 40, 255)                   # upper field
    # lower field: rice and cotton as three plain bars, no symbol
    for bx in (0.33, 0.5, 0.67):
        if abs(x - bx) < 0.025 and 0.48 < y < 0.8:
            return (250, 246, 232, 255)
    return (200, 160, 64, 255)


def foto(x, y):
    grey = (120, 128, 140, 255)
    if math.hypot((x - 0.5) / 0.19, (y - 0.36) / 0.19 * 1.3) <= 1:
        return grey                                 # head
    if y >= 0.62 and math.hypot((x - 0.5) / 0.42, (y - 1.0) / 0.38) <= 1:
        return grey                                 # shoulders
    return None


def ttd(x, y):
    # a looping line, as a pen would draw a signature (no letters)
    best = 1.0
    for i in range(160):
        t = i / 159
        px = 0.08 + 0.84 * t
        py = 0.55 - 0.28 * math.sin(t * 9.0) * (1 - t * 0.6) - 0.1 * t
        best = min(best, math.hypot((x - px) * 2.5, y - py))
    if best < 0.035:
        return (20, 30, 120, 255)
    return None


def cap(x, y):
    r = math.hypot(x - 0.5, y - 0.5)
    ink = (70, 60, 170, 200)
    if 0.44 <= r <= 0.49 or 0.36 <= r <= 0.38:
        return ink
    if star(x, y, 0.5, 0.5, 0.2, 0.085):
        return ink
    return None


PICTURES = {
    'lambang': (220, 260, lambang, (255, 255, 255, 255), False),
    'foto': (240, 320, foto, (214, 224, 236, 255), False),
    'ttd': (400, 160, ttd, (255, 255, 255, 0), True),
    'cap': (300, 300, cap, (255, 255, 255, 0), True),
}


def main(args):
    if not args:
        sys.exit('pemakaian: placeholder_images.py FOLDER [NAMA ...]')
    names = args[1:] or sorted(PICTURES)
    for n in names:
        w, h, fn, bg, alpha = PICTURES[n]
        with open(os.path.join(args[0], n + '.png'), 'wb') as f:
            f.write(render(w, h, fn, bg, alpha))


if __name__ == '__main__':
    main(sys.argv[1:])
