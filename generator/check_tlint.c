/*
 * check, what a typed table's figures say beyond being numbers:
 *
 *  - a form num_parse would read one way when another was meant (US
 *    separators, "9.530" in a column of decimals): an error, the cell has
 *    no value (numform.h says exactly which forms);
 *  - a figure that loses digits to the column's rounding ("91,945%" in a
 *    column printed with 2 decimals is printed 91,95): a warning, once per
 *    column, at the first such cell, counting the others;
 *  - a percentage above 1.000 % typed as plain digits ("8740"): most
 *    likely its comma was forgotten (87,40 %).  A warning, in persen
 *    columns and in desimal columns whose title says % or persen.  Whole
 *    numbers and rupiah are not guessed at: a count of 874 and a
 *    percentage 87,4 typed without its comma look the same;
 *  - the same NIP on two rows of a `nip` column: a warning naming both
 *    rows and their names.  A typed table is the content's own list, not
 *    the data model: the PDF is still made.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "check_int.h"
#include "mem.h"
#include "numform.h"

/* The first cell of a column that loses digits to rounding, and how many more. */
struct rounded {
	struct pos	 pos;
	const char	*typed;
	char		 printed[NUM_BUFSZ];
	size_t		 more;
	int		 seen;
};

struct tlint {
	struct builder	*b;
	const struct table *t;
	struct rounded	*col;		/* one per column */
	unsigned char	*percent;	/* one per column: holds percentages */
};

/* A title that says the column holds percentages. */
static int
percent_title(struct arena *a, const struct tcol *col)
{
	const char *t = text_flat(a, &col->title);

	if (strchr(t, '%') != NULL)
		return 1;
	for (; *t != '\0'; t++)
		if (strncasecmp(t, "persen", 6) == 0)
			return 1;
	return 0;
}

struct tlint *
tlint_begin(struct builder *b, const struct table *t)
{
	struct tlint *l = arena_alloc(b->a, sizeof(*l));

	l->b = b;
	l->t = t;
	l->col = arena_alloc(b->a, (t->ncols + 1) * sizeof(*l->col));
	l->percent = arena_alloc(b->a, t->ncols + 1);
	for (size_t k = 0; k < t->ncols; k++)
		l->percent[k] = t->cols[k].kind == COL_PERSEN ||
		    (t->cols[k].kind == COL_DESIMAL &&
		    percent_title(b->a, &t->cols[k]));
	return l;
}

int
tlint_form(struct tlint *l, const struct tcol *col, struct tcell *c,
    const char *s)
{
	size_t	 len = strlen(s);
	char	 fix[NUM_TEXT_MAX], alt[NUM_TEXT_MAX];
	int	 decimals = col->kind == COL_DESIMAL || col->kind == COL_PERSEN;

	switch (num_form(s, len, decimals, fix, alt, sizeof(fix))) {
	case FORM_OK:
		return 0;
	case FORM_US:
		diag(&c->text.pos, MSG_NUM_US, s,
		    text_flat(l->b->a, &col->title), fix);
		break;
	case FORM_DOT:
		diag(&c->text.pos, MSG_NUM_DOT, s,
		    text_flat(l->b->a, &col->title), col_kind_ch[col->kind], alt,
		    fix, alt);
		break;
	}
	l->b->errors++;
	c->invalid = 1;
	return 1;
}

/* Only digits between the optional sign, spaces and "%". */
static int
plain_digits(const char *s)
{
	int n = 0;

	for (; *s != '\0'; s++) {
		if (*s >= '0' && *s <= '9')
			n++;
		else if (*s != ' ' && *s != '%' && *s != '-')
			return 0;
	}
	return n > 0;
}

static void
percent_check(struct tlint *l, const struct tcol *col, const struct tcell *c,
    const char *s, const struct num *v)
{
	struct num	 g;
	char		 as[NUM_BUFSZ], guess[NUM_BUFSZ];
	int		 k = col->decimals > 0 ? col->decimals : 2;
	num_t		 div = 1;

	if (!l->percent[col - l->t->cols])
		return;
	if (v->v <= (num_t)1000 * NUM_SCALE || !plain_digits(s))
		return;
	for (int i = 0; i < k; i++)
		div *= 10;
	g = *v;
	g.v = v->v / div;
	num_format(v, 0, 0, as, sizeof(as));
	num_format(&g, k, 0, guess, sizeof(guess));
	diag(&c->text.pos, MSG_NUM_PERCENT_BIG, arena_strdup(l->b->a, s),
	    text_flat(l->b->a, &col->title), as, guess);
}

