/*
 * Unit test of the PDF backend: renders a hand-built two-page page list
 * and checks the atomic-write contract of pdf_render().
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>
#include <hpdf.h>
#include <math.h>
#include <zlib.h>

#include "diag.h"
#include "pagelist.h"
#include "pdf_render.h"

static const char *const face_file[FACE__MAX] = {
	"LiberationSans-Regular.ttf",
	"LiberationSans-Bold.ttf",
	"LiberationSans-Italic.ttf",
	"LiberationSans-BoldItalic.ttf",
};

static char	 dir[64];		/* scratch directory */
static char	 fontpath[FACE__MAX][4096 + 64];
static FILE	*diagf;			/* diagnostics go here, not stderr */

/* --- fixtures --------------------------------------------------------- */

/*
 * "fonts/" of the repository: $LAKIN_FONT_DIR, else found from this
 * file's name (tests/unit/...) or from the current directory upwards.
 */
static int
find_fonts(void)
{
	static const char *const cand[] = {
		"fonts", "../fonts", "../../fonts", "../../../fonts",
	};
	char	 base[4096];
	const char *tail = "tests/unit/test_pdf_render.c";
	size_t	 n = strlen(__FILE__), t = strlen(tail);

	if (getenv("LAKIN_FONT_DIR") != NULL &&
	    strlen(getenv("LAKIN_FONT_DIR")) < sizeof base)
		snprintf(base, sizeof base, "%s", getenv("LAKIN_FONT_DIR"));
	else if (n >= t && strcmp(&__FILE__[n - t], tail) == 0 &&
	    n - t + sizeof "fonts" < sizeof base) {
		memcpy(base, __FILE__, n - t);
		strcpy(base + (n - t), "fonts");
		if (base[0] == '\0' || access(base, R_OK) != 0)
			base[0] = '\0';
	} else
		base[0] = '\0';
	for (size_t i = 0; base[0] == '\0' && i < sizeof cand / sizeof *cand;
	    i++) {
		char	p[4096];

		snprintf(p, sizeof p, "%s/%s", cand[i], face_file[0]);
		if (access(p, R_OK) == 0)
			snprintf(base, sizeof base, "%s", cand[i]);
	}
	if (base[0] == '\0')
		return -1;
	for (int f = 0; f < FACE__MAX; f++)
		snprintf(fontpath[f], sizeof fontpath[f], "%s/%s", base,
		    face_file[f]);
	return 0;
}

static int
setup(void **state)
{
	(void)state;
	if (find_fonts() != 0) {
		fprintf(stderr, "fonts/LiberationSans-*.ttf not found\n");
		return -1;
	}
	snprintf(dir, sizeof dir, "/tmp/lakin-pdf-XXXXXX");
	if (mkdtemp(dir) == NULL)
		return -1;
	if ((diagf = tmpfile()) == NULL)
		return -1;
	diag_setup(diagf, LANG_EN);
	return 0;
}

static int
teardown(void **state)
{
	DIR		*d;
	struct dirent	*e;
	char		 p[sizeof dir + 256 + 2];

	(void)state;
	if ((d = opendir(dir)) != NULL) {
		while ((e = readdir(d)) != NULL) {
			if (strcmp(e->d_name, ".") == 0 ||
			    strcmp(e->d_name, "..") == 0)
				continue;
			snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
			unlink(p);
		}
		closedir(d);
	}
	rmdir(dir);
	if (diagf != NULL)
		fclose(diagf);
	diag_setup(stderr, LANG_ID);
	return 0;
}

/* --- the page list ---------------------------------------------------- */

#define TEXT(f, sz, X, Y, str, g) { .kind = PI_TEXT, .face = (f), \
	.size = (sz), .x = (X), .y = (Y), .s = (str), .len = sizeof(str) - 1, \
	.gray = (g) }
#define RULE(X, Y, X2, Y2, W, g) { .kind = PI_RULE, .x = (X), .y = (Y), \
	.x2 = (X2), .y2 = (Y2), .w = (W), .gray = (g) }
#define RECT(X, Y, W, H, LW, g) { .kind = PI_RECT, .x = (X), .y = (Y), \
	.x2 = (W), .y2 = (H), .w = (LW), .gray = (g) }

