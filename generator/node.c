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

const char *
node_str(const struct node *m, const char *k)
{
	const struct node *n = node_get(m, k);

	return n != NULL && n->type == NODE_SCALAR ? n->str : NULL;
}

static int
ws(char c)
{
	return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

/* Length of a double-quoted escape at s ("\n", "\x41", "\u00e9"...). */
static size_t
escape_len(const char *s, size_t n)
{
	size_t k = 2;

	if (n < 2)
		return n;
	if (s[1] == 'x')
		k = 4;
	else if (s[1] == 'u')
		k = 6;
	else if (s[1] == 'U')
		k = 10;
	return k < n ? k : n;
}

/*
 * Where the value's byte `off` stands in the source: walk the value and
 * the source together; the source has the same characters plus quotes,
 * escapes, block indicators, indentation and folded line breaks.
 */
static size_t
source_offset(const struct node *n, size_t off)
{
	const char	*s = n->src;
	size_t		 j = 0, i = 0, sl = n->srclen;

	if (n->style == SCALAR_SQUOTED || n->style == SCALAR_DQUOTED)
		j = 1;
	else if (n->style == SCALAR_LITERAL || n->style == SCALAR_FOLDED)
		while (j < sl && s[j++] != '\n')
			;
	while (i < off && j < sl) {
		if (ws(n->str[i])) {
			i++;
			continue;
		}
		while (j < sl && ws(s[j]))
			j++;
		if (n->style == SCALAR_DQUOTED && s[j] == '\\') {
			j += escape_len(s + j, sl - j);
			i++;
			while (i < off && ((unsigned char)n->str[i] & 0xC0) == 0x80)
				i++;
		} else if (n->style == SCALAR_SQUOTED && s[j] == '\'' &&
		    j + 1 < sl && s[j + 1] == '\'') {
			j += 2;
			i++;
		} else {
			j++;
			i++;
		}
	}
	/* a space of the value may be a line break of the source: skip to
	 * the character itself, unless the one asked for is white space */
	if (off < n->len && !ws(n->str[off]))
		while (j < sl && ws(s[j]))
			j++;
	return j;
}

struct pos
node_char_pos(const struct node *n, size_t off)
{
	struct pos	 p = n->pos;
	size_t		 j, k;

	if (n->type != NODE_SCALAR || off > n->len)
		return p;
	if (n->src == NULL) {	/* built by hand: one plain line */
		p.col += (int)utf8_count(n->str, off);
		return p;
	}
	j = source_offset(n, off);
	for (k = 0; k < j; k++) {
		if (n->src[k] == '\n') {
			p.line++;
			p.col = 1;
		} else if (((unsigned char)n->src[k] & 0xC0) != 0x80)
			p.col++;
	}
	return p;
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
