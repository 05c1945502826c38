# lakin — Laporan Kinerja generator.  `make` checks packages, builds and
# renders the reference report into out/; `make test` runs every test.
REPORT	?= bkpsdm-binjai-2024
PREFIX	?= /usr/local
MANDIR	?= $(PREFIX)/share/man
# the sRGB profile of PDF/A's output intent (Debian icc-profiles-free)
ICC	?= /usr/share/color/icc/sRGB.icc
CC	?= cc
O	 = out
# libzip (with the OpenSSL, bzip2 and brotli it brings) is not linked but
# loaded when a workbook is first read: generator/content_zip.h
PKGS	 = yaml-0.1 libpcre2-8 freetype2 libpng libjpeg zlib expat
WARN	 = -W -Wall -Wextra -Werror -Wmissing-prototypes -Wstrict-prototypes \
	   -Wwrite-strings -Wshadow -Wpointer-arith -Wformat=2
CFLAGS	?= -O2 -g
ALL_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L $(WARN) $(CFLAGS) \
	   $$(pkg-config --cflags $(PKGS) libzip) -DLAKIN_DATADIR='"$(PREFIX)/share/lakin"' \
	   -DLAKIN_ICC='"$(ICC)"'
LDLIBS	 = $$(pkg-config --libs $(PKGS)) -lhpdf -lhyphen -lm

