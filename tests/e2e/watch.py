#!/usr/bin/env python3
"""watch.py LAKIN CONTENT [--short] [--wrap CMD...]: `lakin watch` rebuilds
on every save and keeps the last good PDF.

On a copy of the content (the PDF written inside the watched folder, so
that writing it must not start another build) and a copy of the template
(--template): the first PDF; a figure changed the way an editor saves
(a temporary file renamed over) and seen in the new PDF; a YAML error,
its positioned diagnostic, the PDF byte for byte the one before; the fix
in a new PDF; a template edit in a new PDF; a picture deleted (reported,
PDF kept) and put back; SIGINT: exit status 0, no temporary file left,
the last PDF byte for byte what lakin build makes of the same files.
Then --lang en with SIGTERM, wrong command lines, and 100 rebuilds of a
small report with the memory (RSS) not growing.

--short: only the content steps and SIGINT (for ASan and valgrind, given
with --wrap: their exit status then also says nothing leaked).  No
assertion on speed: every wait is only bounded by a generous timeout.
Prints one line per check and a closing 'N passed, M failed'."""
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from checks import Checks, run

args = sys.argv[1:]
wrap = []
if "--wrap" in args:
    wrap = args[args.index("--wrap") + 1:]
    args = args[:args.index("--wrap")]
short = "--short" in args
args = [a for a in args if a != "--short"]
lakin, content = os.path.abspath(args[0]), os.path.abspath(args[1])
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
checks = Checks("watch")
check = checks.check
# generous: a loaded machine, or a build under valgrind
TIMEOUT = 600 if wrap else 60
OUTCOME = re.compile(r"^lakin: (catatan|note): (dibangun dalam|dibangun ulang "
                     r"dalam|ada galat \(diperiksa|built in|rebuilt in|there "
                     r"are errors \(checked)", re.M)


class Watch:
    """lakin watch as a subprocess, its stderr in a file read as it grows."""

    def __init__(self, tmp, argv, name):
        self.errpath = os.path.join(tmp, name + ".err")
        self.err = open(self.errpath, "wb")
        self.p = subprocess.Popen(wrap + [lakin, "watch"] + argv,
                                  stdout=subprocess.DEVNULL, stderr=self.err)

    def text(self):
        with open(self.errpath, encoding="utf-8", errors="replace") as f:
            return f.read()

    def outcomes(self):
        return len(OUTCOME.findall(self.text()))

    def wait(self, pred, timeout=TIMEOUT):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if pred():
                return True
            if self.p.poll() is not None:
                return pred()
            time.sleep(0.05)
        return pred()

    def wait_outcome(self, n):
        """The n-th build's last line; its findings are printed before it."""
        ok = self.wait(lambda: self.outcomes() >= n)
        lines = [m.group(0) for m in re.finditer(r"^lakin: .*$", self.text(), re.M)
                 if OUTCOME.match(m.group(0))]
        return lines[n - 1] if ok and len(lines) >= n else None

    def since(self, mark):
        return self.text()[mark:]

    def stop(self, sig):
        self.p.send_signal(sig)
        try:
            rc = self.p.wait(TIMEOUT)
        except subprocess.TimeoutExpired:
            self.p.kill()
            rc = self.p.wait()
        self.err.close()
        return rc


def save(path, text):
    """As an editor saves: a temporary file beside it, renamed over it."""
    tmp = os.path.join(os.path.dirname(path), "." + os.path.basename(path) + ".swp-x")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.rename(tmp, path)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def pdf_words(pdf):
    return " ".join(run("pdftotext", pdf, "-").split())


