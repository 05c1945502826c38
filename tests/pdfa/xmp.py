"""The XMP packet of a PDF parses as XML, declares PDF/A-1b, and its
dc:creator is the given text and equals the document information's
Author (pdfinfo).  usage: xmp.py FILE.pdf AUTHOR"""
import re, subprocess, sys, xml.etree.ElementTree as ET

pdf, author = sys.argv[1], sys.argv[2]
data = open(pdf, 'rb').read()
m = re.search(rb'<\?xpacket begin=.*?<\?xpacket end="[rw]"\?>', data, re.S)
if not m:
    sys.exit('no XMP packet in ' + pdf)
root = ET.fromstring(m.group(0).split(b'?>', 1)[1].rsplit(b'<?xpacket', 1)[0])
ns = {'rdf': 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
      'dc': 'http://purl.org/dc/elements/1.1/',
      'pdfaid': 'http://www.aiim.org/pdfa/ns/id/'}
part = root.find('.//pdfaid:part', ns)
conf = root.find('.//pdfaid:conformance', ns)
creator = root.find('.//dc:creator/rdf:Seq/rdf:li', ns)
info = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout
ia = re.search(r'^Author: *(.*)$', info, re.M)
problems = []
if part is None or part.text != '1' or conf is None or conf.text != 'B':
    problems.append('pdfaid is not part 1, conformance B')
if creator is None or not creator.text.startswith(author):
    problems.append('dc:creator %r does not start with %r' % (creator is not None and creator.text, author))
if ia is None or creator is None or ia.group(1) != creator.text:
    problems.append('Info Author %r differs from dc:creator' % (ia and ia.group(1)))
if problems:
    sys.exit('; '.join(problems))
