/*
 * check, the budget: anggaran.yaml against its schema, then built into
 * the data model (model.h).  Every amount is parsed the Indonesian way;
 * nothing is summed here (derive does it).
 */
#include <stdlib.h>
#include <string.h>

#include "check_int.h"
#include "check_isi.h"
#include "check_xlsx.h"
#include "content_load.h"
#include "input.h"
#include "mem.h"
#include "numform.h"

/* The amounts of a line, under the names content gives them. */
static const char *const amt_key[AMT__MAX] = { "murni", "perubahan",
	"realisasi" };

#define AMOUNTS \
	{ "murni", V_NUM, 0, NULL, NULL, 0, 0, NULL, NULL }, \
	{ "perubahan", V_NUM, 0, NULL, NULL, 0, 0, NULL, NULL }, \
	{ "realisasi", V_NUM, 0, NULL, NULL, 0, 0, NULL, NULL }

/* A line of the program tree: its name, code, fund and amounts. */
#define NAMED \
	{ "kunci", V_PATTERN, 0, NULL, key_re, 0, 0, NULL, NULL }, \
	{ "kode", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL }, \
	{ "nama", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL }, \
	{ "sumber_dana", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL }, \
	{ "sasaran", V_SEQ_STR, 0, NULL, NULL, 0, 0, NULL, NULL }, \
	AMOUNTS

static const struct schema line_s;

