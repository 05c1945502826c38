/*
 * derive, tables made from data: one row per budget line shown (in tree
 * order), numbered by level (urusan A, B and programs I, II across the
 * table; kegiatan 1, 2 within a program; sub kegiatan 1.1, 1.2), a line
 * with shown lines under it in bold, and the total row from the root.
 * Every figure is the one derive_budget computed; percentages are exact
 * quotients rounded once, at the column's decimals.
 */
#include <stdlib.h>
#include <string.h>

#include "calc.h"
#include "derive.h"
#include "mem.h"

struct rows {
	struct arena		*a;
	const struct table	*t;
	const struct bnode	*root;		/* of the tree at hand */
	struct trow		*v;
	size_t			 n, cap;
	int			 count[5];	/* per enum blevel */
	const char		*kegiatan;	/* number of the last one */
	const struct goal	*goal;		/* kinerja.program: its lines only */
};

/*
 * Whether bn (whose nearest line naming its sasaran is `owner`) or a line
 * below it supports g.
 */
static int
serves(const struct bnode *bn, const struct bnode *owner, const struct goal *g)
{
	if (bn->ngoals > 0)
		owner = bn;
	for (size_t i = 0; owner != NULL && i < owner->ngoals; i++)
		if (owner->goals[i] == g)
			return 1;
	for (size_t i = 0; i < bn->nkids; i++)
		if (serves(bn->kids[i], owner, g))
			return 1;
	return 0;
}

static const struct bnode *
goal_owner(const struct bnode *const *path, size_t depth)
{
	for (size_t i = depth + 1; i-- > 0;)
		if (path[i]->ngoals > 0)
			return path[i];
	return NULL;
}

static const struct bnode *
tree_root(const struct budget *bg, enum tree t)
{
	return t == TREE_REVENUE ? &bg->revenue : t == TREE_SPENDING ?
	    &bg->spending : t == TREE_GOALS ? &bg->by_goal : &bg->programs;
}

static int
shown(const struct rows *rs, const struct bnode *bn)
{
	unsigned int l = rs->t->data->levels;

	return bn->level == BL_URAIAN || l == 0 || (l >> bn->level & 1);
}

static int
shown_below(const struct rows *rs, const struct bnode *bn)
{
	for (size_t i = 0; i < bn->nkids; i++)
		if (shown(rs, bn->kids[i]) || shown_below(rs, bn->kids[i]))
			return 1;
	return 0;
}

static struct trow *
new_row(struct rows *rs, struct pos pos)
{
	struct trow *r;

	rs->v = xgrow(rs->v, rs->n, &rs->cap, sizeof(*rs->v), 16);
	r = &rs->v[rs->n++];
	memset(r, 0, sizeof(*r));
	r->pos = pos;
	r->n = rs->t->ncols;
	r->cells = arena_alloc(rs->a, r->n * sizeof(*r->cells));
	for (size_t k = 0; k < r->n; k++) {
		r->cells[k].col = (int)k;
		r->cells[k].colspan = r->cells[k].rowspan = 1;
		r->cells[k].align = -1;
		r->cells[k].text = text_plain(rs->a, "", FACE_REGULAR, pos);
	}
	return r;
}

static void
set_text(struct rows *rs, struct tcell *c, const char *s, int bold)
{
	c->text = text_plain(rs->a, s != NULL ? s : "", bold ? FACE_BOLD :
	    FACE_REGULAR, c->text.pos);
	c->bold = bold != 0;
}

/* The number of a line in its level's style (or in digits). */
static const char *
line_number(struct rows *rs, const struct bnode *bn, int digits)
{
	char	buf[32];
	int	n = rs->count[bn->level];

	switch (bn->level) {
	case BL_URUSAN:
		if (!digits) {
			num_letters(n, 1, buf, sizeof(buf));
			return arena_strdup(rs->a, buf);
		}
		break;
	case BL_PROGRAM:
		if (!digits) {
			num_roman(n, 1, buf, sizeof(buf));
			return arena_strdup(rs->a, buf);
		}
		break;
	case BL_SUB:
		return arena_printf(rs->a, "%s.%d", rs->kegiatan, n);
	case BL_URAIAN:
		/* the sasaran of anggaran.sasaran are numbered */
		return bn->goal != NULL ? arena_printf(rs->a, "%d", n) : "";
	default:
		break;
	}
	return arena_printf(rs->a, "%d", n);
}

