#!/usr/bin/python3
"""Findings for machines carry the same findings as the text lines.

usage: findings.py LAKIN CONTENT_DIR

On the reference content, every golden report of tests/regress, and every
bad case (tests/bad, each set up as
tests/bad/run.sh does: base/ overlaid with the case's files, gen.sh run,
home/ as LAKIN_HOME, args added) lakin runs three times, `build` with
--format text, json and sarif.  For each case:

- text goes to stderr only, json and sarif to stdout only (stderr empty),
  with the same exit status;
- the JSON array and the SARIF log list the same findings as the text
  lines, in the same order: file, line, column, severity, message;
- each code exists in generator/diag_msgs.h and its message fits that
  code's format (so a wrong code is caught), and its values, put into the
  format, give the message back;
- SARIF validates against tests/sarif/sarif-schema-2.1.0.json, its rules
  are exactly the codes of diag_msgs.h, a result's ruleIndex points at its
  rule, and files inside the report folder are relative to REPORTDIR;
- the findings that name a second place in their text ("first at line 12",
  "at bab-1.yaml:7") give it as a related place, with that line.

Then colour: never in a pipe, --color=always colours exactly the text
lines, on a terminal (a pty) auto colours unless NO_COLOR is set.
"""
import json
import os
import pty
import re
import shutil
import subprocess
import sys
import tempfile

import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
SEV = {"galat": "error", "peringatan": "warning", "catatan": "note",
       "error": "error", "warning": "warning", "note": "note"}
LINE = re.compile(r"^(?:lakin: |(?P<file>.+?):(?: |(?P<line>\d+):(?P<col>\d+): "
                  r"|(?:[^!:]+!)?(?P<cell>[A-Z]{1,3}\d+): ))"
                  r"(?P<sev>galat|peringatan|catatan|error|warning|note): (?P<msg>.*)$")


def cell_place(ref):
    """(row, column number) of a cell reference "D14" or "Sheet1!D14"."""
    m = re.match(r"^(?:.*!)?([A-Z]{1,3})(\d+)$", ref)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - ord("A") + 1
    return int(m.group(2)), col
# codes whose text names a second place by its line: the related place
# must be given, and its line is one of the values
SECOND_PLACE = {"yaml-dupkey", "part-dup", "key-dup", "staff-nip-dup",
                "nip-dup", "sk-year", "tpl-list-dup", "csv-quote-span",
                "staff-fields", "staff-fields-many", "tstaff-left-out",
                "tstaff-split-unknown"}

# a figure stated differently in the text and in the data: the data's place
DATA_PLACE = {"tperf-figure", "tperf-unit", "near", "near-ref", "val-differs",
              "val-differs-computed"}



def messages():
    """code -> (severity, [id format, en format]) from diag_msgs.h."""
    out = {}
    pat = re.compile(r'^DIAG_MSG\(MSG_(\w+), SEV_(\w+), "((?:[^"\\]|\\.)*)", '
                     r'"((?:[^"\\]|\\.)*)"\)$')
    with open(os.path.join(REPO, "generator", "diag_msgs.h"), encoding="utf-8") as f:
        for line in f:
            m = pat.match(line.strip())
            if m:
                code = m.group(1).lower().replace("_", "-")
                fmts = [bytes(m.group(k), "utf-8").decode("unicode_escape")
                        .encode("latin-1").decode("utf-8") for k in (3, 4)]
                out[code] = ({"NOTE": "note", "WARN": "warning"}.get(
                    m.group(2), "error"), fmts)
    return out


CONV = re.compile(r"%[-+ #0]*(?:\*|\d+)?(?:\.(?:\*|\d+))?(?:hh|h|ll|l|z|j|t|L)?([diuxXocspeEfFgG%])")


def fill(fmt, vals):
    """The format with its values put in, or None when they do not fit."""
    it = iter(vals)
    try:
        return CONV.sub(lambda m: "%" if m.group(1) == "%" else next(it), fmt)
    except StopIteration:
        return None


