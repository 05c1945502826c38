/*
 * layout, an SOP as Indonesian agencies draw it (PermenPAN-RB 35/2012):
 * the table engine sets the grid (header rows repeated, rows broken
 * between pages like any table's), then each step's symbol is drawn in
 * its pelaksana's column and the connectors between consecutive steps
 * run down out of one symbol, across at the top of the next row and down
 * into the next symbol, with an arrowhead.  Every drawing of a row lives
 * in that row's box, so a page break between two steps ends the
 * connector at the row's lower border and the next page resumes it from
 * the top border under the repeated header.  A decision's "Tidak" branch
 * leaves the diamond's right corner, runs along the right edge of the
 * decision's column through the rows in between, and enters its target
 * from the side.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "layout_int.h"

#define ROW_MIN		30.0	/* a symbol and both stubs */
#define ROW_MIN_DIA	36.0	/* when the flow has a decision */
#define SYM_H		14.0	/* terminator, process, document */
#define SYM_W_MAX	64.0
#define DIA_H		20.0	/* decision */
#define DIA_W_MAX	36.0
#define DIA_W_LANE	0.4	/* of the lane: room left for "Tidak" */
#define ARROW_LEN	4.0
#define ARROW_HALF	2.0
#define ROUTE_IN	3.5	/* the "Tidak" route, in from lane edge */
#define LABEL_SIZE	5.5

static const struct pathstyle sym_style = { PATH_FILL | PATH_STROKE,
	{ 255, 255, 255 }, { 0, 0, 0 }, 0.8, 0, 0 };
static const struct pathstyle line_style = { PATH_STROKE,
	{ 0, 0, 0 }, { 0, 0, 0 }, 0.6, 0, 0 };
static const struct pathstyle head_style = { PATH_FILL | PATH_CLOSED,
	{ 0, 0, 0 }, { 0, 0, 0 }, 0, 0, 0 };

/*
 * A step's row: the box it is in (rows joined by a Keterangan written
 * over several steps share one) and its band in that box.
 */
struct steprow {
	struct vbox	*b;
	double		 y0, h;
};

/* Where a step's symbol sits in its row box. */
struct symgeom {
	double	 cx, cy;	/* centre */
	double	 half;		/* half its width */
	double	 top, bottom;	/* where connectors meet it */
	double	 xl, xr;	/* its lane */
};

static void
sym_geom(const struct sopstep *st, const double *x, size_t lane0,
    const struct steprow *row, struct symgeom *g)
{
	double lw;

	g->xl = x[lane0 + (size_t)st->lane];
	g->xr = x[lane0 + (size_t)st->lane + 1];
	lw = g->xr - g->xl;
	g->cx = (g->xl + g->xr) / 2;
	g->cy = row->y0 + row->h / 2;
	if (st->symbol == SYM_KEPUTUSAN) {
		g->half = fmin(lw * DIA_W_LANE, DIA_W_MAX) / 2;
		g->top = g->cy - DIA_H / 2;
		g->bottom = g->cy + DIA_H / 2;
		return;
	}
	g->half = fmin(lw - 12, SYM_W_MAX) / 2;
	g->top = g->cy - SYM_H / 2;
	/* a document's wavy edge crosses the middle at its baseline */
	g->bottom = g->cy + SYM_H / 2 - (st->symbol == SYM_DOKUMEN ? 2.5 : 0);
}

/* A terminator: a box with round ends (two half circles). */
static void
terminator(struct pts *p, const struct symgeom *g)
{
	double r = SYM_H / 2;

	pts_arc(p, g->cx - g->half + r, g->cy, r, 90, 270);
	pts_arc(p, g->cx + g->half - r, g->cy, r, -90, 90);
}

/* A document: flat top, one sine period as its bottom edge. */
static void
document(struct pts *p, const struct symgeom *g)
{
	double l = g->cx - g->half, r = g->cx + g->half;

	pts_add(p, l, g->top);
	pts_add(p, r, g->top);
	for (int k = 0; k <= 24; k++)
		pts_add(p, r - (r - l) * k / 24, g->bottom - 2.5 *
		    sin(2 * 3.14159265358979323846 * k / 24));
}

