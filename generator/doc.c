#include <string.h>

#include "doc.h"
#include "mem.h"

struct text
text_plain(struct arena *a, const char *s, enum face f, struct pos pos)
{
	struct text t;

	memset(&t, 0, sizeof(t));
	t.runs = arena_alloc(a, sizeof(*t.runs));
	t.runs[0].text = s;
	t.runs[0].len = strlen(s);
	t.runs[0].face = f;
	t.n = 1;
	t.pos = pos;
	return t;
}

/* The characters of a text without its faces, NUL-terminated. */
char *
text_flat(struct arena *a, const struct text *t)
{
	size_t	 len = 0, o = 0;
	char	*s;

	for (size_t i = 0; i < t->n; i++)
		len += t->runs[i].len;
	s = arena_alloc(a, len + 1);
	for (size_t i = 0; i < t->n; i++) {
		memcpy(s + o, t->runs[i].text, t->runs[i].len);
		o += t->runs[i].len;
	}
	return s;
}

struct text
text_wrap(struct arena *a, const char *before, enum face bf,
    const struct text *t, int face_or, const char *after, enum face af)
{
	struct text	 w = *t;
	size_t		 k = 0;

	w.n = t->n + (before != NULL) + (after != NULL);
	w.runs = arena_alloc(a, (w.n ? w.n : 1) * sizeof(*w.runs));
	w.src = NULL;	/* a wrapped text is laid out, not filled in again */
	w.nsrc = 0;
	if (before != NULL)
		w.runs[k++] = text_plain(a, before, bf, t->pos).runs[0];
	for (unsigned int i = 0; i < t->n; i++) {
		w.runs[k] = t->runs[i];
		w.runs[k++].face |= face_or;
	}
	if (after != NULL)
		w.runs[k] = text_plain(a, after, af, t->pos).runs[0];
	return w;
}

struct pos
text_pos(const struct text *t, size_t src)
{
	return t->span != NULL ? span_pos(t->span, src) : t->pos;
}

const struct refkey *
refs_find(const struct report *r, const char *key)
{
	for (size_t i = 0; i < r->nkeys; i++)
		if (strcmp(r->keys[i].key, key) == 0)
			return &r->keys[i];
	return NULL;
}

/*
 * The one way a number is printed in a table: the column's decimals
 * (rounded half up), its prefix and suffix; "-" stands alone.  The text
 * keeps the face of its first run.
 */
void
tcell_number(struct arena *a, const struct tcol *col, struct tcell *c,
    const struct num *v)
{
	char buf[NUM_BUFSZ];

	c->has_value = !v->dash;
	c->value = v->v;
	num_format(v, col->decimals, col->kind == COL_PERSEN, buf, sizeof(buf));
	c->text.n = 1;
	c->text.runs[0].text = v->dash ? arena_strdup(a, buf) :
	    arena_printf(a, "%s%s%s", col->prefix ? col->prefix : "", buf,
	    col->suffix ? col->suffix : "");
	c->text.runs[0].len = strlen(c->text.runs[0].text);
}

const char *
fig_text(struct arena *a, num_t v, int decimals, int percent)
{
	struct num	n;
	char		buf[NUM_BUFSZ];

	memset(&n, 0, sizeof(n));
	n.v = v;
	num_format(&n, decimals, percent, buf, sizeof(buf));
	return arena_strdup(a, buf);
}

/* For messages and intervals: never rounded into another figure. */
const char *
fig_exact(struct arena *a, num_t v)
{
	int d = 0;

	if (v % NUM_SCALE != 0)
		d = v % 100 == 0 ? 2 : v % 10 == 0 ? 3 : 4;
	return fig_text(a, v, d, 0);
}
