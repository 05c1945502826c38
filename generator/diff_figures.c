/*
 * The figures of a derived report, each under a key that names what it is
 * rather than where it is written: the budget line's kunci, kode or names,
 * the indicator's kunci, a table's kunci (or caption) with the row's names
 * and the column's title, a chart's kunci with its category and series, a
 * {nilai:} by its file and what it names.  A
 * reviewer sees the same key in both versions however the text moved.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calc.h"
#include "derive.h"
#include "diff.h"
#include "doc.h"
#include "mem.h"

static const char *const amt_name[AMT__MAX] = {
	"murni", "perubahan", "realisasi"
};

struct walk {
	struct arena		*a;
	const struct report	*r;
	struct figures		*out;
	unsigned char		*numbering;	/* the table's columns that
						   only number its rows */
};

static struct figure *
add(struct walk *w, const char *key, const char *value, int derived,
    struct pos pos)
{
	struct figure *f;

	w->out->v = arena_grow(w->a, w->out->v, w->out->n, &w->out->cap,
	    sizeof(*w->out->v), 64);
	f = &w->out->v[w->out->n++];
	memset(f, 0, sizeof(*f));
	f->key = key;
	f->value = value;
	f->derived = derived;
	f->pos = pos;
	return f;
}

/* ---- the budget ------------------------------------------------------ */

/* A line's own name in a key: kunci, else kode, else its name. */
static const char *
bnode_id(const struct bnode *bn)
{
	if (bn->key != NULL)
		return bn->key;
	if (bn->code != NULL)
		return bn->code;
	return bn->name != NULL ? bn->name : "?";
}

/*
 * A line's amounts under path: what content states (facts) and, for a
 * parent or a line derive made (sums), what derive computed.  Roots
 * without a place of their own stand at the budget's.
 */
static void
budget_line(struct walk *w, const struct bnode *bn, const char *path,
    int made, struct pos at)
{
	struct pos pos = bn->pos.file != NULL ? bn->pos : at;

	for (int k = 0; k < AMT__MAX; k++) {
		if (bn->has_said[k] && !(bn->said_bad & (1u << k)))
			add(w, arena_printf(w->a, "anggaran:%s.%s", path,
			    amt_name[k]), fig_exact(w->a, bn->said[k]), 0,
			    bn->said_pos[k]);
		/* a parent's amount is the sum of its children: derived */
		if ((made || bn->nkids > 0) && bn->has_amt[k])
			add(w, arena_printf(w->a, "anggaran:%s.%s.jumlah", path,
			    amt_name[k]), fig_exact(w->a, bn->amt[k]), 1, pos);
	}
	for (size_t i = 0; i < bn->nkids; i++) {
		const struct bnode *kid = bn->kids[i];

		/* a kunci is unique in the report: it stands alone; names
		 * hold '/' (Kabupaten/Kota), so levels are joined by '>' */
		budget_line(w, kid, kid->key != NULL ? kid->key :
		    arena_printf(w->a, "%s > %s", path, bnode_id(kid)), made,
		    pos);
	}
}

static void
budget(struct walk *w, const struct budget *b)
{
	budget_line(w, &b->revenue, "pendapatan", 0, b->pos);
	budget_line(w, &b->spending, "belanja", 0, b->pos);
	budget_line(w, &b->programs, "program", 0, b->pos);
	/* the money per sasaran is derive's alone: every line is a sum */
	budget_line(w, &b->by_goal, "sasaran", 1, b->pos);
}

/* ---- performance ----------------------------------------------------- */

static const char *
num_text(struct arena *a, const struct num *n)
{
	char buf[NUM_BUFSZ];

	if (n->dash)
		return "-";
	num_format(n, n->decimals, n->percent, buf, sizeof(buf));
	return arena_strdup(a, buf);
}

static void
years(struct walk *w, const char *ind, const char *what,
    const struct yearval *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		add(w, arena_printf(w->a, "kinerja:%s.%s.%d", ind, what,
		    v[i].year), num_text(w->a, &v[i].v), 0, v[i].pos);
}

static void
indicator(struct walk *w, const struct perf *p, const struct indicator *in)
{
	const char	*k = in->key != NULL ? in->key : in->name;
	struct ratio	 c;
	num_t		 v;
	const char	*cat;

	years(w, k, "target", in->target, in->ntarget);
	years(w, k, "realisasi", in->real, in->nreal);
	years(w, k, "pembilang", in->numer, in->nnumer);
	years(w, k, "penyebut", in->denom, in->ndenom);
	if (in->has_pk)
		add(w, arena_printf(w->a, "kinerja:%s.target_pk", k),
		    num_text(w->a, &in->pk.v), 0, in->pk.pos);
	/* the year's capaian and kategori, as the tables print them */
	if (!perf_capaian(p, in, w->r->year, w->r->year, &c))
		return;
	if (ratio_round(&c, 2, &v) == CALC_OK)
		add(w, arena_printf(w->a, "kinerja:%s.capaian.%d", k,
		    w->r->year), fig_text(w->a, v, 2, 1), 1, in->pos);
	if ((cat = perf_kategori(p, &c)) != NULL)
		add(w, arena_printf(w->a, "kinerja:%s.kategori.%d", k,
		    w->r->year), cat, 1, in->pos);
}

