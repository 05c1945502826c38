/*
 * layout, floats: a landscape table (or a figure) that cannot start on
 * the page at hand goes to the next page, and the text after it fills
 * the room it left, as LaTeX floats do.  Without this, a portrait page
 * ends half empty wherever the orientation changes.
 *
 * Numbers stay in page order the way LaTeX keeps them: tables and
 * figures never pass each other.  A table or figure met after a float
 * that went ahead is deferred too, whole, behind it, and the text after
 * it may still fill the page; so "Tabel 3.5" follows "Tabel 3.4" and the
 * Daftar Tabel stays in page order.  A heading (any box keeping with the
 * next) just before a deferred table goes with it, so a section never
 * opens with its table taken away, and then nothing after it moves up:
 * the section's text stays under its heading (a small heading alike).  A pulled run never ends
 * on a box that keeps with the next one (a heading, a paragraph's first
 * lines).  When two floats are close, the page between them could hold
 * only what lies between them: this page then leaves it some lines
 * (balance()), so neither is left more than 40 % empty.
 * Content keeps a table or figure in its place with 'mengambang: tidak':
 * it is no float, and nothing passes it.
 */
#include <stdlib.h>
#include <string.h>

#include "layout_int.h"

/* Box j starts a float for a page that began with box i. */
static int
float_start(struct vbox *const *v, size_t i, size_t j)
{
	if (v[j]->break_before || v[j]->fixed)
		return 0;
	if (v[j]->landscape && !v[i]->landscape)
		return 1;
	return v[j]->floating && v[j]->landscape == v[i]->landscape;
}

/* One past the float that starts at j: its landscape run or keep chain. */
static size_t
float_end(struct vbox *const *v, size_t n, size_t j)
{
	size_t k = j + 1;

	if (v[j]->landscape)
		while (k < n && v[k]->landscape && !v[k]->break_before)
			k++;
	else
		while (k < n && v[k - 1]->keep_next)
			k++;
	return k;
}

/* Box k opens a table or figure (of the page's orientation). */
static int
unit_start(struct vbox *const *v, size_t i, size_t k)
{
	return v[k]->unit != 0 && v[k]->landscape == v[i]->landscape &&
	    !v[k]->break_before && (k == 0 || v[k - 1]->unit != v[k]->unit);
}

/* One past the last box of the table or figure that opens at k. */
static size_t
unit_end(struct vbox *const *v, size_t n, size_t k)
{
	size_t e = k + 1;

	while (e < n && v[e]->unit == v[k]->unit)
		e++;
	return e;
}

/* A box that may move in front of a float onto a page started by v[i]. */
static int
may_pull(struct vbox *const *v, size_t i, size_t k)
{
	const struct vbox *b = v[k];

	if (b->break_before || b->floating || b->unit != 0 ||
	    b->landscape != v[i]->landscape)
		return 0;
	return b->mark == NULL || (b->mark->kind != MARK_TABLE &&
	    b->mark->kind != MARK_FIGURE);
}

/*
 * Reorder [j, end): the pulled text (flag 1) first, then the floats, each
 * group in its own order.
 */
static void
reorder(struct vbox **v, const char *pulled, size_t j, size_t end)
{
	struct vbox	**tmp = xcalloc(end - j, sizeof(*tmp));
	size_t		  t = 0;

	for (int pass = 1; pass >= 0; pass--)
		for (size_t k = j; k < end; k++)
			if (pulled[k - j] == pass)
				tmp[t++] = v[k];
	memcpy(&v[j], tmp, (end - j) * sizeof(*tmp));
	free(tmp);
}

/* A page before a float is at least this full, as tests/e2e/fill.py asks. */
#define FILL_MIN	0.6

static double
tall(const struct vbox *b)
{
	return b->gap_before + b->height;
}

/* Unpull the last pulled box; 0 when none is left. */
static int
unpull_last(struct vbox *const *v, size_t j, size_t n, char *pulled,
    size_t *np, double *h)
{
	for (size_t k = n; k > j; k--)
		if (pulled[k - 1 - j]) {
			pulled[k - 1 - j] = 0;
			*h -= tall(v[k - 1]);
			(*np)--;
			return 1;
		}
	return 0;
}

/*
 * Never end the page on a box that keeps with the next, nor inside a
 * paragraph: the float would cut it in two on different pages.
 */
