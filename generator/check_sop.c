/*
 * check, the block 'sop': a Standard Operating Procedure as Indonesian
 * agencies write it (PermenPAN-RB 35/2012), its pelaksana (the lanes)
 * and its steps, each done by one pelaksana and drawn as one symbol.
 * It builds a typed table (No, Kegiatan, a column per pelaksana, the
 * Mutu Baku columns, Keterangan) so captions, numbering, the Daftar
 * Tabel and page breaks are the table engine's, and beside it the flow
 * (struct sop) that layout draws over the lane columns.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_int.h"
#include "mem.h"

/* enum sop_symbol, in order */
static const char *const symbol_ch[] = { "proses", "mulai", "selesai",
	"keputusan", "dokumen", NULL };

/* A Keterangan written once beside several steps (as forms often do). */
static const struct field note_f[] = {
	{ "teks", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "baris", V_INT, 0, NULL, NULL, 1, 999, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema note_s = { "keterangan langkah SOP",
	"SOP step note", note_f, 0, "teks" };

static const struct field step_f[] = {
	{ "no", V_INT, 1, NULL, NULL, 1, 999, NULL, NULL },
	{ "kegiatan", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "pelaksana", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "simbol", V_CHOICE, 0, NULL, symbol_ch, 0, 0, NULL, NULL },
	{ "tidak", V_INT, 0, NULL, NULL, 1, 999, NULL, NULL },
	{ "kelengkapan", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "waktu", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "output", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "keterangan", V_STR_OR_MAP, 0, &note_s, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema step_s = { "langkah SOP", "SOP step", step_f, 0,
	NULL };

static const struct field sop_f[] = {
	{ "judul", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "kunci", V_PATTERN, 0, NULL, key_re, 0, 0, NULL, NULL },
	{ "orientasi", V_CHOICE, 0, NULL, orient_ch, 0, 0, NULL, NULL },
	{ "pelaksana", V_SEQ_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "langkah", V_SEQ_MAP, 1, &step_s, NULL, 0, 0, NULL, NULL },
	{ "sumber", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
const struct schema content_sop_s = { "blok 'sop'", "block 'sop'", sop_f,
	0, NULL };

/*
 * The columns around the lanes.  These are the form's own words (the
 * PermenPAN-RB form), not an agency's.  No, Waktu and the lanes have a
 * width in mm; the others share the rest as their texts need (the table
 * engine's rule for columns without 'lebar').
 */
enum { COL_NO, COL_KEGIATAN, NBEFORE };
enum { COL_KELENGKAPAN, COL_WAKTU, COL_OUTPUT, COL_KETERANGAN, NAFTER };
static const char *const after_key[NAFTER] = { "kelengkapan", "waktu",
	"output", "keterangan" };
static const char *const after_title[NAFTER] = { "Kelengkapan", "Waktu",
	"Output", "Keterangan" };
/*
 * A lane: room for a symbol and the "Tidak" branch beside it; with many
 * pelaksana the lanes share about half a landscape text column, never
 * narrower than a symbol needs.
 */
#define LANE_MM		22
#define LANES_MM	132
#define LANE_MIN_MM	12

static void
set_col(struct builder *b, struct tcol *c, const char *title,
    struct pos pos, double mm, double share, enum align al)
{
	/* a message about the title (a word cut) points at the block */
	c->title = text_plain(b->a, title, FACE_REGULAR, pos);
	c->width_mm = mm;
	c->share = share;
	c->align = al;
	c->kind = COL_TEKS;
}

static void
build_cols(struct builder *b, struct table *t, const struct node *lanes)
{
	size_t	n = NBEFORE + lanes->n + NAFTER;
	double	lane = LANES_MM / (double)lanes->n;

	if (lane > LANE_MM)
		lane = LANE_MM;
	if (lane < LANE_MIN_MM)
		lane = LANE_MIN_MM;
	t->ncols = n;
	t->cols = arena_alloc(b->a, (n + 1) * sizeof(*t->cols));
	set_col(b, &t->cols[COL_NO], "No", t->pos, 9, 0, AL_CENTER);
	set_col(b, &t->cols[COL_KEGIATAN], "Kegiatan", t->pos, 0, 0,
	    AL_LEFT);
	for (size_t i = 0; i < lanes->n; i++) {
		t->cols[NBEFORE + i].title = build_text(b, lanes->vals[i]);
		t->cols[NBEFORE + i].width_mm = lane;
		t->cols[NBEFORE + i].align = AL_CENTER;
	}
	for (size_t i = 0; i < NAFTER; i++)
		set_col(b, &t->cols[NBEFORE + lanes->n + i], after_title[i],
		    t->pos, i == COL_WAKTU ? 16 : 0, 0,
		    i == COL_WAKTU ? AL_CENTER : AL_LEFT);
}

static struct tcell
cell(struct text text, size_t col, int colspan, int rowspan)
{
	struct tcell c;

	memset(&c, 0, sizeof(c));
	c.text = text;
	c.col = (int)col;
	c.colspan = colspan;
	c.rowspan = rowspan;
	c.align = -1;
	return c;
}

/*
 * No | Kegiatan | Pelaksana (over the lanes) | Mutu Baku (over
 * Kelengkapan, Waktu, Output) | Keterangan, then the second row.
 */
static void
build_head(struct builder *b, struct table *t, size_t nl)
{
	struct trow	*h = arena_alloc(b->a, 2 * sizeof(*h));
	struct pos	 p = t->pos;
	size_t		 after = NBEFORE + nl;

	h[0].cells = arena_alloc(b->a, 5 * sizeof(*h[0].cells));
	h[0].cells[0] = cell(text_plain(b->a, "No", 0, p), COL_NO, 1, 2);
	h[0].cells[1] = cell(text_plain(b->a, "Kegiatan", 0, p), COL_KEGIATAN,
	    1, 2);
	h[0].cells[2] = cell(text_plain(b->a, "Pelaksana", 0, p), NBEFORE,
	    (int)nl, 1);
	h[0].cells[3] = cell(text_plain(b->a, "Mutu Baku", 0, p), after, 3, 1);
	h[0].cells[4] = cell(text_plain(b->a, "Keterangan", 0, p), after +
	    COL_KETERANGAN, 1, 2);
	h[0].n = 5;
	h[1].cells = arena_alloc(b->a, (nl + 3) * sizeof(*h[1].cells));
	for (size_t i = 0; i < nl; i++)
		h[1].cells[i] = cell(t->cols[NBEFORE + i].title, NBEFORE + i, 1,
		    1);
	for (size_t i = 0; i < 3; i++)
		h[1].cells[nl + i] = cell(t->cols[after + i].title, after + i,
		    1, 1);
	h[1].n = nl + 3;
	h[0].pos = h[1].pos = p;
	t->head = h;
	t->nhead = 2;
}

/* "Kepala Dinas, Sekretaris, …": what a pelaksana may be. */
static const char *
lane_list(struct builder *b, const struct node *lanes)
{
	size_t	 len = 1;
	char	*s;

	for (size_t i = 0; i < lanes->n; i++)
		len += strlen(lanes->vals[i]->str) + 4;
	s = arena_alloc(b->a, len);
	for (size_t i = 0; i < lanes->n; i++) {
		if (i > 0)
			strcat(s, ", ");
		strcat(s, "'");
		strcat(s, lanes->vals[i]->str);
		strcat(s, "'");
	}
	return s;
}

/* Each pelaksana once. */
static void
check_lanes(struct builder *b, const struct node *lanes)
{
	for (size_t i = 0; i < lanes->n; i++)
		for (size_t k = 0; k < i; k++)
			if (strcmp(lanes->vals[i]->str, lanes->vals[k]->str) ==
			    0) {
				const struct pos *o = &lanes->vals[k]->pos;

				diag(&lanes->vals[i]->pos, MSG_SOP_ACTOR_DUP,
				    lanes->vals[i]->str, o->line, o->col);
				b->errors++;
				break;
			}
}

/* The lane of a step's pelaksana, or -1 (reported). */
static int
find_lane(struct builder *b, const struct node *lanes, const struct node *v)
{
	struct suggest	 s;
	const char	*best;

	for (size_t i = 0; i < lanes->n; i++)
		if (strcmp(lanes->vals[i]->str, v->str) == 0)
			return (int)i;
	suggest_init(&s, v->str);
	for (size_t i = 0; i < lanes->n; i++)
		suggest_offer(&s, lanes->vals[i]->str);
	if ((best = suggest_result(&s)) != NULL)
		diag(&v->pos, MSG_SOP_ACTOR_SUGG, v->str, lane_list(b, lanes),
		    best);
	else
		diag(&v->pos, MSG_SOP_ACTOR, v->str, lane_list(b, lanes));
	b->errors++;
	return -1;
}

static struct text
opt_text(struct builder *b, const struct node *m, const char *key)
{
	return build_text(b, node_get(m, key));
}

/* How many rows a step's Keterangan covers (1 unless 'baris' says). */
static int
note_rows(const struct node *m)
{
	const struct node *v = node_get(m, "keterangan");

	if (v == NULL || v->type != NODE_MAP || node_str(v, "baris") == NULL)
		return 1;
	return atoi(node_str(v, "baris"));
}

/*
 * The Keterangan cell of step i, or 0 when the step has none: none when
 * a Keterangan above covers it (then it may not have its own), nor when
 * one would run past the last step (both reported).
 */
static int
note_cell(struct builder *b, const struct node *steps, size_t i,
    int *covered_by, size_t col, struct tcell *c)
{
	const struct node	*m = steps->vals[i];
	const struct node	*v = node_get(m, "keterangan");
	int			 n = note_rows(m);

	if (v != NULL && covered_by[i] >= 0) {
		diag(&v->pos, MSG_SOP_NOTE_COVERED, node_str(steps->vals[
		    covered_by[i]], "no"));
		b->errors++;
		return 0;
	}
	if (covered_by[i] >= 0)
		return 0;
	if (i + (size_t)n > steps->n) {
		diag(&node_get(v, "baris")->pos, MSG_SOP_NOTE_PAST, n,
		    steps->n - i);
		b->errors++;
		n = (int)(steps->n - i);
	}
	for (size_t k = i + 1; k < i + (size_t)n; k++)
		covered_by[k] = (int)i;
	*c = cell(build_text(b, v == NULL || v->type != NODE_MAP ? v :
	    node_get(v, "teks")), col, 1, n);
	return 1;
}

/* A step's row: its number, activity, empty lanes, Mutu Baku, Keterangan. */
static void
build_row(struct builder *b, struct trow *row, const struct node *steps,
    size_t i, size_t nl, int *covered_by)
{
	const struct node *m = steps->vals[i];
	struct text	 empty;
	size_t		 k = 0;

	memset(&empty, 0, sizeof(empty));	/* the lanes: the flow's */
	row->pos = m->pos;
	row->cells = arena_alloc(b->a, (NBEFORE + nl + NAFTER) *
	    sizeof(*row->cells));
	row->cells[k++] = cell(text_plain(b->a, node_str(m, "no"), FACE_REGULAR,
	    node_get(m, "no")->pos), COL_NO, 1, 1);
	row->cells[k++] = cell(opt_text(b, m, "kegiatan"), COL_KEGIATAN, 1, 1);
	for (size_t l = 0; l < nl; l++, k++)
		row->cells[k] = cell(empty, NBEFORE + l, 1, 1);
	for (size_t c = 0; c < COL_KETERANGAN; c++, k++)
		row->cells[k] = cell(opt_text(b, m, after_key[c]), NBEFORE +
		    nl + c, 1, 1);
	k += (size_t)note_cell(b, steps, i, covered_by, NBEFORE + nl +
	    COL_KETERANGAN, &row->cells[k]);
	row->n = k;
}

/* Step numbers as written, for the message about a wrong 'tidak'. */
static const char *
step_list(struct builder *b, const struct node *steps)
{
	char	*s = arena_alloc(b->a, steps->n * 6 + 1);

	for (size_t i = 0; i < steps->n; i++) {
		if (i > 0)
			strcat(s, ", ");
		strcat(s, node_str(steps->vals[i], "no"));
	}
	return s;
}

/* Each step number once (-1 where a number repeats: no target there). */
static void
check_numbers(struct builder *b, const struct node *steps, int *num)
{
	for (size_t i = 0; i < steps->n; i++) {
		num[i] = atoi(node_str(steps->vals[i], "no"));
		for (size_t k = 0; k < i; k++)
			if (num[k] == num[i]) {
				const struct pos *o =
				    &node_get(steps->vals[k], "no")->pos;

				diag(&node_get(steps->vals[i], "no")->pos,
				    MSG_SOP_STEP_DUP, node_str(steps->vals[i],
				    "no"), o->file, o->line);
				b->errors++;
				num[i] = -1;
				break;
			}
	}
}

/* A decision's "tidak": the index of the step it names, or -1. */
static int
find_target(struct builder *b, const struct node *steps, const int *num,
    size_t self)
{
	const struct node	*m = steps->vals[self];
	const struct node	*v = node_get(m, "tidak");
	const char		*sym = node_str(m, "simbol");
	int			 want;

	if (sym == NULL || choice_index(symbol_ch, sym) != SYM_KEPUTUSAN) {
		if (v != NULL) {
			diag(&v->pos, MSG_SOP_NOT_DECISION, sym != NULL ? sym :
			    symbol_ch[SYM_PROSES]);
			b->errors++;
		}
		return -1;
	}
	if (v == NULL) {
		diag(&m->pos, MSG_SOP_NO_TARGET, node_str(m, "no"));
		b->errors++;
		return -1;
	}
	want = atoi(v->str);
	for (size_t i = 0; i < steps->n; i++)
		if (num[i] == want) {
			if (i == self) {
				diag(&v->pos, MSG_SOP_TARGET_SELF, v->str);
				b->errors++;
				return -1;
			}
			return (int)i;
		}
	diag(&v->pos, MSG_SOP_TARGET_UNKNOWN, v->str, step_list(b, steps));
	b->errors++;
	return -1;
}

/* A flow opens with mulai and closes with selesai (a warning only). */
static void
check_ends(const struct node *steps, const struct sop *s)
{
	const struct node *first = steps->vals[0];
	const struct node *last = steps->vals[steps->n - 1];

	if (s->steps[0].symbol != SYM_MULAI)
		diag(node_get(first, "simbol") != NULL ? &node_get(first,
		    "simbol")->pos : &first->pos, MSG_SOP_START,
		    symbol_ch[s->steps[0].symbol]);
	if (s->steps[s->nsteps - 1].symbol != SYM_SELESAI)
		diag(node_get(last, "simbol") != NULL ? &node_get(last,
		    "simbol")->pos : &last->pos, MSG_SOP_END,
		    symbol_ch[s->steps[s->nsteps - 1].symbol]);
}

static struct sop *
build_flow(struct builder *b, const struct node *lanes,
    const struct node *steps)
{
	struct sop	*s = arena_alloc(b->a, sizeof(*s));
	int		*num = xcalloc(steps->n + 1, sizeof(int));

	s->lane0 = NBEFORE;
	s->nlanes = lanes->n;
	s->nsteps = steps->n;
	s->steps = arena_alloc(b->a, (steps->n + 1) * sizeof(*s->steps));
	check_lanes(b, lanes);
	check_numbers(b, steps, num);
	for (size_t i = 0; i < steps->n; i++) {
		const struct node	*m = steps->vals[i];
		const char		*sym = node_str(m, "simbol");
		int			 lane;

		lane = find_lane(b, lanes, node_get(m, "pelaksana"));
		s->steps[i].lane = lane >= 0 ? lane : 0;
		s->steps[i].symbol = sym != NULL ?
		    (enum sop_symbol)choice_index(symbol_ch, sym) : SYM_PROSES;
		s->steps[i].no_target = find_target(b, steps, num, i);
	}
	free(num);
	check_ends(steps, s);
	return s;
}

/* The block 'sop' as a typed table with its flow. */
struct table *
build_sop(struct builder *b, const struct node *m)
{
	struct table		*t = arena_alloc(b->a, sizeof(*t));
	const struct node	*lanes = node_get(m, "pelaksana");
	const struct node	*steps = node_get(m, "langkah");
	struct trow		*rows;
	int			*covered_by;

	t->pos = m->pos;
	t->caption = build_text(b, node_get(m, "judul"));
	t->key = node_str(m, "kunci");
	if (t->key != NULL)
		t->keypos = node_get(m, "kunci")->pos;
	t->landscape = is_landscape(m);
	if (node_get(m, "sumber") != NULL)
		t->source = build_text(b, node_get(m, "sumber"));
	if (lanes->n == 0 || steps->n == 0) {
		diag(&(lanes->n == 0 ? lanes : steps)->pos, MSG_EMPTY_VALUE,
		    lanes->n == 0 ? "pelaksana" : "langkah",
		    lanes->n == 0 ? tr("paling sedikit satu pelaksana",
		    "at least one pelaksana") : tr("paling sedikit satu "
		    "langkah", "at least one step"));
		b->errors++;
		return t;
	}
	build_cols(b, t, lanes);
	build_head(b, t, lanes->n);
	rows = arena_alloc(b->a, steps->n * sizeof(*rows));
	covered_by = xcalloc(steps->n, sizeof(*covered_by));
	for (size_t i = 0; i < steps->n; i++)
		covered_by[i] = -1;
	for (size_t i = 0; i < steps->n; i++)
		build_row(b, &rows[i], steps, i, lanes->n, covered_by);
	free(covered_by);
	t->body = rows;
	t->nbody = steps->n;
	t->sop = build_flow(b, lanes, steps);
	return t;
}
