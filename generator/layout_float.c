/*
 * layout, floats: a landscape table (or a figure) that cannot start on
 * the page at hand goes to the next page, and the text after it fills
 * the room it left, as LaTeX floats do.  Without this, a portrait page
 * ends half empty wherever the orientation changes.
 *
 * Only boxes without a table or figure caption move in front of a float:
 * captions stay in the order derive numbered them, so "Tabel 3.7" is
 * never printed after "Tabel 3.8" and the Daftar Tabel stays in page
 * order.  A pulled run never ends on a box that keeps with the next one
 * (a heading, a paragraph's first lines).
 */
#include <stdlib.h>
#include <string.h>

#include "layout_int.h"

/* Box j starts a float for a page that began with box i. */
static int
float_start(struct vbox *const *v, size_t i, size_t j)
{
	if (v[j]->break_before)
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

/* A box that may move in front of a float onto a page started by v[i]. */
static int
may_pull(struct vbox *const *v, size_t i, size_t k)
{
	const struct vbox *b = v[k];

	if (b->break_before || b->floating || b->landscape != v[i]->landscape)
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

/*
 * The text after the float at j (and after any float that text reaches
 * whole) fills the page: boxes in order while they fit, up to a caption,
 * a page break or another orientation.  Returns the end of the page.
 */
size_t
float_pull(struct lay *L, size_t i, size_t j, double avail)
{
	struct vbox	**v = (struct vbox **)L->boxes.v;
	size_t		  n = L->boxes.n, k, end = j, np = 0;
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
		if (!may_pull(v, i, k) ||
		    h + v[k]->gap_before + v[k]->height > avail + 0.01)
			break;
		h += v[k]->gap_before + v[k]->height;
		pulled[k - j] = 1;
		end = ++k;
		np++;
	}
	/* never end the page on a box that keeps with the next */
	while (np > 0 && v[end - 1]->keep_next) {
		pulled[end - 1 - j] = 0;
		np--;
		while (end > j && !pulled[end - 1 - j])
			end--;
	}
	if (np > 0)
		reorder(v, pulled, j, end);
	free(pulled);
	return j + np;
}
