/*
 * derive, the arithmetic of free tables: a total row ("Jumlah", "Total")
 * in a column of whole numbers or rupiah is the sum of the body rows above
 * it (bold subtotal rows left out).  A total written as `otomatis` is
 * computed; a total written by hand is compared, and a difference is
 * reported with both figures.  Where a row or cell of the column was
 * already reported wrong, nothing is computed or compared: one mistake,
 * one finding.  An average row ("Rata-rata") holds the mean of the rows.
 */
#include <stdio.h>
#include <string.h>

#include "calc.h"
#include "derive.h"
#include "mem.h"
#include "numfmt.h"

static int
contains_word(const char *s, size_t n, const char *w)
{
	size_t wl = strlen(w);

	for (size_t i = 0; i + wl <= n; i++) {
		size_t j = 0;

		while (j < wl && (s[i + j] | 0x20) == w[j])
			j++;
		if (j == wl)
			return 1;
	}
	return 0;
}

/* A total row is one whose label says so (not an average, not a note). */
static int
is_total_row(const struct trow *row)
{
	for (size_t k = 0; k < row->n; k++) {
		const struct tcell *c = &row->cells[k];

		for (size_t i = 0; i < c->text.n; i++)
			if (contains_word(c->text.runs[i].text,
			    c->text.runs[i].len, "jumlah") ||
			    contains_word(c->text.runs[i].text,
			    c->text.runs[i].len, "total"))
				return 1;
	}
	return 0;
}

static const struct tcell *
cell_at(const struct trow *row, size_t col)
{
	for (size_t k = 0; k < row->n; k++)
		if ((size_t)row->cells[k].col == col && row->cells[k].colspan == 1)
			return &row->cells[k];
	return NULL;
}

/* What column_sum found. */
enum colsum {
	SUM_OK = 0,	/* the sum of at least one number */
	SUM_NONE,	/* no row has a number there */
	SUM_UNKNOWN,	/* a row or cell there was reported wrong: no sum */
	SUM_RANGE	/* past +-NUM_MAX */
};

/*
 * Sum of a column over the body (bold subtotal rows left out).  After an
 * error in the body there is no sum: a total computed without the wrong
 * cell, or with cells in guessed columns, would be a second, misleading
 * finding for the same mistake.
 */
static enum colsum
column_sum(const struct table *t, size_t col, num_t *sum, size_t *rows)
{
	*sum = 0;
	*rows = 0;
	if (t->rows_lost)
		return SUM_UNKNOWN;
	for (size_t r = 0; r < t->nbody; r++) {
		const struct tcell *c = cell_at(&t->body[r], col);

		if (t->body[r].misplaced)
			return SUM_UNKNOWN;
		if (c == NULL || c->bold)
			continue;
		if (c->invalid)
			return SUM_UNKNOWN;
		if (!c->has_value)
			continue;
		if (num_add(sum, c->value) != 0)
			return SUM_RANGE;
		(*rows)++;
	}
	return *rows > 0 ? SUM_OK : SUM_NONE;
}

/* The sum of the column does not fit: said once, at the total cell. */
static void
range_error(struct arena *a, const struct table *t, const struct tcell *c,
    const struct tcol *col)
{
	char buf[NUM_BUFSZ];

	num_format_max(buf, sizeof(buf));
	diag(&c->text.pos, MSG_ARITH_RANGE, text_flat(a, &col->title),
	    t->body[0].pos.line, t->body[t->nbody - 1].pos.line, buf);
}

/* One cell of a total row: `otomatis` becomes the column's sum. */
static void
fill_total(struct arena *a, const struct table *t, struct tcell *c)
{
	const struct tcol	*col = &t->cols[c->col];
	struct num		 v;
	num_t			 sum;
	size_t			 rows;
	enum colsum		 cs = SUM_NONE;

	if (!c->automatic)
		return;
	if (c->colspan == 1 && (col->kind == COL_ANGKA ||
	    col->kind == COL_RUPIAH || col->kind == COL_DESIMAL))
		cs = column_sum(t, (size_t)c->col, &sum, &rows);
	if (cs != SUM_OK) {
		if (cs == SUM_NONE) {
			diag(&c->text.pos, MSG_ARITH_AUTO,
			    text_flat(a, &col->title));
		} else if (cs == SUM_RANGE)
			range_error(a, t, c, col);
		c->invalid = 1;	/* not a number, and nothing more to say */
		return;
	}
	memset(&v, 0, sizeof(v));
	v.v = sum;
	tcell_number(a, col, c, &v);
}

