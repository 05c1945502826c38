/*
 * Line breaking and page breaking: no overfull line, justified lines end
 * flush, the last line is ragged, hyphenated words keep their letters,
 * keep rules in page_fill.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "font.h"
#include "hyph.h"
#include "layout_int.h"

static struct fontset	*fs;
static struct hyph	*hy;
static struct style	 st;

static const char *const names[FACE__MAX] = {
	"LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
	"LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf",
};

static const char *para_src =
    "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Binjai "
    "mempunyai tugas merumuskan serta melaksanakan kebijakan dan "
    "standarisasi teknis di bidang kepegawaian dan pengembangan sumber daya "
    "manusia, dengan pertanggungjawaban yang akuntabel dan profesionalitas "
    "yang terus ditingkatkan melalui pengembangan kompetensi aparatur.";

static int
setup(void **state)
{
	(void)state;
	diag_setup(stderr, LANG_ID);
	fs = fontset_load("fonts", names, NULL);
	hy = hyph_open("/usr/share/hyphen/hyph_id_ID.dic", 2, 3);
	memset(&st, 0, sizeof(st));
	st.size = 11;
	st.leading = 1.45;
	st.para_gap = 6;
	st.list_indent = 20;
	return fs == NULL || hy == NULL;
}

static int
teardown(void **state)
{
	(void)state;
	fontset_free(fs);
	hyph_close(hy);
	return 0;
}

static void
init_lay(struct lay *L, struct arena *a)
{
	memset(L, 0, sizeof(*L));
	L->a = a;
	L->tmp = a;
	L->st = &st;
	L->fs = fs;
	L->hy = hy;
}

static struct para_opts
opts(double width, enum align al)
{
	struct para_opts o;

	memset(&o, 0, sizeof(o));
	o.x = o.first_x = 100;
	o.width = width;
	o.size = 11;
	o.leading = 16;
	o.align = al;
	return o;
}

/* Right edge of a line box: end of its last text item. */
static double
right_edge(const struct vbox *b)
{
	double r = 0;

	for (size_t i = 0; i < b->n; i++) {
		const struct pitem *it = &b->items[i];
		double e = it->x + font_width(fs, it->face, it->size, it->s,
		    it->len);

		if (e > r)
			r = e;
	}
	return r;
}

/* Spaces between the words of a line (set unstretched: in its items). */
static double
line_gaps(const struct vbox *b)
{
	size_t n = 0;

	for (size_t i = 0; i < b->n; i++) {
		const struct pitem *it = &b->items[i];

		for (size_t k = 0; k < it->len; k++)
			n += it->s[k] == ' ';
		/* a word of its own item, but not the hyphen after one */
		n += i > 0 && !(it->len == 1 && it->s[0] == '-');
	}
	return n > 0 ? (double)n : 1e-9;
}

static void
lay_para(struct lay *L, double width, enum align al)
{
	struct text	t = plain_text(L->a, para_src, FACE_REGULAR);
	struct para_opts o = opts(width, al);

	layout_para(L, &t, &o);
}

static void
test_no_overfull_and_flush(void **state)
{
	static const double widths[] = { 120, 180, 250, 330, 425 };

	(void)state;
	for (size_t w = 0; w < sizeof(widths) / sizeof(widths[0]); w++) {
		struct arena	*a = arena_new();
		struct lay	 L;

		init_lay(&L, a);
		lay_para(&L, widths[w], AL_JUSTIFY);
		assert_true(L.boxes.n >= 2);
		for (size_t i = 0; i < L.boxes.n; i++) {
			double r = right_edge(L.boxes.v[i]);

			/* no line wider than the measure */
			assert_true(r <= 100 + widths[w] + 0.01);
			/* every justified line but the last ends flush, or is
			 * left ragged because flush it would need gaps wider
			 * than half an em (a capitalised word is never
			 * hyphenated to fill it) */
			if (i + 1 < L.boxes.n && r < 100 + widths[w] - 0.05)
				assert_true((100 + widths[w] - r) /
				    line_gaps(L.boxes.v[i]) > 11 * 0.5);
		}
		/* the last line is ragged */
		assert_true(right_edge(L.boxes.v[L.boxes.n - 1]) <
		    100 + widths[w] - 1);
		ptrvec_free(&L.boxes);
		arena_free(a);
	}
}

