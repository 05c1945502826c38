/*
 * derive, a typed kinerja table against kinerja.yaml ('periksa_kinerja'):
 * each row is tied to the indicator its name column names, the same
 * words up to capitals and spaces, never a near name (that would be a
 * guess: such a row is named, with the closest indicator, and left
 * alone).  A tied row's satuan, target, realisasi and capaian are then
 * compared with the data: one indicator has one unit and one figure.
 */
#include <stdlib.h>
#include <string.h>

#include "derive.h"
#include "mem.h"
#include "names.h"

/* s with runs of spaces as one, none at the ends, capitals small when
 * lower (a name), kept when not (a unit: "persen" is a slip). */
static char *
fold(struct arena *a, const char *s, int lower)
{
	char	*o = arena_strdup(a, s), *w = o;
	int	 sp = 0;

	for (const char *p = s; *p != '\0'; p++) {
		if (*p == ' ' || *p == '\t' || *p == '\n') {
			sp = w != o;
			continue;
		}
		if (sp)
			*w++ = ' ';
		sp = 0;
		*w++ = lower && *p >= 'A' && *p <= 'Z' ? (char)(*p - 'A' + 'a') :
		    *p;
	}
	*w = '\0';
	return o;
}

/* The text of the cell of row that starts in column col, or NULL. */
static const struct tcell *
cell_at(const struct trow *row, int col)
{
	for (size_t i = 0; col >= 0 && i < row->n; i++)
		if (row->cells[i].col == col)
			return &row->cells[i];
	return NULL;
}

/* The table at hand: the indicators' names folded once. */
struct pc {
	struct arena		*a;
	const struct report	*r;
	const struct perf	*p;
	const char		**names;	/* [p->nall], NULL: unnamed */
};

static const struct indicator *
tie(const struct pc *pc, const char *name)
{
	const char *f = fold(pc->a, name, 1);

	for (size_t i = 0; i < pc->p->nall; i++)
		if (pc->names[i] != NULL && strcmp(pc->names[i], f) == 0)
			return pc->p->all[i];
	return NULL;
}

/* A row naming no indicator: said, with the closest name when near. */
static void
untied(const struct pc *pc, const struct tcell *c, const char *name)
{
	const struct indicator	*best = NULL;
	const char		*f = fold(pc->a, name, 1);
	size_t			 bd = (size_t)-1, nw = 1;

	for (size_t i = 0; i < pc->p->nall; i++) {
		size_t d;

		if (pc->names[i] == NULL)
			continue;
		d = word_distance(f, pc->names[i]);
		if (d < bd) {
			bd = d;
			best = pc->p->all[i];
		}
	}
	for (const char *q = f; *q != '\0'; q++)
		nw += *q == ' ';
	/* near enough: a third of its words may differ */
	if (best != NULL && bd <= nw / 3 + 1)
		diag(&c->text.pos, MSG_TPERF_NAME_SUGG, name, best->name,
		    best->key);
	else
		diag(&c->text.pos, MSG_TPERF_NAME, name);
}

/* A typed figure of the row, or 0 (empty, "-", not a number). */
static int
typed(struct arena *a, const struct trow *row, int col, struct num *v,
    const struct tcell **c)
{
	const char *s;

	if ((*c = cell_at(row, col)) == NULL)
		return 0;
	s = text_flat(a, &(*c)->text);
	return num_parse(s, strlen(s), v) == NUM_OK && !v->dash;
}

static const char *
shown(struct arena *a, const struct num *v, int decimals, int percent)
{
	char buf[NUM_BUFSZ];

	num_format(v, decimals, percent, buf, sizeof(buf));
	return arena_strdup(a, buf);
}