static const struct field line_f[] = {
	{ "kunci", V_PATTERN, 0, NULL, key_re, 0, 0, NULL, NULL },
	{ "uraian", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	AMOUNTS,
	{ "rincian", V_SEQ_MAP, 0, &line_s, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema line_s = { "baris 'pendapatan'/'belanja'",
	"'pendapatan'/'belanja' line", line_f, 0, NULL };

static const struct field sub_f[] = {
	NAMED,
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema sub_s = { "'sub_kegiatan'", "'sub_kegiatan'",
	sub_f, 0, NULL };

static const struct field keg_f[] = {
	NAMED,
	{ "sub_kegiatan", V_SEQ_MAP, 0, &sub_s, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema keg_s = { "'kegiatan'", "'kegiatan'", keg_f, 0,
	NULL };

static const struct field prog_f[] = {
	NAMED,
	{ "kegiatan", V_SEQ_MAP, 0, &keg_s, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema prog_s = { "'program'", "'program'", prog_f, 0,
	NULL };

static const struct field urusan_f[] = {
	{ "kunci", V_PATTERN, 0, NULL, key_re, 0, 0, NULL, NULL },
	{ "kode", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "nama", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	AMOUNTS,
	{ "program", V_SEQ_MAP, 1, &prog_s, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema urusan_s = { "'urusan'", "'urusan'", urusan_f, 0,
	NULL };

static const struct field budget_f[] = {
	{ "pendapatan", V_SEQ_MAP, 0, &line_s, NULL, 0, 0, NULL, NULL },
	{ "belanja", V_SEQ_MAP, 0, &line_s, NULL, 0, 0, NULL, NULL },
	{ "urusan", V_SEQ_MAP, 0, &urusan_s, NULL, 0, 0, NULL, NULL },
	{ "program", V_SEQ_MAP, 0, &prog_s, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema budget_s = { "'anggaran'", "'anggaran'",
	budget_f, 0, NULL };

static const struct field file_f[] = {
	{ "anggaran", V_MAP, 1, &budget_s, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema file_s = { "berkas anggaran", "budget file",
	file_f, 0, NULL };

/* What each level's children are called. */
static const char *
kids_key(enum blevel l)
{
	switch (l) {
	case BL_URAIAN:
		return "rincian";
	case BL_URUSAN:
		return "program";
	case BL_PROGRAM:
		return "kegiatan";
	case BL_KEGIATAN:
		return "sub_kegiatan";
	default:
		return NULL;
	}
}

/* An amount as written; an error (and no amount) when it is no number. */
static void
amount(struct builder *b, struct bnode *bn, const struct node *m, enum amt k)
{
	const struct node	*v = node_get(m, amt_key[k]);
	struct num		 n;
	int			 rc;
	char			*fix;

	if (v == NULL)
		return;
	fix = arena_alloc(b->a, v->len + 1);
	if (num_form(v->str, v->len, 0, fix, NULL, v->len + 1) == FORM_US) {
		/* "5,000" would be read as five rupiah */
		diag(&v->pos, MSG_BUDGET_US, v->str, amt_key[k], fix);
		b->errors++;
		bn->said_bad |= 1u << k;
		return;
	}
	if ((rc = num_parse(v->str, v->len, &n)) != NUM_OK || n.dash ||
	    n.percent) {
		diag(&v->pos, MSG_BUDGET_NUMBER, v->str, amt_key[k]);
		b->errors++;
		bn->said_bad |= 1u << k;	/* no sum above it either */
		return;
	}
	bn->said[k] = n.v;
	bn->said_pos[k] = v->pos;
	bn->has_said[k] = 1;
}

/* The sasaran a line supports, by kunci: found once kinerja.yaml is read. */
static void
goal_keys(struct builder *b, struct bnode *bn, const struct node *n)
{
	size_t k;

	if (n == NULL)
		return;
	k = n->type == NODE_SEQ ? n->n : 1;
	bn->ngoals = k;
	bn->goal_keys = arena_alloc(b->a, (k + 1) * sizeof(*bn->goal_keys));
	bn->goal_pos = arena_alloc(b->a, (k + 1) * sizeof(*bn->goal_pos));
	bn->goals = arena_alloc(b->a, (k + 1) * sizeof(*bn->goals));
	for (size_t i = 0; i < k; i++) {
		const struct node *v = n->type == NODE_SEQ ? n->vals[i] : n;

		bn->goal_keys[i] = v->str;
		bn->goal_pos[i] = v->pos;
	}
}

static void build_line(struct builder *, struct bnode *, const struct node *,
    enum blevel);

/* The children of a line under key, each a line of level l. */
static void
build_kids(struct builder *b, struct bnode *bn, const struct node *seq,
    enum blevel l)
{
	if (seq == NULL)
		return;
	bn->nkids = seq->n;
	bn->kids = arena_alloc(b->a, (seq->n + 1) * sizeof(*bn->kids));
	for (size_t i = 0; i < seq->n; i++) {
		bn->kids[i] = arena_alloc(b->a, sizeof(*bn->kids[i]));
		build_line(b, bn->kids[i], seq->vals[i], l);
	}
}

static void
build_line(struct builder *b, struct bnode *bn, const struct node *m,
    enum blevel l)
{
	const char *kk = kids_key(l);

	bn->level = l;
	bn->pos = m->pos;
	bn->name = node_str(m, l == BL_URAIAN ? "uraian" : "nama");
	if ((bn->key = node_str(m, "kunci")) != NULL)
		bn->keypos = node_get(m, "kunci")->pos;
	bn->code = node_str(m, "kode");
	bn->fund = node_str(m, "sumber_dana");
	for (int k = 0; k < AMT__MAX; k++)
		amount(b, bn, m, (enum amt)k);
	goal_keys(b, bn, node_get(m, "sasaran"));
	if (kk != NULL)
		build_kids(b, bn, node_get(m, kk),
		    l == BL_URAIAN ? BL_URAIAN : (enum blevel)(l + 1));
}

/* The program tree: urusan above the programs, or programs alone. */
static void
build_programs(struct builder *b, struct budget *bg, const struct node *m)
{
	const struct node *u = node_get(m, "urusan"), *p = node_get(m, "program");

	bg->programs.level = BL_URUSAN;
	bg->programs.pos = m->pos;
	if (u != NULL && p != NULL) {
		diag(&p->pos, MSG_BUDGET_BOTH);
		b->errors++;	/* the urusan are built: no knock-on */
	}
	if (u != NULL)
		build_kids(b, &bg->programs, u, BL_URUSAN);
	else
		build_kids(b, &bg->programs, p, BL_PROGRAM);
}

struct budget *
budget_load(struct builder *b, const struct node *f)
{
	struct in_req	 rq = { b->dir, f->str, &f->pos, MSG_DATA_FILE,
			    LOAD_MAX_FILE };
	struct node	*root;
	const struct node *m;
	struct budget	*bg;

	if (f->type == NODE_MAP)	/* a sheet of a workbook */
		return budget_sheet(b, f);
	if ((root = content_load_file(b->a, &rq)) == NULL) {
		b->errors++;
		return NULL;
	}
	b->errors += check_isi(root);
	if (check_schema(root, &file_s) > 0) {
		b->errors++;
		return NULL;
	}
	m = node_get(root, "anggaran");
	bg = arena_alloc(b->a, sizeof(*bg));
	bg->pos = m->pos;
	bg->revenue.pos = bg->spending.pos = m->pos;
	if (node_get(m, "belanja") != NULL)
		bg->spending.pos = node_get(m, "belanja")->pos;
	build_kids(b, &bg->revenue, node_get(m, "pendapatan"), BL_URAIAN);
	build_kids(b, &bg->spending, node_get(m, "belanja"), BL_URAIAN);
	build_programs(b, bg, m);
	return bg;
}