/* Gluing the items back (dropping end-of-line hyphens) gives the text. */
static void
test_words_survive_hyphenation(void **state)
{
	struct arena	*a = arena_new();
	struct lay	 L;
	char		 buf[2048] = "", want[2048];
	size_t		 o = 0, k = 0;
	int		 hyphenated = 0;

	(void)state;
	init_lay(&L, a);
	lay_para(&L, 150, AL_JUSTIFY);
	for (size_t i = 0; i < L.boxes.n; i++) {
		const struct vbox *b = L.boxes.v[i];

		for (size_t j = 0; j < b->n; j++) {
			const struct pitem *it = &b->items[j];

			if (j == b->n - 1 && it->len == 1 && it->s[0] == '-') {
				hyphenated++;
				continue;
			}
			/* items may hold several words: compare letters only */
			for (size_t c = 0; c < it->len; c++)
				if (it->s[c] != ' ')
					buf[o++] = it->s[c];
		}
	}
	buf[o] = '\0';
	for (const char *p = para_src; *p; p++)
		if (*p != ' ')
			want[k++] = *p;
	want[k] = '\0';
	assert_true(hyphenated > 0);
	assert_string_equal(buf, want);
	ptrvec_free(&L.boxes);
	arena_free(a);
}

static void
test_centered_line(void **state)
{
	struct arena	*a = arena_new();
	struct lay	 L;
	struct text	 t;
	struct para_opts o = opts(400, AL_CENTER);
	const struct vbox *b;
	double		 left, right;

	(void)state;
	init_lay(&L, a);
	t = plain_text(a, "KATA PENGANTAR", FACE_BOLD);
	layout_para(&L, &t, &o);
	assert_int_equal(L.boxes.n, 1);
	b = L.boxes.v[0];
	left = b->items[0].x - 100;
	right = 100 + 400 - right_edge(b);
	assert_true(left > 10 && left - right < 0.5 && right - left < 0.5);
	ptrvec_free(&L.boxes);
	arena_free(a);
}

static void
test_orphans_widows(void **state)
{
	struct arena	*a = arena_new();
	struct lay	 L;
	size_t		 n;

	(void)state;
	init_lay(&L, a);
	lay_para(&L, 150, AL_JUSTIFY);
	n = L.boxes.n;
	assert_true(n >= 5);
	/* first line keeps with the second, the second-last with the last */
	assert_true(((struct vbox *)L.boxes.v[0])->keep_next);
	assert_true(((struct vbox *)L.boxes.v[n - 2])->keep_next);
	assert_false(((struct vbox *)L.boxes.v[1])->keep_next);
	assert_false(((struct vbox *)L.boxes.v[n - 1])->keep_next);
	ptrvec_free(&L.boxes);
	arena_free(a);
}

static struct vbox *
box(double h, int keep)
{
	static struct vbox pool[64];
	static size_t used;
	struct vbox *b = &pool[used++ % 64];

	memset(b, 0, sizeof(*b));
	b->height = h;
	b->keep_next = keep;
	return b;
}

static void
test_page_fill_keep(void **state)
{
	struct vbox	*v[8];
	int		 tall;

	(void)state;
	/* 4 boxes of 30 fit in 100 up to index 3; box 2 keeps with 3 */
	v[0] = box(30, 0); v[1] = box(30, 0); v[2] = box(30, 1);
	v[3] = box(30, 0); v[4] = box(30, 0);
	assert_int_equal(page_fill(v, 5, 0, 100, &tall), 2);
	assert_false(tall);
	/* without the keep, first fit */
	v[2]->keep_next = 0;
	assert_int_equal(page_fill(v, 5, 0, 100, &tall), 3);
	/* a heading (keep) as the last box that fits moves on */
	v[2]->keep_next = 1;
	v[1]->keep_next = 1;
	assert_int_equal(page_fill(v, 5, 0, 100, &tall), 1);
	/* a keep chain longer than the page is cut where it overflows */
	v[0]->keep_next = 1;
	assert_int_equal(page_fill(v, 5, 0, 100, &tall), 3);
	/* a forced break */
	v[0]->keep_next = v[1]->keep_next = v[2]->keep_next = 0;
	v[1]->break_before = 1;
	assert_int_equal(page_fill(v, 5, 0, 100, &tall), 1);
	/* gaps are dropped at the top of a page only */
	v[1]->break_before = 0;
	v[1]->gap_before = 15;
	assert_int_equal(page_fill(v, 5, 0, 110, &tall), 3);
	v[2]->gap_before = 15;
	assert_int_equal(page_fill(v, 5, 0, 110, &tall), 2);
	assert_int_equal(page_fill(v, 5, 2, 110, &tall), 5);
	/* a box taller than the page */
	v[0]->height = 150;
	assert_int_equal(page_fill(v, 5, 0, 100, &tall), 1);
	assert_true(tall);
}

