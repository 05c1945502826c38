# lakin — Laporan Kinerja generator.  `make` checks packages, builds and
# renders the reference report into out/; `make test` runs every test.
REPORT	?= bkpsdm-binjai-2024
PREFIX	?= /usr/local
CC	?= cc
O	 = out
PKGS	 = yaml-0.1 libpcre2-8 freetype2
WARN	 = -W -Wall -Wextra -Werror -Wmissing-prototypes -Wstrict-prototypes \
	   -Wwrite-strings -Wshadow -Wpointer-arith -Wformat=2
CFLAGS	?= -O2 -g
ALL_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L $(WARN) $(CFLAGS) \
	   $$(pkg-config --cflags $(PKGS)) -DLAKIN_DATADIR='"$(PREFIX)/share/lakin"'
LDLIBS	 = $$(pkg-config --libs $(PKGS)) -lhpdf -lhyphen -lm

SRCS	 = $(sort $(wildcard generator/*.c))
LIBSRCS	 = $(filter-out generator/main.c,$(SRCS))
OBJS	 = $(SRCS:generator/%.c=$(O)/obj/%.o)
LIBOBJS	 = $(LIBSRCS:generator/%.c=$(O)/obj/%.o)
HDRS	 = $(wildcard generator/*.h)
CONTENT	 = $(wildcard content/$(REPORT)/*) $(wildcard templates/*/*) $(wildcard fonts/*)
UNITS	 = $(patsubst tests/unit/%.c,$(O)/test/%,$(wildcard tests/unit/test_*.c))

.PHONY: all deps build test unit regress bad e2e asan valgrind clean install

all: deps build $(O)/$(REPORT).pdf

deps:
	@sh generator/tools/deps.sh

build: $(O)/bin/lakin

$(O)/obj/%.o: generator/%.c $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(O)/bin/lakin: $(OBJS)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $(OBJS) $(LDLIBS)

$(O)/$(REPORT).pdf: $(O)/bin/lakin $(CONTENT)
	$(O)/bin/lakin build -o $@ content/$(REPORT)

# --- tests ------------------------------------------------------------
$(O)/test/%: tests/unit/%.c $(LIBOBJS) $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Igenerator -o $@ $< $(LIBOBJS) $(LDLIBS) -lcmocka

test: deps build unit regress bad e2e asan valgrind

unit: $(UNITS)
	@sh tests/run_unit.sh $(UNITS)

regress: build
	@sh tests/regress/run.sh $(O)/bin/lakin

bad: build
	@sh tests/bad/run.sh $(O)/bin/lakin

e2e: $(O)/$(REPORT).pdf
	@sh tests/e2e/run.sh $(O)/bin/lakin content/$(REPORT) $(O)/$(REPORT).pdf

# The bad-input corpus and the full render again under ASan+UBSan.
ASAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
asan:
	@$(MAKE) --no-print-directory O=$(O)/asan CFLAGS="$(ASAN_FLAGS)" build
	@sh tests/bad/run.sh $(O)/asan/bin/lakin
	@ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 $(O)/asan/bin/lakin build -o $(O)/asan/report.pdf content/$(REPORT)
	@echo "asan: laporan dan korpus masukan buruk bersih di bawah ASan/UBSan"

valgrind: build
	valgrind -q --error-exitcode=3 --leak-check=full --suppressions=tests/valgrind.supp $(O)/bin/lakin build -o $(O)/valgrind.pdf content/$(REPORT)
	@echo "valgrind: bersih"

install: build
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/lakin/templates $(DESTDIR)$(PREFIX)/share/lakin/fonts
	install -m 755 $(O)/bin/lakin $(DESTDIR)$(PREFIX)/bin/lakin
	cp -R templates/. $(DESTDIR)$(PREFIX)/share/lakin/templates/
	install -m 644 fonts/* $(DESTDIR)$(PREFIX)/share/lakin/fonts/

clean:
	rm -rf $(O)
