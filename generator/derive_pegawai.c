/*
 * derive, tables made from staff records.  Without 'hitung': one row per
 * person, in the file's order, numbered.  With it: one row per value of
 * the field counted by, in the field's official order (those present, or
 * all of them), or the rows the table states; then a row for the staff
 * with '-' (eselon, diklat: none) and one for those whose value is not
 * known ("Tidak diketahui"), so that no one is silently left out; a bold
 * subtotal row after each golongan (or eselon) group when asked.  A count
 * column may keep only the staff with a value of the 'pecah' field.  The
 * total row counts each person once (one may have several diklat); porsi
 * is a row's count over the total, an exact quotient rounded once.  A
 * count of 0 prints "-".
 *
 * And 'periksa_pegawai': the total row of a typed table compared with the
 * staff (how many, how many of each sex, allowing for those not known).
 */
#include <stdlib.h>
#include <string.h>

#include "calc.h"
#include "derive.h"
#include "mem.h"
#include "pegawai.h"

/* What a row of a counted table is. */
enum crow_kind {
	CR_VALUE = 0,	/* values of the field */
	CR_NONE,	/* '-' */
	CR_UNKNOWN,	/* not known */
	CR_SUB		/* a subtotal of the rows of a group above */
};

struct crow {
	enum crow_kind	 kind;
	struct text	 label;
	const int	*values;
	size_t		 nvalues;
	int		 one;		/* the value when a single one */
	int		 group;		/* golongan/eselon group, or 0 */
	size_t		*count;		/* per column */
	size_t		 all;		/* unfiltered */
};

struct counted {
	struct arena		*a;
	const struct staff	*st;
	const struct table	*t;
	const struct tcount	*c;
	struct crow		*rows;
	size_t			 n, cap;
	unsigned char		*in;	/* per person: counted in some row */
};

/* ---- rows -------------------------------------------------------------- */

static struct trow
blank_row(struct arena *a, const struct table *t, struct pos pos, int bold)
{
	struct trow row;

	memset(&row, 0, sizeof(row));
	row.pos = pos;
	row.n = t->ncols;
	row.cells = arena_alloc(a, (t->ncols + 1) * sizeof(*row.cells));
	for (size_t k = 0; k < row.n; k++) {
		row.cells[k].col = (int)k;
		row.cells[k].colspan = row.cells[k].rowspan = 1;
		row.cells[k].align = -1;
		row.cells[k].bold = bold != 0;
		row.cells[k].text = text_plain(a, "", bold ? FACE_BOLD :
		    FACE_REGULAR, pos);
	}
	return row;
}

static void
set_text(struct arena *a, struct tcell *c, const char *s)
{
	c->text = text_plain(a, s, c->bold ? FACE_BOLD : FACE_REGULAR,
	    c->text.pos);
}

/* A text of the content in a cell, bold in a bold row. */
static void
set_runs(struct arena *a, struct tcell *c, const struct text *t)
{
	c->text = *t;
	if (t->n == 0) {
		set_text(a, c, "");
		return;
	}
	if (!c->bold)
		return;
	c->text.runs = arena_alloc(a, t->n * sizeof(*t->runs));
	for (size_t i = 0; i < t->n; i++) {
		c->text.runs[i] = t->runs[i];
		c->text.runs[i].face |= FACE_BOLD;
	}
}

/* A count: "-" for none. */
static void
set_count(struct arena *a, const struct tcol *col, struct tcell *c, size_t n)
{
	struct num v;

	memset(&v, 0, sizeof(v));
	v.v = (num_t)n * NUM_SCALE;
	v.dash = n == 0;
	set_text(a, c, "");
	tcell_number(a, col, c, &v);
}

/* part / whole * 100 at the column's decimals; "-" for none. */
static void
set_share(struct arena *a, const struct tcol *col, struct tcell *c,
    size_t part, size_t whole)
{
	struct ratio	 q;
	struct num	 v;

	memset(&v, 0, sizeof(v));
	v.dash = part == 0 || calc_percent((num_t)part * NUM_SCALE,
	    (num_t)whole * NUM_SCALE, &q) != CALC_OK ||
	    ratio_round(&q, col->decimals, &v.v) != CALC_OK;
	set_text(a, c, "");
	tcell_number(a, col, c, &v);
}