/*
 * `otomatis` cells get their sum written in; numbers written by hand are
 * compared with the sum (check_totals).  A total row that does not fill
 * the columns is left alone (its error is reported).
 */
static void
fill_totals(struct arena *a, struct table *t)
{
	for (size_t r = 0; r < t->ntotal; r++)
		for (size_t k = 0; !t->total[r].misplaced &&
		    k < t->total[r].n; k++)
			fill_total(a, t, &t->total[r].cells[k]);
}

/* Whether every word of a column's title is one of words[]. */
static int
title_only(struct arena *a, const struct tcol *c, const char *const *words)
{
	char	*s = text_flat(a, &c->title), *w;
	int	 any = 0;

	for (w = strtok(s, " /*()"); w != NULL; w = strtok(NULL, " /*()")) {
		size_t i;

		for (char *p = w; *p != '\0'; p++)
			if (*p >= 'A' && *p <= 'Z')
				*p = (char)(*p - 'A' + 'a');
		for (i = 0; words[i] != NULL && strcmp(words[i], w) != 0; i++)
			;
		if (words[i] == NULL)
			return 0;
		any = 1;
	}
	return any;
}

/*
 * A column that adds up the ones before it in its row: titled only
 * "Jumlah" or "Total" ("JUMLAH *TOTAL*"); "Jumlah Kegiatan" counts
 * something else.
 */
static int
is_total_col(struct arena *a, const struct tcol *c)
{
	static const char *const w[] = { "jumlah", "total", NULL };

	return title_only(a, c, w);
}

/* A row number column ("No.") adds nothing. */
static int
is_number_col(struct arena *a, const struct tcol *c)
{
	static const char *const w[] = { "no", "no.", "nomor", NULL };

	return title_only(a, c, w);
}

static int
sums_col(const struct tcol *c)
{
	return c->kind == COL_ANGKA || c->kind == COL_RUPIAH;
}

/* A figure of a cell: its value, "-" as 0; 0 when it has none. */
static int
cell_figure(const struct tcell *c, num_t *v)
{
	if (c == NULL || c->invalid)
		return 0;
	if (c->has_value) {
		*v = c->value;
		return 1;
	}
	/* a dash is nil in these tables: it adds nothing */
	*v = 0;
	return c->text.n == 1 && c->text.runs[0].len == 1 &&
	    c->text.runs[0].text[0] == '-';
}

/*
 * Which columns take part in row sums, found once per table (the titles
 * are read here, not on every row): a "Jumlah" column of figures, and the
 * figure columns that are not row numbers.
 */
struct rowcols {
	unsigned long long	 total;		/* 1 << column */
	unsigned long long	 part;
};

static struct rowcols
row_cols(struct arena *a, const struct table *t)
{
	struct rowcols rc = { 0, 0 };

	for (size_t c = 0; c < t->ncols && c < 64; c++) {
		if (!sums_col(&t->cols[c]))
			continue;
		if (is_total_col(a, &t->cols[c]))
			rc.total |= 1ull << c;
		else if (!is_number_col(a, &t->cols[c]))
			rc.part |= 1ull << c;
	}
	return rc;
}

/* "L + P": the columns a row total adds, for the message. */
static const char *
part_names(struct arena *a, const struct table *t, const struct rowcols *rc,
    size_t from, size_t c)
{
	char names[256];

	names[0] = '\0';
	for (size_t k = from; k < c; k++) {
		if (!(rc->part >> k & 1) || t->cols[k].kind != t->cols[c].kind)
			continue;
		if (names[0] != '\0')
			strncat(names, " + ", sizeof(names) - strlen(names) - 1);
		strncat(names, text_flat(a, &t->cols[k].title),
		    sizeof(names) - strlen(names) - 1);
	}
	return arena_strdup(a, names);
}

/*
 * In a row, a "Jumlah" column is the sum of the number columns since the
 * previous one (L + P = Jumlah).  A row found wrong marks its columns
 * (bad: 1 << column), whose column totals are then not compared again:
 * one slip, one finding.
 */