static void
symbol(struct lay *L, struct vbox *b, const struct sopstep *st,
    const struct symgeom *g)
{
	struct pts		p = { NULL, 0, 0 };
	struct pathstyle	s = sym_style;

	s.flags |= PATH_CLOSED;
	switch (st->symbol) {
	case SYM_MULAI:
	case SYM_SELESAI:
		terminator(&p, g);
		break;
	case SYM_KEPUTUSAN:
		pts_add(&p, g->cx, g->top);
		pts_add(&p, g->cx + g->half, g->cy);
		pts_add(&p, g->cx, g->bottom);
		pts_add(&p, g->cx - g->half, g->cy);
		break;
	case SYM_DOKUMEN:
		document(&p, g);
		break;
	case SYM_PROSES:
		pts_add(&p, g->cx - g->half, g->top);
		pts_add(&p, g->cx + g->half, g->top);
		pts_add(&p, g->cx + g->half, g->top + SYM_H);
		pts_add(&p, g->cx - g->half, g->top + SYM_H);
		break;
	}
	vbox_path(L, b, 0, 0, &p, &s);
	pts_free(&p);
}

/*
 * The polyline p ending in an arrowhead at its last point: the line
 * stops short of the tip so its stroke does not show past the head.
 */
static void
arrow(struct lay *L, struct vbox *b, struct pts *p)
{
	struct pt	 tip = p->v[p->n - 1], from = p->v[p->n - 2];
	double		 dx = tip.x - from.x, dy = tip.y - from.y;
	double		 len = sqrt(dx * dx + dy * dy);
	struct pts	 h = { NULL, 0, 0 };

	if (len <= 0)
		return;
	dx /= len;
	dy /= len;
	p->v[p->n - 1].x -= dx * (len < ARROW_LEN ? len : ARROW_LEN - 1);
	p->v[p->n - 1].y -= dy * (len < ARROW_LEN ? len : ARROW_LEN - 1);
	vbox_path(L, b, 0, 0, p, &line_style);
	pts_add(&h, tip.x, tip.y);
	pts_add(&h, tip.x - dx * ARROW_LEN - dy * ARROW_HALF,
	    tip.y - dy * ARROW_LEN + dx * ARROW_HALF);
	pts_add(&h, tip.x - dx * ARROW_LEN + dy * ARROW_HALF,
	    tip.y - dy * ARROW_LEN - dx * ARROW_HALF);
	vbox_path(L, b, 0, 0, &h, &head_style);
	pts_free(&h);
}

static void
segment(struct lay *L, struct vbox *b, double x, double y, double x2,
    double y2)
{
	vbox_line(L, b, x, y, x2, y2, &line_style);
}

/* Into step g from above: from x_from at the row's top, across, down. */
static void
incoming(struct lay *L, const struct steprow *row, double x_from,
    const struct symgeom *g)
{
	struct pts	p = { NULL, 0, 0 };
	double		yk = row->y0 + fmin(3.5, (g->top - row->y0) / 2);

	pts_add(&p, x_from, row->y0);
	if (fabs(x_from - g->cx) > 0.01) {
		pts_add(&p, x_from, yk);
		pts_add(&p, g->cx, yk);
	}
	pts_add(&p, g->cx, g->top);
	arrow(L, row->b, &p);
	pts_free(&p);
}

static void
label(struct lay *L, struct vbox *b, double x, double y, const char *s)
{
	vbox_text(L, b, FACE_ITALIC, LABEL_SIZE, x, y, s, strlen(s));
}

/*
 * A decision's "Tidak" branch from row d to row t through the rows
 * between, each piece in its own row's box.
 */
