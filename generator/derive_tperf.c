/*
 * derive, tables made from kinerja: one row per indicator, grouped under
 * its tujuan or sasaran (whose number and name span the group's rows),
 * each figure of the column's year: targets and realisasi as written,
 * capaian by the indicator's direction rounded once, kategori from the
 * scale at the capaian as printed; the analysis (analisis, solusi) over
 * the rows of what it was written on.
 */
#include <stdlib.h>
#include <string.h>

#include "derive.h"
#include "mem.h"

struct prow {
	const struct report	*r;
	const struct table	*t;
	struct arena		*a;
	int			 has_goal_col;	/* a SRC_SASARAN column */
	const struct indicator	**v;		/* the rows' indicators */
	size_t			 nrows;		/* of the table */
};

/* The indicators of the table, in its order. */
static size_t
indicators(const struct report *r, const struct tdata *d,
    const struct indicator ***out)
{
	const struct perf	*p = r->perf;
	unsigned int		 lv = d->levels ? d->levels : 7;
	size_t			 n = 0;

	*out = xcalloc(p->nall + d->nind + 1, sizeof(**out));
	if (d->nind > 0) {
		memcpy(*out, d->ind, d->nind * sizeof(**out));
		return d->nind;
	}
	for (size_t i = 0; i < p->nall; i++) {
		const struct goal *g = p->all[i]->owner;
		unsigned int bit = g == NULL ? 4 : g->is_tujuan ? 1 : 2;

		if (lv & bit)
			(*out)[n++] = p->all[i];
	}
	return n;
}

static void
text_cell(struct prow *pr, struct tcell *c, const char *s)
{
	c->text = text_plain(pr->a, s != NULL ? s : "", FACE_REGULAR,
	    c->text.pos);
}

/* A figure printed the column's way, or as written; "-" when none. */
static void
figure_cell(struct prow *pr, const struct tcol *col, struct tcell *c,
    const struct num *v)
{
	struct tcol	 own = *col;
	struct num	 dash;

	if (v == NULL) {
		memset(&dash, 0, sizeof(dash));
		dash.dash = 1;
		v = &dash;
	} else if (col->as_written)
		own.decimals = v->decimals < 0 ? 0 : v->decimals > NUM_DECIMALS ?
		    NUM_DECIMALS : v->decimals;
	text_cell(pr, c, "");
	tcell_number(pr->a, &own, c, v);
}

/*
 * A figure of an indicator: an indeks at its declared decimals (unless
 * the column sets its own), a rasio as "1:x" (x as written).
 */
static void
ind_figure_cell(struct prow *pr, const struct tcol *col, struct tcell *c,
    const struct indicator *in, const struct num *v)
{
	struct tcol	 own = *col;
	struct num	 w;

	if (v == NULL || (in->kind != IND_INDEKS && in->kind != IND_RASIO) ||
	    (in->kind == IND_INDEKS && (in->decimals < 0 || !col->as_written))) {
		figure_cell(pr, col, c, v);
		return;
	}
	w = *v;
	if (in->kind == IND_INDEKS) {
		w.decimals = in->decimals;
		figure_cell(pr, col, c, &w);
		return;
	}
	if (col->as_written)
		own.decimals = v->decimals < 0 ? 0 : v->decimals > NUM_DECIMALS ?
		    NUM_DECIMALS : v->decimals;
	text_cell(pr, c, arena_printf(pr->a, "1:%s", fig_text(pr->a, v->v,
	    own.decimals, 0)));
}

static const struct num *
year_num(const struct yearval *v)
{
	return v != NULL ? &v->v : NULL;
}

static void
capaian_cell(struct prow *pr, const struct tcol *col, struct tcell *c,
    const struct indicator *in, int year)
{
	struct ratio	q;
	struct num	v;

	memset(&v, 0, sizeof(v));
	if (!perf_capaian(pr->r->perf, in, year, pr->r->year, &q) ||
	    ratio_round(&q, col->decimals, &v.v) != CALC_OK) {
		figure_cell(pr, col, c, NULL);
		return;
	}
	figure_cell(pr, col, c, &v);
}

