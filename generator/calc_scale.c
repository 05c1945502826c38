/*
 * Rating scales: which band rates a value, and whether a scale rates
 * every value once.
 *
 * The check walks the number line in elementary pieces: the finite bounds
 * of all bands and of the domain, sorted, cut the line into points {p}
 * and the open stretches between neighbouring points.  No band bound lies
 * inside a stretch, so a band rates all of a piece or none of it, and
 * runs of unrated or doubly rated pieces are the gaps and overlaps.
 * Scales have a handful of bands: the points are found by scanning, not
 * sorted into an allocated array.
 */
#include <string.h>

#include "calc.h"

/* A point {x}, or the open stretch (l, u), either end maybe infinite. */
struct piece {
	int	 point;
	num_t	 x;
	int	 has_l, has_u;
	num_t	 l, u;
};

/* The run of pieces being gathered into one issue. */
struct walk {
	const struct skala	*s;
	num_t			 step;		/* the printed precision */
	struct skala_issue	*out;
	size_t			 max, n;
	int			 open;		/* a run is being gathered */
	struct skala_issue	 run;
	size_t			 last;		/* band of the piece before */
};

static int
lo_holds(const struct skala_bound *lo, num_t x)
{
	return lo->open || lo->v < x || (lo->v == x && lo->incl);
}

static int
hi_holds(const struct skala_bound *hi, num_t x)
{
	return hi->open || hi->v > x || (hi->v == x && hi->incl);
}

/* Is some multiple of step (a value as printed) within lo .. hi? */
static int
holds_step(const struct skala_bound *lo, const struct skala_bound *hi,
    num_t step)
{
	num_t m;

	if (lo->open || hi->open)
		return 1;
	m = lo->v / step * step;	/* toward zero: up when negative */
	if (m < lo->v || (m == lo->v && !lo->incl))
		m += step;
	return hi_holds(hi, m);
}

static int
band_empty(const struct skala_band *b, num_t step)
{
	return !holds_step(&b->lo, &b->hi, step);
}

/* Is bound a above bound b, as upper bounds (sign 1) or lower (-1)? */
static int
bound_beyond(const struct skala_bound *a, const struct skala_bound *b,
    int sign)
{
	if (a->open || b->open)
		return a->open && !b->open;
	if (a->v != b->v)
		return sign > 0 ? a->v > b->v : a->v < b->v;
	return a->incl && !b->incl;
}

/* The band reaching highest (sign 1) or lowest (-1); the first on ties. */
static size_t
band_end(const struct skala *s, int sign)
{
	size_t best = SKALA_NONE;

	for (size_t i = 0; i < s->nband; i++) {
		const struct skala_band *b = &s->band[i];

		if (band_empty(b, 1))
			continue;
		if (best == SKALA_NONE || (sign > 0 ?
		    bound_beyond(&b->hi, &s->band[best].hi, 1) :
		    bound_beyond(&b->lo, &s->band[best].lo, -1)))
			best = i;
	}
	return best;
}

static size_t
rule_band(const struct skala *s, num_t v)
{
	if (v > s->dom_hi && s->above)
		return band_end(s, 1);
	if (v < s->dom_lo && s->below)
		return band_end(s, -1);
	return SKALA_NONE;
}

size_t
skala_find(const struct skala *s, num_t v)
{
	for (size_t i = 0; i < s->nband; i++)
		if (lo_holds(&s->band[i].lo, v) && hi_holds(&s->band[i].hi, v))
			return i;
	return rule_band(s, v);
}

int
skala_kategori(const struct skala *s, const struct ratio *r, int decimals,
    size_t *band)
{
	num_t	 v;
	int	 rc;

	if ((rc = ratio_round(r, decimals, &v)) != CALC_OK)
		return rc;
	*band = skala_find(s, v);
	return CALC_OK;
}

/* The smallest bound or domain end above x (any, when !have); 0 if none. */
static int
next_point(const struct skala *s, int have, num_t x, num_t *next)
{
	int found = 0;

	for (size_t i = 0; i < 2 * s->nband + 2; i++) {
		const struct skala_bound *b;
		num_t v;

		if (i >= 2 * s->nband)
			v = i == 2 * s->nband ? s->dom_lo : s->dom_hi;
		else {
			b = i % 2 ? &s->band[i / 2].hi : &s->band[i / 2].lo;
			if (b->open)
				continue;
			v = b->v;
		}
		if ((!have || v > x) && (!found || v < *next)) {
			*next = v;
			found = 1;
		}
	}
	return found;
}

static int
band_covers(const struct skala_band *b, const struct piece *p)
{
	if (p->point)
		return lo_holds(&b->lo, p->x) && hi_holds(&b->hi, p->x);
	return (b->lo.open || (p->has_l && b->lo.v <= p->l)) &&
	    (b->hi.open || (p->has_u && b->hi.v >= p->u));
}

