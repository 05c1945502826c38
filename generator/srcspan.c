/*
 * Offsets of a scalar's value back to file:line:col.  The source holds
 * the same characters as the value plus quotes, escapes, block
 * indicators, indentation and folded line breaks: walk both together.
 */
#include <string.h>

#include "srcspan.h"

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

/* Where the value's first character stands in the source. */
static size_t
value_start(const struct srcspan *s)
{
	size_t j = 0;

	if (s->style == SCALAR_SQUOTED || s->style == SCALAR_DQUOTED)
		j = 1;
	else if (s->style == SCALAR_LITERAL || s->style == SCALAR_FOLDED)
		while (j < s->srclen && s->src[j++] != '\n')
			;
	return j;
}

/* Move position p over the source bytes [from, to). */
static void
count_to(const struct srcspan *s, struct pos *p, size_t from, size_t to)
{
	for (size_t k = from; k < to; k++) {
		if (s->src[k] == '\n') {
			p->line++;
			p->col = 1;
		} else if (((unsigned char)s->src[k] & 0xC0) != 0x80)
			p->col++;
	}
}

void
spanwalk_init(struct spanwalk *w, const struct srcspan *s)
{
	w->s = s;
	w->i = 0;
	w->j = 0;
	w->p = s->pos;
	if (s->src != NULL) {
		w->j = value_start(s);
		count_to(s, &w->p, 0, w->j);
	}
}

/* One step of the walk: the value's character at w->i and its source. */
static void
step(struct spanwalk *w, size_t off)
{
	const struct srcspan	*s = w->s;
	const char		*src = s->src;
	size_t			 sl = s->srclen, j = w->j;

	if (ws(s->val[w->i])) {
		w->i++;
		return;
	}
	while (j < sl && ws(src[j]))
		j++;
	if (s->style == SCALAR_DQUOTED && j < sl && src[j] == '\\') {
		j += escape_len(src + j, sl - j);
		w->i++;
		while (w->i < off && ((unsigned char)s->val[w->i] & 0xC0) == 0x80)
			w->i++;
	} else if (s->style == SCALAR_SQUOTED && j + 1 < sl &&
	    src[j] == '\'' && src[j + 1] == '\'') {
		j += 2;
		w->i++;
	} else {
		j++;
		w->i++;
	}
	count_to(s, &w->p, w->j, j);
	w->j = j;
}

struct pos
spanwalk_pos(struct spanwalk *w, size_t off)
{
	const struct srcspan	*s = w->s;
	struct pos		 p;
	size_t			 j;

	if (off > s->len)
		return s->pos;
	if (off < w->i)
		spanwalk_init(w, s);
	if (s->src == NULL) {	/* one plain line: a column per character */
		for (; w->i < off; w->i++)
			if (((unsigned char)s->val[w->i] & 0xC0) != 0x80)
				w->p.col++;
		return w->p;
	}
	while (w->i < off && w->j < s->srclen)
		step(w, off);
	/* a space of the value may be a line break of the source: skip to
	 * the character itself, unless the one asked for is white space */
	p = w->p;
	j = w->j;
	if (off < s->len && !ws(s->val[off]))
		while (j < s->srclen && ws(s->src[j]))
			j++;
	count_to(s, &p, w->j, j);
	return p;
}

struct pos
span_pos(const struct srcspan *s, size_t off)
{
	struct spanwalk w;

	spanwalk_init(&w, s);
	return spanwalk_pos(&w, off);
}