/* ---- tables ---------------------------------------------------------- */

/* The columns of a table made from data that show a figure. */
static int
figure_src(enum col_src s)
{
	switch (s) {
	case SRC_MURNI: case SRC_PERUBAHAN: case SRC_PAGU: case SRC_REALISASI:
	case SRC_SISA: case SRC_SELISIH: case SRC_SERAPAN: case SRC_PORSI:
	case SRC_TARGET: case SRC_TARGET_PK: case SRC_CAPAIAN:
	case SRC_KATEGORI: case SRC_ANGGARAN: case SRC_REALISASI_ANGGARAN:
	case SRC_EFISIENSI: case SRC_JUMLAH:
		return 1;
	default:
		return 0;
	}
}

/*
 * The columns that name a row of a table made from data: a budget line's
 * kode and name first (in kinerja.program an indicator's cell spans the
 * lines below it), else the indicator, group, band or person.
 */
static int
name_rank(enum col_src s)
{
	if (s == SRC_KODE || s == SRC_NAMA)
		return 2;
	return s == SRC_INDIKATOR || s == SRC_KELOMPOK || s == SRC_RENTANG ||
	    s == SRC_NIP;
}

/*
 * A typed table's first column holding 1, 2, 3 … down its body rows
 * numbers them: no figure, and no name (a row put in renumbers those
 * below it).  Only the first: a column of figures may read 1, 2, 3 too.
 */
static void
find_numbering(struct walk *w, const struct table *t)
{
	w->numbering = arena_alloc(w->a, t->ncols + 1);
	if (t->data != NULL || t->nbody == 0)
		return;
	for (size_t col = 0; col < 1 && col < t->ncols; col++) {
		size_t i = 0;

		for (; i < t->nbody; i++) {
			const struct trow	*row = &t->body[i];
			const struct tcell	*c = NULL;
			const char		*s;
			char			 want[24];

			for (size_t k = 0; k < row->n && c == NULL; k++)
				if (row->cells[k].col == (int)col)
					c = &row->cells[k];
			if (c == NULL)
				break;
			s = text_flat(w->a, &c->text);
			snprintf(want, sizeof(want), "%zu", i + 1);
			if (strncmp(s, want, strlen(want)) != 0 ||
			    (s[strlen(want)] != '\0' &&
			    strcmp(s + strlen(want), ".") != 0))
				break;
		}
		w->numbering[col] = i == t->nbody;
	}
}

static int
cell_rank(const struct walk *w, const struct table *t, const struct tcell *c)
{
	if (c->col < 0 || (size_t)c->col >= t->ncols ||
	    w->numbering[c->col])
		return 0;
	if (t->data != NULL)
		return name_rank(t->cols[c->col].src);
	return t->cols[c->col].kind == COL_TEKS && !c->has_value;
}

/* What names a row: its best name cells' text, else its first text. */
static const char *
row_name(const struct walk *w, const struct table *t, const struct trow *row)
{
	struct arena	*a = w->a;
	const char	*name = NULL, *first = NULL;
	int		 best = 1;

	for (size_t i = 0; i < row->n; i++)
		if (row->cells[i].text.n > 0 &&
		    cell_rank(w, t, &row->cells[i]) > best)
			best = cell_rank(w, t, &row->cells[i]);
	for (size_t i = 0; i < row->n; i++) {
		const struct tcell	*c = &row->cells[i];
		const char		*s;

		if (c->text.n == 0 || *(s = text_flat(a, &c->text)) == '\0' ||
		    (c->col >= 0 && (size_t)c->col < t->ncols &&
		    w->numbering[c->col]))
			continue;
		if (first == NULL)
			first = s;
		if (cell_rank(w, t, c) != best)
			continue;
		name = name == NULL ? s : arena_printf(a, "%s | %s", name, s);
		if (t->data == NULL)
			break;		/* a typed table: its first name */
	}
	return name != NULL ? name : first != NULL ? first : "";
}

static const char *
column_name(struct arena *a, const struct table *t, int col)
{
	const struct tcol	*c = &t->cols[col];
	const char		*s = text_flat(a, &c->title);

	if (*s == '\0')
		s = arena_printf(a, "kolom %d", col + 1);
	return c->year != 0 ? arena_printf(a, "%s %d", s, c->year) : s;
}

static int
cell_is_figure(const struct walk *w, const struct table *t,
    const struct tcell *c, int *derived)
{
	if (c->col < 0 || (size_t)c->col >= t->ncols ||
	    w->numbering[c->col])
		return 0;
	if (t->data != NULL) {
		*derived = 1;
		return figure_src(t->cols[c->col].src);
	}
	*derived = c->automatic;
	return c->has_value || c->automatic;
}

