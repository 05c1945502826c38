/*
 * The SOP flow over its table (layout_sop.c): every step gets one symbol
 * in its lane's column, every arrowhead's tip lands on the edge of a
 * symbol in its own row box, one arrow per consecutive pair plus one per
 * "tidak" branch, and connectors are continuous across row borders.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <cmocka.h>

#include "font.h"
#include "layout_int.h"

static struct fontset	*fs;
static struct style	 st;

static const char *const names[FACE__MAX] = {
	"LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
	"LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf",
};

static int
setup(void **state)
{
	(void)state;
	diag_setup(stderr, LANG_ID);
	fs = fontset_load("fonts", names, NULL);
	memset(&st, 0, sizeof(st));
	st.size = 11;
	st.leading = 1.45;
	st.para_gap = 6;
	st.table_size = 8;
	st.table_leading = 1.2;
	return fs == NULL;
}

static int
teardown(void **state)
{
	(void)state;
	fontset_free(fs);
	return 0;
}

#define NLANES	3
#define NCOLS	(2 + NLANES + 4)

/* A step: its lane, symbol, and "tidak" target (-1: none). */
struct spec {
	int		 lane;
	enum sop_symbol	 sym;
	int		 target;
};

/* The block a checked 'sop' makes: a typed table with its flow. */
static struct block *
sop_block(struct arena *a, const struct spec *sp, size_t n)
{
	struct block	*bl = arena_alloc(a, sizeof(*bl));
	struct table	*t = arena_alloc(a, sizeof(*t));
	struct sop	*s = arena_alloc(a, sizeof(*s));
	struct pos	 p = { "sop.yaml", 1, 1 };

	bl->type = BLK_TABLE;
	bl->table = t;
	t->label = "Tabel 1";
	t->landscape = 1;
	t->caption = text_plain(a, "SOP Uji", FACE_REGULAR, p);
	t->ncols = NCOLS;
	t->cols = arena_alloc(a, NCOLS * sizeof(*t->cols));
	for (size_t c = 0; c < NCOLS; c++) {
		t->cols[c].title = text_plain(a, "Kolom", FACE_REGULAR, p);
		t->cols[c].width_mm = c >= 2 && c < 2 + NLANES ? 22 : 0;
	}
	t->nbody = n;
	t->body = arena_alloc(a, n * sizeof(*t->body));
	s->lane0 = 2;
	s->nlanes = NLANES;
	s->nsteps = n;
	s->steps = arena_alloc(a, n * sizeof(*s->steps));
	for (size_t i = 0; i < n; i++) {
		struct trow *r = &t->body[i];

		r->cells = arena_alloc(a, NCOLS * sizeof(*r->cells));
		r->n = NCOLS;
		for (size_t c = 0; c < NCOLS; c++) {
			r->cells[c].text = text_plain(a, c == 1 && i % 2 ?
			    "Kegiatan dengan teks yang cukup panjang untuk "
			    "beberapa baris di dalam selnya" : "x",
			    FACE_REGULAR, p);
			r->cells[c].col = (int)c;
			r->cells[c].colspan = r->cells[c].rowspan = 1;
			r->cells[c].align = -1;
		}
		s->steps[i].lane = sp[i].lane;
		s->steps[i].symbol = sp[i].sym;
		s->steps[i].no_target = sp[i].target;
	}
	t->sop = s;
	return bl;
}

struct bbox {
	double	 x0, y0, x1, y1;
};

static struct bbox
path_bbox(const struct pitem *it)
{
	struct bbox	b = { 1e9, 1e9, -1e9, -1e9 };

	for (unsigned int k = 0; k < it->path->npts; k++) {
		double x = it->x + it->path->pts[2 * k];
		double y = it->y + it->path->pts[2 * k + 1];

		b.x0 = fmin(b.x0, x);
		b.x1 = fmax(b.x1, x);
		b.y0 = fmin(b.y0, y);
		b.y1 = fmax(b.y1, y);
	}
	return b;
}

static int
is_symbol(const struct pitem *it)
{
	return it->kind == PI_PATH && (it->path->flags & PATH_FILL) &&
	    it->path->fill[0] == 255;
}

static int
is_head(const struct pitem *it)
{
	return it->kind == PI_PATH && (it->path->flags & PATH_FILL) &&
	    it->path->fill[0] == 0 && it->path->npts == 3;
}

/* On the edge of b (within 0.01 pt), not outside it. */
static int
on_edge(double x, double y, const struct bbox *b)
{
	const double e = 0.01;

	if (x < b->x0 - e || x > b->x1 + e || y < b->y0 - e || y > b->y1 + e)
		return 0;
	return fabs(x - b->x0) < e || fabs(x - b->x1) < e ||
	    fabs(y - b->y0) < e || fabs(y - b->y1) < e;
}

/*
 * The x of every connector end on the row's top (top != 0) or bottom
 * border, sorted, into xs; returns how many.
 */