/* Not NUL-terminated in the page list: only the first 12 bytes count. */
static const char footer[] = "Halaman satuJUNK";

static struct pitem items1[] = {
	TEXT(FACE_BOLD, 14, 72, 770, "BAB I \xE2\x80\x93 PENDAHULUAN", 0),
	TEXT(FACE_REGULAR, 11, 72, 750,
	    "Laporan Kinerja Instansi Pemerintah tahun 2024", 0),
	TEXT(FACE_REGULAR, 11, 72, 736,
	    "Capaian \xE2\x89\xA4 100% \xE2\x80\xA2 luas 25 m\xC2\xB2 "
	    "\xE2\x96\xBA target", 0),
	TEXT(FACE_ITALIC, 11, 72, 722, "akuntabilitas kinerja", 0),
	TEXT(FACE_BOLDITALIC, 11, 200, 722, "sasaran strategis", 0),
	RULE(72, 700, 523, 700, 0.5, 0),
	RECT(72, 600, 200, 50, 1, 0),
	RECT(300, 600, 200, 50, 0, 0.85),
	TEXT(FACE_REGULAR, 11, 310, 620, "di atas kotak abu-abu", 0),
	{ .kind = PI_TEXT, .face = FACE_REGULAR, .size = 9, .x = 280, .y = 40,
	  .s = footer, .len = 12, .gray = 0.4 },
	/* rotated text, as the draft watermark */
	{ .kind = PI_TEXT, .face = FACE_BOLD, .size = 60, .x = 150, .y = 250,
	  .s = "DRAF", .len = 4, .gray = 0.88, .angle = 45 },
	{ .kind = PI_TEXT, .face = FACE_REGULAR, .size = 10, .x = 560, .y = 300,
	  .s = "tegak", .len = 5, .angle = 90 },
};

static struct pitem items2[] = {
	TEXT(FACE_BOLD, 12, 72, 520, "Lampiran \xE2\x80\x93 Tabel Capaian", 0),
	RULE(72, 510, 770, 510, 1, 0.2),
	TEXT(FACE_REGULAR, 10, 72, 495, "IKU 1: indeks profesionalitas ASN", 0),
	TEXT(FACE_REGULAR, 10, 600, 495, "\xE2\x89\xA4 85,5", 0),
};

static struct page page1 = {
	595.276, 841.89, items1, sizeof items1 / sizeof *items1, 0, "i"
};
static struct page page2 = {
	841.89, 595.276, items2, sizeof items2 / sizeof *items2, 0, "Lampiran"
};
static struct page *pages[] = { &page1, &page2 };
static struct label_range ranges[] = {
	{ 0, LABEL_ROMAN, 1, "" },
	{ 1, LABEL_NONE, 0, "Lampiran" },
};

static void
make_pagelist(struct pagelist *pl)
{
	memset(pl, 0, sizeof *pl);
	pl->pages = pages;
	pl->n = pl->cap = 2;
	pl->ranges = ranges;
	pl->nranges = pl->rcap = 2;
	pl->title = "Laporan Kinerja 2024 \xE2\x80\x93 BKPSDM";
	pl->author = "BKPSDM Kota Binjai";
	pl->subject = NULL;
	pl->keywords = "LKjIP, akuntabilitas";
	for (int f = 0; f < FACE__MAX; f++)
		pl->fonts[f] = fontpath[f];
}

/* --- helpers ---------------------------------------------------------- */

static unsigned char *
slurp(const char *path, size_t *n)
{
	FILE		*f = fopen(path, "rb");
	unsigned char	*b = NULL;
	size_t		 cap = 0, len = 0, r;

	if (f == NULL)
		return NULL;
	do {
		if (len == cap) {
			cap = cap ? cap * 2 : 65536;
			b = realloc(b, cap);
			assert_non_null(b);
		}
		r = fread(b + len, 1, cap - len, f);
		len += r;
	} while (r > 0);
	fclose(f);
	*n = len;
	return b;
}

static void
path_in_dir(char *out, size_t n, const char *name)
{
	snprintf(out, n, "%s/%s", dir, name);
}