def parse_text(err):
    found = []
    for line in err.splitlines():
        m = LINE.match(line)
        if not m:
            raise AssertionError("not a finding line: %r" % line)
        line_, col = int(m.group("line") or 0), int(m.group("col") or 0)
        if m.group("cell"):	# a spreadsheet cell: its row and column
            line_, col = cell_place(m.group("cell"))
        found.append((m.group("file"), line_, col, SEV[m.group("sev")], m.group("msg")))
    return found


def run(lakin, args, cwd, env, fmt, out="out.pdf"):
    cmd = [lakin, "build", "-o", out] + args
    if fmt is not None:
        cmd[2:2] = ["--format", fmt]
    p = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, timeout=120)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


class Checker:
    def __init__(self, lakin):
        self.lakin = lakin
        self.msgs = messages()
        self.codes = list(self.msgs)
        with open(os.path.join(REPO, "tests", "sarif", "sarif-schema-2.1.0.json")) as f:
            self.schema = json.load(f)
        self.errors = []
        self.cases = 0
        self.findings = 0
        self.related = 0

    def fail(self, case, why):
        self.errors.append("%s: %s" % (case, why))

    def check_json(self, case, text, doc, lang):
        if len(doc) != len(text):
            return self.fail(case, "json has %d findings, text %d" % (len(doc), len(text)))
        for t, j in zip(text, doc):
            got = (j.get("file"), j.get("line", 0), j.get("column", 0), j["severity"], j["message"])
            if got != t:
                return self.fail(case, "json %r != text %r" % (got, t))
            if "cell" in j and cell_place(j["cell"]) != (j["line"], j["column"]):
                return self.fail(case, "json cell %r is not line %d column %d"
                                 % (j["cell"], j["line"], j["column"]))
            code = j["code"]
            if code not in self.msgs:
                return self.fail(case, "unknown code %s" % code)
            sev, fmts = self.msgs[code]
            if sev != j["severity"]:
                return self.fail(case, "%s: severity %s, table %s" % (code, j["severity"], sev))
            if fill(fmts[lang], j["values"]) != j["message"]:
                return self.fail(case, "%s: values %r do not give %r" % (code, j["values"], j["message"]))
            if code in SECOND_PLACE:
                rel = j["related"]
                if not rel or not all(str(r.get("line")) in j["values"] for r in rel):
                    return self.fail(case, "%s: related %r, values %r" % (code, rel, j["values"]))
            if code in DATA_PLACE and not any(r_["file"] != j["file"] for r_ in j["related"]):
                return self.fail(case, "%s: no place in the data file: %r" % (code, j["related"]))
            self.related += len(j["related"])
        self.findings += len(doc)

    def sarif_file(self, case, loc, root):
        art = loc["physicalLocation"]["artifactLocation"]
        uri = art["uri"]
        if art.get("uriBaseId") == "REPORTDIR":
            if uri.startswith("/") or ":" in uri.split("/")[0]:
                self.fail(case, "REPORTDIR uri not relative: %s" % uri)
            return os.path.join(root, uri)
        if uri.startswith("file://"):
            return uri[len("file://"):]
        return uri

    def sarif_place(self, case, loc, root):
        """(file, line, column) of a SARIF location; 0 when it has no region."""
        reg = loc["physicalLocation"].get("region", {})
        if not reg and loc.get("logicalLocations"):	# a spreadsheet cell
            row, col = cell_place(loc["logicalLocations"][0]["fullyQualifiedName"])
            return (self.sarif_file(case, loc, root), row, col)
        return (self.sarif_file(case, loc, root), reg.get("startLine", 0), reg.get("startColumn", 0))

    def check_sarif(self, case, doc, jdoc, root, cwd):
        try:
            jsonschema.validate(doc, self.schema)
        except jsonschema.ValidationError as e:
            return self.fail(case, "SARIF does not validate: %s" % e.message)
        r = doc["runs"][0]
        rules = [x["id"] for x in r["tool"]["driver"]["rules"]]
        if rules != self.codes:
            return self.fail(case, "SARIF rules are not the codes of diag_msgs.h")
        res = r["results"]
        if len(res) != len(jdoc):
            return self.fail(case, "sarif has %d results, json %d" % (len(res), len(jdoc)))
        for s, j in zip(res, jdoc):
            if s["ruleId"] != j["code"] or rules[s["ruleIndex"]] != s["ruleId"] \
               or s["level"] != j["severity"] or s["message"]["text"] != j["message"]:
                return self.fail(case, "sarif result %r != json %r" % (s, j))
            places = [(j.get("file"), j.get("line", 0), j.get("column", 0))] if j.get("file") else []
            spl = [self.sarif_place(case, l, root) for l in s["locations"]]
            rel = [(r_["file"], r_.get("line", 0), r_.get("column", 0)) for r_ in j["related"]]
            srel = [self.sarif_place(case, l, root) for l in s["relatedLocations"]]
            for a, b in zip(places + rel, spl + srel):
                fa = os.path.realpath(os.path.join(cwd, a[0]))
                fb = os.path.realpath(os.path.join(cwd, b[0]))
                if (fa, a[1], a[2]) != (fb, b[1], b[2]):
                    return self.fail(case, "sarif place %r != json %r" % (b, a))
            if len(places + rel) != len(spl + srel):
                return self.fail(case, "sarif places %r != json %r" % (spl + srel, places + rel))

    def case(self, name, cwd, args, env, pdf="out.pdf"):
        root = args[-1]
        lang = 1 if "en" in args and "--lang" in args else 0
        rc, out, err = run(self.lakin, args, cwd, env, None, pdf)
        rc2, out2, err2 = run(self.lakin, args, cwd, env, "text", pdf)
        rj, jout, jerr = run(self.lakin, args, cwd, env, "json", pdf)
        rs, sout, serr = run(self.lakin, args, cwd, env, "sarif", pdf)
        self.cases += 1
        if (rc2, out2, err2) != (rc, out, err):
            return self.fail(name, "--format text is not the default output")
        if out != "" or jerr != "" or serr != "":
            return self.fail(name, "findings on the wrong stream: %r %r %r" % (out[:80], jerr[:80], serr[:80]))
        if not rc == rj == rs:
            return self.fail(name, "exit status %d / %d / %d" % (rc, rj, rs))
        try:
            text = parse_text(err)
            jdoc = json.loads(jout)
            sdoc = json.loads(sout)
        except (AssertionError, ValueError) as e:
            return self.fail(name, str(e))
        self.check_json(name, text, jdoc, lang)
        self.check_sarif(name, sdoc, jdoc, root, cwd)

    def options(self, content):
        """--format=x is --format x; check says what build says; a wrong
        value, or --format for layout, is a usage error (status 2)."""
        env = dict(os.environ)
        r1 = subprocess.run([self.lakin, "check", "--format=json", content], capture_output=True, env=env)
        r2 = subprocess.run([self.lakin, "check", "--format", "json", content], capture_output=True, env=env)
        if r1.returncode != 0 or r1.stdout != r2.stdout or r1.stderr or not json.loads(r1.stdout):
            self.fail("options", "check --format=json / --format json differ or fail")
        for bad in (["check", "--format", "xml", content], ["check", "--color=kadang", content],
                    ["layout", "--dump", "--format", "json", content], ["check", content, "--format"]):
            r = subprocess.run([self.lakin] + bad, capture_output=True, env=env)
            if r.returncode != 2 or r.stdout or not r.stderr.startswith(b"pemakaian: lakin"):
                self.fail("options", "%s: status %d, want 2 and the usage" % (" ".join(bad), r.returncode))
        self.cases += 1

    def color(self, content):
        env = dict(os.environ)
        env.pop("NO_COLOR", None)
        cmd = [self.lakin, "check", content]
        plain = subprocess.run(cmd, capture_output=True, env=env).stderr
        always = subprocess.run(cmd[:2] + ["--color=always"] + cmd[2:], capture_output=True, env=env).stderr
        strip = re.sub(rb"\x1b\[[0-9;]*m", b"", always)
        if b"\x1b[" in plain or b"\x1b[1;35m" not in always or strip != plain:
            self.fail("color", "--color=always must colour exactly the text lines")
        for nc, want in ((None, True), ("1", False)):
            e = dict(env)
            if nc is not None:
                e["NO_COLOR"] = nc
            master, slave = pty.openpty()
            p = subprocess.Popen(cmd, stderr=slave, stdout=subprocess.DEVNULL, env=e)
            os.close(slave)
            got = b""
            while True:
                try:
                    chunk = os.read(master, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                got += chunk
            p.wait()
            os.close(master)
            if (b"\x1b[" in got) != want:
                self.fail("color", "on a terminal with NO_COLOR=%s colour is %s" % (nc, not want))
        self.cases += 1


def bad_cases(tmp):
    """(name, cwd, args, env) for every tests/bad case, set up as run.sh does."""
    bad = os.path.join(REPO, "tests", "bad")
    for name in sorted(os.listdir(bad)):
        src = os.path.join(bad, name)
        if not (name[0].isdigit() and os.path.isdir(src)):
            continue
        cwd = os.path.join(tmp, name)
        os.makedirs(cwd)
        shutil.copytree(os.path.join(bad, "base"), os.path.join(cwd, name), symlinks=True)
        env = dict(os.environ, LC_ALL="C", LAKIN_HOME=REPO)
        for k in ("LANG", "LANGUAGE", "NO_COLOR"):
            env.pop(k, None)
        args = []
        for f in os.listdir(src):
            p = os.path.join(src, f)
            if f in ("expect.diag", "gen.sh"):
                continue
            if f == "args":
                with open(p) as a:
                    args = a.read().split()
            elif f == "home":
                shutil.copytree(p, os.path.join(cwd, "home"), symlinks=True)
                env["LAKIN_HOME"] = os.path.join(cwd, "home")
            elif os.path.isdir(p):
                shutil.copytree(p, os.path.join(cwd, name, f), symlinks=True, dirs_exist_ok=True)
            else:
                shutil.copy(p, os.path.join(cwd, name, f))
        if os.path.exists(os.path.join(src, "gen.sh")):
            subprocess.run(["sh", os.path.join(src, "gen.sh")], cwd=os.path.join(cwd, name),
                           check=True, capture_output=True)
        yield name, cwd, args + [name], env


def main():
    lakin = os.path.abspath(sys.argv[1])
    content = os.path.abspath(sys.argv[2])
    c = Checker(lakin)
    with tempfile.TemporaryDirectory() as tmp:
        ref = os.path.join(tmp, "ref")
        os.makedirs(ref)
        c.case("reference", ref, [content], dict(os.environ))
        c.case("reference-en", ref, ["--lang", "en", content], dict(os.environ))
        # the folder as "./": its files are named .//x, SARIF still x
        c.case("reference-dot", content, ["./"], dict(os.environ), os.path.join(ref, "dot.pdf"))
        # the golden reports too (their figures near the data, tables that
        # differ from kinerja.yaml: findings with a second place)
        reg = os.path.join(REPO, "tests", "regress")
        for area in sorted(os.listdir(reg)):
            for name in sorted(os.listdir(os.path.join(reg, area))) if os.path.isdir(os.path.join(reg, area)) else []:
                d = os.path.join(area, name)
                if os.path.exists(os.path.join(reg, d, "laporan.yaml")):
                    c.case("regress/" + d, reg, [d], dict(os.environ), os.path.join(ref, "r.pdf"))
        for name, cwd, args, env in bad_cases(os.path.join(tmp, "bad")):
            c.case(name, cwd, args, env)
        c.color(content)
        c.options(content)
    for e in c.errors:
        print("GAGAL", e)
    print("%d kasus, %d temuan, %d tempat kedua: JSON dan SARIF sama dengan teks" %
          (c.cases, c.findings, c.related))
    return 1 if c.errors else 0


if __name__ == "__main__":
    sys.exit(main())