static size_t
border_x(const struct vbox *b, int top, double *xs, size_t max)
{
	size_t n = 0;

	for (size_t i = 0; i < b->n; i++) {
		const struct pitem *it = &b->items[i];

		if (it->kind != PI_PATH || (it->path->flags & PATH_FILL))
			continue;
		for (unsigned int k = 0; k < it->path->npts; k++) {
			double y = it->y + it->path->pts[2 * k + 1];

			if (fabs(y - (top ? 0 : b->height)) < 0.01 && n < max)
				xs[n++] = it->x + it->path->pts[2 * k];
		}
	}
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 0 && xs[j - 1] > xs[j]; j--) {
			double t = xs[j];

			xs[j] = xs[j - 1];
			xs[j - 1] = t;
		}
	return n;
}

/* What leaves a row's bottom enters the next row's top, at the same x. */
static void
check_borders(const struct lay *L, size_t first, size_t n)
{
	for (size_t k = first; k + 1 < first + n; k++) {
		double	a[16], b[16];
		size_t	na = border_x(L->boxes.v[k], 0, a, 16);
		size_t	nb = border_x(L->boxes.v[k + 1], 1, b, 16);

		assert_true(na > 0);
		assert_int_equal(na, nb);
		for (size_t i = 0; i < na; i++)
			assert_true(fabs(a[i] - b[i]) < 0.01);
	}
}

/* Lay the flow out; check symbols and arrows; return the arrow count. */
static size_t
check_flow(const struct spec *sp, size_t n)
{
	struct arena	*a = arena_new();
	struct lay	 L;
	struct block	*bl = sop_block(a, sp, n);
	size_t		 heads = 0, step = 0;
	double		 lane_x[NLANES];

	memset(&L, 0, sizeof(L));
	L.a = L.tmp = a;
	L.st = &st;
	L.fs = fs;
	L.lx0 = 50;
	L.lwidth = 740;
	L.x0 = 70;
	L.width = 450;
	for (size_t l = 0; l < NLANES; l++)
		lane_x[l] = -1;
	layout_sop(&L, bl);
	for (size_t k = 0; k < L.boxes.n; k++) {
		const struct vbox	*b = L.boxes.v[k];
		struct bbox		 sym[4];
		size_t			 nsym = 0;

		for (size_t i = 0; i < b->n; i++)
			if (is_symbol(&b->items[i])) {
				assert_true(nsym < 4);
				sym[nsym++] = path_bbox(&b->items[i]);
			}
		for (size_t i = 0; i < nsym; i++, step++) {
			double	cx = (sym[i].x0 + sym[i].x1) / 2;
			int	l = sp[step].lane;

			/* inside its row box, one centre per lane */
			assert_true(sym[i].y0 > 0 && sym[i].y1 < b->height);
			if (lane_x[l] < 0)
				lane_x[l] = cx;
			assert_true(fabs(lane_x[l] - cx) < 0.01);
			assert_false(b->splittable);
		}
		for (size_t i = 0; i < b->n; i++) {
			const struct pitem	*it = &b->items[i];
			int			 landed = 0;

			if (!is_head(it))
				continue;
			heads++;
			for (size_t s = 0; s < nsym; s++)
				landed |= on_edge(it->x + it->path->pts[0],
				    it->y + it->path->pts[1], &sym[s]);
			assert_true(landed);
		}
	}
	assert_int_equal(step, n);
	/* the first box with a symbol is step 1's row */
	for (size_t k = 0; k < L.boxes.n; k++) {
		const struct vbox	*b = L.boxes.v[k];
		size_t			 i = 0;

		while (i < b->n && !is_symbol(&b->items[i]))
			i++;
		if (i < b->n) {
			check_borders(&L, k, n);
			break;
		}
	}
	for (size_t l = 0; l + 1 < NLANES; l++)
		if (lane_x[l] >= 0 && lane_x[l + 1] >= 0)
			assert_true(lane_x[l] < lane_x[l + 1]);
	free(L.boxes.v);
	arena_free(a);
	return heads;
}

static void
test_arrows_land(void **state)
{
	const struct spec flow[] = {
		{ 0, SYM_MULAI, -1 }, { 1, SYM_PROSES, -1 },
		{ 2, SYM_KEPUTUSAN, 0 }, { 1, SYM_DOKUMEN, -1 },
		{ 2, SYM_KEPUTUSAN, 6 }, { 0, SYM_PROSES, -1 },
		{ 0, SYM_SELESAI, -1 },
	};

	(void)state;
	/* 6 consecutive pairs, 2 "tidak" branches (one up, one down) */
	assert_int_equal(check_flow(flow, 7), 6 + 2);
}

static void
test_one_lane(void **state)
{
	const struct spec flow[] = {
		{ 1, SYM_MULAI, -1 }, { 1, SYM_PROSES, -1 },
		{ 1, SYM_SELESAI, -1 },
	};

	(void)state;
	assert_int_equal(check_flow(flow, 3), 2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_arrows_land),
		cmocka_unit_test(test_one_lane),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