static void
kategori_cell(struct prow *pr, struct tcell *c, const struct indicator *in,
    int year)
{
	struct ratio q;

	text_cell(pr, c, perf_capaian(pr->r->perf, in, year, pr->r->year, &q) ?
	    perf_kategori(pr->r->perf, &q) : NULL);
	if (c->text.runs[0].len == 0)
		text_cell(pr, c, "-");
}

/* The cell of column k of an indicator's row. */
static void
ind_cell(struct prow *pr, size_t k, struct tcell *c, const struct indicator *in,
    size_t index)
{
	const struct tcol	*col = &pr->t->cols[k];
	int			 year = col->year ? col->year : pr->r->year;

	switch (col->src) {
	case SRC_NOMOR:
		text_cell(pr, c, arena_printf(pr->a, "%zu", index + 1));
		break;
	case SRC_INDIKATOR:
		text_cell(pr, c, in->name);
		break;
	case SRC_SATUAN:
		text_cell(pr, c, in->unit);
		break;
	case SRC_SUMBER_DATA:
		text_cell(pr, c, in->source);
		break;
	case SRC_TARGET:
		ind_figure_cell(pr, col, c, in, year_num(year_find(in->target,
		    in->ntarget, year)));
		break;
	case SRC_TARGET_PK:
		ind_figure_cell(pr, col, c, in, year_num(perf_target(in,
		    pr->r->year, pr->r->year)));
		break;
	case SRC_REALISASI:
		ind_figure_cell(pr, col, c, in, year_num(year_find(in->real,
		    in->nreal, year)));
		break;
	case SRC_STANDAR:
		ind_figure_cell(pr, col, c, in, in->has_std ? &in->std : NULL);
		break;
	case SRC_CAPAIAN:
		capaian_cell(pr, col, c, in, year);
		break;
	case SRC_KATEGORI:
		kategori_cell(pr, c, in, year);
		break;
	default:
		text_cell(pr, c, "");
		break;
	}
}

/* A column of the money behind the indicators. */
static int
money_col(const struct tcol *c)
{
	return c->src == SRC_ANGGARAN || c->src == SRC_REALISASI_ANGGARAN ||
	    c->src == SRC_SERAPAN || c->src == SRC_EFISIENSI;
}

/* Whether column k spans a group's rows (its goal's number and name). */
static int
group_col(const struct prow *pr, size_t k)
{
	const struct tcol *c = &pr->t->cols[k];

	return c->src == SRC_SASARAN || (c->src == SRC_NOMOR &&
	    pr->has_goal_col) || (money_col(c) && c->per_goal);
}

/* Whether column k spans every row: the whole budget's figures. */
static int
table_col(const struct prow *pr, size_t k)
{
	return money_col(&pr->t->cols[k]) && !pr->t->cols[k].per_goal;
}

static int
analysis_col(const struct tcol *c)
{
	return c->src == SRC_ANALISIS || c->src == SRC_SOLUSI;
}

/*
 * The analysis of row index in column col: one cell over the rows after
 * it that the same analysis covers (written on their sasaran or tujuan),
 * 0 when the cell of a row above covers this one.  Without analysis the
 * cell is empty (completeness says so).
 */
static int
analysis_cell(struct prow *pr, const struct tcol *col, struct tcell *c,
    size_t index)
{
	int			 fix = col->src == SRC_SOLUSI;
	const struct tcell	*an = perf_analysis(pr->v[index], fix);
	size_t			 e = index + 1;

	if (an != NULL && index > 0 && perf_analysis(pr->v[index - 1], fix) == an)
		return 0;
	while (an != NULL && e < pr->nrows && perf_analysis(pr->v[e], fix) == an)
		e++;
	if (an != NULL) {
		c->text = an->text;
		c->list = an->list;
		c->paras = an->paras;
		c->nparas = an->nparas;
	}
	c->rowspan = (int)(e - index);
	return 1;
}