/* No ".tmp-" leftovers in the scratch directory. */
static void
assert_no_temp_files(void)
{
	DIR		*d = opendir(dir);
	struct dirent	*e;

	assert_non_null(d);
	while ((e = readdir(d)) != NULL)
		if (strstr(e->d_name, ".tmp-") != NULL)
			fail_msg("temporary file left behind: %s", e->d_name);
	closedir(d);
}

static int
errors_seen(void)
{
	return diag_count(SEV_ERROR);
}

/* --- tests ------------------------------------------------------------ */

static void
test_render_basic(void **state)
{
	struct pagelist	 pl;
	char		 out[256];
	unsigned char	*b;
	size_t		 n;
	struct stat	 st;
	mode_t		 mask;

	(void)state;
	make_pagelist(&pl);
	path_in_dir(out, sizeof out, "basic.pdf");
	diag_reset();
	assert_int_equal(pdf_render(&pl, out), 0);
	assert_int_equal(errors_seen(), 0);
	b = slurp(out, &n);
	assert_non_null(b);
	assert_true(n > 1000);
	assert_memory_equal(b, "%PDF-", 5);
	/* The file ends with the trailer's end-of-file marker. */
	assert_memory_equal(b + n - 6, "%%EOF\n", 6);
	free(b);
	/* Usual permissions, not mkstemp's 0600. */
	mask = umask(0);
	umask(mask);
	assert_int_equal(stat(out, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0666 & ~mask);
	assert_no_temp_files();
	/* For checking by hand with qpdf, pdffonts, pdftotext, pdfinfo. */
	if (getenv("LAKIN_PDF_TEST_OUT") != NULL)
		assert_int_equal(pdf_render(&pl, getenv("LAKIN_PDF_TEST_OUT")),
		    0);
}

static void
test_render_deterministic(void **state)
{
	struct pagelist	 pl;
	char		 a[256], bpath[256];
	unsigned char	*x, *y;
	size_t		 nx, ny;

	(void)state;
	make_pagelist(&pl);
	path_in_dir(a, sizeof a, "one.pdf");
	path_in_dir(bpath, sizeof bpath, "two.pdf");
	assert_int_equal(pdf_render(&pl, a), 0);
	assert_int_equal(pdf_render(&pl, bpath), 0);
	x = slurp(a, &nx);
	y = slurp(bpath, &ny);
	assert_non_null(x);
	assert_non_null(y);
	assert_int_equal(nx, ny);
	assert_memory_equal(x, y, nx);
	free(x);
	free(y);
}

static void
test_render_missing_dir(void **state)
{
	struct pagelist	 pl;
	char		 out[256], sub[256];
	int		 before;

	(void)state;
	make_pagelist(&pl);
	path_in_dir(out, sizeof out, "missing-subdir/x.pdf");
	path_in_dir(sub, sizeof sub, "missing-subdir");
	before = errors_seen();
	assert_int_equal(pdf_render(&pl, out), -1);
	assert_int_equal(errors_seen(), before + 1);	/* reported once */
	assert_int_equal(access(sub, F_OK), -1);
	assert_int_equal(errno, ENOENT);
	assert_no_temp_files();
}

/* A failed render leaves the previous good file byte-identical. */
static void
test_failure_keeps_old_file(void **state)
{
	struct pagelist	 pl;
	char		 out[256], bad[256];
	unsigned char	*good, *after;
	size_t		 ngood, nafter;
	int		 before;

	(void)state;
	make_pagelist(&pl);
	path_in_dir(out, sizeof out, "keep.pdf");
	assert_int_equal(pdf_render(&pl, out), 0);
	good = slurp(out, &ngood);
	assert_non_null(good);

	path_in_dir(bad, sizeof bad, "no-such-font.ttf");
	pl.fonts[FACE_BOLD] = bad;
	before = errors_seen();
	assert_int_equal(pdf_render(&pl, out), -1);
	assert_int_equal(errors_seen(), before + 1);	/* reported once */
	after = slurp(out, &nafter);
	assert_non_null(after);
	assert_int_equal(nafter, ngood);
	assert_memory_equal(after, good, ngood);
	free(after);

	/* A file that is not a TrueType font fails the same way. */
	pl.fonts[FACE_BOLD] = out;		/* a PDF, not a font */
	before = errors_seen();
	assert_int_equal(pdf_render(&pl, out), -1);
	assert_int_equal(errors_seen(), before + 1);
	after = slurp(out, &nafter);
	assert_non_null(after);
	assert_int_equal(nafter, ngood);
	assert_memory_equal(after, good, ngood);
	free(after);
	free(good);
	assert_no_temp_files();
}

/* An existing file is replaced by a successful render. */
static void
test_render_replaces(void **state)
{
	struct pagelist	 pl;
	char		 out[256];
	unsigned char	*b;
	size_t		 n;
	FILE		*f;

	(void)state;
	make_pagelist(&pl);
	path_in_dir(out, sizeof out, "old.pdf");
	f = fopen(out, "w");
	assert_non_null(f);
	fputs("not a pdf\n", f);
	fclose(f);
	assert_int_equal(pdf_render(&pl, out), 0);
	b = slurp(out, &n);
	assert_non_null(b);
	assert_true(n > 1000);
	assert_memory_equal(b, "%PDF-", 5);
	free(b);
	assert_no_temp_files();
}

/* Only used faces are embedded; an unused face may lack a file. */
static void
test_unused_face(void **state)
{
	struct pagelist	 pl;
	struct page	 p;
	struct page	*pp[1];
	struct pitem	 it[1] = {
		TEXT(FACE_REGULAR, 12, 72, 700, "Hanya reguler", 0),
	};
	char		 out[256];

	(void)state;
	make_pagelist(&pl);
	p = page1;
	p.items = it;
	p.n = 1;
	pp[0] = &p;
	pl.pages = pp;
	pl.n = 1;
	pl.nranges = 0;
	pl.title = pl.author = pl.keywords = NULL;
	pl.fonts[FACE_BOLDITALIC] = NULL;
	path_in_dir(out, sizeof out, "regular-only.pdf");
	assert_int_equal(pdf_render(&pl, out), 0);
}

/* Two faces may share one font file, by the same or another path. */
static void
test_shared_font_file(void **state)
{
	struct pagelist	 pl;
	struct page	 p;
	struct page	*pp[1];
	struct pitem	 it[] = {
		TEXT(FACE_REGULAR, 12, 72, 700, "reguler", 0),
		TEXT(FACE_ITALIC, 12, 72, 680, "miring \xE2\x80\x93 sama", 0),
		TEXT(FACE_BOLD, 12, 72, 660, "tebal \xE2\x80\xA2 sama", 0),
	};
	char		 other[sizeof fontpath[0] + 2], out[256];
	const char	*slash = strrchr(fontpath[FACE_REGULAR], '/');

	(void)state;
	assert_non_null(slash);
	/* "dir/./file": another path string for the very same file */
	snprintf(other, sizeof other, "%.*s/.%s",
	    (int)(slash - fontpath[FACE_REGULAR]), fontpath[FACE_REGULAR],
	    slash);
	make_pagelist(&pl);
	p = page1;
	p.items = it;
	p.n = sizeof it / sizeof *it;
	pp[0] = &p;
	pl.pages = pp;
	pl.n = 1;
	pl.nranges = 1;
	pl.fonts[FACE_ITALIC] = pl.fonts[FACE_REGULAR];
	pl.fonts[FACE_BOLD] = other;
	path_in_dir(out, sizeof out, "shared.pdf");
	assert_int_equal(pdf_render(&pl, out), 0);
	assert_no_temp_files();
}

static size_t
occurrences(const unsigned char *b, size_t n, const char *s)
{
	size_t k = 0, l = strlen(s);

	for (size_t i = 0; i + l <= n; i++)
		if (memcmp(b + i, s, l) == 0)
			k++;
	return k;
}

/* A 2x2 8-bit RGB PNG. */
static const unsigned char png2x2[] = {
	0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D,
	0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x02,
	0x08, 0x02, 0x00, 0x00, 0x00, 0xFD, 0xD4, 0x9A, 0x73, 0x00, 0x00, 0x00,
	0x10, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0x00,
	0x44, 0x0C, 0x10, 0x0A, 0x00, 0x1F, 0xEE, 0x03, 0xFD, 0x8B, 0x5F, 0x14,
	0xD4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60,
	0x82,
};

/*
 * An image is embedded from the bytes the check read, not from its file
 * (which does not even exist here); an image the list does not hold is
 * an error, reported once.
 */
static void
test_image_from_bytes(void **state)
{
	struct image		 im = { "laporan/ttd.png", png2x2, sizeof png2x2,
				    2, 2 };
	const struct image	*ims[1] = { &im };
	struct pagelist		 pl;
	struct page		 p;
	struct page		*pp[1];
	struct pitem		 it[2];
	char			 out[256];
	unsigned char		*b;
	size_t			 n;
	int			 before;

	(void)state;
	memset(it, 0, sizeof it);
	for (int i = 0; i < 2; i++) {
		it[i].kind = PI_IMAGE;
		it[i].s = "laporan/ttd.png";	/* twice: embedded once */
		it[i].len = (unsigned)strlen(it[i].s);
		it[i].x = 100 + 100 * (float)i;
		it[i].y = 500;
		it[i].x2 = it[i].y2 = 50;
	}
	make_pagelist(&pl);
	p = page1;
	p.items = it;
	p.n = 2;
	pp[0] = &p;
	pl.pages = pp;
	pl.n = 1;
	pl.nranges = 0;
	pl.images = ims;
	pl.nimages = 1;
	path_in_dir(out, sizeof out, "image.pdf");
	assert_int_equal(pdf_render(&pl, out), 0);
	b = slurp(out, &n);
	assert_non_null(b);
	/* one image object for the two uses */
	assert_int_equal(occurrences(b, n, "/Subtype /Image"), 1);
	free(b);

	pl.nimages = 0;
	before = errors_seen();
	assert_int_equal(pdf_render(&pl, out), -1);
	assert_int_equal(errors_seen(), before + 1);
	assert_no_temp_files();
}

/* --- vector paths ----------------------------------------------------- */

/*
 * Every FlateDecode stream of a PDF inflated and joined (NUL bytes as
 * spaces): the page content, where the path operators are.
 */
static char *
inflated_streams(const unsigned char *b, size_t n)
{
	size_t	 cap = 1 << 20, len = 0;
	char	*out = calloc(1, cap);

	assert_non_null(out);
	for (size_t i = 0; i + 7 < n; i++) {
		z_stream	z;
		size_t		off = i + 6;

		if (memcmp(b + i, "stream", 6) != 0 || (i > 2 &&
		    memcmp(b + i - 3, "end", 3) == 0))
			continue;
		off += b[off] == '\r';
		off += b[off] == '\n';
		memset(&z, 0, sizeof z);
		if (inflateInit(&z) != Z_OK)
			continue;
		z.next_in = (unsigned char *)(uintptr_t)(b + off);
		z.avail_in = (uInt)(n - off);
		z.next_out = (unsigned char *)out + len;
		z.avail_out = (uInt)(cap - len - 1);
		if (inflate(&z, Z_FINISH) == Z_STREAM_END ||
		    z.total_out > 0) {
			/* binary streams (a CIDToGIDMap) must not end the text */
			for (size_t k = len; k < len + z.total_out; k++)
				if (out[k] == '\0')
					out[k] = ' ';
			len += z.total_out;
		}
		inflateEnd(&z);
		out[len] = '\0';
	}
	return out;
}

/*
 * A triangle filled red and outlined blue, a dashed open polyline: the
 * page says rg/RG, m, l, h, B, the dash and its reset, with the points
 * at anchor + offset (offsets run down the page).
 */
static void
test_render_paths(void **state)
{
	static const float tri[] = { 0, 0, 100, 0, 50, 80 };
	static const float zig[] = { 0, 0, 20, 10, 40, 0 };
	static const struct ppath p1 = { tri, 3, PATH_FILL | PATH_STROKE |
	    PATH_CLOSED, { 255, 0, 0 }, { 0, 0, 255 }, { 0, 0 }, 0, 80 };
	static const struct ppath p2 = { zig, 3, PATH_STROKE, { 0, 0, 0 },
	    { 0, 128, 0 }, { 3, 2 }, 0, 10 };
	struct pitem	 it[3] = {
		{ .kind = PI_PATH, .x = 100, .y = 700, .w = 2, .path = &p1 },
		{ .kind = PI_PATH, .x = 300, .y = 500, .w = 1, .path = &p2 },
		RULE(72, 100, 500, 100, 1, 0),
	};
	struct pagelist	 pl;
	struct page	 p;
	struct page	*pp[1];
	char		 out[256], *cs;
	unsigned char	*b;
	size_t		 n;

	(void)state;
	make_pagelist(&pl);
	p = page1;
	p.items = it;
	p.n = 3;
	pp[0] = &p;
	pl.pages = pp;
	pl.n = 1;
	pl.nranges = 0;
	path_in_dir(out, sizeof out, "paths.pdf");
	diag_reset();
	assert_int_equal(pdf_render(&pl, out), 0);
	assert_int_equal(errors_seen(), 0);
	b = slurp(out, &n);
	assert_non_null(b);
	cs = inflated_streams(b, n);
	assert_non_null(strstr(cs, "1 0 0 rg"));
	assert_non_null(strstr(cs, "0 0 1 RG"));
	assert_non_null(strstr(cs, "100 700 m"));
	assert_non_null(strstr(cs, "200 700 l"));
	assert_non_null(strstr(cs, "150 620 l"));
	assert_non_null(strstr(cs, "h\nB"));
	assert_non_null(strstr(cs, "[3 2 ] 0 d"));
	assert_non_null(strstr(cs, "320 490 l"));
	assert_non_null(strstr(cs, "[] 0 d"));
	/* the gray rule after the coloured paths sets its own colour */
	assert_non_null(strstr(strstr(cs, "[] 0 d"), "0 G"));
	free(cs);
	free(b);
}

/* --- text matrices and rectangles -------------------------------------- */

/* The lines of s ending in op (" Tm", " re"), in order, joined. */
static char *
op_lines(const char *s, const char *op)
{
	size_t	 cap = strlen(s) + 1, len = 0, ol = strlen(op);
	char	*out = calloc(1, cap);
	const char *l = s;

	assert_non_null(out);
	while (*l != '\0') {
		const char *e = strchr(l, '\n');
		size_t	 n = e != NULL ? (size_t)(e - l) : strlen(l);

		if (n >= ol && memcmp(l + n - ol, op, ol) == 0) {
			memcpy(out + len, l, n);
			len += n;
			out[len++] = '\n';
		}
		l += n + (e != NULL);
	}
	return out;
}

static const float tm_xy[][3] = {	/* x, y, angle */
	{ 85.03937f, 762.02362f, 0 }, { 0, 0, 90 }, { 0.000004f, 1e-6f, 180 },
	{ 541.88976f, 12.5f, 270 }, { 100.123456f, 300.99999f, 30 },
	{ -2.5f, 400.000049f, 0 }, { 32767.9f, 5, 0 },
};
static const float re_v[][4] = {
	{ 85.03937f, 717.8736f, 34.01575f, 38.75f }, { 0, 0, 0.5f, 0.25f },
	{ 10.000001f, -3.333333f, 199.28882f, 12.8f },
};

/* What libharu's own HPDF_Page_SetTextMatrix and HPDF_Page_Rectangle
 * write for the same numbers, uncompressed. */
static char *
libharu_ops(void)
{
	HPDF_Doc	 d = HPDF_New(NULL, NULL);
	HPDF_Page	 pg;
	char		 path[256];
	unsigned char	*b;
	size_t		 n;
	char		*s;

	assert_non_null(d);
	pg = HPDF_AddPage(d);
	for (size_t i = 0; i < sizeof re_v / sizeof *re_v; i++) {
		assert_int_equal(HPDF_Page_Rectangle(pg, re_v[i][0], re_v[i][1],
		    re_v[i][2], re_v[i][3]), HPDF_OK);
		assert_int_equal(HPDF_Page_Fill(pg), HPDF_OK);
	}
	assert_int_equal(HPDF_Page_BeginText(pg), HPDF_OK);
	for (size_t i = 0; i < sizeof tm_xy / sizeof *tm_xy; i++) {
		double q = tm_xy[i][2], cs, sn;

		cs = q == 0 ? 1 : q == 90 ? 0 : q == 180 ? -1 : q == 270 ? 0 :
		    cos(q * M_PI / 180);
		sn = q == 0 ? 0 : q == 90 ? 1 : q == 180 ? 0 : q == 270 ? -1 :
		    sin(q * M_PI / 180);
		assert_int_equal(HPDF_Page_SetTextMatrix(pg, (HPDF_REAL)cs,
		    (HPDF_REAL)sn, (HPDF_REAL)-sn, (HPDF_REAL)cs, tm_xy[i][0],
		    tm_xy[i][1]), HPDF_OK);
	}
	assert_int_equal(HPDF_Page_EndText(pg), HPDF_OK);
	path_in_dir(path, sizeof path, "libharu-ops.pdf");
	assert_int_equal(HPDF_SaveToFile(d, path), HPDF_OK);
	HPDF_Free(d);
	b = slurp(path, &n);
	assert_non_null(b);
	s = calloc(1, n + 1);
	assert_non_null(s);
	for (size_t i = 0; i < n; i++)	/* the page stream is plain text */
		s[i] = b[i] != '\0' ? (char)b[i] : ' ';
	free(b);
	return s;
}

/*
 * pdf_render writes Tm and re itself (without libharu's per-call buffer
 * clearing): the lines must be byte for byte what libharu writes, and
 * the page state after re must let f and S follow.
 */
static void
test_render_tm_re_as_libharu(void **state)
{
	struct pitem	 it[16];
	struct pagelist	 pl;
	struct page	 p;
	struct page	*pp[1];
	char		 out[256], *cs, *ref, *a, *b2;
	unsigned char	*b;
	size_t		 n, k = 0;

	(void)state;
	memset(it, 0, sizeof it);
	for (size_t i = 0; i < sizeof re_v / sizeof *re_v; i++, k++) {
		it[k].kind = PI_RECT;
		it[k].x = re_v[i][0];
		it[k].y = re_v[i][1];
		it[k].x2 = re_v[i][2];
		it[k].y2 = re_v[i][3];
		it[k].w = i == 1 ? 0.5f : 0;	/* one stroked, two filled */
	}
	for (size_t i = 0; i < sizeof tm_xy / sizeof *tm_xy; i++, k++) {
		it[k].kind = PI_TEXT;
		it[k].face = FACE_REGULAR;
		it[k].size = 9;
		it[k].x = tm_xy[i][0];
		it[k].y = tm_xy[i][1];
		it[k].angle = tm_xy[i][2];
		it[k].s = "Tabel";
		it[k].len = 5;
	}
	make_pagelist(&pl);
	p = page1;
	p.items = it;
	p.n = k;
	pp[0] = &p;
	pl.pages = pp;
	pl.n = 1;
	pl.nranges = 0;
	path_in_dir(out, sizeof out, "tm-re.pdf");
	diag_reset();
	assert_int_equal(pdf_render(&pl, out), 0);
	assert_int_equal(errors_seen(), 0);
	b = slurp(out, &n);
	assert_non_null(b);
	cs = inflated_streams(b, n);
	ref = libharu_ops();
	a = op_lines(cs, " Tm");
	b2 = op_lines(ref, " Tm");
	assert_true(strlen(b2) > 0);
	assert_string_equal(a, b2);
	free(a);
	free(b2);
	a = op_lines(cs, " re");
	b2 = op_lines(ref, " re");
	assert_true(strlen(b2) > 0);
	assert_string_equal(a, b2);
	free(a);
	free(b2);
	/* a rectangle is followed by its painting operator */
	assert_non_null(strstr(cs, " re\nf\n"));
	assert_non_null(strstr(cs, " re\nS\n"));
	free(ref);
	free(cs);
	free(b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_render_basic),
		cmocka_unit_test(test_render_deterministic),
		cmocka_unit_test(test_render_missing_dir),
		cmocka_unit_test(test_failure_keeps_old_file),
		cmocka_unit_test(test_render_replaces),
		cmocka_unit_test(test_unused_face),
		cmocka_unit_test(test_shared_font_file),
		cmocka_unit_test(test_render_paths),
		cmocka_unit_test(test_image_from_bytes),
		cmocka_unit_test(test_render_tm_re_as_libharu),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