/* A figure of a line, as column src asks: 0 when there is none. */
static int
figure(const struct rows *rs, const struct bnode *bn, enum col_src src,
    int decimals, num_t *v)
{
	num_t		p, total;
	struct ratio	q;

	switch (src) {
	case SRC_MURNI:
		*v = bn->amt[AMT_MURNI];
		return bn->has_amt[AMT_MURNI];
	case SRC_PERUBAHAN:
		*v = bn->amt[AMT_PERUBAHAN];
		return bn->has_amt[AMT_PERUBAHAN];
	case SRC_REALISASI:
		*v = bn->amt[AMT_REALISASI];
		return bn->has_amt[AMT_REALISASI];
	case SRC_PAGU:
		return bnode_pagu(bn, v);
	case SRC_SISA:
		if (!bnode_pagu(bn, &p) || !bn->has_amt[AMT_REALISASI])
			return 0;
		*v = p - bn->amt[AMT_REALISASI];
		return 1;
	case SRC_SELISIH:
		if (!bn->has_amt[AMT_MURNI] || !bn->has_amt[AMT_PERUBAHAN])
			return 0;
		*v = bn->amt[AMT_PERUBAHAN] - bn->amt[AMT_MURNI];
		return 1;
	case SRC_SERAPAN:
		if (!bnode_pagu(bn, &p) || !bn->has_amt[AMT_REALISASI] ||
		    calc_percent(bn->amt[AMT_REALISASI], p, &q) != CALC_OK)
			return 0;
		return ratio_round(&q, decimals, v) == CALC_OK;
	case SRC_PORSI:
		if (!bnode_pagu(bn, &p) || !bnode_pagu(rs->root, &total) ||
		    calc_percent(p, total, &q) != CALC_OK)
			return 0;
		return ratio_round(&q, decimals, v) == CALC_OK;
	default:
		return 0;
	}
}

/* Names in capitals, as lists of programs often print them. */
static const char *
upper(struct arena *a, const char *s)
{
	char *u = arena_strdup(a, s != NULL ? s : "");

	for (char *p = u; *p != '\0'; p++)
		if (*p >= 'a' && *p <= 'z')
			*p = (char)(*p - 'a' + 'A');
	return u;
}

/* Inherited down the tree: a program's sumber dana is its kegiatan's. */
static const char *
fund_of(const struct bnode *const *path, size_t depth)
{
	for (size_t i = depth + 1; i-- > 0;)
		if (path[i]->fund != NULL)
			return path[i]->fund;
	return NULL;
}

static void
fill_cells(struct rows *rs, struct trow *row, const struct bnode *bn,
    const char *number, const char *fund, int bold)
{
	for (size_t k = 0; k < row->n; k++) {
		const struct tcol	*col = &rs->t->cols[k];
		struct tcell		*c = &row->cells[k];
		struct num		 v;

		switch (col->src) {
		case SRC_NOMOR:
			set_text(rs, c, number, bold);
			break;
		case SRC_KODE:
			set_text(rs, c, bn->code, bold);
			break;
		case SRC_NAMA:
			set_text(rs, c, rs->t->data->caps >> bn->level & 1 ?
			    upper(rs->a, bn->name) : bn->name, bold);
			break;
		case SRC_DANA:
			set_text(rs, c, fund, bold);
			break;
		default:
			memset(&v, 0, sizeof(v));
			set_text(rs, c, "", bold);
			v.dash = !figure(rs, bn, col->src, col->decimals, &v.v);
			tcell_number(rs->a, col, c, &v);
			break;
		}
	}
}