static void
branch(struct lay *L, const struct steprow *rows, const struct symgeom *gs,
    size_t d, size_t t)
{
	const struct symgeom	*gd = &gs[d], *gt = &gs[t];
	double			 rx = gd->xr - ROUTE_IN;
	int			 up = t < d;
	struct pts		 p = { NULL, 0, 0 };
	const char		*no = "Tidak";

	pts_add(&p, gd->cx + gd->half, gd->cy);
	pts_add(&p, rx, gd->cy);
	pts_add(&p, rx, rows[d].y0 + (up ? 0 : rows[d].h));
	vbox_path(L, rows[d].b, 0, 0, &p, &line_style);
	pts_free(&p);
	/* beside the corner, on the side the route does not take */
	label(L, rows[d].b, gd->cx + gd->half + 1, up ? gd->cy + 1 +
	    LABEL_SIZE : gd->cy - 1.5, no);
	for (size_t k = (up ? t : d) + 1; k < (up ? d : t); k++)
		segment(L, rows[k].b, rx, rows[k].y0, rx, rows[k].y0 +
		    rows[k].h);
	pts_add(&p, rx, rows[t].y0 + (up ? rows[t].h : 0));
	pts_add(&p, rx, gt->cy);
	pts_add(&p, rx > gt->cx ? gt->cx + gt->half : gt->cx - gt->half,
	    gt->cy);
	arrow(L, rows[t].b, &p);
	pts_free(&p);
}

static void
draw_flow(struct lay *L, const struct sop *s, const double *x,
    const struct steprow *rows)
{
	struct symgeom *gs = xcalloc(s->nsteps, sizeof(*gs));

	for (size_t i = 0; i < s->nsteps; i++)
		sym_geom(&s->steps[i], x, s->lane0, &rows[i], &gs[i]);
	for (size_t i = 0; i < s->nsteps; i++) {
		struct vbox *b = rows[i].b;

		if (i > 0)
			incoming(L, &rows[i], gs[i - 1].cx, &gs[i]);
		symbol(L, b, &s->steps[i], &gs[i]);
		if (i + 1 < s->nsteps)
			segment(L, b, gs[i].cx, gs[i].bottom, gs[i].cx,
			    rows[i].y0 + rows[i].h);
		if (i + 1 < s->nsteps && s->steps[i].symbol == SYM_KEPUTUSAN)
			label(L, b, gs[i].cx + 2, gs[i].bottom + LABEL_SIZE,
			    "Ya");
	}
	for (size_t i = 0; i < s->nsteps; i++)
		if (s->steps[i].symbol == SYM_KEPUTUSAN &&
		    s->steps[i].no_target >= 0)
			branch(L, rows, gs, i, (size_t)s->steps[i].no_target);
	free(gs);
}

/*
 * Each step's row among the boxes from `first`: a box holds the rows of
 * one band, its cuts are their inner borders.  0 when the boxes do not
 * hold exactly the steps (nothing is drawn then).
 */
static int
step_rows(struct lay *L, size_t first, size_t nsteps, struct steprow *rows)
{
	size_t i = 0;

	for (size_t k = first; k < L->boxes.n && i < nsteps; k++) {
		struct vbox *b = L->boxes.v[k];

		for (size_t j = 0; j <= b->ncuts; j++, i++) {
			double y0 = j > 0 ? b->cuts[j - 1] : 0;

			if (i == nsteps)
				return 0;
			rows[i].b = b;
			rows[i].y0 = y0;
			rows[i].h = (j < b->ncuts ? b->cuts[j] : b->height) -
			    y0;
		}
		b->splittable = 0;	/* a symbol is never cut */
	}
	return i == nsteps;
}

void
layout_sop(struct lay *L, const struct block *bl)
{
	const struct table	*t = bl->table;
	const struct sop	*s = t->sop;
	struct tgrid		 gr;
	struct steprow		*rows;

	gr.min_row = ROW_MIN;
	for (size_t i = 0; i < s->nsteps; i++)
		if (s->steps[i].symbol == SYM_KEPUTUSAN)
			gr.min_row = ROW_MIN_DIA;
	gr.x = xcalloc(t->ncols + 1, sizeof(double));
	gr.first_body = 0;
	layout_table_grid(L, bl, &gr);
	rows = xcalloc(s->nsteps + 1, sizeof(*rows));
	if (s->nsteps > 0 && t->nbody == s->nsteps &&
	    step_rows(L, gr.first_body, s->nsteps, rows))
		draw_flow(L, s, gr.x, rows);
	free(rows);
	free(gr.x);
}
