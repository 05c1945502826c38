"""Each embedded font's CIDSet (PDF/A-1, 6.3.5) holds exactly the CIDs the
pages show in that font, and CID 0.  PDFBox preflight only asks that the
CIDSet be there.  usage: cidset.py FILE.pdf (qpdf 11 --json reads it)."""
import base64, json, re, subprocess, sys

pdf = sys.argv[1]
j = json.loads(subprocess.run(['qpdf', '--json', '--json-stream-data=inline',
                               '--decode-level=generalized', pdf],
                              capture_output=True, check=True).stdout)
objs = j['qpdf'][1]


def obj(ref):
    o = objs['obj:' + ref]
    return o.get('value', o.get('stream', {}).get('dict'))


def data(ref):
    return base64.b64decode(objs['obj:' + ref]['stream']['data'])


def resolve(v):
    return obj(v) if isinstance(v, str) and v.endswith(' R') else v


used, cidset = {}, {}
pages = [k[4:] for k, o in objs.items()
         if isinstance(o.get('value'), dict) and o['value'].get('/Type') == '/Page']
for p in pages:
    page = obj(p)
    fonts = resolve(resolve(page['/Resources'])['/Font'])
    font_of = {}
    for name, ref in fonts.items():
        desc = resolve(resolve(resolve(ref)['/DescendantFonts'])[0])['/FontDescriptor']
        key = resolve(desc)['/FontName']
        font_of[name] = key
        cidset[key] = resolve(desc)['/CIDSet']
        used.setdefault(key, {0})
    contents = page['/Contents']
    refs = contents if isinstance(contents, list) else [contents]
    text = b''.join(data(r) for r in refs).decode('latin-1')
    cur = None
    for m in re.finditer(r'(/\S+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj', text):
        if m.group(1):
            cur = font_of[m.group(1)]
        else:
            h = m.group(2)
            used[cur].update(int(h[i:i + 4], 16) for i in range(0, len(h), 4))
bad = []
for key, ref in cidset.items():
    bits = data(ref)
    inset = {i * 8 + b for i, byte in enumerate(bits) for b in range(8) if byte & (0x80 >> b)}
    if inset != used[key]:
        bad.append('%s: missing %s, extra %s' % (key, sorted(used[key] - inset)[:10],
                                                 sorted(inset - used[key])[:10]))
if not cidset or bad:
    sys.exit('; '.join(bad) or 'no CIDSet in ' + pdf)
