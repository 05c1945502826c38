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
