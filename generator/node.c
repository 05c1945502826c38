#include <string.h>

#include "node.h"

struct node *
node_get(const struct node *m, const char *k)
{
	if (m == NULL || m->type != NODE_MAP)
		return NULL;
	for (size_t i = 0; i < m->n; i++)
		if (strcmp(m->keys[i]->str, k) == 0)
			return m->vals[i];
	return NULL;
}

const char *
node_str(const struct node *m, const char *k)
{
	const struct node *n = node_get(m, k);

	return n != NULL && n->type == NODE_SCALAR ? n->str : NULL;
}

void
node_span(const struct node *n, struct srcspan *s)
{
	s->pos = n->pos;
	s->val = n->str;
	s->len = n->len;
	s->src = n->src;
	s->srclen = n->srclen;
	s->style = n->style;
}

struct pos
node_char_pos(const struct node *n, size_t off)
{
	struct srcspan s;

	if (n->type != NODE_SCALAR)
		return n->pos;
	node_span(n, &s);
	return span_pos(&s, off);
}

const char *
node_type_name(const struct node *n)
{
	if (n == NULL || (n->type == NODE_SCALAR && n->len == 0 &&
	    n->style == SCALAR_PLAIN))
		return tr("kosong", "empty");
	switch (n->type) {
	case NODE_SCALAR:
		return tr("teks", "text");
	case NODE_SEQ:
		return tr("daftar (- …)", "a list (- …)");
	default:
		return tr("pemetaan (kunci: nilai)", "a mapping (key: value)");
	}
}