/* ---- one row per person ------------------------------------------------ */

static enum sfield
src_field(enum col_src src)
{
	switch (src) {
	case SRC_NAMA:
		return SF_NAMA;
	case SRC_NIP:
		return SF_NIP;
	case SRC_GOLONGAN: case SRC_PANGKAT:
		return SF_GOLONGAN;
	case SRC_ESELON:
		return SF_ESELON;
	case SRC_JABATAN:
		return SF_JABATAN;
	case SRC_JENIS_KELAMIN:
		return SF_JENIS_KELAMIN;
	case SRC_PENDIDIKAN:
		return SF_PENDIDIKAN;
	case SRC_DIKLAT:
		return SF_DIKLAT;
	default:
		return SF_CATATAN;
	}
}

static void
list_rows(struct arena *a, const struct staff *st, struct table *t)
{
	t->nbody = st->n;
	t->body = arena_alloc(a, (st->n + 1) * sizeof(*t->body));
	for (size_t i = 0; i < st->n; i++) {
		const struct person	*p = &st->p[i];
		struct trow		*row = &t->body[i];

		*row = blank_row(a, t, p->pos, 0);
		for (size_t k = 0; k < t->ncols; k++) {
			struct tcell	*c = &row->cells[k];
			enum col_src	 src = t->cols[k].src;

			if (src == SRC_NOMOR)
				set_text(a, c, arena_printf(a, "%zu", i + 1));
			else if (src == SRC_PANGKAT)
				set_text(a, c, staff_pangkat(p->value[SF_GOLONGAN]));
			else
				set_runs(a, c, &p->text[src_field(src)]);
		}
	}
}

/* ---- counted ----------------------------------------------------------- */

/* Whether person p has value v of field f (SV_NONE, SV_UNKNOWN too). */
static int
has(const struct person *p, int f, int v)
{
	if (f == SF_DIKLAT && v >= 0)
		return v < 32 && (p->diklat >> v & 1);
	return p->value[f] == v;
}

static int
in_row(const struct person *p, int f, const struct crow *r)
{
	for (size_t i = 0; i < r->nvalues; i++)
		if (has(p, f, r->values[i]))
			return 1;
	return 0;
}

static struct crow *
add_row(struct counted *cn, enum crow_kind kind, const int *values,
    size_t nvalues)
{
	struct crow *r;

	cn->rows = xgrow(cn->rows, cn->n, &cn->cap, sizeof(*cn->rows), 16);
	r = &cn->rows[cn->n++];
	memset(r, 0, sizeof(*r));
	r->kind = kind;
	r->values = values;
	r->nvalues = nvalues;
	r->one = nvalues == 1 ? values[0] : SV_BAD;
	r->count = arena_alloc(cn->a, (cn->t->ncols + 1) * sizeof(*r->count));
	return r;
}

/* One value in a row of its own, labelled as the field prints it. */
static void
value_row(struct counted *cn, int v)
{
	int		*one = arena_alloc(cn->a, sizeof(*one));
	struct crow	*r;
	const char	*label = cn->c->by == SF_JABATAN && v >= 0 ?
			    cn->st->jabatan[v] : staff_label((enum sfield)cn->c->by, v);

	*one = v;
	r = add_row(cn, v == SV_NONE ? CR_NONE : v == SV_UNKNOWN ? CR_UNKNOWN :
	    CR_VALUE, one, 1);
	r->label = text_plain(cn->a, label, FACE_REGULAR, cn->c->pos);
	r->group = staff_group((enum sfield)cn->c->by, v);
}

static int
anyone(const struct counted *cn, int v)
{
	for (size_t i = 0; i < cn->st->n; i++)
		if (has(&cn->st->p[i], cn->c->by, v))
			return 1;
	return 0;
}

