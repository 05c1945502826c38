/*
 * check, a chart of a figure (gambar: grafik:): what it draws and from
 * where.  Only the shape is checked here; the table or indicator it names
 * and the values are derive's (derive_chart.c), once the tables are made.
 */
#include <stdlib.h>
#include <string.h>

#include "check_content.h"
#include "check_int.h"
#include "mem.h"

static const char *const chart_ch[] = { "batang", "batang_mendatar",
	"lingkaran", "donat", "garis", NULL };

static const struct field series_f[] = {
	{ "kolom", V_INT, 1, NULL, NULL, 1, 99, NULL, NULL },
	{ "nama", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema series_s = { "seri grafik", "chart series",
	series_f, 0, "kolom" };

static const struct field chart_f[] = {
	{ "jenis", V_CHOICE, 1, NULL, chart_ch, 0, 0, NULL, NULL },
	{ "tumpuk", V_BOOL, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "arsir", V_BOOL, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "tabel", V_PATTERN, 0, NULL, key_re, 0, 0, NULL, NULL },
	{ "kategori", V_INT, 0, NULL, NULL, 1, 99, NULL, NULL },
	{ "awalan_kategori", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "seri", V_SEQ_MAP, 0, &series_s, NULL, 0, 0, NULL, NULL },
	{ "indikator", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
const struct schema content_chart_s = { "'grafik'", "'grafik'", chart_f, 0,
	NULL };

static struct chart_series
build_series(struct builder *b, const struct node *n)
{
	struct chart_series	 s;
	const struct node	*k = n->type == NODE_SCALAR ? n :
	    node_get(n, "kolom");

	memset(&s, 0, sizeof(s));
	s.col = atoi(k->str);
	s.pos = k->pos;
	if (n->type == NODE_MAP && node_get(n, "nama") != NULL)
		s.name = build_text(b, node_get(n, "nama"));
	return s;
}

/* The source and the kind agree; 0, else the one error said. */
static int
chart_shape(const struct chart *c)
{
	if ((c->table == NULL) == (c->indicator == NULL)) {
		diag(&c->pos, MSG_CHART_SOURCE);
		return -1;
	} else if (c->indicator != NULL && c->kind != CH_LINE) {
		diag(&c->ind_pos, MSG_CHART_IND_KIND);
		return -1;
	} else if (c->table != NULL && c->nseries == 0) {
		diag(&c->table_pos, MSG_CHART_NO_SERIES);
		return -1;
	} else if ((c->kind == CH_PIE || c->kind == CH_DONUT) &&
	    c->nseries > 1) {
		diag(&c->series[1].pos, MSG_CHART_PIE_SERIES);
		return -1;
	}
	return 0;
}

/*
 * A chart reads a table (tabel, with its seri) or an indicator (garis
 * only); which of the two is said here, where the grafik is written.
 */
struct chart *
build_chart(struct builder *b, const struct node *m)
{
	struct chart		*c = arena_alloc(b->a, sizeof(*c));
	const struct node	*n;

	c->pos = m->pos;
	c->kind = (enum chart_kind)choice_index(chart_ch,
	    node_str(m, "jenis"));
	c->stacked = node_get(m, "tumpuk") != NULL &&
	    schema_bool(node_get(m, "tumpuk"));
	c->hatched = node_get(m, "arsir") != NULL &&
	    schema_bool(node_get(m, "arsir"));
	c->cat_col = 1;
	if ((n = node_get(m, "kategori")) != NULL) {
		c->cat_col = atoi(n->str);
		c->cat_pos = n->pos;
	}
	c->cat_prefix = node_str(m, "awalan_kategori");
	if ((n = node_get(m, "tabel")) != NULL) {
		c->table = n->str;
		c->table_pos = n->pos;
	}
	if ((n = node_get(m, "indikator")) != NULL) {
		c->indicator = n->str;
		c->ind_pos = n->pos;
	}
	if ((n = node_get(m, "seri")) != NULL) {
		c->nseries = n->n;
		c->series = arena_alloc(b->a, (n->n + 1) * sizeof(*c->series));
		for (size_t i = 0; i < n->n; i++)
			c->series[i] = build_series(b, n->vals[i]);
	}
	if (chart_shape(c) != 0) {
		/* nothing for derive to read: no knock-on findings there */
		c->table = c->indicator = NULL;
		b->errors++;
	} else if (c->indicator != NULL && b->perf == NULL) {
		/* named but not valid: said where the file is, not again */
		if (!b->perf_named) {
			diag(&c->ind_pos, MSG_CHART_NOPERF, c->indicator);
			b->errors++;
		}
		c->indicator = NULL;
	}
	return c;
}