void
tlint_value(struct tlint *l, const struct tcol *col, const struct tcell *c,
    const char *s, const struct num *v)
{
	struct rounded	*r = &l->col[col - l->t->cols];
	num_t		 unit = 1;

	if (v->dash)
		return;
	percent_check(l, col, c, s, v);
	for (int i = col->decimals; i < NUM_DECIMALS; i++)
		unit *= 10;
	if (v->v % unit == 0)
		return;		/* printed exactly as written */
	if (r->seen) {
		r->more++;
		return;
	}
	r->seen = 1;
	r->pos = c->text.pos;
	r->typed = arena_strdup(l->b->a, s);
	num_format(v, col->decimals, col->kind == COL_PERSEN, r->printed,
	    sizeof(r->printed));
}

/* ---- the same NIP twice ---------------------------------------------- */

struct nipref {
	const char	*nip;
	size_t		 row;
};

/* The cell covering column k on row r, perhaps merged from a row above. */
static const struct tcell *
covering(const struct table *t, size_t r, size_t k)
{
	for (size_t q = r + 1; q-- > 0;) {
		const struct trow *row = &t->body[q];

		if (row->misplaced)
			return NULL;
		for (size_t i = 0; i < row->n; i++) {
			const struct tcell *c = &row->cells[i];

			if ((size_t)c->col <= k && k < (size_t)(c->col + c->colspan))
				return q + (size_t)c->rowspan > r ? c : NULL;
		}
	}
	return NULL;
}

/* The column naming the person: the first text column titled "nama". */
static size_t
name_column(struct arena *a, const struct table *t)
{
	size_t first = (size_t)-1;

	for (size_t k = 0; k < t->ncols; k++) {
		const char *title;

		if (t->cols[k].kind != COL_TEKS)
			continue;
		if (first == (size_t)-1)
			first = k;
		for (title = text_flat(a, &t->cols[k].title); *title != '\0';
		    title++)
			if (strncasecmp(title, "nama", 4) == 0)
				return k;
	}
	return first;
}

static const char *
row_name(struct arena *a, const struct table *t, size_t r, size_t k)
{
	const struct tcell *c = k != (size_t)-1 ? covering(t, r, k) : NULL;

	if (c == NULL || c->text.n == 0)
		return tr("tanpa nama", "no name");
	return arena_printf(a, "'%s'", text_flat(a, &c->text));
}

static void
nip_column(struct tlint *l, size_t k, size_t namecol)
{
	const struct table	*t = l->t;
	struct arena		*a = l->b->a;
	struct nipref		*v = xcalloc(t->nbody + 1, sizeof(*v));
	const char		**keys;
	size_t			 n = 0, *first;

	for (size_t r = 0; r < t->nbody; r++) {
		const struct trow *row = &t->body[r];

		if (row->misplaced)
			continue;
		for (size_t i = 0; i < row->n; i++) {
			const struct tcell *c = &row->cells[i];

			if ((size_t)c->col != k || c->colspan != 1 ||
			    c->invalid || c->text.n == 0 ||
			    c->text.runs[0].len == 0)
				continue;
			v[n].nip = text_flat(a, &c->text);
			v[n++].row = r;
		}
	}
	keys = xcalloc(n + 1, sizeof(*keys));
	first = xcalloc(n + 1, sizeof(*first));
	for (size_t i = 0; i < n; i++)
		keys[i] = v[i].nip;
	first_equal(keys, n, first);
	for (size_t i = 0; i < n; i++) {
		const struct trow	*fr = &t->body[v[first[i]].row];
		const struct trow	*dr = &t->body[v[i].row];
		const struct tcell	*c = covering(t, v[i].row, k);

		if (first[i] == i)
			continue;
		diag_also(&fr->pos);
		diag(c != NULL ? &c->text.pos : &dr->pos, MSG_NIP_DUP,
		    v[i].nip, fr->pos.line,
		    row_name(a, t, v[first[i]].row, namecol),
		    row_name(a, t, v[i].row, namecol));
	}
	free(keys);
	free(first);
	free(v);
}

void
tlint_end(struct tlint *l)
{
	const struct table *t = l->t;

	for (size_t k = 0; k < t->ncols; k++) {
		const struct rounded	*r = &l->col[k];
		const struct tcol	*col = &t->cols[k];

		if (!r->seen)
			continue;
		if (r->more == 0)
			diag(&r->pos, MSG_NUM_ROUNDED, r->typed,
			    text_flat(l->b->a, &col->title), r->printed,
			    col->decimals);
		else
			diag(&r->pos, MSG_NUM_ROUNDED_MANY, r->typed,
			    text_flat(l->b->a, &col->title), r->printed, r->more,
			    col->decimals);
	}
	for (size_t k = 0; k < t->ncols; k++)
		if (t->cols[k].kind == COL_NIP)
			nip_column(l, k, name_column(l->b->a, t));
}
