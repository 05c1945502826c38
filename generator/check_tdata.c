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
	"anggaran.belanja", "anggaran.program", NULL };
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
build_levels(struct builder *b, const struct node *n, const char *key)
{
	unsigned int	 mask = 0;
	char buf[128];

	for (size_t i = 0; n != NULL && i < (n->type == NODE_SEQ ? n->n : 1); i++) {
		const struct node	*v = n->type == NODE_SEQ ? n->vals[i] : n;
		int			 k = choice_index(level_ch, v->str);

		if (k < 0) {
			buf[0] = '\0';
			for (size_t j = 0; level_ch[j] != NULL; j++) {
				if (j)
					strcat(buf, ", ");
				strcat(buf, level_ch[j]);
			}
			diag(&v->pos, MSG_BAD_CHOICE, v->str, key, buf);
			b->errors++;
			continue;
		}
		mask |= 1u << (BL_URUSAN + k);
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

/* Every column of a data table says what it shows. */
static void
check_columns(struct builder *b, const struct table *t, const struct node *m)
{
	const struct node	*cols = node_get(m, "kolom");
	char			 buf[256];

	buf[0] = '\0';
	for (size_t j = 0; src_ch[j] != NULL; j++) {
		if (j)
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

void
build_tdata(struct builder *b, struct table *t, const struct node *m)
{
	struct tdata		*d = arena_alloc(b->a, sizeof(*d));
	const struct node	*n = node_get(m, "data");
	static const char *const typed[] = { "baris", "jumlah",
				    "periksa_jumlah", "kepala_csv", NULL };

	for (size_t i = 0; typed[i] != NULL; i++)
		if (node_get(m, typed[i]) != NULL) {
			diag(&node_get(m, typed[i])->pos, MSG_TDATA_ROWS,
			    typed[i]);
			b->errors++;
		}
	check_columns(b, t, m);
	d->pos = n->pos;
	build_sources(b, d, n);
	d->levels = build_levels(b, node_get(m, "tingkat"), "tingkat");
	d->caps = build_levels(b, node_get(m, "huruf_besar"), "huruf_besar");
	build_total(b, d, node_get(m, "baris_jumlah"));
	t->data = d;
	if (b->budget == NULL && !b->budget_named) {
		diag(&n->pos, MSG_TDATA_NODATA, n->type == NODE_SCALAR ?
		    n->str : tr("anggaran", "anggaran"));
		b->errors++;
	}
}
