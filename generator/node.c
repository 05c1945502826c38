#include <string.h>

#include "node.h"
#include "utf8.h"

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

struct pos
node_char_pos(const struct node *n, size_t off)
{
	struct pos p = n->pos;

	/* Only a one-line plain or quoted scalar maps offsets to columns. */
	if (n->type != NODE_SCALAR || !n->single_line ||
	    n->style == SCALAR_LITERAL || n->style == SCALAR_FOLDED ||
	    off > n->len)
		return p;
	p.col += (int)utf8_count(n->str, off);
	if (n->style != SCALAR_PLAIN)
		p.col++;
	return p;
}

const char *
node_type_name(const struct node *n)
{
	if (n == NULL)
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