static void
check_row(struct arena *a, const struct table *t, const struct rowcols *rc,
    const struct trow *row, unsigned long long skip, unsigned long long *bad)
{
	size_t from = 0;

	for (size_t c = 0; c < t->ncols && c < 64; c++) {
		const struct tcell	*tc = cell_at(row, c);
		num_t			 sum = 0, v, got;
		size_t			 parts = 0;
		int			 ok = 1;

		if (!(rc->total >> c & 1))
			continue;
		if (skip >> c & 1) {
			from = c + 1;	/* already found wrong above */
			continue;
		}
		for (size_t k = from; k < c; k++) {
			/* figures of the same kind as the total, not row numbers */
			if (!(rc->part >> k & 1) || t->cols[k].kind != t->cols[c].kind)
				continue;
			if (!cell_figure(cell_at(row, k), &v) || num_add(&sum, v))
				ok = 0;
			parts++;
		}
		if (!ok || parts < 2 || !cell_figure(tc, &got) || got == sum) {
			from = c + 1;
			continue;
		}
		diag(&tc->text.pos, MSG_ARITH_ROW, text_flat(a, &t->cols[c].title),
		    fig_text(a, got, t->cols[c].decimals, 0),
		    part_names(a, t, rc, from, c),
		    fig_text(a, sum, t->cols[c].decimals, 0));
		from = c + 1;
		for (size_t k = 0; k <= c; k++)
			*bad |= 1ull << k;
	}
}

/*
 * A percentage column right after two rupiah columns (Anggaran, Realisasi,
 * %) is, in every row, the second over the first: said when the typed one
 * is not that quotient rounded at the column's decimals.
 */
static void
check_row_percent(struct arena *a, const struct table *t,
    const struct trow *row)
{
	for (size_t c = 2; c < t->ncols; c++) {
		const struct tcell	*pc = cell_at(row, c);
		const struct tcell	*lc = cell_at(row, c - 2), *rc = cell_at(row, c - 1);
		struct ratio		 q;
		struct num		 want;
		char			 got[NUM_BUFSZ], w[NUM_BUFSZ];

		if (t->cols[c].kind != COL_PERSEN ||
		    t->cols[c - 1].kind != COL_RUPIAH ||
		    t->cols[c - 2].kind != COL_RUPIAH || pc == NULL ||
		    !pc->has_value || lc == NULL || !lc->has_value ||
		    rc == NULL || !rc->has_value || lc->value <= 0 ||
		    calc_percent(rc->value, lc->value, &q) != CALC_OK)
			continue;
		memset(&want, 0, sizeof(want));
		if (ratio_round(&q, t->cols[c].decimals, &want.v) != CALC_OK ||
		    want.v == pc->value)
			continue;
		{
			struct num typed;

			memset(&typed, 0, sizeof(typed));
			typed.v = pc->value;
			num_format(&typed, t->cols[c].decimals, 1, got, sizeof(got));
		}
		num_format(&want, t->cols[c].decimals, 1, w, sizeof(w));
		diag(&pc->text.pos, MSG_ARITH_PERCENT, text_flat(a, &t->cols[c].title),
		    got, text_flat(a, &t->cols[c - 1].title),
		    text_flat(a, &t->cols[c - 2].title), w);
	}
}

/*
 * A change column ("Kenaikan/Penurunan", "Selisih", "Pertumbuhan (%)")
 * right after two figure columns of one kind (2023, 2024): the second
 * minus the first, or, as a percentage after two non-percentage columns,
 * that difference over the first.
 */
static int
is_change_col(struct arena *a, const struct tcol *c)
{
	static const char *const w[] = { "selisih", "kenaikan", "penurunan",
	    "perubahan", "pertumbuhan", "naik", "turun", "%", "rp", "rp.",
	    NULL };

	static const char *const unit[] = { "%", "rp", "rp.", NULL };

	/* a change word, maybe with its unit: "%" alone is no change */
	return title_only(a, c, w) && !title_only(a, c, unit);
}

static int
figure_kind(enum col_kind k)
{
	return k == COL_ANGKA || k == COL_DESIMAL || k == COL_RUPIAH;
}

/*
 * The two figure columns a change column compares: the nearest two of one
 * kind before it, other change columns left out (a "Pertumbuhan (%)" after
 * "Kenaikan" compares the years, not the years' difference).
 */
