/*
 * derive, charts: a figure's grafik reads its numbers from the one place
 * they are stated, a table of the report (after its rows are made and its
 * totals checked) or an indicator's targets and realisasi, so a chart can
 * never disagree with the table beside it.  What cannot be drawn (an
 * unknown table, a text column, a negative slice, nothing but zeros) is
 * an error at the grafik's own line.
 */
#include <string.h>

#include "derive.h"
#include "mem.h"
#include "names.h"

static const struct table *
find_table(const struct report *r, const struct chart *c)
{
	const struct refkey	*k = refs_find(r, c->table);
	struct suggest		 s;

	if (k != NULL && k->target->type == BLK_TABLE)
		return k->target->table;
	if (r->keys_partial)
		return NULL;	/* its part may be the one not read */
	for (size_t i = 0; i < r->nbroken; i++)
		if (strcmp(r->broken_keys[i], c->table) == 0)
			return NULL;	/* its part's errors were said */
	suggest_init(&s, c->table);
	for (size_t i = 0; i < r->nkeys; i++)
		if (r->keys[i].target->type == BLK_TABLE)
			suggest_offer(&s, r->keys[i].key);
	if (suggest_result(&s) != NULL)
		diag(&c->table_pos, MSG_CHART_TABLE_SUGG, c->table,
		    suggest_result(&s));
	else
		diag(&c->table_pos, MSG_CHART_TABLE, c->table);
	return NULL;
}

/* The cell of row w that starts at column col (0-based), or NULL. */
static const struct tcell *
cell_at(const struct trow *w, int col)
{
	for (size_t i = 0; i < w->n; i++)
		if (w->cells[i].col == col)
			return &w->cells[i];
	return NULL;
}

/* Every column named exists and holds numbers: 0, else an error said. */
static int
check_columns(struct arena *a, const struct chart *c, const struct table *t)
{
	int bad = 0;

	for (size_t i = 0; i <= c->nseries; i++) {
		int		 col = i < c->nseries ? c->series[i].col :
		    c->cat_col;
		struct pos	 pos = i < c->nseries ? c->series[i].pos :
		    c->cat_pos.line > 0 ? c->cat_pos : c->table_pos;

		if (col < 1 || (size_t)col > t->ncols) {
			diag(&pos, MSG_CHART_COLUMN, c->table, t->ncols, col);
			bad++;
		} else if (i < c->nseries && t->cols[col - 1].kind == COL_TEKS) {
			diag(&pos, MSG_CHART_COL_TEXT, col, c->table,
			    text_flat(a, &t->cols[col - 1].title));
			bad++;
		}
	}
	return bad;
}

static void
alloc_values(struct arena *a, struct chart *c, size_t ncat, size_t nser)
{
	c->ncat = ncat;
	c->nser = nser;
	c->cat = arena_alloc(a, (ncat + 1) * sizeof(*c->cat));
	c->ser = arena_alloc(a, (nser + 1) * sizeof(*c->ser));
	c->v = arena_alloc(a, (ncat * nser + 1) * sizeof(*c->v));
	c->has = arena_alloc(a, ncat * nser + 1);
}

/* Body rows as categories, the series' columns as values ('-': 0). */
static void
table_values(struct arena *a, struct chart *c, const struct table *t)
{
	size_t n = 0;

	for (size_t i = 0; i < t->nbody; i++)
		n += !t->body[i].misplaced;
	alloc_values(a, c, n, c->nseries);
	for (size_t s = 0; s < c->nseries; s++) {
		const struct tcol *col = &t->cols[c->series[s].col - 1];

		c->ser[s] = c->series[s].name.n > 0 ? c->series[s].name :
		    col->title;
		if (col->kind != COL_ANGKA && col->decimals > c->decimals)
			c->decimals = col->decimals;
	}
	n = 0;
	for (size_t i = 0; i < t->nbody; i++) {
		const struct trow	*w = &t->body[i];
		const struct tcell	*k = cell_at(w, c->cat_col - 1);

		if (w->misplaced)
			continue;
		if (k != NULL && c->cat_prefix != NULL)
			c->cat[n] = text_wrap(a, arena_printf(a, "%s ",
			    c->cat_prefix), FACE_REGULAR, &k->text, 0, NULL,
			    FACE_REGULAR);
		else if (k != NULL)
			c->cat[n] = k->text;
		for (size_t s = 0; s < c->nseries; s++) {
			const struct tcell *v = cell_at(w,
			    c->series[s].col - 1);

			c->has[n * c->nser + s] = 1;
			if (v != NULL && v->has_value)
				c->v[n * c->nser + s] = v->value;
		}
		n++;
	}
}