static void
walk(struct rows *rs, const struct bnode *bn, const struct bnode **path,
    size_t depth)
{
	path[depth] = bn;
	if (bn != rs->root) {
		rs->count[bn->level]++;
		/* kegiatan and sub kegiatan count within their parent */
		if (bn->level == BL_PROGRAM)
			rs->count[BL_KEGIATAN] = 0;
		if (bn->level == BL_KEGIATAN) {
			rs->count[BL_SUB] = 0;
			rs->kegiatan = arena_printf(rs->a, "%d",
			    rs->count[BL_KEGIATAN]);
		}
	}
	if (bn != rs->root && shown(rs, bn) && (rs->goal == NULL ||
	    serves(bn, depth > 0 ? goal_owner(path, depth - 1) : NULL, rs->goal))) {
		int		 bold = shown_below(rs, bn);
		const char	*num;

		num = line_number(rs, bn, 0);
		for (size_t k = 0; k < rs->t->ncols; k++)
			if (rs->t->cols[k].src == SRC_NOMOR &&
			    rs->t->cols[k].plain_numbers)
				num = line_number(rs, bn, 1);
		fill_cells(rs, new_row(rs, bn->pos), bn, num,
		    fund_of(path, depth), bold);
	}
	for (size_t i = 0; i < bn->nkids && depth + 1 < 8; i++)
		walk(rs, bn->kids[i], path, depth + 1);
}

/* A label row before a source's rows ("Belanja Daerah"). */
static void
heading_row(struct rows *rs, const struct tsource *s)
{
	struct trow *row = new_row(rs, s->pos);

	for (size_t k = 0; k < row->n; k++)
		if (rs->t->cols[k].src == SRC_NAMA)
			row->cells[k].text = s->heading;
}

/*
 * The total row: its label over the number and code columns before the
 * name, the root's figures in the others.
 */
static void
total_row(struct rows *rs, const struct tdata *d, const struct budget *bg)
{
	struct trow	*row;
	size_t		 span = 0;

	rs->root = tree_root(bg, d->total_tree);
	row = new_row(rs, d->pos);
	fill_cells(rs, row, rs->root, "", NULL, 1);
	while (span < row->n && (rs->t->cols[span].src == SRC_NOMOR ||
	    rs->t->cols[span].src == SRC_KODE))
		span++;
	if (span < row->n && rs->t->cols[span].src == SRC_NAMA) {
		struct tcell label = row->cells[span];

		label.text = d->total_label;
		for (size_t i = 0; i < label.text.n; i++)
			label.text.runs[i].face |= FACE_BOLD;
		label.col = 0;
		label.colspan = (int)span + 1;
		memmove(row->cells + 1, row->cells + span + 1,
		    (row->n - span - 1) * sizeof(*row->cells));
		row->cells[0] = label;
		row->n -= span;
	}
}

static struct trow *
keep_rows(struct rows *rs, size_t from, size_t to, size_t *n)
{
	struct trow *v = arena_alloc(rs->a, (to - from + 1) * sizeof(*v));

	memcpy(v, rs->v + from, (to - from) * sizeof(*v));
	*n = to - from;
	return v;
}

void
derive_tdata(struct arena *a, const struct report *r, struct table *t)
{
	const struct tdata	*d = t->data;
	const struct bnode	*path[8];
	struct rows		 rs;
	size_t			 body;

	if (r->budget == NULL)
		return;		/* its error is reported */
	memset(&rs, 0, sizeof(rs));
	rs.a = a;
	rs.t = t;
	for (size_t i = 0; i < d->nsrc; i++) {
		size_t before = rs.n;

		rs.root = tree_root(r->budget, d->src[i].tree);
		if (d->src[i].heading.n > 0)
			heading_row(&rs, &d->src[i]);
		walk(&rs, rs.root, path, 0);
		if (rs.n == before + (d->src[i].heading.n > 0))
			diag(&d->src[i].pos, MSG_TDATA_EMPTY,
			    d->src[i].tree == TREE_REVENUE ? "anggaran.pendapatan" :
			    d->src[i].tree == TREE_SPENDING ? "anggaran.belanja" :
			    d->src[i].tree == TREE_GOALS ? "anggaran.sasaran" :
			    "anggaran.program");
	}
	body = rs.n;
	if (d->has_total)
		total_row(&rs, d, r->budget);
	t->body = keep_rows(&rs, 0, body, &t->nbody);
	t->total = keep_rows(&rs, body, rs.n, &t->ntotal);
	free(rs.v);
}