def rss_kb(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def scenario(tmp):
    c = os.path.join(tmp, "c")
    shutil.copytree(content, c)
    tpl = os.path.join(tmp, "tpl")
    shutil.copytree(os.path.join(root, "templates", "lakin"), tpl)
    pdf = os.path.join(c, "laporan-watch.pdf")
    bab4 = os.path.join(c, "bab-4-penutup.yaml")
    orig = read(bab4)
    w = Watch(tmp, ["-o", pdf, "--template", tpl, c], "main")

    line = w.wait_outcome(1)
    check("first-pdf", line is not None and os.path.exists(pdf) and
          re.search(r"dibangun dalam \d+,\d\d detik: " + re.escape(pdf) + "$", line),
          "%r\n%s" % (line, w.text()[-2000:]))
    m = re.search(r"mengawasi (\d+) berkas di (\d+) folder", w.text())
    # content, the template's folder, the fonts' folder
    check("watch-set", m is not None and int(m.group(2)) >= 3 and int(m.group(1)) > 15,
          m.group(0) if m else w.text()[-500:])
    time.sleep(1.5)
    check("no-loop-on-own-pdf", w.outcomes() == 1, w.text()[-1000:])

    # a figure changed
    save(bab4, orig.replace("Target 20 JPL", "Target 47 JPL"))
    line = w.wait_outcome(2)
    check("figure-rebuilt", line is not None and
          re.search(r"dibangun ulang dalam \d+,\d\d detik: ", line) and
          "Target 47 JPL" in pdf_words(pdf), repr(line))
    with open(pdf, "rb") as f:
        good = f.read()
    ino = os.stat(pdf).st_ino

    # a YAML error: the diagnostic at its place, the old PDF kept
    mark = len(w.text())
    save(bab4, orig.replace("Target 20 JPL", "Target 48 JPL") + "rusak: [\n")
    line = w.wait_outcome(3)
    err = w.since(mark)
    with open(pdf, "rb") as f:
        kept = f.read()
    check("error-diagnostic", line is not None and
          re.search(re.escape(bab4) + r":\d+:\d+: galat: ", err) and
          "PDF lama " + pdf + " dipertahankan" in line, err[-1500:])
    check("error-pdf-unchanged", kept == good and os.stat(pdf).st_ino == ino)

    # fixed
    save(bab4, orig.replace("Target 20 JPL", "Target 53 JPL"))
    line = w.wait_outcome(4)
    check("fix-rebuilt", line is not None and "dibangun ulang" in line and
          "Target 53 JPL" in pdf_words(pdf), repr(line))
    n = 4
    if not short:
        # a file outside the content: the template
        t = os.path.join(tpl, "templat.yaml")
        text = read(t)
        save(t, text.replace('label_lampiran: "L-"', 'label_lampiran: "LAMP-"', 1))
        line = w.wait_outcome(5)
        check("template-rebuilt", line is not None and "dibangun ulang" in line and
              "LAMP-1" in pdf_words(pdf), repr(line))
        # a picture the report reads deleted, then put back
        with open(pdf, "rb") as f:
            good = f.read()
        mark = len(w.text())
        lam = os.path.join(c, "lambang.png")
        os.rename(lam, os.path.join(tmp, "lambang.png"))
        line = w.wait_outcome(6)
        err = w.since(mark)
        with open(pdf, "rb") as f:
            kept = f.read()
        check("deleted-reported", line is not None and "dipertahankan" in line and
              (lam + ": peringatan: berkas yang dibaca laporan ini dihapus") in err and
              re.search(r"laporan\.yaml:\d+:\d+: galat: gambar 'lambang\.png'", err) and
              kept == good, err[-1500:])
        mark = len(w.text())
        os.rename(os.path.join(tmp, "lambang.png"), lam)
        line = w.wait_outcome(7)
        check("deleted-back", line is not None and "dibangun ulang" in line and
              (lam + ": catatan: berkas ini ada lagi") in w.since(mark), w.since(mark)[-800:])
        n = 7

    rc = w.stop(signal.SIGINT)
    left = [f for f in os.listdir(c) if ".tmp-" in f]
    check("sigint-exit-0", rc == 0 and "berhenti mengawasi" in w.text() and
          w.outcomes() == n and not left, "status %s, left %s\n%s" % (rc, left, w.text()[-1500:]))
    # the last PDF is the one lakin build makes of the same files, also
    # when the build has other descriptors open than watch had
    again = os.path.join(tmp, "again.pdf")
    fd = os.open(os.devnull, os.O_RDONLY)
    r = subprocess.run([lakin, "build", "-o", again, "--template", tpl, c],
                       capture_output=True, pass_fds=(fd,), timeout=TIMEOUT)
    os.close(fd)
    same = r.returncode == 0 and open(again, "rb").read() == open(pdf, "rb").read()
    check("same-as-build", same, "status %d" % r.returncode)


def english(tmp):
    pdf = os.path.join(tmp, "en.pdf")
    w = Watch(tmp, ["--lang", "en", "-o", pdf, content], "en")
    line = w.wait_outcome(1)
    ok = line is not None and re.search(r"built in \d+\.\d\d seconds: ", line)
    rc = w.stop(signal.SIGTERM)
    check("lang-en-sigterm", ok and rc == 0 and "stopped watching" in w.text() and
          os.path.exists(pdf), "%r status %s" % (line, rc))


def command_lines(tmp):
    bad = [["watch"], ["watch", "--format", "json", content],
           ["watch", "--dump", content], ["watch", content, content]]
    res = [subprocess.run([lakin] + a, capture_output=True, text=True) for a in bad]
    check("usage", all(r.returncode == 2 and "lakin watch" in r.stderr for r in res),
          [(r.returncode, r.stderr[:80]) for r in res])
    r = subprocess.run([lakin, "watch", os.path.join(tmp, "tidak-ada")],
                       capture_output=True, text=True, timeout=TIMEOUT)
    check("missing-folder", r.returncode == 2 and
          re.search(r"folder laporan .*tidak-ada tidak dapat dibuka", r.stderr), r.stderr)
    r = subprocess.run([lakin, "watch", os.path.join(content, "laporan.yaml")],
                       capture_output=True, text=True, timeout=TIMEOUT)
    check("file-not-folder", r.returncode == 2 and
          re.search(r"laporan\.yaml tidak dapat dibuka: itu bukan folder", r.stderr), r.stderr)


def memory(tmp):
    """100 rebuilds in one process: the resident memory stays flat."""
    c = os.path.join(tmp, "small")
    shutil.copytree(os.path.join(root, "tests", "regress", "layout", "paragraf"), c)
    w = Watch(tmp, ["-o", os.path.join(tmp, "small.pdf"), c], "rss")
    ok = w.wait_outcome(1) is not None
    rss = {}
    lap = os.path.join(c, "laporan.yaml")
    for k in range(2, 102):
        if not ok:
            break
        os.utime(lap)		# IN_ATTRIB is an event too
        ok = w.wait_outcome(k) is not None
        if k in (11, 101):
            rss[k] = rss_kb(w.p.pid)
    rc = w.stop(signal.SIGINT)
    # a build that kept its arena would add far more than this each time
    grew = rss.get(101, 0) - rss.get(11, 0)
    check("rss-100-rebuilds", ok and rc == 0 and len(rss) == 2 and grew < 2048 and
          "galat" not in w.text(), "rss %s, status %s" % (rss, rc))


with tempfile.TemporaryDirectory(prefix="lakin-watch-") as tmp:
    scenario(tmp)
    if not short:
        english(tmp)
        command_lines(tmp)
        memory(tmp)
checks.finish()
