/*
 * check, tables made from data: `data` names the budget trees the rows
 * come from (with an optional label row before each), `tingkat` the
 * levels of the program tree shown, `huruf_besar` those named in
 * capitals, `baris_jumlah` a total row, and each column's `isi` what it
 * shows.  The rows themselves are derive's.
 */
#include <string.h>

#include "check_int.h"
#include "mem.h"

/* enum tree, as `data` names the trees. */
static const char *const tree_ch[] = { "anggaran.pendapatan",
	"anggaran.belanja", "anggaran.program", "anggaran.sasaran", "kinerja",
	"kinerja.skala", "pegawai", "kinerja.program", NULL };
/* `tingkat` of a kinerja table: the rows of which goals. */
static const char *const goal_level_ch[] = { "tujuan", "sasaran", "lainnya",
	NULL };
/* enum blevel from BL_URUSAN, as `tingkat` names the levels. */
static const char *const level_ch[] = { "urusan", "program", "kegiatan",
	"sub_kegiatan", NULL };

static const struct field source_f[] = {
	{ "dari", V_CHOICE, 1, NULL, tree_ch, 0, 0, NULL, NULL },
	{ "judul", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema source_s = { "sumber 'data'", "'data' source",
	source_f, 0, "dari" };
static const struct field one_source_f =
	{ "data", V_CHOICE, 1, NULL, tree_ch, 0, 0, NULL, NULL };
static const struct field sources_f =
	{ "data", V_SEQ_MAP, 1, &source_s, NULL, 0, 0, NULL, NULL };

static const struct field total_f[] = {
	{ "judul", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "dari", V_CHOICE, 0, NULL, tree_ch, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
const struct schema tdata_total_s = { "'baris_jumlah'", "'baris_jumlah'",
	total_f, 0, "judul" };

/* `data`: one tree by name, or a list of them (names or mappings). */
int
check_tdata(const struct node *n, const struct field *f)
{
	(void)f;
	if (n->type == NODE_SCALAR)
		return check_value(n, &one_source_f, "");
	return check_value(n, &sources_f, "");
}

static void
build_sources(struct builder *b, struct tdata *d, const struct node *n)
{
	size_t k = n->type == NODE_SCALAR ? 1 : n->n;

	d->nsrc = k;
	d->src = arena_alloc(b->a, (k + 1) * sizeof(*d->src));
	for (size_t i = 0; i < k; i++) {
		const struct node *e = n->type == NODE_SCALAR ? n : n->vals[i];
		const struct node *name = e->type == NODE_SCALAR ? e :
		    node_get(e, "dari");

		d->src[i].tree = (enum tree)choice_index(tree_ch, name->str);
		d->src[i].pos = e->pos;
		if (e->type == NODE_MAP && node_get(e, "judul") != NULL)
			d->src[i].heading = build_text(b, node_get(e, "judul"));
	}
}

static unsigned int
build_levels(struct builder *b, const struct node *n, const char *key,
    const char *const *ch, int shift)
{
	unsigned int	 mask = 0;
	char buf[128];

	for (size_t i = 0; n != NULL && i < (n->type == NODE_SEQ ? n->n : 1); i++) {
		const struct node	*v = n->type == NODE_SEQ ? n->vals[i] : n;
		int			 k = choice_index(ch, v->str);

		if (k < 0) {
			buf[0] = '\0';
			for (size_t j = 0; ch[j] != NULL; j++) {
				if (j)
					strcat(buf, ", ");
				strcat(buf, ch[j]);
			}
			diag(&v->pos, MSG_BAD_CHOICE, v->str, key, buf);
			b->errors++;
			continue;
		}
		mask |= 1u << (shift + k);
	}
	return mask;
}

/* The total row: its label, and which source it adds up. */
static void
build_total(struct builder *b, struct tdata *d, const struct node *n)
{
	const char *from;

	if (n == NULL)
		return;
	d->has_total = 1;
	d->total_label = build_text(b, n->type == NODE_SCALAR ? n :
	    node_get(n, "judul"));
	from = n->type == NODE_MAP ? node_str(n, "dari") : NULL;
	if (from == NULL) {
		if (d->nsrc > 1) {
			diag(&n->pos, MSG_TDATA_TOTAL_FROM);
			b->errors++;
		}
		d->total_tree = d->src[0].tree;
		return;
	}
	d->total_tree = (enum tree)choice_index(tree_ch, from);
	for (size_t i = 0; i < d->nsrc; i++)
		if (d->src[i].tree == d->total_tree)
			return;
	diag(&node_get(n, "dari")->pos, MSG_TDATA_TOTAL_SRC, from);
	b->errors++;
}

static int src_fits(enum col_src, enum tree);

/* Every column of a data table says what it shows (of what it has). */
static void
check_columns(struct builder *b, const struct table *t, const struct node *m,
    enum tree tree)
{
	const struct node	*cols = node_get(m, "kolom");
	char			 buf[256];

	buf[0] = '\0';
	for (size_t j = 0; src_ch[j] != NULL; j++) {
		if (!src_fits((enum col_src)(j + 1), tree))
			continue;
		if (buf[0] != '\0')
			strcat(buf, ", ");
		strcat(buf, src_ch[j]);
	}
	for (size_t i = 0; i < t->ncols; i++)
		if (t->cols[i].src == SRC_NONE) {
			diag(&cols->vals[i]->pos, MSG_TDATA_ISI,
			    text_flat(b->a, &t->cols[i].title), buf);
			b->errors++;
		}
}

/* Which 'isi' each kind of data has. */
static int
src_fits(enum col_src src, enum tree tree)
{
	switch (tree) {
	case TREE_PERF:
		return src == SRC_NOMOR || src == SRC_REALISASI ||
		    src == SRC_SERAPAN || (src >= SRC_SASARAN &&
		    src <= SRC_EFISIENSI && src != SRC_RENTANG) ||
		    src == SRC_ANALISIS || src == SRC_SOLUSI;
	case TREE_SCALE:
		return src == SRC_NOMOR || src == SRC_RENTANG ||
		    src == SRC_KATEGORI;
	case TREE_GOALS:
		return src == SRC_NOMOR || src == SRC_NAMA ||
		    (src >= SRC_MURNI && src <= SRC_PORSI);
	case TREE_PEGAWAI:
		return staff_src(src);
	case TREE_GOAL_LINES:
		/* a budget line per row, its sasaran's over the rows */
		return (src < SRC_SASARAN && src != SRC_PORSI) ||
		    src == SRC_SASARAN || src == SRC_INDIKATOR ||
		    src == SRC_CAPAIAN;
	default:
		return src < SRC_SASARAN;
	}
}

/* Data whose rows are not budget lines: a table of it takes nothing else. */
static int
alone(enum tree t)
{
	return t == TREE_PERF || t == TREE_SCALE || t == TREE_PEGAWAI ||
	    t == TREE_GOAL_LINES;
}

/*
 * kinerja stands alone (its rows are indicators, not budget lines); every
 * column shows what its data has.
 */
static void
check_sources(struct builder *b, struct table *t, const struct tdata *d,
    const struct node *m)
{
	const struct node *cols = node_get(m, "kolom");

	for (size_t i = 1; i < d->nsrc; i++)
		if (d->src[i].tree != d->src[0].tree &&
		    (alone(d->src[i].tree) || alone(d->src[0].tree))) {
			diag(&d->src[i].pos, MSG_TDATA_MIX);
			b->errors++;
			return;
		}
	for (size_t i = 0; i < t->ncols; i++) {
		struct tcol *c = &t->cols[i];

		if (c->src == SRC_NONE || src_fits(c->src, d->src[0].tree))
			continue;
		diag(&node_get(cols->vals[i], "isi")->pos, MSG_TDATA_ISI_SOURCE,
		    src_ch[c->src - 1], tree_ch[d->src[0].tree]);
		b->errors++;
	}
	if (d->src[0].tree != TREE_PERF)
		return;
	/* an indicator's realisasi is a figure like its target, not rupiah */
	for (size_t i = 0; i < t->ncols; i++)
		if (t->cols[i].src == SRC_REALISASI &&
		    node_get(cols->vals[i], "jenis") == NULL) {
			t->cols[i].kind = COL_DESIMAL;
			t->cols[i].as_written = node_get(cols->vals[i],
			    "desimal") == NULL;
		}
}

static const char *
closest_ind(const struct perf *p, const char *key)
{
	struct suggest s;

	suggest_init(&s, key);
	for (size_t i = 0; i < p->nall; i++)
		suggest_offer(&s, p->all[i]->key);
	return suggest_result(&s);
}

/* `indikator`: the indicators a kinerja table shows, in its order. */
static void
pick_indicators(struct builder *b, struct tdata *d, const struct node *n)
{
	size_t k;

	if (n == NULL || b->perf == NULL)
		return;
	k = n->type == NODE_SEQ ? n->n : 1;
	d->ind = arena_alloc(b->a, (k + 1) * sizeof(*d->ind));
	for (size_t i = 0; i < k; i++) {
		const struct node	*v = n->type == NODE_SEQ ? n->vals[i] : n;
		const struct indicator	*in = NULL;
		const char		*s;

		for (size_t j = 0; j < b->perf->nall && in == NULL; j++)
			if (strcmp(b->perf->all[j]->key, v->str) == 0)
				in = b->perf->all[j];
		if (in != NULL) {
			d->ind[d->nind++] = in;
			continue;
		}
		if ((s = closest_ind(b->perf, v->str)) != NULL)
			diag(&v->pos, MSG_IND_UNKNOWN_SUGG, v->str, s);
		else
			diag(&v->pos, MSG_IND_UNKNOWN, v->str);
		b->errors++;
	}
}

void
build_tdata(struct builder *b, struct table *t, const struct node *m)
{
	struct tdata		*d = arena_alloc(b->a, sizeof(*d));
	const struct node	*n = node_get(m, "data");
	static const char *const typed[] = { "baris", "jumlah",
				    "periksa_jumlah", "kepala_csv",
				    "periksa_kinerja", NULL };
	int			 perf;

	for (size_t i = 0; typed[i] != NULL; i++)
		if (node_get(m, typed[i]) != NULL) {
			diag(&node_get(m, typed[i])->pos, MSG_TDATA_ROWS,
			    typed[i]);
			b->errors++;
		}
	d->pos = n->pos;
	build_sources(b, d, n);
	check_columns(b, t, m, d->src[0].tree);
	if (staff_tdata(b, t, m, d))	/* check_pegawai.c */
		return;
	perf = d->nsrc > 0 && (d->src[0].tree == TREE_PERF ||
	    d->src[0].tree == TREE_SCALE);
	d->levels = build_levels(b, node_get(m, "tingkat"), "tingkat",
	    perf ? goal_level_ch : level_ch, perf ? 0 : BL_URUSAN);
	d->caps = build_levels(b, node_get(m, "huruf_besar"), "huruf_besar",
	    level_ch, BL_URUSAN);
	check_sources(b, t, d, m);
	if (perf && d->src[0].tree == TREE_PERF)
		pick_indicators(b, d, node_get(m, "indikator"));
	build_total(b, d, node_get(m, "baris_jumlah"));
	t->data = d;
	/* the scale's table says by default which rule the scale is */
	if (d->src[0].tree == TREE_SCALE && t->source.n == 0 && b->perf != NULL &&
	    b->perf->scale_source != NULL)
		t->source = text_plain(b->a, b->perf->scale_source, FACE_REGULAR,
		    b->perf->scale_pos);
	if (d->src[0].tree == TREE_GOAL_LINES && ((b->perf == NULL &&
	    !b->perf_named) || (b->budget == NULL && !b->budget_named))) {
		if (b->perf == NULL)
			diag(&n->pos, MSG_TDATA_NOPERF);
		else
			diag(&n->pos, MSG_TDATA_NODATA, "kinerja.program");
		b->errors++;
	} else if (perf && b->perf == NULL && !b->perf_named) {
		diag(&n->pos, MSG_TDATA_NOPERF);
		b->errors++;
	} else if (!perf && b->budget == NULL && !b->budget_named) {
		diag(&n->pos, MSG_TDATA_NODATA, n->type == NODE_SCALAR ?
		    n->str : tr("anggaran", "anggaran"));
		b->errors++;
	}
}