/* The money of g (NULL: all) in a money column. */
static void
money_cell(struct prow *pr, const struct tcol *col, struct tcell *c,
    const struct goal *g)
{
	const struct bnode	*bn = perf_money(pr->r, g);
	struct num		 v;
	struct ratio		 q;
	num_t			 pagu;
	int			 ok = 0;

	memset(&v, 0, sizeof(v));
	if (bn != NULL)
		switch (col->src) {
		case SRC_ANGGARAN:
			ok = bnode_pagu(bn, &v.v);
			break;
		case SRC_REALISASI_ANGGARAN:
			v.v = bn->amt[AMT_REALISASI];
			ok = bn->has_amt[AMT_REALISASI];
			break;
		case SRC_SERAPAN:
			ok = bnode_pagu(bn, &pagu) && bn->has_amt[AMT_REALISASI] &&
			    calc_percent(bn->amt[AMT_REALISASI], pagu, &q) ==
			    CALC_OK && ratio_round(&q, col->decimals, &v.v) ==
			    CALC_OK;
			break;
		default:
			ok = perf_efisiensi(pr->r, g, &q) &&
			    ratio_round(&q, col->decimals, &v.v) == CALC_OK;
			break;
		}
	figure_cell(pr, col, c, ok ? &v : NULL);
}

static const char *
goal_text(struct prow *pr, const struct goal *g)
{
	if (g == NULL)
		return "";
	return g->is_tujuan ? arena_printf(pr->a, "%s: %s", "Tujuan", g->name) :
	    g->name;
}

/*
 * The first row of a group: the goal's cells span its rows; a tujuan's
 * number cell and name cell are one ("Tujuan: …" over both).
 */
static void
group_cells(struct prow *pr, struct trow *row, const struct goal *g,
    size_t span)
{
	size_t n = 0;

	for (size_t k = 0; k < pr->t->ncols; k++) {
		struct tcell *c = &row->cells[n];

		if (!group_col(pr, k))
			continue;
		c->col = (int)k;
		if (pr->t->cols[k].src == SRC_NOMOR)
			text_cell(pr, c, g != NULL && !g->is_tujuan ?
			    arena_printf(pr->a, "%d", g->number) : "");
		else if (money_col(&pr->t->cols[k]) && g != NULL && !g->is_tujuan)
			money_cell(pr, &pr->t->cols[k], c, g);
		else if (money_col(&pr->t->cols[k]))	/* only sasaran have money */
			figure_cell(pr, &pr->t->cols[k], c, NULL);
		else
			text_cell(pr, c, goal_text(pr, g));
		c->rowspan = (int)span;
		if (g != NULL && g->is_tujuan && pr->t->cols[k].src == SRC_NOMOR &&
		    k + 1 < pr->t->ncols && pr->t->cols[k + 1].src == SRC_SASARAN) {
			text_cell(pr, c, goal_text(pr, g));
			c->colspan = 2;
			k++;
		}
		n++;
	}
	row->n = n;
}

static void
fill_row(struct prow *pr, struct trow *row, const struct indicator *in,
    size_t index, int first, size_t span)
{
	size_t n;

	row->cells = arena_alloc(pr->a, pr->t->ncols * sizeof(*row->cells));
	for (size_t k = 0; k < pr->t->ncols; k++) {
		row->cells[k].col = (int)k;
		row->cells[k].colspan = row->cells[k].rowspan = 1;
		row->cells[k].align = -1;
		row->cells[k].text = text_plain(pr->a, "", FACE_REGULAR, in->pos);
	}
	row->n = 0;
	if (first)
		group_cells(pr, row, in->owner, span);
	n = row->n;
	for (size_t k = 0; k < pr->t->ncols; k++) {
		if (group_col(pr, k))
			continue;
		if (table_col(pr, k)) {
			/* the whole budget, once, over every row */
			if (index != 0)
				continue;
			row->cells[n].col = (int)k;
			money_cell(pr, &pr->t->cols[k], &row->cells[n], NULL);
			row->cells[n++].rowspan = (int)pr->nrows;
			continue;
		}
		if (analysis_col(&pr->t->cols[k])) {
			row->cells[n].col = (int)k;
			n += (size_t)analysis_cell(pr, &pr->t->cols[k],
			    &row->cells[n], index);
			continue;
		}
		row->cells[n].col = (int)k;
		ind_cell(pr, k, &row->cells[n], in, index);
		n++;
	}
	row->n = n;
	/* the cells in column order, as layout reads them */
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 0 && row->cells[j - 1].col >
		    row->cells[j].col; j--) {
			struct tcell tmp = row->cells[j];

			row->cells[j] = row->cells[j - 1];
			row->cells[j - 1] = tmp;
		}
}