/* A pie's slices are shares: none negative. */
static int
check_values(struct arena *a, const struct chart *c, const struct table *t)
{
	int bad = 0;

	for (size_t s = 0; s < c->nser; s++) {
		int nonzero = 0;

		for (size_t k = 0; k < c->ncat; k++) {
			num_t v = c->v[k * c->nser + s];

			nonzero |= v != 0;
			if (v < 0 && (c->kind == CH_PIE || c->kind == CH_DONUT)) {
				diag(&c->series[s].pos, MSG_CHART_NEGATIVE,
				    text_flat(a, &c->cat[k]), fig_exact(a, v),
				    t != NULL ? t->body[k].pos.line : 0);
				bad++;
			}
		}
		if (!nonzero) {
			diag(c->nseries > s ? &c->series[s].pos : &c->pos,
			    MSG_CHART_EMPTY, text_flat(a, &c->ser[s]));
			bad++;
		}
	}
	return bad;
}

static void
chart_from_table(struct arena *a, const struct report *r, struct chart *c)
{
	const struct table *t = find_table(r, c);

	if (t == NULL || check_columns(a, c, t) > 0)
		return;
	if (t->nbody == 0 || t->rows_lost) {
		if (t->nbody == 0)
			diag(&c->table_pos, MSG_CHART_NO_ROWS, c->table);
		return;	/* rows lost: already reported where they are */
	}
	table_values(a, c, t);
	/* misplaced rows were skipped: the row numbers of messages follow */
	for (size_t i = 0; i < t->nbody; i++)
		if (t->body[i].misplaced)
			return;
	c->ok = check_values(a, c, t) == 0;
}

static const struct indicator *
find_indicator(const struct report *r, const struct chart *c)
{
	struct suggest s;

	if (r->perf == NULL)
		return NULL;	/* said by check_chart.c */
	suggest_init(&s, c->indicator);
	for (size_t i = 0; i < r->perf->nall; i++) {
		if (r->perf->all[i]->key == NULL)
			continue;
		if (strcmp(r->perf->all[i]->key, c->indicator) == 0)
			return r->perf->all[i];
		suggest_offer(&s, r->perf->all[i]->key);
	}
	if (suggest_result(&s) != NULL)
		diag(&c->ind_pos, MSG_CHART_IND_SUGG, c->indicator,
		    suggest_result(&s));
	else
		diag(&c->ind_pos, MSG_CHART_IND, c->indicator);
	return NULL;
}

static void
year_values(struct chart *c, size_t s, const struct yearval *v, size_t n,
    int first)
{
	for (size_t i = 0; i < n; i++) {
		size_t k = (size_t)(v[i].year - first);

		if (v[i].year < first || k >= c->ncat || v[i].v.dash)
			continue;
		c->v[k * c->nser + s] = v[i].v.v;
		c->has[k * c->nser + s] = 1;
		if (v[i].v.decimals > c->decimals)
			c->decimals = v[i].v.decimals > NUM_DECIMALS ?
			    NUM_DECIMALS : v[i].v.decimals;
	}
}

/* Target and realisasi of an indicator over the Renstra years. */
static void
chart_from_indicator(struct arena *a, const struct report *r,
    struct chart *c)
{
	const struct indicator	*ind = find_indicator(r, c);
	int			 first, last;

	if (ind == NULL)
		return;
	first = r->perf->first;
	last = r->perf->last;
	alloc_values(a, c, (size_t)(last - first + 1), 2);
	for (int y = first; y <= last; y++)
		c->cat[y - first] = text_plain(a, arena_printf(a, "%d", y),
		    FACE_REGULAR, c->ind_pos);
	c->ser[0] = text_plain(a, "Target", FACE_REGULAR, c->ind_pos);
	c->ser[1] = text_plain(a, "Realisasi", FACE_REGULAR, c->ind_pos);
	for (size_t s = 0; s < 2 && s < c->nseries; s++)
		if (c->series[s].name.n > 0)
			c->ser[s] = c->series[s].name;
	year_values(c, 0, ind->target, ind->ntarget, first);
	year_values(c, 1, ind->real, ind->nreal, first);
	c->ok = 1;
}

static void
block_charts(struct arena *a, const struct report *r, struct block *bl)
{
	if (bl->type == BLK_FIGURE && bl->chart != NULL) {
		if (bl->chart->table != NULL)
			chart_from_table(a, r, bl->chart);
		else if (bl->chart->indicator != NULL)
			chart_from_indicator(a, r, bl->chart);
	}
	for (size_t i = 0; i < bl->nkids; i++)
		block_charts(a, r, bl->kids[i]);
}

void
derive_charts(struct arena *a, const struct report *r)
{
	for (size_t i = 0; i < r->nparts; i++)
		for (size_t k = 0; k < r->parts[i]->n; k++)
			block_charts(a, r, r->parts[i]->blocks[k]);
}