/* The rows: stated, or every value present (all: of the list). */
static void
make_rows(struct counted *cn)
{
	const struct tcount	*c = cn->c;
	int			 nv = c->by == SF_JABATAN ? (int)cn->st->njabatan :
				    staff_nvalues((enum sfield)c->by);

	if (c->rows != NULL) {
		for (size_t i = 0; i < c->nrows; i++) {
			const struct tgroup	*g = &c->rows[i];
			struct crow		*r = add_row(cn, CR_VALUE,
						    g->values, g->nvalues);

			r->label = g->label;
			r->group = g->nvalues > 0 ? staff_group((enum sfield)c->by,
			    g->values[0]) : 0;
			for (size_t k = 1; k < g->nvalues; k++)
				if (staff_group((enum sfield)c->by, g->values[k]) !=
				    r->group)
					r->group = 0;
			if (g->nvalues == 1 && g->values[0] == SV_NONE)
				r->kind = CR_NONE;
		}
	} else {
		for (int v = 0; v < nv; v++)
			if (c->all || anyone(cn, v))
				value_row(cn, v);
		if (anyone(cn, SV_NONE))
			value_row(cn, SV_NONE);
	}
	/* the staff whose value is not known are always shown */
	if (anyone(cn, SV_UNKNOWN))
		value_row(cn, SV_UNKNOWN);
}

/* Whether person p counts in column col (its 'nilai' of 'pecah'). */
static int
in_col(const struct counted *cn, const struct person *p, const struct tcol *col)
{
	return !col->has_match || has(p, cn->c->split, col->match);
}

static void
count_rows(struct counted *cn)
{
	const struct table *t = cn->t;

	for (size_t r = 0; r < cn->n; r++) {
		struct crow *row = &cn->rows[r];

		for (size_t i = 0; i < cn->st->n; i++) {
			const struct person *p = &cn->st->p[i];

			if (!in_row(p, cn->c->by, row))
				continue;
			cn->in[i] = 1;
			row->all++;
			for (size_t k = 0; k < t->ncols; k++)
				row->count[k] += t->cols[k].src == SRC_JUMLAH &&
				    in_col(cn, p, &t->cols[k]);
		}
	}
}

/* After each group of golongan (or eselon) rows, its subtotal. */
static void
subtotals(struct counted *cn)
{
	struct crow	*old = cn->rows;
	size_t		 n = cn->n;

	if (cn->c->subtotal.n == 0)
		return;
	cn->rows = NULL;
	cn->n = cn->cap = 0;
	for (size_t i = 0; i < n; i++) {
		struct crow	*r = add_row(cn, old[i].kind, old[i].values,
				    old[i].nvalues);
		char		 roman[16];

		*r = old[i];
		if (r->group == 0 || (i + 1 < n && old[i + 1].group == r->group))
			continue;
		/* the last row of its group: the group's sum below it */
		r = add_row(cn, CR_SUB, NULL, 0);
		r->group = old[i].group;
		num_roman(r->group, 1, roman, sizeof(roman));
		r->label = text_wrap(cn->a, NULL, FACE_BOLD, &cn->c->subtotal,
		    FACE_BOLD, arena_printf(cn->a, " %s", roman), FACE_BOLD);
		for (size_t j = i + 1; j-- > 0 && old[j].group == r->group;) {
			r->all += old[j].all;
			for (size_t k = 0; k < cn->t->ncols; k++)
				r->count[k] += old[j].count[k];
		}
	}
	free(old);
}

/* The first person with value v, or NULL. */
static const struct person *
first_with(const struct counted *cn, int f, int v, size_t *count,
    int counted_only)
{
	const struct person *first = NULL;

	*count = 0;
	for (size_t i = 0; i < cn->st->n; i++) {
		const struct person *p = &cn->st->p[i];

		if (!has(p, f, v) || (counted_only && !cn->in[i]))
			continue;
		if (first == NULL)
			first = p;
		(*count)++;
	}
	return first;
}

/* Stated rows that leave out values someone has: said once, with them. */
static void
left_out(struct counted *cn)
{
	const struct tcount	*c = cn->c;
	int			 nv = c->by == SF_JABATAN ? (int)cn->st->njabatan :
				    staff_nvalues((enum sfield)c->by);
	const struct person	*first = NULL;
	size_t			 people = 0, values = 0;
	char			*list = NULL;

	if (c->rows == NULL)
		return;
	for (int v = 0; v < nv; v++) {
		const struct person	*p;
		size_t			 k, r;
		int			 in = 0;

		for (r = 0; r < cn->n && !in; r++)
			for (k = 0; k < cn->rows[r].nvalues && !in; k++)
				in = cn->rows[r].values[k] == v;
		if (in || (p = first_with(cn, c->by, v, &k, 0)) == NULL)
			continue;
		if (first == NULL || p->pos.line < first->pos.line)
			first = p;
		people += k;
		if (values++ < 5)
			list = arena_printf(cn->a, "%s%s%s (%zu)", list != NULL ?
			    list : "", list != NULL ? ", " : "", c->by ==
			    SF_JABATAN ? cn->st->jabatan[v] :
			    staff_label((enum sfield)c->by, v), k);
	}
	if (first == NULL)
		return;
	if (values > 5)
		list = arena_printf(cn->a, "%s, …", list);
	diag_also(&first->pos);
	diag(&c->pos, MSG_TSTAFF_LEFT_OUT, people, staff_key(c->by), list,
	    first->pos.file, first->pos.line);
}