/* "90 < x ≤ 100", "x ≤ 50": a band as its bounds say. */
static const char *
interval(struct arena *a, const struct skala_band *b)
{
	const char *lo = fig_exact(a, b->lo.v), *hi = fig_exact(a, b->hi.v);

	if (b->lo.open && b->hi.open)
		return arena_strdup(a, "x");
	if (b->lo.open)
		return arena_printf(a, "x %s %s", b->hi.incl ? "≤" : "<", hi);
	if (b->hi.open)
		return arena_printf(a, "x %s %s", b->lo.incl ? "≥" : ">", lo);
	return arena_printf(a, "%s %s x %s %s", lo, b->lo.incl ? "≤" : "<",
	    b->hi.incl ? "≤" : "<", hi);
}

/* kinerja.skala: one row per band, as the content defines it. */
static void
scale_rows(struct prow *pr, struct table *t)
{
	const struct skala *sk = &pr->r->perf->scale;

	t->nbody = sk->nband;
	t->body = arena_alloc(pr->a, (sk->nband + 1) * sizeof(*t->body));
	for (size_t i = 0; i < sk->nband; i++) {
		struct trow *row = &t->body[i];

		memset(row, 0, sizeof(*row));
		row->pos = pr->r->perf->scale_pos;
		row->n = t->ncols;
		row->cells = arena_alloc(pr->a, t->ncols * sizeof(*row->cells));
		for (size_t k = 0; k < t->ncols; k++) {
			struct tcell *c = &row->cells[k];

			c->col = (int)k;
			c->colspan = c->rowspan = 1;
			c->align = -1;
			c->text.pos = row->pos;
			text_cell(pr, c, t->cols[k].src == SRC_NOMOR ?
			    arena_printf(pr->a, "%zu", i + 1) :
			    t->cols[k].src == SRC_RENTANG ?
			    interval(pr->a, &sk->band[i]) : sk->band[i].label);
		}
	}
	if (sk->nband == 0)
		diag(&t->data->pos, MSG_TDATA_EMPTY, "kinerja.skala");
}

void
derive_tperf(struct arena *a, const struct report *r, struct table *t)
{
	const struct indicator	**v;
	struct prow		  pr;
	size_t			  n;

	if (r->perf == NULL)
		return;		/* its error is reported */
	memset(&pr, 0, sizeof(pr));
	pr.r = r;
	pr.t = t;
	pr.a = a;
	if (t->data->src[0].tree == TREE_SCALE) {
		scale_rows(&pr, t);
		return;
	}
	for (size_t k = 0; k < t->ncols; k++)
		pr.has_goal_col |= t->cols[k].src == SRC_SASARAN;
	n = indicators(r, t->data, &v);
	pr.v = v;
	pr.nrows = n;
	if (n == 0)
		diag(&t->data->pos, MSG_TDATA_EMPTY, "kinerja");
	t->body = arena_alloc(a, (n + 1) * sizeof(*t->body));
	t->nbody = n;
	for (size_t i = 0; i < n;) {
		size_t e = i + 1;

		/* a group: the indicators of one goal, one after another */
		while (pr.has_goal_col && e < n && v[e]->owner == v[i]->owner)
			e++;
		for (size_t j = i; j < e; j++) {
			memset(&t->body[j], 0, sizeof(t->body[j]));
			t->body[j].pos = v[j]->pos;
			fill_row(&pr, &t->body[j], v[j], j, j == i, e - i);
		}
		i = e;
	}
	free(v);
}
