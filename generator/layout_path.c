/*
 * layout, vector paths: polygons and polylines with an RGB fill and
 * stroke for charts, the organisation chart and flow symbols.  A path's
 * points live in the page list's arena (they outlive the part's boxes)
 * and are offsets from the item's anchor, so placing or cutting a box
 * moves only the anchor.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "layout_int.h"

/* pi is not in C11 nor in POSIX without XSI. */
static const double pi = 3.14159265358979323846;

void
pts_add(struct pts *p, double x, double y)
{
	p->v = xgrow(p->v, p->n, &p->cap, sizeof(*p->v), 64);
	p->v[p->n].x = x;
	p->v[p->n].y = y;
	p->n++;
}

void
pts_free(struct pts *p)
{
	free(p->v);
	memset(p, 0, sizeof(*p));
}

/*
 * Points of the arc of a circle around (cx, cy) of radius r from angle
 * a0 to a1 (degrees, counter-clockwise from 3 o'clock, as on a clock
 * face seen in PDF's y-up sense), both ends included, at most 2 degrees
 * apart: at 100 dpi a 150 pt pie then strays under 0.05 pt from the
 * true circle.  y grows downwards here, hence the minus.
 */
void
pts_arc(struct pts *p, double cx, double cy, double r, double a0,
    double a1)
{
	double	span = a1 - a0;
	int	steps = (int)ceil(fabs(span) / 2.0);

	if (steps < 1)
		steps = 1;
	for (int i = 0; i <= steps; i++) {
		double a = (a0 + span * i / steps) * pi / 180.0;

		pts_add(p, cx + r * cos(a), cy - r * sin(a));
	}
}

/*
 * Add the path through the points of p (relative to (x, y), y down) to
 * box b, styled by st (what to paint, colours, width, dash).
 */
struct pitem *
vbox_path(struct lay *L, struct vbox *b, double x, double y,
    const struct pts *p, const struct pathstyle *st)
{
	struct pitem	*it;
	struct ppath	*pa;
	float		*v;

	if (p->n == 0)
		return NULL;
	pa = arena_alloc(L->a, sizeof(*pa));
	v = arena_alloc(L->a, p->n * 2 * sizeof(*v));
	pa->top = pa->bottom = (float)p->v[0].y;
	for (size_t i = 0; i < p->n; i++) {
		v[2 * i] = (float)p->v[i].x;
		v[2 * i + 1] = (float)p->v[i].y;
		if (v[2 * i + 1] < pa->top)
			pa->top = v[2 * i + 1];
		if (v[2 * i + 1] > pa->bottom)
			pa->bottom = v[2 * i + 1];
	}
	pa->pts = v;
	pa->npts = (unsigned int)p->n;
	pa->flags = (unsigned char)st->flags;
	memcpy(pa->fill, st->fill, 3);
	memcpy(pa->stroke, st->stroke, 3);
	pa->dash[0] = st->dash_on;
	pa->dash[1] = st->dash_off;
	it = pitem_push(lay_items(L), &b->items, &b->n, &b->cap);
	it->kind = PI_PATH;
	it->x = (float)x;
	it->y = (float)y;
	it->w = (float)st->width;
	it->path = pa;
	return it;
}

/* A filled (and optionally outlined) axis-parallel rectangle. */
struct pitem *
vbox_box(struct lay *L, struct vbox *b, double x, double y, double w,
    double h, const struct pathstyle *st)
{
	struct pts	 p = { NULL, 0, 0 };
	struct pathstyle s = *st;
	struct pitem	*it;

	pts_add(&p, 0, 0);
	pts_add(&p, w, 0);
	pts_add(&p, w, h);
	pts_add(&p, 0, h);
	s.flags |= PATH_CLOSED;
	it = vbox_path(L, b, x, y, &p, &s);
	pts_free(&p);
	return it;
}

/* A straight stroked segment from (x, y) to (x2, y2) in colour st. */
struct pitem *
vbox_line(struct lay *L, struct vbox *b, double x, double y, double x2,
    double y2, const struct pathstyle *st)
{
	struct pts	 p = { NULL, 0, 0 };
	struct pathstyle s = *st;
	struct pitem	*it;

	pts_add(&p, 0, 0);
	pts_add(&p, x2 - x, y2 - y);
	s.flags = PATH_STROKE;
	it = vbox_path(L, b, x, y, &p, &s);
	pts_free(&p);
	return it;
}