/* Count columns by 'pecah' that leave out those not known: said once. */
static void
split_unknown(struct counted *cn)
{
	const struct table	*t = cn->t;
	int			 plain = 0, split = 0;
	const struct person	*p;
	size_t			 k;

	if (cn->c->split < 0)
		return;
	for (size_t i = 0; i < t->ncols; i++) {
		if (t->cols[i].src != SRC_JUMLAH)
			continue;
		if (!t->cols[i].has_match)
			plain = 1;
		else if (t->cols[i].match == SV_UNKNOWN)
			return;
		else
			split = 1;
	}
	if (!plain || !split ||
	    (p = first_with(cn, cn->c->split, SV_UNKNOWN, &k, 1)) == NULL)
		return;
	diag_also(&p->pos);
	diag(&cn->c->pos, MSG_TSTAFF_SPLIT_UNKNOWN, k, staff_key(cn->c->split),
	    p->pos.file, p->pos.line, staff_key(cn->c->split));
}

static void
fill_count_row(struct counted *cn, struct trow *row, const struct crow *r,
    size_t number, size_t total)
{
	const struct table *t = cn->t;

	for (size_t k = 0; k < t->ncols; k++) {
		struct tcell		*c = &row->cells[k];
		const struct tcol	*col = &t->cols[k];

		switch (col->src) {
		case SRC_NOMOR:
			set_text(cn->a, c, number > 0 ?
			    arena_printf(cn->a, "%zu", number) : "");
			break;
		case SRC_KELOMPOK:
			set_runs(cn->a, c, &r->label);
			break;
		case SRC_PANGKAT:
			set_text(cn->a, c, r->kind == CR_VALUE ?
			    staff_pangkat(r->one) : "");
			break;
		case SRC_JUMLAH:
			set_count(cn->a, col, c, r->count[k]);
			break;
		case SRC_PORSI:
			set_share(cn->a, col, c, r->all, total);
			break;
		default:
			break;
		}
	}
}

/*
 * A subtotal or the total row: its label over the leading columns that
 * name a row (nomor, kelompok, pangkat).
 */
static void
span_label(struct counted *cn, struct trow *row, const struct text *label)
{
	const struct table	*t = cn->t;
	size_t			 span = 0;

	while (span < t->ncols && (t->cols[span].src == SRC_NOMOR ||
	    t->cols[span].src == SRC_KELOMPOK || t->cols[span].src == SRC_PANGKAT))
		span++;
	if (span == 0)
		return;
	set_runs(cn->a, &row->cells[0], label);
	row->cells[0].colspan = (int)span;
	memmove(row->cells + 1, row->cells + span,
	    (row->n - span) * sizeof(*row->cells));
	row->n -= span - 1;
}

/* The total row: each person counted once. */
static void
total_row(struct counted *cn, struct trow *row, size_t total)
{
	const struct table	*t = cn->t;
	struct crow		 r;

	memset(&r, 0, sizeof(r));
	r.kind = CR_SUB;
	r.all = total;
	r.count = arena_alloc(cn->a, (t->ncols + 1) * sizeof(*r.count));
	for (size_t i = 0; i < cn->st->n; i++)
		for (size_t k = 0; cn->in[i] && k < t->ncols; k++)
			r.count[k] += t->cols[k].src == SRC_JUMLAH &&
			    in_col(cn, &cn->st->p[i], &t->cols[k]);
	fill_count_row(cn, row, &r, 0, total);
	span_label(cn, row, &t->data->total_label);
}