SRCS	 = $(sort $(wildcard generator/*.c))
LIBSRCS	 = $(filter-out generator/main.c,$(SRCS))
OBJS	 = $(SRCS:generator/%.c=$(O)/obj/%.o)
LIBOBJS	 = $(LIBSRCS:generator/%.c=$(O)/obj/%.o)
HDRS	 = $(wildcard generator/*.h)
CONTENT	 = $(wildcard content/$(REPORT)/*) $(wildcard templates/*/*) $(wildcard fonts/*)
UNITS	 = $(patsubst tests/unit/%.c,$(O)/test/%,$(wildcard tests/unit/test_*.c))

.PHONY: all deps build test unit regress bad good e2e pdfa ci install-check asan valgrind fuzz fuzz-smoke fuzz-layout-smoke fuzz-data-smoke fuzz-read-smoke fuzz-render-smoke bench clean install uninstall

# a second agency's report (a Dinas Kesehatan, fictional), content and
# template configuration only: `make` renders it beside REPORT
REPORT2	?= dinkes-sinar-rimba-2024
CONTENT2 = $(wildcard content/$(REPORT2)/*) $(wildcard templates/*/*) $(wildcard fonts/*)

all: deps build $(O)/$(REPORT).pdf $(O)/$(REPORT2).pdf

deps:
	@sh generator/tools/deps.sh

build: $(O)/bin/lakin

$(O)/obj/%.o: generator/%.c $(HDRS) | deps
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(O)/bin/lakin: $(OBJS)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $(OBJS) $(LDLIBS)

$(O)/$(REPORT).pdf: $(O)/bin/lakin $(CONTENT)
	$(O)/bin/lakin build -o $@ content/$(REPORT)

ifneq ($(REPORT2),$(REPORT))
$(O)/$(REPORT2).pdf: $(O)/bin/lakin $(CONTENT2)
	$(O)/bin/lakin build -o $@ content/$(REPORT2)
endif

# --- tests ------------------------------------------------------------
$(O)/test/%: tests/unit/%.c $(LIBOBJS) $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Igenerator -o $@ $< $(LIBOBJS) $(LDLIBS) -lcmocka -lz

test: deps build unit regress bad good e2e pdfa ci install-check asan valgrind fuzz-smoke fuzz-layout-smoke fuzz-data-smoke fuzz-read-smoke fuzz-render-smoke

unit: $(UNITS)
	@sh tests/run_unit.sh $(UNITS)

regress: build
	@sh tests/regress/run.sh $(O)/bin/lakin

bad: build
	@sh tests/bad/run.sh $(O)/bin/lakin

good: build
	@sh tests/good/run.sh $(O)/bin/lakin

e2e: $(O)/$(REPORT).pdf
	@sh tests/e2e/run.sh $(O)/bin/lakin content/$(REPORT) $(O)/$(REPORT).pdf

# PDF/A-1b: PDFBox preflight on the reference and every regress report
pdfa: $(O)/$(REPORT).pdf $(O)/$(REPORT2).pdf
	@sh tests/pdfa/run.sh $(O)/bin/lakin content/$(REPORT) $(O)/$(REPORT).pdf \
	    content/$(REPORT2) $(O)/$(REPORT2).pdf

# the CI examples of templates/ci/, their own commands on copies of the reference
ci: build
	@sh tests/ci/run.sh $(O)/bin/lakin . content/$(REPORT)

# libFuzzer on load + check (clang); fuzz-smoke is the fixed-seed run of
# `make test`, fuzz the open-ended one.
FUZZ_TIME ?= 60
FUZZ_SRCS = $(filter-out generator/main.c generator/pdf_render.c generator/layout%.c generator/drive.c generator/diff.c generator/build.c generator/watch.c generator/new.c generator/rollover.c,$(SRCS))
$(O)/fuzz/fuzz_load: tests/fuzz/fuzz_load.c $(FUZZ_SRCS) $(HDRS)
	@mkdir -p $(@D)/corpus
	clang -std=c11 -D_POSIX_C_SOURCE=200809L -g -O1 -fsanitize=fuzzer,address,undefined \
	    $$(pkg-config --cflags $(PKGS)) -DLAKIN_DATADIR='"/nonexistent"' -Igenerator \
	    -o $@ tests/fuzz/fuzz_load.c $(FUZZ_SRCS) $(LDLIBS)
	@for f in content/$(REPORT)/*.yaml tests/bad/base/*.yaml; do \
	    cp "$$f" $(@D)/corpus/$$(echo "$$f" | tr / _); done

LAYOUT_FUZZ_SRCS = $(filter-out generator/main.c generator/pdf_render.c generator/build.c generator/watch.c,$(SRCS))
$(O)/fuzz/fuzz_layout: tests/fuzz/fuzz_layout.c $(LAYOUT_FUZZ_SRCS) $(HDRS)
	@mkdir -p $(@D)/corpus-layout
	clang -std=c11 -D_POSIX_C_SOURCE=200809L -g -O1 -fsanitize=fuzzer,address,undefined \
	    $$(pkg-config --cflags $(PKGS)) -DLAKIN_DATADIR='"/nonexistent"' -Igenerator \
	    -o $@ tests/fuzz/fuzz_layout.c $(LAYOUT_FUZZ_SRCS) $(LDLIBS)
	@for f in content/$(REPORT)/bab-*.yaml tests/regress/*/*/bab-1.yaml; do \
	    cp "$$f" $(@D)/corpus-layout/$$(echo "$$f" | tr / _); done

# the data files (anggaran, kinerja, pegawai) and a part drawing on them;
# seeds: the data goldens, their files joined by "@@@" lines
$(O)/fuzz/fuzz_data: tests/fuzz/fuzz_data.c $(LAYOUT_FUZZ_SRCS) $(HDRS)
	@mkdir -p $(@D)/corpus-data
	clang -std=c11 -D_POSIX_C_SOURCE=200809L -g -O1 -fsanitize=fuzzer,address,undefined \
	    $$(pkg-config --cflags $(PKGS)) -DLAKIN_DATADIR='"/nonexistent"' -Igenerator \
	    -o $@ tests/fuzz/fuzz_data.c $(LAYOUT_FUZZ_SRCS) $(LDLIBS)
	@for d in tests/regress/data/*/; do \
	    { for f in anggaran.yaml kinerja.yaml pegawai.csv; do \
	        [ -f "$$d$$f" ] && cat "$$d$$f"; printf '\n@@@\n'; done; \
	      for b in "$$d"bab-*.yaml; do cat "$$b"; break; done; \
	    } >$(@D)/corpus-data/$$(basename "$$d"); done

# the image and CSV readers; seeds: small images and CSV files
$(O)/fuzz/fuzz_read: tests/fuzz/fuzz_read.c $(FUZZ_SRCS) $(HDRS)
	@mkdir -p $(@D)/corpus-read
	clang -std=c11 -D_POSIX_C_SOURCE=200809L -g -O1 -fsanitize=fuzzer,address,undefined \
	    $$(pkg-config --cflags $(PKGS)) -DLAKIN_DATADIR='"/nonexistent"' -Igenerator \
	    -o $@ tests/fuzz/fuzz_read.c $(FUZZ_SRCS) $(LDLIBS) $$(pkg-config --libs libzip)
	@for f in tests/fuzz/corpus-read/* content/$(REPORT)/*.csv tests/*/*/*.csv tests/*/*/*/*.csv tests/*/*/*.xlsx tests/*/*/*/*.xlsx; do \
	    [ -f "$$f" ] && cp "$$f" $(@D)/corpus-read/$$(echo "$$f" | tr / _); done; true

# check + layout + PDF, the template fuzzed too: seeds are a template
# byte (0-3) or "T" + templat.yaml + "#bab" before a part file.
RENDER_FUZZ_SRCS = $(filter-out generator/main.c,$(SRCS))
$(O)/fuzz/fuzz_render: tests/fuzz/fuzz_render.c $(RENDER_FUZZ_SRCS) $(HDRS)
	@mkdir -p $(@D)/corpus-render
	clang -std=c11 -D_POSIX_C_SOURCE=200809L -g -O1 -fsanitize=fuzzer,address,undefined \
	    $$(pkg-config --cflags $(PKGS)) -DLAKIN_DATADIR='"/nonexistent"' -Igenerator \
	    -o $@ tests/fuzz/fuzz_render.c $(RENDER_FUZZ_SRCS) $(LDLIBS)
	@for f in tests/bad/base/bab-1.yaml tests/regress/*/*/bab-1.yaml; do \
	    n=$$(echo "$$f" | tr / _); \
	    for v in 0 1 2 3; do { printf "$$v"; cat "$$f"; } \
	        >$(@D)/corpus-render/$$v-$$n; done; \
	done
	@{ printf T; cat templates/lakin/templat.yaml; printf '\n#bab\n'; \
	    cat tests/bad/base/bab-1.yaml; } >$(@D)/corpus-render/T-lakin
	@cp tests/fuzz/corpus-render-found/* $(@D)/corpus-render/	# what it found once

fuzz-smoke: $(O)/fuzz/fuzz_load
	@LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp $(O)/fuzz/fuzz_load -seed=1 -runs=30000 \
	    -max_len=4096 $(O)/fuzz/corpus >$(O)/fuzz/log 2>&1 || { tail -40 $(O)/fuzz/log; exit 1; }
	@echo "fuzz-smoke: 30000 masukan acak tanpa crash"

fuzz-layout-smoke: $(O)/fuzz/fuzz_layout
	@n0=$$(ls -d /tmp/lakin-fuzz-?????? 2>/dev/null | wc -l); \
	LAKIN_HOME=$(CURDIR) LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp $(O)/fuzz/fuzz_layout \
	    -seed=1 -runs=1500 -max_len=8192 $(O)/fuzz/corpus-layout >$(O)/fuzz/log-layout 2>&1 \
	    || { tail -40 $(O)/fuzz/log-layout; exit 1; }; \
	[ $$(ls -d /tmp/lakin-fuzz-?????? 2>/dev/null | wc -l) -le $$n0 ] \
	    || { echo "fuzz-layout-smoke: folder sementara tertinggal di /tmp"; exit 1; }
	@echo "fuzz-layout-smoke: 1500 masukan acak melewati periksa dan tata letak tanpa crash"

fuzz-data-smoke: $(O)/fuzz/fuzz_data
	@n0=$$(ls -d /tmp/lakin-fuzz-data-?????? 2>/dev/null | wc -l); \
	LAKIN_HOME=$(CURDIR) LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp $(O)/fuzz/fuzz_data \
	    -seed=1 -runs=1500 -max_len=16384 $(O)/fuzz/corpus-data >$(O)/fuzz/log-data 2>&1 \
	    || { tail -40 $(O)/fuzz/log-data; exit 1; }; \
	[ $$(ls -d /tmp/lakin-fuzz-data-?????? 2>/dev/null | wc -l) -le $$n0 ] \
	    || { echo "fuzz-data-smoke: folder sementara tertinggal di /tmp"; exit 1; }
	@echo "fuzz-data-smoke: 1500 berkas data acak melewati periksa, turunan dan tata letak tanpa crash"

fuzz-read-smoke: $(O)/fuzz/fuzz_read
	@LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp $(O)/fuzz/fuzz_read -seed=1 -runs=50000 \
	    -max_len=4096 $(O)/fuzz/corpus-read >$(O)/fuzz/log-read 2>&1 || { tail -40 $(O)/fuzz/log-read; exit 1; }
	@echo "fuzz-read-smoke: 50000 gambar, CSV dan buku kerja .xlsx acak tanpa crash"

fuzz-render-smoke: $(O)/fuzz/fuzz_render
	@LAKIN_HOME=$(CURDIR) LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp $(O)/fuzz/fuzz_render \
	    -seed=1 -runs=500 -max_len=8192 $(O)/fuzz/corpus-render >$(O)/fuzz/log-render 2>&1 \
	    || { tail -40 $(O)/fuzz/log-render; exit 1; }
	@echo "fuzz-render-smoke: 500 masukan acak (templat ikut diacak) melewati periksa, tata letak dan PDF tanpa crash"

fuzz: $(O)/fuzz/fuzz_load $(O)/fuzz/fuzz_layout $(O)/fuzz/fuzz_data $(O)/fuzz/fuzz_read $(O)/fuzz/fuzz_render
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp $(O)/fuzz/fuzz_load -max_total_time=$(FUZZ_TIME) $(O)/fuzz/corpus
	LAKIN_HOME=$(CURDIR) LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp $(O)/fuzz/fuzz_layout -max_total_time=$(FUZZ_TIME) $(O)/fuzz/corpus-layout
	LAKIN_HOME=$(CURDIR) LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp $(O)/fuzz/fuzz_data -max_total_time=$(FUZZ_TIME) $(O)/fuzz/corpus-data
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp $(O)/fuzz/fuzz_read -max_total_time=$(FUZZ_TIME) $(O)/fuzz/corpus-read
	LAKIN_HOME=$(CURDIR) LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp $(O)/fuzz/fuzz_render -max_total_time=$(FUZZ_TIME) $(O)/fuzz/corpus-render

# An installed lakin finds its templates and fonts from anywhere, its man
# page renders, and uninstall leaves nothing (tests/install-check.sh).
install-check: build $(O)/$(REPORT).pdf
	@sh tests/install-check.sh $(REPORT) $(O)/$(REPORT).pdf

# The bad-input corpus and the full render again under ASan+UBSan.
ASAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
asan:
	@$(MAKE) --no-print-directory O=$(O)/asan CFLAGS="$(ASAN_FLAGS)" build
	@sh tests/bad/run.sh $(O)/asan/bin/lakin
	@sh tests/good/run.sh $(O)/asan/bin/lakin
	@ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 $(O)/asan/bin/lakin build -o $(O)/asan/report.pdf content/$(REPORT)
	@ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 $(O)/asan/bin/lakin diff content/$(REPORT) tests/bad/base >/dev/null 2>$(O)/asan/diff.err; \
	    rc=$$?; [ $$rc -eq 1 ] || { cat $(O)/asan/diff.err; echo "asan: lakin diff status $$rc, bukan 1"; exit 1; }
	@ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 sh tests/e2e/new.sh $(O)/asan/bin/lakin >$(O)/asan/new.out 2>&1 || { cat $(O)/asan/new.out; exit 1; }
	@ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 /usr/bin/python3 tests/e2e/watch.py \
	    $(O)/asan/bin/lakin content/$(REPORT) --short >$(O)/asan/watch.out 2>&1 || { cat $(O)/asan/watch.out; echo "asan: lakin watch"; exit 1; }
	@rm -rf $(O)/asan/rollover && ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 $(O)/asan/bin/lakin new --dari content/$(REPORT) --tahun 2025 $(O)/asan/rollover 2>$(O)/asan/rollover.err || { cat $(O)/asan/rollover.err; echo "asan: lakin new --dari gagal"; exit 1; }
	@ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 $(O)/asan/bin/lakin check $(O)/asan/rollover >/dev/null 2>$(O)/asan/rollover.err; \
	    rc=$$?; [ $$rc -eq 2 ] || { cat $(O)/asan/rollover.err; echo "asan: lakin check (roll-over) status $$rc, bukan 2"; exit 1; }
	@echo "asan: laporan dan korpus masukan buruk bersih di bawah ASan/UBSan"

# under valgrind the same bytes as the normal build, and nothing left behind
valgrind: $(O)/$(REPORT).pdf
	valgrind -q --error-exitcode=3 --leak-check=full --suppressions=tests/valgrind.supp $(O)/bin/lakin build -o $(O)/valgrind.pdf content/$(REPORT)
	@cmp $(O)/valgrind.pdf $(O)/$(REPORT).pdf && rm -f $(O)/valgrind.pdf
	@valgrind -q --error-exitcode=3 --leak-check=full --suppressions=tests/valgrind.supp $(O)/bin/lakin diff content/$(REPORT) tests/bad/base >/dev/null 2>$(O)/valgrind-diff.err; \
	    rc=$$?; [ $$rc -eq 1 ] || { cat $(O)/valgrind-diff.err; echo "valgrind: lakin diff status $$rc, bukan 1"; exit 1; }
	@rm -rf $(O)/valgrind-new && valgrind -q --error-exitcode=3 --leak-check=full --suppressions=tests/valgrind.supp $(O)/bin/lakin new $(O)/valgrind-new 2>/dev/null
	@valgrind -q --error-exitcode=3 --leak-check=full --suppressions=tests/valgrind.supp $(O)/bin/lakin new $(O)/valgrind-new 2>/dev/null; \
	    rc=$$?; rm -rf $(O)/valgrind-new; [ $$rc -eq 2 ] || { echo "valgrind: lakin new kedua status $$rc, bukan 2"; exit 1; }
	@/usr/bin/python3 tests/e2e/watch.py $(O)/bin/lakin content/$(REPORT) --short --wrap valgrind -q --error-exitcode=3 \
	    --leak-check=full --suppressions=tests/valgrind.supp >$(O)/valgrind-watch.out 2>&1 \
	    || { cat $(O)/valgrind-watch.out; echo "valgrind: lakin watch"; exit 1; }
	@rm -rf $(O)/valgrind-rollover && valgrind -q --error-exitcode=3 --leak-check=full --suppressions=tests/valgrind.supp $(O)/bin/lakin new --dari content/$(REPORT) --tahun 2025 $(O)/valgrind-rollover 2>$(O)/valgrind-rollover.err || { cat $(O)/valgrind-rollover.err; echo "valgrind: lakin new --dari gagal"; exit 1; }
	@valgrind -q --error-exitcode=3 --leak-check=full --suppressions=tests/valgrind.supp $(O)/bin/lakin check $(O)/valgrind-rollover >/dev/null 2>$(O)/valgrind-rollover.err; \
	    rc=$$?; [ $$rc -eq 2 ] || { cat $(O)/valgrind-rollover.err; echo "valgrind: lakin check (roll-over) status $$rc, bukan 2"; exit 1; }
	@rm -rf $(O)/valgrind-rollover
	@echo "valgrind: bersih"

# the libharu floor: the reference's page list drawn through libharu alone
$(O)/bench/floor: tests/bench/floor.c
	@mkdir -p $(@D)
	$(CC) -std=c11 $(WARN) $(CFLAGS) -o $@ tests/bench/floor.c -lhpdf -lm

bench: build $(O)/bench/floor
	@/usr/bin/python3 tests/bench/run.py $(O)/bin/lakin content/$(REPORT) $(O)/bench/floor

install: build
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/lakin/templates $(DESTDIR)$(PREFIX)/share/lakin/fonts $(DESTDIR)$(MANDIR)/man1
	install -m 755 $(O)/bin/lakin $(DESTDIR)$(PREFIX)/bin/lakin
	cp -R templates/. $(DESTDIR)$(PREFIX)/share/lakin/templates/
	install -m 644 fonts/* $(DESTDIR)$(PREFIX)/share/lakin/fonts/
	install -m 644 generator/lakin.1 $(DESTDIR)$(MANDIR)/man1/lakin.1

# exactly what install put there; lakin's own folders only when left empty
# (a template of the agency's own under share/lakin/templates stays)
uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/lakin $(DESTDIR)$(MANDIR)/man1/lakin.1
	cd templates && find . ! -type d -exec rm -f "$(DESTDIR)$(PREFIX)/share/lakin/templates/{}" \;
	cd fonts && find . ! -type d -exec rm -f "$(DESTDIR)$(PREFIX)/share/lakin/fonts/{}" \;
	-[ ! -d $(DESTDIR)$(PREFIX)/share/lakin ] || find $(DESTDIR)$(PREFIX)/share/lakin -depth -type d -empty -delete

clean:	# everything generated; out/README (tracked) stays
	find $(O) -mindepth 1 -maxdepth 1 ! -name README -exec rm -rf {} +