static void
table_rows(struct walk *w, const struct table *t, const char *id,
    const char *caption, const struct trow *rows, size_t n, int total)
{
	for (size_t i = 0; i < n; i++) {
		const struct trow	*row = &rows[i];
		const char		*name = row_name(w, t, row);
		const char		*rk = total ? arena_printf(w->a,
					    "jumlah:%s", name) : name;

		for (size_t k = 0; k < row->n; k++) {
			const struct tcell	*c = &row->cells[k];
			const char		*col;
			struct figure		*f;
			int			 derived = 0;

			if (!cell_is_figure(w, t, c, &derived) || c->invalid)
				continue;
			col = column_name(w->a, t, c->col);
			f = add(w, arena_printf(w->a, "tabel:%s:%s:%s", id, rk,
			    col), text_flat(w->a, &c->text), derived,
			    derived ? t->pos : c->text.pos);
			f->table = t->label;
			f->caption = caption;
			f->row = name;
			f->column = col;
		}
	}
}

static void
table(struct walk *w, const struct table *t)
{
	const char *caption = text_flat(w->a, &t->caption);
	const char *id = t->key != NULL ? t->key : caption;

	find_numbering(w, t);
	table_rows(w, t, id, caption, t->body, t->nbody, 0);
	table_rows(w, t, id, caption, t->total, t->ntotal, 1);
}

/* A chart drawn from data: each value derive read, by category and series. */
static void
chart(struct walk *w, const struct block *bl)
{
	const struct chart	*c = bl->chart;
	const char		*caption = text_flat(w->a, &bl->title);
	const char		*id = bl->key != NULL ? bl->key : caption;

	if (!c->ok)
		return;
	for (size_t k = 0; k < c->ncat; k++)
		for (size_t s = 0; s < c->nser; s++) {
			const char	*cat = text_flat(w->a, &c->cat[k]);
			const char	*ser = text_flat(w->a, &c->ser[s]);
			struct figure	*f;

			if (!c->has[k * c->nser + s])
				continue;
			f = add(w, arena_printf(w->a, "gambar:%s:%s:%s", id, cat,
			    ser), fig_text(w->a, c->v[k * c->nser + s],
			    c->decimals, 0), 1, bl->pos);
			f->table = bl->label;
			f->caption = caption;
			f->row = cat;
			f->column = ser;
		}
}

static void
blocks(struct walk *w, struct block *const *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (b[i]->type == BLK_TABLE)
			table(w, b[i]->table);
		if (b[i]->type == BLK_FIGURE && b[i]->chart != NULL)
			chart(w, b[i]);
		blocks(w, b[i]->kids, b[i]->nkids);
	}
}

/* ---- value references ------------------------------------------------ */

/* A file's name inside the report folder, the same in both versions. */
static const char *
rel_file(const struct report *r, const char *file)
{
	size_t n = strlen(r->dir);

	if (file == NULL)
		return "?";
	if (strncmp(file, r->dir, n) == 0 && file[n] == '/')
		return file + n + 1;
	return file;
}

static void
values(struct walk *w, const struct report *r)
{
	for (size_t i = 0; i < r->nvals; i++) {
		const struct valref *v = &r->vals[i];

		if (v->text == NULL)
			continue;
		add(w, arena_printf(w->a, "nilai:%s:%s", rel_file(r, v->pos.file),
		    v->src), v->text, 1, v->pos);
	}
}

/* ---- each key once ---------------------------------------------------- */

static int
by_key(const void *x, const void *y)
{
	const struct figure *const *a = x, *const *b = y;
	int c = strcmp((*a)->key, (*b)->key);

	/* equal keys keep the report's order */
	return c != 0 ? c : (*a < *b ? -1 : *a > *b);
}

/*
 * The second and later figures of the same key (the same sentence
 * quoting a total twice, two rows of one name) get "#2", "#3" in the
 * report's order.
 */
static void
unique(struct arena *a, struct figures *fs)
{
	struct figure	**v;
	const char	 *prev = NULL;
	size_t		  n = 0;

	if (fs->n < 2)
		return;
	v = xcalloc(fs->n, sizeof(*v));
	for (size_t i = 0; i < fs->n; i++)
		v[i] = &fs->v[i];
	qsort(v, fs->n, sizeof(*v), by_key);
	for (size_t i = 0; i < fs->n; i++) {
		const char *key = v[i]->key;	/* before any renaming */

		n = prev != NULL && strcmp(key, prev) == 0 ? n + 1 : 1;
		if (n > 1)
			v[i]->key = arena_printf(a, "%s#%zu", key, n);
		prev = key;
	}
	free(v);
}

void
diff_figures(struct arena *a, const struct report *r, struct figures *out)
{
	struct walk w = { a, r, out, NULL };

	memset(out, 0, sizeof(*out));
	if (r->budget != NULL)
		budget(&w, r->budget);
	if (r->perf != NULL)
		for (size_t i = 0; i < r->perf->nall; i++)
			indicator(&w, r->perf, r->perf->all[i]);
	for (size_t i = 0; i < r->nparts; i++)
		blocks(&w, r->parts[i]->blocks, r->parts[i]->n);
	values(&w, r);
	unique(a, out);
}
