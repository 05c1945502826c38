/*
 * Arithmetic of free tables: a total row ("Jumlah", "Total") in a column
 * of whole numbers or rupiah is the sum of the body rows above it (bold
 * subtotal rows left out).  A total written as `otomatis` is computed; a
 * total written by hand is checked, and a difference is reported with
 * both figures.
 */
#include <stdio.h>
#include <string.h>

#include "check_int.h"
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

/* Sum of a column over the body; 0 when no row has a number there. */
static int
column_sum(const struct table *t, size_t col, long long *sum, size_t *rows)
{
	*sum = 0;
	*rows = 0;
	for (size_t r = 0; r < t->nbody; r++) {
		const struct tcell *c = cell_at(&t->body[r], col);

		if (c == NULL || c->bold || !c->has_value)
			continue;
		*sum += c->value;
		(*rows)++;
	}
	return *rows > 0;
}

/*
 * Called after the body's numbers are parsed and before the totals'
 * are: `otomatis` cells get their sum written in; numbers written by
 * hand are compared with the sum once parsed (check_totals).
 */
void
fill_totals(struct builder *b, struct table *t)
{
	for (size_t r = 0; r < t->ntotal; r++)
		for (size_t k = 0; k < t->total[r].n; k++) {
			struct tcell	*c = &t->total[r].cells[k];
			const struct tcol *col = &t->cols[c->col];
			struct num	 v;
			long long	 sum;
			size_t		 rows;
			char		 buf[64];

			if (c->text.n == 0 || strcmp(text_flat(b->a, &c->text),
			    "otomatis") != 0)
				continue;
			if (c->colspan != 1 || (col->kind != COL_ANGKA &&
			    col->kind != COL_RUPIAH && col->kind != COL_DESIMAL) ||
			    !column_sum(t, (size_t)c->col, &sum, &rows)) {
				diag(&c->text.pos, MSG_ARITH_AUTO, text_flat(b->a, &col->title));
				b->errors++;
				continue;
			}
			memset(&v, 0, sizeof(v));
			v.v = sum;
			num_format(&v, 4, 0, buf, sizeof(buf));
			c->text.runs[0].text = arena_strdup(b->a, buf);
			c->text.runs[0].len = strlen(buf);
		}
}

void
check_totals(struct builder *b, const struct table *t)
{
	char want[64], got[64];

	for (size_t r = 0; r < t->ntotal; r++) {
		if (!is_total_row(&t->total[r]))
			continue;
		for (size_t k = 0; k < t->total[r].n; k++) {
			const struct tcell	*c = &t->total[r].cells[k];
			const struct tcol	*col = &t->cols[c->col];
			struct num		 v;
			long long		 sum;
			size_t			 rows;

			if (!c->has_value || c->colspan != 1 ||
			    (col->kind != COL_ANGKA && col->kind != COL_RUPIAH) ||
			    !column_sum(t, (size_t)c->col, &sum, &rows) ||
			    sum == c->value)
				continue;
			memset(&v, 0, sizeof(v));
			v.v = c->value;
			num_format(&v, col->decimals, 0, got, sizeof(got));
			v.v = sum;
			num_format(&v, col->decimals, 0, want, sizeof(want));
			diag(&c->text.pos, MSG_ARITH_TOTAL, text_flat(b->a, &col->title),
			    got, rows, t->body[0].pos.line,
			    t->body[t->nbody - 1].pos.line, want);
		}
	}
}