/* The boxes of v in L, for float_pull; returns their order as letters. */
static const char *
order(struct lay *L, struct vbox **v, size_t n)
{
	static char buf[16];

	for (size_t i = 0; i < L->boxes.n; i++)
		for (size_t k = 0; k < n; k++)
			if (L->boxes.v[i] == v[k])
				buf[i] = (char)('a' + k);
	buf[L->boxes.n] = '\0';
	return buf;
}

static void
fill_boxes(struct lay *L, struct vbox **v, size_t n)
{
	L->boxes.n = 0;
	for (size_t i = 0; i < n; i++)
		ptrvec_push(&L->boxes, v[i]);
}

/*
 * Floats: the text after a landscape table or a figure that does not fit
 * moves in front of it while it fits, never ending on a box that keeps
 * with the next, never past a caption (numbers stay in page order), and
 * past a second float the text reaches whole.
 */
static void
test_float_pull(void **state)
{
	struct lay	 L;
	struct style	 fst = st;
	struct mark	 cap;
	struct vbox	*v[8];

	(void)state;
	memset(&L, 0, sizeof(L));
	memset(&cap, 0, sizeof(cap));
	cap.kind = MARK_TABLE;
	L.st = &fst;
	fst.floats = 1;
	/* a b | C (landscape) | d e(keep) f g(caption) */
	v[0] = box(30, 0); v[1] = box(30, 0); v[2] = box(200, 0);
	v[2]->landscape = 1;
	v[3] = box(20, 0); v[4] = box(20, 1); v[5] = box(20, 0);
	v[6] = box(10, 0); v[6]->mark = &cap;
	fill_boxes(&L, v, 7);
	assert_int_equal(float_pull(&L, 0, 2, 100), 3);
	assert_string_equal(order(&L, v, 7), "abdcefg");
	/* the switch off: all in place */
	fst.floats = 0;
	fill_boxes(&L, v, 7);
	assert_int_equal(float_pull(&L, 0, 2, 100), 2);
	assert_string_equal(order(&L, v, 7), "abcdefg");
	fst.floats = 1;
	/* a figure that does not fit: text up to the caption comes first */
	v[0] = box(50, 0); v[1] = box(80, 0); v[1]->floating = 1;
	v[2] = box(20, 0); v[3] = box(20, 0); v[4] = box(10, 0);
	v[4]->mark = &cap;
	fill_boxes(&L, v, 5);
	assert_int_equal(float_pull(&L, 0, 1, 100), 3);
	assert_string_equal(order(&L, v, 5), "acdbe");
	/* past a second landscape table the text reaches whole */
	v[0] = box(30, 0); v[1] = box(200, 0); v[1]->landscape = 1;
	v[2] = box(20, 0); v[3] = box(100, 0); v[3]->landscape = 1;
	v[4] = box(20, 0); v[5] = box(50, 0);
	fill_boxes(&L, v, 6);
	assert_int_equal(float_pull(&L, 0, 1, 100), 3);
	assert_string_equal(order(&L, v, 6), "acebdf");
	ptrvec_free(&L.boxes);
}

/*
 * The float chain: a table after a float follows it, whole and in number
 * order, and the text after the table fills the page; a heading over
 * that table goes with it and then nothing passes it; 'mengambang:
 * tidak' keeps a table where it stands; and two floats close together
 * share the text between them so neither page is left > 40 % empty.
 */
