/*
 * check, an organisation chart (gambar: bagan:): the units and officials
 * of the structure as content states them.  Shapes only; layout draws.
 */
#include <string.h>

#include "check_content.h"
#include "check_int.h"
#include "mem.h"

static const struct field box_f[] = {
	{ "nama", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "pejabat", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema box_s = { "kotak bagan", "chart box", box_f, 0,
	"nama" };

static const struct field unit_f[] = {
	{ "nama", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "pejabat", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "unit", V_SEQ_MAP, 0, &box_s, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema unit_s = { "unit bagan", "chart unit", unit_f, 0,
	"nama" };

static const struct field org_f[] = {
	{ "kepala", V_STR_OR_MAP, 1, &box_s, NULL, 0, 0, NULL, NULL },
	{ "sekretariat", V_STR_OR_MAP, 0, &unit_s, NULL, 0, 0, NULL, NULL },
	{ "bidang", V_SEQ_MAP, 0, &unit_s, NULL, 0, 0, NULL, NULL },
	{ "fungsional", V_STR_OR_MAP, 0, &box_s, NULL, 0, 0, NULL, NULL },
	{ "orientasi", V_CHOICE, 0, NULL, orient_ch, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
const struct schema content_org_s = { "'bagan'", "'bagan'", org_f, 0, NULL };

/* A box written as its name alone, or as nama/pejabat/unit. */
static void
build_box(struct builder *b, struct orgbox *o, const struct node *n)
{
	const struct node *u;

	memset(o, 0, sizeof(*o));
	o->pos = n->pos;
	if (n->type == NODE_SCALAR) {
		o->name = build_text(b, n);
		return;
	}
	o->name = build_text(b, node_get(n, "nama"));
	if (node_get(n, "pejabat") != NULL)
		o->official = build_text(b, node_get(n, "pejabat"));
	if ((u = node_get(n, "unit")) != NULL) {
		o->nkids = u->n;
		o->kids = arena_alloc(b->a, (u->n + 1) * sizeof(*o->kids));
		for (size_t i = 0; i < u->n; i++)
			build_box(b, &o->kids[i], u->vals[i]);
	}
}

static struct orgbox *
optional_box(struct builder *b, const struct node *m, const char *key)
{
	struct orgbox *o;

	if (node_get(m, key) == NULL)
		return NULL;
	o = arena_alloc(b->a, sizeof(*o));
	build_box(b, o, node_get(m, key));
	return o;
}

struct orgchart *
build_orgchart(struct builder *b, const struct node *m)
{
	struct orgchart		*c = arena_alloc(b->a, sizeof(*c));
	const struct node	*u = node_get(m, "bidang");

	c->pos = m->pos;
	build_box(b, &c->head, node_get(m, "kepala"));
	c->secretariat = optional_box(b, m, "sekretariat");
	c->functional = optional_box(b, m, "fungsional");
	c->landscape = is_landscape(m);
	if (u != NULL) {
		c->nunits = u->n;
		c->units = arena_alloc(b->a, (u->n + 1) * sizeof(*c->units));
		for (size_t i = 0; i < u->n; i++)
			build_box(b, &c->units[i], u->vals[i]);
	}
	return c;
}