static void
trim(struct vbox *const *v, size_t j, size_t n, char *pulled, size_t *np,
    double *h)
{
	size_t k = n;

	while (*np > 0) {
		while (k > j && !pulled[k - 1 - j])
			k--;
		if (!v[k - 1]->keep_next && !v[k - 1]->more)
			return;
		unpull_last(v, j, n, pulled, np, h);
	}
}

/*
 * What the portrait page after the float at j will hold when another
 * float follows it: the boxes left between the two floats and the text
 * after the second that can move up.  -1: no float follows (a part ends
 * first), so that page is no page before a float.
 */
static double
next_page(struct vbox *const *v, size_t n, size_t i, size_t j,
    const char *pulled)
{
	size_t	k = float_end(v, n, j);
	double	h = 0;

	for (; k < n && !float_start(v, i, k); k++) {
		if (v[k]->break_before)
			return -1;
		if (k >= j && !pulled[k - j])
			h += tall(v[k]);
	}
	if (k >= n || h == 0)
		return -1;
	for (k = float_end(v, n, k); k < n;)
		if (unit_start(v, i, k) && !v[k]->fixed)
			k = unit_end(v, n, k);
		else if (may_pull(v, i, k)) {
			if (!pulled[k - j])	/* not already on this page */
				h += tall(v[k]);
			k++;
		} else
			break;
	return h;
}

/*
 * Two floats close together: the page between them has only what lies
 * between them.  When that is short, leave it the last lines pulled onto
 * this page (in order, from the end) while this page stays full enough:
 * two pages at two thirds instead of one full and one half empty.
 */
static void
balance(struct vbox *const *v, size_t n, size_t i, size_t j, char *pulled,
    size_t *np, double *h, double avail)
{
	char	*t = xcalloc(n - j, 1);
	size_t	 tnp = *np;
	double	 th = *h, rest;

	memcpy(t, pulled, n - j);
	while ((rest = next_page(v, n, i, j, t)) >= 0 &&
	    rest < avail * FILL_MIN) {
		if (!unpull_last(v, j, n, t, &tnp, &th))
			break;
		trim(v, j, n, t, &tnp, &th);
		if (th < avail * FILL_MIN)
			break;
	}
	if (rest >= avail * FILL_MIN && th >= avail * FILL_MIN) {
		memcpy(pulled, t, n - j);
		*np = tnp;
		*h = th;
	}
	free(t);
}

/*
 * The text after the float at j (and after any float that text reaches
 * whole) fills the page: boxes in order while they fit, up to a fixed
 * table, a page break or another orientation; tables and figures on the
 * way follow the float.  Returns the end of the page.
 */
size_t
float_pull(struct lay *L, size_t i, size_t j, double avail)
{
	struct vbox	**v = (struct vbox **)L->boxes.v;
	size_t		  n = L->boxes.n, k, end, np = 0;
	char		 *pulled;
	double		  h = 0;

	if (!L->st->floats || j >= n || j <= i || !float_start(v, i, j))
		return j;
	for (k = i; k < j; k++)
		h += (k > i ? v[k]->gap_before : 0) + v[k]->height;
	pulled = xcalloc(n - j, 1);
	for (k = j; k < n;) {
		if (float_start(v, i, k)) {
			k = float_end(v, n, k);
			continue;
		}
		if (unit_start(v, i, k) && !v[k]->fixed) {
			/* in number order behind the float, with what keeps
			 * with it (a heading, a small heading) */
			int kept = 0;

			for (size_t b = k; b > j && pulled[b - 1 - j] &&
			    v[b - 1]->keep_next; b--) {
				pulled[b - 1 - j] = 0;
				h -= tall(v[b - 1]);
				np--;
				kept = 1;
			}
			k = unit_end(v, n, k);
			if (kept)
				break;	/* the text under it stays under it */
			continue;
		}
		if (!may_pull(v, i, k) || h + tall(v[k]) > avail + 0.01)
			break;
		h += tall(v[k]);
		pulled[k++ - j] = 1;
		np++;
	}
	trim(v, j, n, pulled, &np, &h);
	balance(v, n, i, j, pulled, &np, &h, avail);
	for (end = n; end > j && !pulled[end - 1 - j]; end--)
		;
	if (np > 0)
		reorder(v, pulled, j, end);
	free(pulled);
	return j + np;
}

void
float_unit(struct lay *L, size_t first, int fixed)
{
	if (first >= L->boxes.n)
		return;
	L->units++;
	for (size_t k = first; k < L->boxes.n; k++) {
		struct vbox *b = L->boxes.v[k];

		b->unit = L->units;
		b->fixed = fixed;
	}
}