static int
change_cols(struct arena *a, const struct table *t, size_t c, size_t *from,
    size_t *to)
{
	size_t	 got[2], n = 0;

	for (size_t k = c; k-- > 0 && n < 2;) {
		if (is_change_col(a, &t->cols[k]))
			continue;
		if (!figure_kind(t->cols[k].kind))
			return 0;
		got[n++] = k;
	}
	if (n < 2 || t->cols[got[0]].kind != t->cols[got[1]].kind)
		return 0;
	*from = got[1];
	*to = got[0];
	return 1;
}

/* What the change column c of row should say; 0 when it says nothing. */
static int
change_of(const struct table *t, const struct trow *row, size_t c,
    size_t from, size_t to, num_t *want)
{
	const struct tcell	*p = cell_at(row, from), *q = cell_at(row, to);
	enum col_kind		 k = t->cols[c].kind;
	struct ratio		 r;

	if (p == NULL || q == NULL || !p->has_value || !q->has_value)
		return 0;
	if (k == t->cols[from].kind)
		return !__builtin_sub_overflow(q->value, p->value, want);
	return k == COL_PERSEN && calc_change(p->value, q->value, &r) == CALC_OK &&
	    ratio_round(&r, t->cols[c].decimals, want) == CALC_OK;
}

static void
check_row_change(struct arena *a, const struct table *t,
    const struct trow *row)
{
	for (size_t c = 2; c < t->ncols; c++) {
		const struct tcell	*cc = cell_at(row, c);
		num_t			 want;
		size_t			 f, o;
		int			 pc = t->cols[c].kind == COL_PERSEN;

		if (cc == NULL || !cc->has_value || cc->invalid ||
		    !is_change_col(a, &t->cols[c]) ||
		    !change_cols(a, t, c, &f, &o) ||
		    !change_of(t, row, c, f, o, &want) || want == cc->value)
			continue;
		diag(&cc->text.pos, MSG_ARITH_CHANGE, text_flat(a, &t->cols[c].title),
		    fig_text(a, cc->value, t->cols[c].decimals, pc),
		    text_flat(a, &t->cols[f].title),
		    fig_text(a, cell_at(row, f)->value, t->cols[f].decimals, 0),
		    text_flat(a, &t->cols[o].title),
		    fig_text(a, cell_at(row, o)->value, t->cols[o].decimals, 0),
		    fig_text(a, want, t->cols[c].decimals, pc));
	}
}

/* Whether a row's label says it adds up the rows above it. */
static int
is_subtotal(const struct trow *row)
{
	for (size_t k = 0; k < row->n; k++)
		if (row->cells[k].bold)
			return is_total_row(row);
	return 0;
}

/* A bold "Jumlah …" row in the body: the sum of the rows since the last. */
static void
check_subtotal(struct arena *a, const struct table *t, size_t r, size_t from,
    unsigned long long bad)
{
	for (size_t c = 0; c < t->ncols && c < 64; c++) {
		num_t	 sum = 0, v, got;
		int	 ok = 1;

		if (!sums_col(&t->cols[c]) || (bad >> c & 1) ||
		    !cell_figure(cell_at(&t->body[r], c), &got))
			continue;
		for (size_t k = from; k < r && ok; k++)
			ok = cell_figure(cell_at(&t->body[k], c), &v) &&
			    num_add(&sum, v) == 0;
		if (!ok || got == sum)
			continue;
		diag(&cell_at(&t->body[r], c)->text.pos, MSG_ARITH_SUBTOTAL,
		    text_flat(a, &t->cols[c].title), fig_text(a, got, t->cols[c].decimals, 0),
		    r - from, t->body[from].pos.line, t->body[r - 1].pos.line,
		    fig_text(a, sum, t->cols[c].decimals, 0));
	}
}

/* The body's row sums and subtotal rows; returns the columns found wrong. */
static unsigned long long
check_rows_sums(struct arena *a, const struct table *t, const struct rowcols *rc)
{
	unsigned long long	 all = 0, group = 0;
	size_t			 from = 0;

	if (t->rows_lost)
		return ~0ull;
	for (size_t r = 0; r < t->nbody; r++) {
		if (t->body[r].misplaced)
			return ~0ull;
		if (is_subtotal(&t->body[r])) {
			if (r > from)
				check_subtotal(a, t, r, from, group);
			all |= group;
			group = 0;
			from = r + 1;
			continue;
		}
		check_row(a, t, rc, &t->body[r], 0, &group);
		check_row_percent(a, t, &t->body[r]);
		check_row_change(a, t, &t->body[r]);
	}
	return all | group;
}

