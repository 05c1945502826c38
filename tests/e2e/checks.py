"""The pass/fail bookkeeping the e2e scripts share: one line per check,
a closing 'AREA: N passed, M failed' and the exit status."""
import subprocess
import sys


class Checks:
    def __init__(self, area):
        self.area = area
        self.passed = self.failed = 0

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            print("ok %s:%s" % (self.area, name))
        else:
            self.failed += 1
            print("GAGAL %s:%s %s" % (self.area, name, detail))

    def finish(self):
        print("%s: %d passed, %d failed" % (self.area, self.passed, self.failed))
        sys.exit(1 if self.failed else 0)


def run(*argv):
    """Standard output of a command (pdftotext, qpdf, ...)."""
    return subprocess.run(list(argv), capture_output=True, text=True).stdout
