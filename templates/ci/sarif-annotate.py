#!/usr/bin/env python3
"""Findings of `lakin check --format sarif` as review annotations.

usage: sarif-annotate.py github|gitlab FILE.sarif [OUT.json]

github: one workflow command per finding (::error file=..,line=..,col=..::),
        which GitHub Actions shows on the commit and beside the pull
        request's lines; a summary of the counts at the end.
gitlab: a GitLab Code Quality report (OUT.json, default
        gl-code-quality.json), which GitLab shows in the merge request.

A missing, empty or unreadable SARIF file is said once and is no failure:
the build step that follows reports the same findings as text and fails
on errors.  Paths are made relative to the working directory (the
repository's root), as both forges expect.
"""
import hashlib
import json
import os
import sys

LEVEL_GITHUB = {'error': 'error', 'warning': 'warning', 'note': 'notice', 'none': 'notice'}
LEVEL_GITLAB = {'error': 'major', 'warning': 'minor', 'note': 'info', 'none': 'info'}


def rel(uri):
    if uri.startswith('file://'):
        uri = uri[len('file://'):]
    uri = uri.replace('%20', ' ')
    if os.path.isabs(uri):
        uri = os.path.relpath(uri)
    while uri.startswith('./'):
        uri = uri[2:]
    return uri


def findings(doc):
    for run in doc.get('runs', []):
        for r in run.get('results', []):
            loc = (r.get('locations') or [{}])[0].get('physicalLocation', {})
            region = loc.get('region', {})
            uri = loc.get('artifactLocation', {}).get('uri', '')
            yield {
                'level': r.get('level', 'warning'),
                'rule': r.get('ruleId', 'lakin'),
                'text': r.get('message', {}).get('text', ''),
                'path': rel(uri) if uri else '',
                'line': region.get('startLine', 0),
                'col': region.get('startColumn', 0),
            }


def escape_data(s):
    return s.replace('%', '%25').replace('\r', '%0D').replace('\n', '%0A')


def escape_prop(s):
    return escape_data(s).replace(':', '%3A').replace(',', '%2C')


def github(items):
    for f in items:
        props = []
        if f['path']:
            props.append('file=' + escape_prop(f['path']))
            if f['line']:
                props.append('line=%d' % f['line'])
            if f['col']:
                props.append('col=%d' % f['col'])
        props.append('title=' + escape_prop('lakin ' + f['rule']))
        print('::%s %s::%s' % (LEVEL_GITHUB.get(f['level'], 'warning'), ','.join(props),
                               escape_data(f['text'])))


def gitlab(items, out):
    report = []
    for f in items:
        key = '%s:%s:%s:%s' % (f['rule'], f['path'], f['line'], f['text'])
        report.append({
            'description': f['text'],
            'check_name': f['rule'],
            'fingerprint': hashlib.sha1(key.encode('utf-8')).hexdigest(),
            'severity': LEVEL_GITLAB.get(f['level'], 'minor'),
            'location': {'path': f['path'], 'lines': {'begin': max(f['line'], 1)}},
        })
    with open(out, 'w', encoding='utf-8') as fp:
        json.dump(report, fp, ensure_ascii=False, indent=1)
        fp.write('\n')


def main(argv):
    if len(argv) < 3 or argv[1] not in ('github', 'gitlab'):
        sys.stderr.write(__doc__)
        return 2
    items = []
    try:
        with open(argv[2], encoding='utf-8') as fp:
            doc = json.load(fp)
        items = list(findings(doc))
    except (OSError, ValueError) as e:
        print('lakin: %s bukan berkas SARIF (%s); temuan dilaporkan oleh langkah build '
              '/ %s is no SARIF file; the build step reports the findings' % (argv[2], e, argv[2]),
              file=sys.stderr)
    if argv[1] == 'github':
        github(items)
    else:
        gitlab(items, argv[3] if len(argv) > 3 else 'gl-code-quality.json')
    counts = {}
    for f in items:
        counts[f['level']] = counts.get(f['level'], 0) + 1
    print('lakin: %d temuan / findings (%s)' % (len(items), ', '.join(
        '%s %d' % kv for kv in sorted(counts.items())) or '-'), file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