/* Whether a row's label says it is an average of the rows above it. */
static int
is_mean_row(const struct trow *row)
{
	for (size_t k = 0; k < row->n; k++)
		for (size_t i = 0; i < row->cells[k].text.n; i++) {
			const struct run *u = &row->cells[k].text.runs[i];

			if (contains_word(u->text, u->len, "rata-rata") ||
			    contains_word(u->text, u->len, "rata rata") ||
			    contains_word(u->text, u->len, "rerata"))
				return 1;
		}
	return 0;
}

/*
 * An average row ("Nilai Rata-rata … (34 Instansi)"): each figure is the
 * mean of the body rows, rounded half up at the column's decimals.  In
 * such a row a count column often holds the column's sum instead (the
 * staff measured in all): the sum is accepted too.
 */
static void
check_mean_row(struct arena *a, const struct table *t, const struct trow *row,
    unsigned long long bad)
{
	for (size_t k = 0; k < row->n; k++) {
		const struct tcell	*c = &row->cells[k];
		const struct tcol	*col = &t->cols[c->col];
		struct ratio		 q;
		num_t			 sum, want;
		size_t			 rows;

		if (!c->has_value || c->invalid || c->colspan != 1 ||
		    (col->kind != COL_ANGKA && col->kind != COL_RUPIAH &&
		    col->kind != COL_DESIMAL && col->kind != COL_PERSEN) ||
		    (c->col < 64 && (bad >> c->col & 1)))
			continue;
		if (column_sum(t, (size_t)c->col, &sum, &rows) != SUM_OK ||
		    rows < 2 || sum == c->value ||
		    ratio_make(sum, (num_t)rows * NUM_SCALE, &q) != CALC_OK ||
		    ratio_round(&q, col->decimals, &want) != CALC_OK ||
		    want == c->value)
			continue;
		diag(&c->text.pos, MSG_ARITH_MEAN, text_flat(a, &col->title),
		    fig_text(a, c->value, col->decimals, 0), rows,
		    t->body[0].pos.line, t->body[t->nbody - 1].pos.line,
		    fig_text(a, want, col->decimals, 0));
	}
}

static void
check_totals(struct arena *a, const struct table *t)
{
	char			 want[NUM_BUFSZ], got[NUM_BUFSZ];
	struct rowcols		 rc = row_cols(a, t);
	unsigned long long	 bad = check_rows_sums(a, t, &rc);

	for (size_t r = 0; r < t->ntotal; r++) {
		int said = 0;

		if (!t->total[r].misplaced && is_mean_row(&t->total[r])) {
			check_mean_row(a, t, &t->total[r], bad);
			continue;
		}
		if (t->total[r].misplaced || !is_total_row(&t->total[r]))
			continue;
		for (size_t k = 0; k < t->total[r].n; k++) {
			const struct tcell	*c = &t->total[r].cells[k];
			const struct tcol	*col = &t->cols[c->col];
			struct num		 v;
			num_t			 sum;
			size_t			 rows;
			enum colsum		 cs;

			if (!c->has_value || c->colspan != 1 ||
			    (col->kind != COL_ANGKA && col->kind != COL_RUPIAH) ||
			    (c->col < 64 && (bad >> c->col & 1)))
				continue;
			cs = column_sum(t, (size_t)c->col, &sum, &rows);
			if (cs == SUM_RANGE)
				range_error(a, t, c, col);
			if (cs != SUM_OK || sum == c->value)
				continue;
			memset(&v, 0, sizeof(v));
			v.v = c->value;
			num_format(&v, col->decimals, 0, got, sizeof(got));
			v.v = sum;
			num_format(&v, col->decimals, 0, want, sizeof(want));
			diag(&c->text.pos, MSG_ARITH_TOTAL, text_flat(a, &col->title),
			    got, rows, t->body[0].pos.line,
			    t->body[t->nbody - 1].pos.line, want);
			said = 1;
		}
		/* the totals agree with their columns: do they add up across? */
		if (!said)
			check_row(a, t, &rc, &t->total[r], bad, &bad);
		check_row_percent(a, t, &t->total[r]);
	}
}

void
derive_totals(struct arena *a, struct table *t)
{
	fill_totals(a, t);
	if (t->check_sums)
		check_totals(a, t);
}