/* Is a piece past the domain, where the above or below rule rates it? */
static int
ruled(const struct skala *s, const struct piece *p)
{
	int above, below;

	above = p->point ? p->x > s->dom_hi : p->has_l && p->l >= s->dom_hi;
	below = p->point ? p->x < s->dom_lo : p->has_u && p->u <= s->dom_lo;
	return (above && s->above && band_end(s, 1) != SKALA_NONE) ||
	    (below && s->below && band_end(s, -1) != SKALA_NONE);
}

static void
emit(struct walk *w, const struct skala_issue *is)
{
	if (is->kind != SKALA_EMPTY && is->kind != SKALA_DOMAIN &&
	    !holds_step(&is->lo, &is->hi, w->step))
		return;		/* no printed value falls there */
	if (w->n < w->max)
		w->out[w->n] = *is;
	w->n++;
}

/* Where a piece starts, as the lower bound of a run. */
static struct skala_bound
piece_lo(const struct piece *p)
{
	struct skala_bound b = { 0, 0, 0 };

	if (p->point) {
		b.v = p->x;
		b.incl = 1;
	} else if (p->has_l)
		b.v = p->l;
	else
		b.open = 1;
	return b;
}

/* The upper bound of a run that ends just before piece p. */
static struct skala_bound
before(const struct piece *p)
{
	struct skala_bound b = { 0, 0, 0 };

	b.v = p->point ? p->x : p->l;
	b.incl = !p->point;
	return b;
}

/* The run ends before p (NULL: at +infinity); `next` is p's band. */
static void
close_run(struct walk *w, const struct piece *p, size_t next)
{
	if (!w->open)
		return;
	if (p != NULL)
		w->run.hi = before(p);
	else {
		memset(&w->run.hi, 0, sizeof(w->run.hi));
		w->run.hi.open = 1;
	}
	if (w->run.kind == SKALA_GAP) {
		w->run.b = next;
		if (w->run.a == SKALA_NONE || next == SKALA_NONE)
			w->run.kind = SKALA_UNRATED;
	}
	emit(w, &w->run);
	w->open = 0;
}

static void
visit(struct walk *w, const struct piece *p)
{
	size_t	 n = 0, first = SKALA_NONE, second = SKALA_NONE;
	int	 gap;

	for (size_t i = 0; i < w->s->nband; i++)
		if (band_covers(&w->s->band[i], p)) {
			if (n++ == 0)
				first = i;
			else if (n == 2)
				second = i;
		}
	gap = n == 0 && !ruled(w->s, p);
	if (w->open && (w->run.kind == SKALA_GAP ? !gap :
	    n < 2 || w->run.a != first || w->run.b != second))
		close_run(w, p, first);
	if (!w->open && (gap || n >= 2)) {
		w->open = 1;
		w->run.kind = gap ? SKALA_GAP : SKALA_OVERLAP;
		w->run.a = gap ? w->last : first;
		w->run.b = gap ? SKALA_NONE : second;
		w->run.lo = piece_lo(p);
	}
	w->last = first;
}

/* Every piece in increasing order: (-inf, p1), {p1}, (p1, p2) ... */
static void
walk_line(struct walk *w)
{
	struct piece	 p;
	num_t		 x, next;
	int		 more;

	memset(&p, 0, sizeof(p));
	more = next_point(w->s, 0, 0, &next);
	p.has_u = more;
	p.u = next;
	visit(w, &p);
	while (more) {
		x = next;
		memset(&p, 0, sizeof(p));
		p.point = 1;
		p.x = x;
		visit(w, &p);
		more = next_point(w->s, 1, x, &next);
		memset(&p, 0, sizeof(p));
		p.has_l = 1;
		p.l = x;
		p.has_u = more;
		p.u = next;
		visit(w, &p);
	}
	close_run(w, NULL, SKALA_NONE);
}

size_t
skala_check(const struct skala *s, int decimals, struct skala_issue *out,
    size_t max)
{
	struct walk		 w;
	struct skala_issue	 is;

	memset(&w, 0, sizeof(w));
	w.s = s;
	w.out = out;
	w.max = max;
	w.last = SKALA_NONE;
	if (decimals < 0 || decimals > NUM_DECIMALS)
		decimals = NUM_DECIMALS;
	w.step = 1;
	for (int i = decimals; i < NUM_DECIMALS; i++)
		w.step *= 10;
	memset(&is, 0, sizeof(is));
	if (s->dom_lo > s->dom_hi) {
		is.kind = SKALA_DOMAIN;
		is.a = is.b = SKALA_NONE;
		is.lo.v = s->dom_lo;
		is.hi.v = s->dom_hi;
		emit(&w, &is);
		return w.n;
	}
	for (size_t i = 0; i < s->nband; i++)
		if (band_empty(&s->band[i], w.step)) {
			is.kind = SKALA_EMPTY;
			is.a = is.b = i;
			is.lo = s->band[i].lo;
			is.hi = s->band[i].hi;
			emit(&w, &is);
		}
	walk_line(&w);
	return w.n;
}