static void
test_float_chain(void **state)
{
	struct lay	 L;
	struct style	 fst = st;
	struct mark	 cap, head;
	struct vbox	*v[12];

	(void)state;
	memset(&L, 0, sizeof(L));
	memset(&cap, 0, sizeof(cap));
	memset(&head, 0, sizeof(head));
	cap.kind = MARK_TABLE;
	head.kind = MARK_HEADING;
	L.st = &fst;
	fst.floats = 1;
	/* a | B (landscape) | c d (a table: unit 1) e f */
	v[0] = box(40, 0); v[1] = box(200, 0); v[1]->landscape = 1;
	v[2] = box(10, 1); v[2]->mark = &cap; v[2]->unit = 1;
	v[3] = box(20, 0); v[3]->unit = 1;
	v[4] = box(20, 0); v[5] = box(20, 0);
	fill_boxes(&L, v, 6);
	assert_int_equal(float_pull(&L, 0, 1, 100), 3);
	assert_string_equal(order(&L, v, 6), "aefbcd");
	/* the same table content keeps in place: nothing passes it */
	v[2]->fixed = v[3]->fixed = 1;
	fill_boxes(&L, v, 6);
	assert_int_equal(float_pull(&L, 0, 1, 100), 1);
	assert_string_equal(order(&L, v, 6), "abcdef");
	v[2]->fixed = v[3]->fixed = 0;
	/* a heading over the table goes with it; its text stays under it */
	v[0] = box(40, 0); v[1] = box(200, 0); v[1]->landscape = 1;
	v[2] = box(10, 1); v[2]->mark = &head;
	v[3] = box(10, 1); v[3]->mark = &cap; v[3]->unit = 2;
	v[4] = box(10, 0); v[4]->unit = 2;
	v[5] = box(20, 0); v[6] = box(20, 0);
	fill_boxes(&L, v, 7);
	assert_int_equal(float_pull(&L, 0, 1, 100), 1);
	assert_string_equal(order(&L, v, 7), "abcdefg");
	/*
	 * a | B (landscape) | c..i | J (landscape) | k: c..h fill this
	 * page, but the page between B and J would hold only i and k (20);
	 * it takes back e..h and both pages are 60 % full
	 */
	v[0] = box(40, 0); v[1] = box(200, 0); v[1]->landscape = 1;
	for (int k = 2; k <= 8; k++)
		v[k] = box(10, 0);
	v[9] = box(200, 0); v[9]->landscape = 1;
	v[10] = box(10, 0);
	v[11] = box(300, 0); v[11]->break_before = 1;
	fill_boxes(&L, v, 12);
	assert_int_equal(float_pull(&L, 0, 1, 100), 3);
	assert_string_equal(order(&L, v, 12), "acdbefghijkl");
	ptrvec_free(&L.boxes);
}

/*
 * A path keeps its points relative to its anchor: placing a box moves
 * only the anchor (y turns up the page), and a cut through a drawing is
 * refused while a cut below it sends it whole to the upper part.
 */
static void
test_path_place_and_cut(void **state)
{
	struct arena	*a = arena_new();
	struct lay	 L;
	struct vbox	*b, *rest;
	struct pts	 p = { NULL, 0, 0 };
	struct pathstyle sty;
	struct page	 pg;
	struct pitem	*it;

	(void)state;
	init_lay(&L, a);
	b = vbox_new(&L, 100);
	memset(&sty, 0, sizeof(sty));
	sty.flags = PATH_FILL | PATH_CLOSED;
	sty.fill[0] = 200;
	pts_add(&p, 0, 0);
	pts_add(&p, 30, 0);
	pts_add(&p, 30, 40);
	it = vbox_path(&L, b, 10, 20, &p, &sty);
	pts_free(&p);
	assert_non_null(it);
	assert_int_equal(it->kind, PI_PATH);
	assert_int_equal(it->path->npts, 3);
	assert_true(it->path->top == 0 && it->path->bottom == 40);
	/* 20..60 is drawn: no clean cut at 30, one at 70 */
	b->cuts = arena_alloc(a, 2 * sizeof(double));
	b->cuts[0] = 30;
	b->cuts[1] = 70;
	b->ncuts = 2;
	assert_true(vbox_cut(b, 69) < 20.01);
	assert_true(vbox_cut(b, 80) == 70);
	rest = vbox_split(&L, b, 70);
	assert_int_equal(b->n, 1);
	assert_int_equal(rest->n, 0);
	memset(&pg, 0, sizeof(pg));
	place(&pg, b, 800);
	assert_int_equal(pg.n, 1);
	assert_true(pg.items[0].x == 10 && pg.items[0].y == 780);
	assert_ptr_equal(pg.items[0].path, it->path);
	free(pg.items);
	arena_free(a);
}

/*
 * A bar chart's bars are as tall as their values, relative to each other
 * (on the layout's items, not on pixels), grouped bars side by side, and
 * a zero draws no bar.
 */
