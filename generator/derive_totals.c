/*
 * derive, the arithmetic of free tables: a total row ("Jumlah", "Total")
 * in a column of whole numbers or rupiah is the sum of the body rows above
 * it (bold subtotal rows left out).  A total written as `otomatis` is
 * computed; a total written by hand is compared, and a difference is
 * reported with both figures.  Where a row or cell of the column was
 * already reported wrong, nothing is computed or compared: one mistake,
 * one finding.
 */
#include <stdio.h>
#include <string.h>

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

static void
check_totals(struct arena *a, const struct table *t)
{
	char want[NUM_BUFSZ], got[NUM_BUFSZ];

	for (size_t r = 0; r < t->ntotal; r++) {
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
			    (col->kind != COL_ANGKA && col->kind != COL_RUPIAH))
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
		}
	}
}

void
derive_totals(struct arena *a, struct table *t)
{
	fill_totals(a, t);
	if (t->check_sums)
		check_totals(a, t);
}
