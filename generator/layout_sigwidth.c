/*
 * layout, signature columns: as wide as their longest given line, so
 * the jabatan lines print as content breaks them ("KEPALA BADAN
 * KEPEGAWAIAN DAN PENGEMBANGAN" / "SUMBER DAYA MANUSIA KOTA BINJAI"),
 * never re-wrapped by a column narrower than the text.  Only a line
 * wider than the room left (the text column, or beside the other party
 * of a pair) is wrapped, with a warning at that line.
 */
#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "layout_int.h"

#define PAIR_GAP	20	/* between two parties' columns */
#define SIG_PAD		2	/* rounding room: a measured line fits */

/* Lines wider than `limit` go to *over (the widest of them), not to w. */
static double
widest(struct lay *L, const struct text *t, int face, double size, double w,
    double limit, double *over)
{
	double tw = t->n > 0 ? text_width(L, t, face, size) : 0;

	if (tw + SIG_PAD > limit) {
		if (tw + SIG_PAD > *over)
			*over = tw + SIG_PAD;
		return w;
	}
	return tw + SIG_PAD > w ? tw + SIG_PAD : w;
}

/*
 * The width the signature's lines need, each on one line, counting only
 * lines that fit in limit; *over: the widest line that does not (or 0).
 */
static double
sig_need(struct lay *L, const struct signature *s, double size, double limit,
    double *over)
{
	double	w = 0;
	char	nip[64];

	*over = 0;
	w = widest(L, &s->decreed[0], 0, size, w, limit, over);
	w = widest(L, &s->decreed[1], 0, size, w, limit, over);
	w = widest(L, &s->place_date, 0, size, w, limit, over);
	for (size_t i = 0; i < s->nroles; i++)
		w = widest(L, &s->roles[i], 0, size, w, limit, over);
	w = widest(L, &s->name, FACE_BOLD, size, w, limit, over);
	w = widest(L, &s->rank, 0, size, w, limit, over);
	if (s->nip.n > 0) {
		struct text t;

		snprintf(nip, sizeof(nip), "NIP. %.*s", (int)s->nip.runs[0].len,
		    s->nip.runs[0].text);
		t = plain_text(L->tmp, nip, FACE_REGULAR);
		w = widest(L, &t, 0, size, w, limit, over);
	}
	return w;
}

/*
 * A line wider than the text column wraps into about equal lines, not
 * into one full line and a short rest: the column is as wide as an
 * equal share of it needs, with room for uneven word breaks.
 */
static double
wrap_width(double over, double limit)
{
	int	 lines = (int)(over / limit) + 1;
	double	 w = over / lines * 1.15;

	return w < limit ? w : limit;
}

/* A given line wider than its column w is wrapped: say so at the line. */
static void
warn_wide(struct lay *L, const struct signature *s, double size, double w)
{
	const struct text *t[32];
	size_t n = 0;

	t[n++] = &s->place_date;
	t[n++] = &s->name;
	t[n++] = &s->rank;
	for (size_t i = 0; i < s->nroles && n < 32; i++)
		t[n++] = &s->roles[i];
	for (size_t i = 0; i < n; i++) {
		int face = t[i] == &s->name ? FACE_BOLD : 0;
		double tw;

		if (t[i]->n == 0 || (tw = text_width(L, t[i], face, size)) <=
		    w - SIG_PAD + 0.01)
			continue;
		diag_once(&t[i]->pos, MSG_SIG_LINE_WIDE, (int)(tw / MM + 0.5),
		    (int)(w / MM));
	}
}

/*
 * One party: right-aligned, at least half the text column, as wide as
 * its longest line, at most the text column.
 */
void
sig_width_one(struct lay *L, const struct signature *s, double size,
    double *x, double *w)
{
	double over, need = sig_need(L, s, size, L->width, &over);
	double half = L->width * 0.5;

	if (over > 0 && wrap_width(over, L->width) > need)
		need = wrap_width(over, L->width);
	*w = need > half ? need : half;
	if (over > 0)
		warn_wide(L, s, size, *w);
	*x = L->x0 + L->width - *w;
}

/*
 * Two parties side by side: the first flush left, the second flush
 * right, each as wide as it needs (half the column less the gap when it
 * needs less); when both do not fit, what one does not need goes to the
 * other, and only then are lines wrapped (shared in proportion).
 */
void
sig_width_pair(struct lay *L, const struct signature *a,
    const struct signature *b, double size, double *xa, double *wa,
    double *xb, double *wb)
{
	double	room = L->width - PAIR_GAP, min = room * 0.5, oa, ob;
	double	na = sig_need(L, a, size, room, &oa);
	double	nb = sig_need(L, b, size, room, &ob);

	/* a line wider than all the room wraps in its own column */
	if (oa > 0 && wrap_width(oa, room) > na)
		na = wrap_width(oa, room);
	if (ob > 0 && wrap_width(ob, room) > nb)
		nb = wrap_width(ob, room);

	*wa = na > min ? na : min;
	*wb = nb > min ? nb : min;
	if (*wa + *wb > room) {
		double over = *wa + *wb - room, cut;

		cut = *wa - na > 0 ? (*wa - na < over ? *wa - na : over) : 0;
		*wa -= cut;
		over -= cut;
		cut = *wb - nb > 0 ? (*wb - nb < over ? *wb - nb : over) : 0;
		*wb -= cut;
		over -= cut;
		if (over > 0.01) {
			*wa = room * na / (na + nb);
			*wb = room - *wa;
		}
	}
	warn_wide(L, a, size, *wa);
	warn_wide(L, b, size, *wb);
	*xa = L->x0;
	*xb = L->x0 + L->width - *wb;
}
