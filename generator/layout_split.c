/*
 * Cutting a tall box (a table row, or rows joined by a rowspan) between
 * two pages: only where no line of text is cut, preferring row
 * boundaries.  Cell frames are clipped so each piece is closed.
 */
#include <string.h>

#include "layout_int.h"

void
vbox_rect(struct lay *L, struct vbox *b, double x, double y, double w,
    double h, double stroke, double gray)
{
	struct pitem *it = pitem_push(lay_items(L), &b->items, &b->n, &b->cap);

	it->kind = PI_RECT;
	it->x = x;
	it->y = y;	/* top offset in the box */
	it->x2 = w;
	it->y2 = h;
	it->w = stroke;
	it->gray = gray;
}

/* The vertical extent of a text item around its baseline. */
static void
extent(const struct pitem *it, double *top, double *bottom)
{
	if (it->kind != PI_TEXT) {	/* an image: where it is anchored */
		*top = *bottom = it->y;
		return;
	}
	*top = it->y - it->size * 0.92;
	*bottom = it->y + it->size * 0.26;
}

static int
clean_cut(const struct vbox *b, double c)
{
	for (size_t i = 0; i < b->n; i++) {
		double t, bo;

		if (b->items[i].kind == PI_PATH &&
		    b->items[i].y + b->items[i].path->top < c &&
		    b->items[i].y + b->items[i].path->bottom > c)
			return 0;	/* a drawing is never cut */
		if (b->items[i].kind != PI_TEXT)
			continue;
		extent(&b->items[i], &t, &bo);
		if (t < c && bo > c)
			return 0;
	}
	return 1;
}

/*
 * The best place to cut b no lower than limit: the lowest row boundary
 * that leaves at least 40% of the room used, else the lowest clean place
 * below a line.  0 when there is none.
 */
double
vbox_cut(const struct vbox *b, double limit)
{
	double best = 0;

	for (size_t i = 0; i < b->ncuts; i++)
		if (b->cuts[i] <= limit && b->cuts[i] > best &&
		    clean_cut(b, b->cuts[i]))
			best = b->cuts[i];
	if (best >= limit * 0.4)
		return best;
	for (size_t i = 0; i < b->n; i++) {
		double t, bo;

		if (b->items[i].kind != PI_TEXT)
			continue;
		extent(&b->items[i], &t, &bo);
		bo += 0.1;	/* just under the line: lines sit ~0.6pt apart */
		if (bo <= limit && bo > best && clean_cut(b, bo))
			best = bo;
	}
	return best;
}

static void
copy_item(struct lay *L, struct vbox *to, const struct pitem *it, double dy)
{
	struct pitem *n = pitem_push(lay_items(L), &to->items, &to->n, &to->cap);

	*n = *it;
	n->y -= dy;
	if (it->kind == PI_RULE)
		n->y2 -= dy;
}

/* A frame cut at c: the part above stays, the part below moves. */
static void
split_rect(struct lay *L, struct vbox *a, struct vbox *b,
    const struct pitem *it, double c)
{
	double top = it->y, bottom = it->y + it->y2;

	if (top < c)
		vbox_rect(L, a, it->x, top, it->x2,
		    (bottom < c ? bottom : c) - top, it->w, it->gray);
	if (bottom > c)
		vbox_rect(L, b, it->x, (top > c ? top : c) - c, it->x2,
		    bottom - (top > c ? top : c), it->w, it->gray);
}

static int
inside(const struct pitem *it, const struct spanrect *r)
{
	return it->kind == PI_TEXT && it->x >= r->x && it->x < r->x + r->w &&
	    it->y >= r->y && it->y < r->y + r->h;
}

/*
 * A rowspan cell cut by the page break whose text all stayed above the
 * cut: its text is repeated at the top of the part below, so the rows on
 * the next page still say what they belong to.  (A cell whose text runs
 * past the cut simply continues there.)
 */
static void
repeat_spans(struct lay *L, const struct vbox *v, struct vbox *b, double c)
{
	b->nspans = 0;
	for (size_t k = 0; k < v->nspans; k++) {
		const struct spanrect	*r = &v->spans[k];
		double			 low = 0;
		int			 below = 0;

		if (r->y >= c || r->y + r->h <= c)
			continue;
		for (size_t i = 0; i < v->n; i++)
			if (inside(&v->items[i], r)) {
				double t, bo;

				extent(&v->items[i], &t, &bo);
				below |= bo > c;
				low = bo > low ? bo : low;
			}
		if (below || low - r->y > r->y + r->h - c)
			continue;	/* continues, or would not fit */
		for (size_t i = 0; i < v->n; i++)
			if (inside(&v->items[i], r))
				copy_item(L, b, &v->items[i], r->y);
	}
	/* the part below keeps the (clipped) frames of cells crossing c */
	b->spans = arena_alloc(L->tmp, (v->nspans + 1) * sizeof(*b->spans));
	for (size_t k = 0; k < v->nspans; k++) {
		const struct spanrect *r = &v->spans[k];
		double top = r->y > c ? r->y : c;

		if (r->y + r->h <= c)
			continue;
		b->spans[b->nspans] = *r;
		b->spans[b->nspans].y = top - c;
		b->spans[b->nspans++].h = r->y + r->h - top;
	}
}

/*
 * Cut v at c: v keeps what lies above, the returned box holds the rest
 * (and v's keep, repeat and orientation).  Items are copied into the
 * arena; v's old items are left there unused.
 */
struct vbox *
vbox_split(struct lay *L, struct vbox *v, double c)
{
	struct vbox	*b = arena_alloc(L->tmp, sizeof(*b));
	struct vbox	 a;

	*b = *v;
	b->items = NULL;
	b->n = b->cap = 0;
	b->iseq = arena_seq(lay_items(L));	/* its items are all made here */
	b->gap_before = 0;
	b->mark = NULL;
	b->height = v->height - c;
	memset(&a, 0, sizeof(a));
	for (size_t i = 0; i < v->n; i++) {
		const struct pitem *it = &v->items[i];
		double t, bo;

		switch (it->kind) {
		case PI_RECT:
			split_rect(L, &a, b, it, c);
			break;
		case PI_RULE:
			copy_item(L, it->y < c ? &a : b, it, it->y < c ? 0 : c);
			break;
		case PI_PATH:	/* goes whole with its lowest point */
			bo = it->y + it->path->bottom;
			copy_item(L, bo <= c ? &a : b, it, bo <= c ? 0 : c);
			break;
		default:
			extent(it, &t, &bo);
			copy_item(L, bo <= c ? &a : b, it, bo <= c ? 0 : c);
			break;
		}
	}
	repeat_spans(L, v, b, c);
	b->ncuts = 0;
	b->cuts = arena_alloc(L->tmp, (v->ncuts + 1) * sizeof(double));
	for (size_t i = 0; i < v->ncuts; i++)
		if (v->cuts[i] > c)
			b->cuts[b->ncuts++] = v->cuts[i] - c;
	v->items = a.items;
	v->n = a.n;
	v->cap = a.cap;
	v->height = c;
	v->keep_next = 0;
	return b;
}
