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