static void
test_chart_bar_heights(void **state)
{
	static const num_t v[] = { 10 * NUM_SCALE, 4 * NUM_SCALE,
		20 * NUM_SCALE, 0, 35 * NUM_SCALE, 7 * NUM_SCALE };
	struct arena	*a = arena_new();
	struct lay	 L;
	struct chart	 c;
	struct block	 bl;
	struct text	 cat[3], ser[2];
	unsigned char	 has[6] = { 1, 1, 1, 1, 1, 1 };
	double		 h[8], x[8];
	size_t		 nb = 0;
	const struct vbox *b;
	const char	*lab[] = { "A", "B", "C", "L", "P" };

	(void)state;
	init_lay(&L, a);
	L.x0 = 72;
	L.width = 450;
	memset(&c, 0, sizeof(c));
	memset(&bl, 0, sizeof(bl));
	for (int i = 0; i < 3; i++)
		cat[i] = plain_text(a, lab[i], FACE_REGULAR);
	for (int i = 0; i < 2; i++)
		ser[i] = plain_text(a, lab[3 + i], FACE_REGULAR);
	c.kind = CH_BAR;
	c.ok = 1;
	c.ncat = 3;
	c.nser = 2;
	c.cat = cat;
	c.ser = ser;
	c.v = (num_t *)(uintptr_t)v;
	c.has = has;
	bl.type = BLK_FIGURE;
	bl.chart = &c;
	layout_chart(&L, &bl);
	assert_int_equal(L.boxes.n, 1);
	b = L.boxes.v[0];
	/* bars: filled 4-point paths taller than a legend swatch, drawn
	 * category by category, series by series */
	for (size_t i = 0; i < b->n; i++) {
		const struct pitem *it = &b->items[i];

		if (it->kind != PI_PATH || it->path->npts != 4 ||
		    !(it->path->flags & PATH_FILL) ||
		    it->path->bottom - it->path->top <= 9.01)
			continue;
		assert_true(nb < 8);
		h[nb] = it->path->bottom - it->path->top;
		x[nb++] = it->x;
	}
	/* A/L A/P B/L C/L C/P: the zero (B/P) draws no bar */
	assert_int_equal(nb, 5);
	assert_true(fabs(h[1] / h[0] - 0.4) < 1e-4);	/* 4 / 10 */
	assert_true(fabs(h[2] / h[0] - 2.0) < 1e-4);	/* 20 / 10 */
	assert_true(fabs(h[3] / h[0] - 3.5) < 1e-4);	/* 35 / 10 */
	assert_true(fabs(h[4] / h[0] - 0.7) < 1e-4);	/* 7 / 10 */
	/* side by side within a category, categories left to right */
	assert_true(x[1] > x[0] && x[2] > x[1] && x[4] > x[3]);
	/* the tallest bar fits the plot: its axis reaches 40 (5 steps of 10) */
	assert_true(h[3] <= 170.01 && h[3] > 170 * 35 / 40.0 - 0.01);
	arena_free(a);
}

/* The frame of a box (a closed 4-point filled path) in box coordinates. */
struct frame {
	double x0, y0, x1, y1;
};

static struct orgbox
org_box(struct arena *a, const char *name, const char *official)
{
	struct orgbox o;

	memset(&o, 0, sizeof(o));
	o.name = plain_text(a, name, FACE_REGULAR);
	if (official != NULL)
		o.official = plain_text(a, official, FACE_REGULAR);
	return o;
}

/*
 * An organisation chart of three levels in portrait: no two boxes
 * overlap, every connector runs straight across or down, everything
 * stays in the text column, every line of text sits inside a box.
 */
