/*
 * check, inline text: **bold** and *italic* resolved into runs, every
 * character checked (printable, present in the font of its face), and the
 * cross-references it makes noted.
 */
#include <stdlib.h>
#include <string.h>

#include "check_content.h"
#include "check_int.h"
#include "font.h"
#include "mem.h"
#include "utf8.h"

/* The runs of a text being built: grown with xrealloc, kept compact. */
struct runvec {
	struct run	*v;
	size_t		 n, cap;
};

static void
add_run(struct runvec *rv, const char *s, size_t len, enum face f, size_t src)
{
	if (len == 0)
		return;
	rv->v = xgrow(rv->v, rv->n, &rv->cap, sizeof(*rv->v), 4);
	rv->v[rv->n].text = s;
	rv->v[rv->n].len = (unsigned int)len;
	rv->v[rv->n].src = (unsigned int)src;
	rv->v[rv->n++].face = f;
}

/*
 * A character must be printable and present in the face it is set in.
 * Its position is looked up only when it is reported, through a cursor
 * that moves forward with i: a whole text costs one walk.
 */
static int
check_char(const struct node *n, struct spanwalk *w, const struct fontset *fs,
    size_t i, enum face f)
{
	uint32_t	 cp;
	size_t		 l = utf8_decode(n->str + i, n->len - i, &cp);
	struct pos	 p;
	char		 buf[8];

	if (l == 0 || cp == '\n')
		return 0;
	if (cp == '\t') {
		p = spanwalk_pos(w, i);
		diag(&p, MSG_CHAR_TAB);
		return 1;
	}
	if (cp < 0x20 || cp == 0x7F) {
		p = spanwalk_pos(w, i);
		diag(&p, MSG_CHAR_CONTROL, (unsigned long)cp);
		return 1;
	}
	if (fs != NULL && !font_has(fs, f, cp)) {
		p = spanwalk_pos(w, i);
		memcpy(buf, n->str + i, l);
		buf[l] = '\0';
		diag(&p, MSG_CHAR_FONT, (unsigned long)cp, buf,
		    fontset_family(fs));
		return 1;
	}
	return 0;
}

/*
 * Resolve **bold** and *italic* (a backslash escapes '*') into runs.
 * Unescaped text is copied so the runs can point at clean bytes.
 */
int
check_markup(struct arena *a, const struct node *n,
    const struct fontset *fs, struct text *t)
{
	char		*clean = arena_alloc(a, n->len + 1);
	struct srcspan	 span;
	struct spanwalk	 w;
	struct runvec	 runs = { NULL, 0, 0 };
	size_t		 i, o = 0, start = 0, sstart = 0, bold_at = 0, it_at = 0;
	int		 bold = 0, ital = 0, errs = 0;

	node_span(n, &span);
	spanwalk_init(&w, &span);
	for (i = 0; i < n->len; i++) {
		const char *s = n->str;

		if (s[i] == '\\' && i + 1 < n->len && s[i + 1] == '*') {
			clean[o++] = '*';
			i++;
			continue;
		}
		if (s[i] != '*') {
			if (((unsigned char)s[i] & 0xC0) != 0x80)
				errs += check_char(n, &w, fs, i,
				    (enum face)(bold | ital << 1));
			clean[o++] = s[i] == '\n' ? ' ' : s[i];
			continue;
		}
		add_run(&runs, clean + start, o - start,
		    (enum face)(bold | ital << 1), sstart);
		start = o;
		if (i + 1 < n->len && s[i + 1] == '*') {
			bold = !bold;
			bold_at = i++;
		} else {
			ital = !ital;
			it_at = i;
		}
		sstart = i + 1;
	}
	add_run(&runs, clean + start, o - start,
	    (enum face)(bold | ital << 1), sstart);
	if (bold) {
		struct pos p = spanwalk_pos(&w, bold_at);

		diag(&p, MSG_MARKUP_OPEN, "**");
		errs++;
	}
	if (ital) {
		struct pos p = spanwalk_pos(&w, it_at);

		diag(&p, MSG_MARKUP_OPEN, "*");
		errs++;
	}
	t->n = (unsigned int)runs.n;
	t->runs = arena_alloc(a, (runs.n ? runs.n : 1) * sizeof(*t->runs));
	if (runs.n > 0)
		memcpy(t->runs, runs.v, runs.n * sizeof(*t->runs));
	free(runs.v);
	t->pos = n->pos;
	/* kept for layout's messages; a one-line field (CSV) needs none:
	 * its messages point at the field */
	if (n->src != NULL) {
		struct srcspan *keep = arena_alloc(a, sizeof(*keep));

		*keep = span;
		t->span = keep;
	}
	return errs;
}

struct text
build_text(struct builder *b, const struct node *n)
{
	struct text t;

	memset(&t, 0, sizeof(t));
	if (n == NULL)
		return t;
	b->errors += check_markup(b->a, n, b->fs, &t);
	refs_scan(b, n);
	return t;
}
