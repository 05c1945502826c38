"""Runs the commands of a CI file (templates/ci/) the way its forge would,
read from the YAML itself, so the test and the CI files cannot drift apart.

usage: run_ci.py gitlab|github CIFILE WORKDIR RESULT.json [--no-sarif] [K=V ...]

WORKDIR plays the checked-out content repository.  K=V override the file's
variables (LAKIN_SRC: this source tree, LAKIN_PREFIX: a scratch prefix).
Not run, and listed as skipped: commands that need the network (their
first word apt-get or git: the Debian packages are already here, and
LAKIN_SRC is this tree), the forge's own actions (checkout, artifact,
SARIF upload: what they would upload is checked by the caller instead),
and with --no-sarif every command about SARIF (lakin check --format sarif
may not exist yet).  GitLab stops at the first failing command; GitHub at
the first failing step.  RESULT.json: status, failed command, what ran and
was skipped, the artifacts declared.
"""
import json
import os
import subprocess
import sys

import yaml

NETWORK = ('apt-get', 'git')


def is_network(cmd):
    words = cmd.strip().split()
    return bool(words) and words[0] in NETWORK


def is_sarif(cmd):
    return 'sarif' in cmd


def gitlab_job(doc):
    jobs = [k for k, v in doc.items() if isinstance(v, dict) and 'script' in v and not k.startswith('.')]
    if len(jobs) != 1:
        sys.exit('expected one job in the GitLab file, found %r' % jobs)
    return doc[jobs[0]]


def run(cmd, env, cwd, log):
    log.write('$ %s\n' % cmd)
    log.flush()
    return subprocess.run(['sh', '-e', '-c', cmd], env=env, cwd=cwd, stdout=log,
                          stderr=subprocess.STDOUT).returncode


def main(argv):
    kind, cifile, workdir, result = argv[1:5]
    rest = argv[5:]
    no_sarif = '--no-sarif' in rest
    over = dict(a.split('=', 1) for a in rest if '=' in a)
    doc = yaml.safe_load(open(cifile, encoding='utf-8'))
    env = dict(os.environ)
    res = {'status': 0, 'failed': None, 'ran': [], 'skipped': [], 'artifacts': []}
    log = open(os.path.join(os.path.dirname(os.path.abspath(result)), kind + '.log'), 'w')

    if kind == 'gitlab':
        job = gitlab_job(doc)
        env.update({k: str(v) for k, v in (doc.get('variables') or {}).items()})
        env.update(over)
        env['PATH'] = os.path.join(env['LAKIN_PREFIX'], 'bin') + ':' + env['PATH']
        art = job.get('artifacts', {})
        res['artifacts'] = list(art.get('paths', [])) + list((art.get('reports') or {}).values())
        for cmd in list(job.get('before_script', [])) + list(job['script']):
            if is_network(cmd) or (no_sarif and is_sarif(cmd)):
                res['skipped'].append(cmd)
                continue
            res['ran'].append(cmd)
            rc = run(cmd, env, workdir, log)
            if rc != 0:
                res['status'], res['failed'] = rc, cmd
                break
    else:
        jobs = doc['jobs']
        if len(jobs) != 1:
            sys.exit('expected one job in the GitHub workflow')
        job = next(iter(jobs.values()))
        env.update({k: str(v) for k, v in (doc.get('env') or {}).items()})
        env.update({k: str(v) for k, v in (job.get('env') or {}).items()})
        env.update(over)
        env['PATH'] = os.path.join(env['LAKIN_PREFIX'], 'bin') + ':' + env['PATH']
        for step in job['steps']:
            what = step.get('run') or step.get('uses')
            if 'uses' in step:
                res['skipped'].append(step['uses'])
                if step['uses'].startswith('actions/upload-artifact'):
                    res['artifacts'].append(step['with']['path'])
                continue
            if res['status'] != 0:
                res['skipped'].append(what)	# after a failure, as GitHub does
                continue
            if is_network(what) or (no_sarif and is_sarif(what)):
                res['skipped'].append(what)
                continue
            res['ran'].append(what)
            rc = run(what, env, workdir, log)
            if rc != 0:
                res['status'], res['failed'] = rc, what
    log.close()
    json.dump(res, open(result, 'w'), indent=1)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