static void
count_table(struct arena *a, const struct staff *st, struct table *t)
{
	struct counted	 cn;
	size_t		 total = 0, number = 0, body = 0;

	memset(&cn, 0, sizeof(cn));
	cn.a = a;
	cn.st = st;
	cn.t = t;
	cn.c = t->data->count;
	cn.in = xcalloc(st->n + 1, 1);
	make_rows(&cn);
	count_rows(&cn);
	left_out(&cn);
	split_unknown(&cn);
	subtotals(&cn);
	for (size_t i = 0; i < st->n; i++)
		total += cn.in[i];
	if (cn.n == 0 && !st->lost)
		diag(&t->data->pos, MSG_TDATA_EMPTY, "pegawai");
	t->body = arena_alloc(a, (cn.n + 1) * sizeof(*t->body));
	for (size_t i = 0; i < cn.n; i++) {
		const struct crow *r = &cn.rows[i];

		t->body[body] = blank_row(a, t, t->data->pos, r->kind == CR_SUB);
		fill_count_row(&cn, &t->body[body], r, r->kind == CR_SUB ? 0 :
		    ++number, total);
		if (r->kind == CR_SUB)
			span_label(&cn, &t->body[body], &r->label);
		body++;
	}
	t->nbody = body;
	if (t->data->has_total) {
		t->ntotal = 1;
		t->total = arena_alloc(a, 2 * sizeof(*t->total));
		t->total[0] = blank_row(a, t, t->data->pos, 1);
		total_row(&cn, &t->total[0], total);
	}
	free(cn.rows);
	free(cn.in);
}

void
derive_tstaff(struct arena *a, const struct report *r, struct table *t)
{
	if (r->staff == NULL)
		return;		/* its error is reported */
	if (t->data->count == NULL) {
		list_rows(a, r->staff, t);
		if (r->staff->n == 0 && !r->staff->lost)
			diag(&t->data->pos, MSG_TDATA_EMPTY, "pegawai");
		return;
	}
	count_table(a, r->staff, t);
}

/* ---- periksa_pegawai -------------------------------------------------- */

static const struct tcell *
cell_at(const struct trow *row, int col)
{
	for (size_t k = 0; k < row->n; k++)
		if (row->cells[k].col == col && row->cells[k].colspan == 1)
			return &row->cells[k];
	return NULL;
}

void
derive_staff_check(struct arena *a, const struct report *r,
    const struct table *t)
{
	const struct tstaffcheck	*sc = t->staff_check;
	const struct trow		*row;
	size_t				 sex[2] = { 0, 0 }, unknown = 0;

	if (sc == NULL || r->staff == NULL || r->staff->lost || t->ntotal == 0 ||
	    t->total[t->ntotal - 1].misplaced)
		return;
	row = &t->total[t->ntotal - 1];
	for (size_t i = 0; i < r->staff->n; i++) {
		int v = r->staff->p[i].value[SF_JENIS_KELAMIN];

		if (v == 0 || v == 1)
			sex[v]++;
		else
			unknown++;
	}
	for (int k = 0; k < SCHECK__MAX; k++) {
		const struct tcell	*c;
		const char		*title, *said;
		num_t			 v;
		size_t			 known;

		if (sc->col[k] < 0 || (c = cell_at(row, sc->col[k])) == NULL ||
		    c->invalid || c->text.n == 0)
			continue;
		said = text_flat(a, &c->text);
		if (c->has_value)
			v = c->value;
		else if (strcmp(said, "-") == 0)
			v = 0;
		else
			continue;	/* empty */
		title = text_flat(a, &t->cols[sc->col[k]].title);
		if (k == SCHECK_JUMLAH) {
			if (v != (num_t)r->staff->n * NUM_SCALE)
				diag(&c->text.pos, MSG_STAFF_CHECK_TOTAL, title,
				    said, r->staff->name, r->staff->n);
			continue;
		}
		known = sex[k - SCHECK_L];
		if (v < (num_t)known * NUM_SCALE ||
		    v > (num_t)(known + unknown) * NUM_SCALE)
			diag(&c->text.pos, MSG_STAFF_CHECK_SEX, title, said,
			    r->staff->name, known, k == SCHECK_L ?
			    tr("laki-laki", "male") : tr("perempuan", "female"),
			    unknown);
	}
}