/* ---- kinerja.program: per sasaran, the budget lines that support it ---- */

/* Indicator in's name or capaian (NULL: a sasaran without any). */
static void
ind_text(struct rows *rs, const struct report *r, const struct tcol *col,
    struct tcell *c, const struct indicator *in)
{
	const char	*s = in != NULL ? in->name : "";
	struct ratio	 q;
	struct num	 v;
	char		 buf[NUM_BUFSZ];

	if (col->src == SRC_CAPAIAN && in != NULL) {
		memset(&v, 0, sizeof(v));
		s = "-";
		if (perf_capaian(r->perf, in, r->year, r->year, &q) &&
		    ratio_round(&q, col->decimals, &v.v) == CALC_OK) {
			num_format(&v, col->decimals, 1, buf, sizeof(buf));
			s = arena_strdup(rs->a, buf);
		}
	}
	set_text(rs, c, s, 0);
	c->has_value = 0;	/* text, not a figure to add up */
}

/*
 * The cell of column col in row i of a goal's group of nrows: the
 * sasaran over all of them; its k indicators (name, capaian) one a row
 * and its m budget lines one a row, the last of each spanning what is
 * left.  0: no cell here (one above spans it).
 */
static int
group_cell(struct rows *rs, const struct report *r, const struct goal *g,
    struct tcell *c, size_t i, size_t nrows, size_t m)
{
	const struct tcol	*col = &rs->t->cols[c->col];
	size_t			 k = g->nind > 0 ? g->nind : 1;

	if (col->src == SRC_SASARAN) {
		if (i > 0)
			return 0;
		set_text(rs, c, g->name, 0);
		c->rowspan = (int)nrows;
	} else if (col->src == SRC_INDIKATOR || col->src == SRC_CAPAIAN) {
		if (i >= k)
			return 0;
		ind_text(rs, r, col, c, g->nind > 0 ? g->ind[i] : NULL);
		c->rowspan = (int)(i + 1 == k ? nrows - i : 1);
	} else {
		if (i >= m)
			return 0;
		c->rowspan = (int)(i + 1 == m ? nrows - i : 1);
	}
	return 1;
}

/*
 * The rows of one goal, from its budget lines (rows from .. rs->n): so
 * many rows that each indicator and each line has one, every capaian
 * beside its indicator.
 */
static void
goal_rows(struct rows *rs, const struct report *r, const struct goal *g,
    size_t from)
{
	size_t	m = rs->n - from, k = g->nind > 0 ? g->nind : 1;
	size_t	nrows = m > k ? m : k;

	while (rs->n - from < nrows)
		new_row(rs, g->pos);
	for (size_t i = 0; i < nrows; i++) {
		struct trow	*row = &rs->v[from + i];
		size_t		 o = 0;

		for (size_t c = 0; c < row->n; c++)
			if (group_cell(rs, r, g, &row->cells[c], i, nrows, m))
				row->cells[o++] = row->cells[c];
		row->n = o;
	}
}

void
derive_tgoals(struct arena *a, const struct report *r, struct table *t)
{
	const struct bnode	*path[8];
	struct rows		 rs;

	if (r->budget == NULL || r->perf == NULL)
		return;		/* their errors are reported */
	memset(&rs, 0, sizeof(rs));
	rs.a = a;
	rs.t = t;
	rs.root = &r->budget->programs;
	for (size_t i = 0; i < r->perf->ngoals; i++) {
		size_t from = rs.n;

		if (r->perf->goals[i]->is_tujuan)
			continue;
		rs.goal = r->perf->goals[i];
		memset(rs.count, 0, sizeof(rs.count));
		walk(&rs, rs.root, path, 0);
		if (rs.n > from)
			goal_rows(&rs, r, rs.goal, from);
	}
	if (rs.n == 0)
		diag(&t->data->pos, MSG_TDATA_EMPTY, "kinerja.program");
	t->body = keep_rows(&rs, 0, rs.n, &t->nbody);
	free(rs.v);
}