static void
test_orgchart_geometry(void **state)
{
	struct arena	*a = arena_new();
	struct lay	 L;
	struct block	 bl;
	struct orgchart	 c;
	struct orgbox	 sec, fun, units[3], subs[2], kids[3];
	struct frame	 fr[32];
	size_t		 nf = 0, nwire = 0, ntext = 0;
	const struct vbox *b;
	int		 land = -1;

	(void)state;
	init_lay(&L, a);
	L.x0 = 72;
	L.width = 450;
	L.lx0 = 72;
	L.lwidth = 700;
	memset(&c, 0, sizeof(c));
	c.head = org_box(a, "KEPALA BADAN", "NAMA KEPALA, S.H., M.AP");
	sec = org_box(a, "SEKRETARIAT", NULL);
	subs[0] = org_box(a, "SUB BAGIAN UMUM DAN KEPEGAWAIAN", NULL);
	subs[1] = org_box(a, "SUB BAGIAN KEUANGAN DAN PROGRAM", "NAMA");
	sec.kids = subs;
	sec.nkids = 2;
	fun = org_box(a, "KELOMPOK JABATAN FUNGSIONAL", NULL);
	units[0] = org_box(a, "BIDANG PENGADAAN, PEMBERHENTIAN DAN INFORMASI",
	    NULL);
	units[1] = org_box(a, "BIDANG MUTASI, PROMOSI, PENILAIAN KINERJA "
	    "APARATUR DAN PENGHARGAAN", "NAMA KABID");
	units[2] = org_box(a, "BIDANG PENGEMBANGAN KOMPETENSI APARATUR", NULL);
	kids[0] = org_box(a, "SUB BIDANG MUTASI", NULL);
	kids[1] = org_box(a, "SUB BIDANG PROMOSI", NULL);
	kids[2] = org_box(a, "SUB BIDANG PENILAIAN KINERJA", NULL);
	units[1].kids = kids;
	units[1].nkids = 3;
	c.secretariat = &sec;
	c.functional = &fun;
	c.units = units;
	c.nunits = 3;
	memset(&bl, 0, sizeof(bl));
	bl.type = BLK_FIGURE;
	bl.org = &c;
	layout_bagan(&L, &bl, &land);
	assert_int_equal(land, 0);
	assert_int_equal(L.boxes.n, 1);
	b = L.boxes.v[0];
	for (size_t i = 0; i < b->n; i++) {
		const struct pitem *it = &b->items[i];
		const struct ppath *p = it->path;

		if (it->kind != PI_PATH)
			continue;
		if (p->npts == 4 && (p->flags & PATH_CLOSED)) {
			assert_true(nf < 32);
			fr[nf].x0 = it->x;
			fr[nf].y0 = it->y;
			fr[nf].x1 = it->x + p->pts[2];
			fr[nf].y1 = it->y + p->pts[5];
			assert_true(fr[nf].x0 >= 72 - 0.01 &&
			    fr[nf].x1 <= 522 + 0.01);
			nf++;
		} else if (p->npts == 2) {
			/* orthogonal: across or down, never slanted */
			assert_true(fabs(p->pts[2]) < 1e-4 ||
			    fabs(p->pts[3]) < 1e-4);
			assert_true(it->x >= 72 - 0.01 &&
			    it->x + p->pts[2] <= 522 + 0.01);
			nwire++;
		}
	}
	assert_int_equal(nf, 1 + 1 + 2 + 1 + 3 + 3);
	assert_true(nwire >= 10);
	for (size_t i = 0; i < nf; i++)
		for (size_t k = i + 1; k < nf; k++)
			assert_false(fr[i].x0 < fr[k].x1 - 0.01 &&
			    fr[k].x0 < fr[i].x1 - 0.01 &&
			    fr[i].y0 < fr[k].y1 - 0.01 &&
			    fr[k].y0 < fr[i].y1 - 0.01);
	for (size_t i = 0; i < b->n; i++) {
		const struct pitem *it = &b->items[i];
		double e;
		int in = 0;

		if (it->kind != PI_TEXT)
			continue;
		e = it->x + font_width(fs, it->face, it->size, it->s, it->len);
		for (size_t k = 0; k < nf && !in; k++)
			in = it->x >= fr[k].x0 && e <= fr[k].x1 &&
			    it->y - it->size * 0.7 >= fr[k].y0 &&
			    it->y <= fr[k].y1;
		assert_true(in);
		ntext++;
	}
	assert_true(ntext >= nf);
	/* six Bidang do not fit across a portrait page: landscape */
	{
		struct orgbox many[6];

		for (int i = 0; i < 6; i++)
			many[i] = org_box(a, "BIDANG PENGEMBANGAN", NULL);
		c.units = many;
		c.nunits = 6;
		layout_bagan(&L, &bl, &land);
		assert_int_equal(land, 1);
		assert_true(((const struct vbox *)L.boxes.v[1])->landscape);
	}
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_no_overfull_and_flush),
		cmocka_unit_test(test_words_survive_hyphenation),
		cmocka_unit_test(test_centered_line),
		cmocka_unit_test(test_orphans_widows),
		cmocka_unit_test(test_page_fill_keep),
		cmocka_unit_test(test_float_pull),
		cmocka_unit_test(test_float_chain),
		cmocka_unit_test(test_path_place_and_cut),
		cmocka_unit_test(test_chart_bar_heights),
		cmocka_unit_test(test_orgchart_geometry),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