/* A target or realisasi of the data, compared with the typed one. */
static void
figure(struct arena *a, const struct trow *row, int col, const char *what,
    const struct indicator *in, const struct yearval *data, int year)
{
	const struct tcell	*c;
	struct num		 v;

	if (data == NULL || !typed(a, row, col, &v, &c) || v.v == data->v.v)
		return;
	diag_also(&data->pos);		/* where kinerja.yaml says it */
	diag(&c->text.pos, MSG_TPERF_FIGURE, what, text_flat(a, &c->text),
	    what, in->key, year, shown(a, &data->v, data->v.decimals < 0 ? 0 :
	    data->v.decimals, 0));
}

static void
capaian(struct arena *a, const struct report *r, const struct trow *row,
    int col, const struct indicator *in, int year)
{
	const struct tcell	*c;
	struct num		 v, got;
	struct ratio		 q;
	int			 d;

	enum calc_near_kind	 k;

	if (!perf_capaian(r->perf, in, year, r->year, &q) ||
	    !typed(a, row, col, &v, &c) ||
	    (k = calc_near(&v, &q, v.decimals)) == NEAR_EQUAL)
		return;
	/* a percentage with decimals near the report year's capaian is
	 * derive_near's finding already (with the {nilai:} to write) */
	if (year == r->year && v.decimals > 0 && k != NEAR_UNRELATED)
		return;
	d = v.decimals > 2 ? v.decimals : 2;
	memset(&got, 0, sizeof(got));
	if (ratio_round(&q, d, &got.v) != CALC_OK)
		return;
	diag_also(&in->pos);
	diag(&c->text.pos, MSG_TPERF_FIGURE, "capaian", text_flat(a, &c->text),
	    "capaian", in->key, year, shown(a, &got, d, 1));
}

static void
unit(struct arena *a, const struct trow *row, int col,
    const struct indicator *in)
{
	const struct tcell	*c = cell_at(row, col);
	const char		*s;

	if (c == NULL || in->unit == NULL)
		return;
	s = fold(a, text_flat(a, &c->text), 0);
	/* a unit is a label: its capitals count ("persen" is a slip) */
	if (s[0] != '\0' && strcmp(s, fold(a, in->unit, 0)) != 0) {
		diag_also(&in->pos);
		diag(&c->text.pos, MSG_TPERF_UNIT, s, in->key, in->unit);
	}
}

static void
check_row(const struct pc *pc, const struct tperfcheck *ck,
    const struct trow *row)
{
	const struct tcell	*c = cell_at(row, ck->col[PCHECK_INDIKATOR]);
	const struct report	*r = pc->r;
	struct arena		*a = pc->a;
	const struct indicator	*in;
	const char		*name;
	int			 year = ck->year ? ck->year : r->year;

	if (c == NULL)
		return;		/* a cell above spans this row */
	name = text_flat(a, &c->text);
	if (fold(a, name, 1)[0] == '\0')
		return;
	if ((in = tie(pc, name)) == NULL) {
		untied(pc, c, name);
		return;
	}
	unit(a, row, ck->col[PCHECK_SATUAN], in);
	figure(a, row, ck->col[PCHECK_TARGET], "target", in,
	    perf_target(in, year, r->year), year);
	figure(a, row, ck->col[PCHECK_REALISASI], "realisasi", in,
	    year_find(in->real, in->nreal, year), year);
	capaian(a, r, row, ck->col[PCHECK_CAPAIAN], in, year);
}

void
derive_perf_check(struct arena *a, const struct report *r,
    const struct table *t)
{
	struct pc pc;

	if (t->perf_check == NULL || r->perf == NULL || !r->perf->clean)
		return;		/* kinerja.yaml's errors are reported */
	pc.a = a;
	pc.r = r;
	pc.p = r->perf;
	pc.names = xcalloc(r->perf->nall + 1, sizeof(*pc.names));
	for (size_t i = 0; i < r->perf->nall; i++)
		if (r->perf->all[i]->name != NULL)
			pc.names[i] = fold(a, r->perf->all[i]->name, 1);
	for (size_t i = 0; i < t->nbody; i++)
		if (!t->body[i].misplaced)
			check_row(&pc, t->perf_check, &t->body[i]);
	free(pc.names);
}
