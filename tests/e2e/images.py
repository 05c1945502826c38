#!/usr/bin/env python3
"""The pictures of the reference report, from `pdfimages -list`:

    images.py CONTENT_DIR PDF

the emblem (instansi.lambang) on the cover (page 1) and on every page
with a letterhead (the pages whose text has the letterhead's 'Alamat :'
line), the head's foto on the Kata Pengantar page, and each image file
embedded once (one PDF object per file, however often it is shown).
"""
import re
import struct
import subprocess
import sys


def png_size(path):
    with open(path, 'rb') as f:
        head = f.read(24)
    return struct.unpack('>II', head[16:24])


def value(text, key):
    m = re.search(r'^\s+%s:\s*(\S+)\s*$' % key, text, re.M)
    return m.group(1) if m else None


def main(content, pdf):
    lap = open(content + '/laporan.yaml', encoding='utf-8').read()
    kp = open(content + '/kata-pengantar.yaml', encoding='utf-8').read()
    emblem, foto = value(lap, 'lambang'), value(kp, 'berkas')
    fails = []
    if emblem is None or foto is None:
        print('laporan.yaml tanpa lambang atau kata pengantar tanpa foto')
        return 1
    rows = []
    out = subprocess.run(['pdfimages', '-list', pdf], check=True,
                         capture_output=True, text=True).stdout
    for ln in out.splitlines()[2:]:
        f = ln.split()
        # page num type width height color comp bpc enc interp object ID
        rows.append({'page': int(f[0]), 'type': f[2], 'w': int(f[3]),
                     'h': int(f[4]), 'obj': int(f[10])})
    images = [r for r in rows if r['type'] == 'image']

    def obj_of(size, page):
        for r in images:
            if r['page'] == page and (r['w'], r['h']) == size:
                return r['obj']
        return None

    esize = png_size(content + '/' + emblem)
    cover = obj_of(esize, 1)
    if cover is None:
        fails.append('lambang %dx%d tidak ada di sampul' % esize)
    letter = []
    info = subprocess.run(['pdfinfo', pdf], check=True, capture_output=True,
                          text=True).stdout
    npages = int(re.search(r'^Pages:\s*(\d+)', info, re.M).group(1))
    for p in range(1, npages + 1):
        t = subprocess.run(['pdftotext', '-f', str(p), '-l', str(p), pdf,
                            '-'], check=True, capture_output=True,
                           text=True).stdout
        if 'Alamat : ' in t:
            letter.append(p)
            if cover is None or obj_of(esize, p) != cover:
                fails.append('kop surat di halaman %d tanpa lambang' % p)
    if not letter:
        fails.append('tidak ada kop surat')
    fsize = png_size(content + '/' + foto)
    if obj_of(fsize, 2) is None:
        fails.append('foto %dx%d tidak ada di Kata Pengantar (halaman 2)'
                     % fsize)
    objs = {}
    for r in images:
        objs.setdefault((r['w'], r['h']), set()).add(r['obj'])
    for size, o in objs.items():
        if len(o) != 1:
            fails.append('gambar %dx%d dimuat %d kali' % (size + (len(o),)))
    for f in fails:
        print(f)
    print('lambang di sampul dan %d kop surat, foto, %d berkas gambar '
          'masing-masing sekali' % (len(letter), len(objs)))
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2]))
