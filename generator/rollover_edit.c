/*
 * lakin new --dari: edits on the text of a YAML file at the places its
 * tree gives (rollover.h).  Block values are found by indentation, the
 * way YAML itself ends them, so a value is replaced whole with the lines
 * that belong to it and nothing else.
 */
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "rollover.h"

size_t
rfile_off(const struct rfile *f, struct pos p)
{
	size_t	i = 0;
	int	line = 1, col = 1;

	while (i < f->len && line < p.line)
		if (f->buf[i++] == '\n')
			line++;
	while (i < f->len && col < p.col && f->buf[i] != '\n') {
		i++;
		while (i < f->len && ((unsigned char)f->buf[i] & 0xC0) == 0x80)
			i++;
		col++;
	}
	return i;
}

void
redit_add(struct rfile *f, size_t off, size_t len, const char *text)
{
	f->v = xgrow(f->v, f->n, &f->cap, sizeof(*f->v), 16);
	f->v[f->n] = (struct redit){ off, len, arena_strdup(f->a, text), f->n };
	f->n++;
}

static size_t
line_end(const struct rfile *f, size_t i)
{
	while (i < f->len && f->buf[i] != '\n')
		i++;
	return i;
}

/* Spaces before the first character of the line at i, or -1 when the
 * line is blank or a comment (it ends no block). */
static int
line_indent(const struct rfile *f, size_t i)
{
	int n = 0;

	while (i < f->len && f->buf[i] == ' ') {
		i++;
		n++;
	}
	if (i >= f->len || f->buf[i] == '\n' || f->buf[i] == '#' ||
	    f->buf[i] == '\r')
		return -1;
	return n;
}

/* The end of a flow collection opened at i ('{' or '['), quotes skipped. */
static size_t
flow_end(const struct rfile *f, size_t i)
{
	int	depth = 0;
	char	q = 0;

	for (; i < f->len; i++) {
		char c = f->buf[i];

		if (q != 0) {
			if (c == '\\' && q == '"')
				i++;
			else if (c == q)
				q = 0;
		} else if (c == '"' || c == '\'')
			q = c;
		else if (c == '{' || c == '[')
			depth++;
		else if ((c == '}' || c == ']') && --depth == 0)
			return i + 1;
	}
	return f->len;
}

/*
 * The end of the value of entry i of block map m: the end of the last
 * line indented deeper than the key (a list may stand at the key's own
 * indentation), trailing comment lines left where they are.
 */
static size_t
block_end(const struct rfile *f, const struct node *m, size_t i)
{
	const struct node	*v = m->vals[i];
	int			 kcol = m->keys[i]->pos.col - 1;
	size_t			 at = line_end(f, rfile_off(f, m->keys[i]->pos));
	size_t			 end = at;

	while (at < f->len) {
		size_t	start = at + 1;
		int	ind = line_indent(f, start);

		if (start >= f->len)
			break;
		if (ind >= 0 && (ind < kcol || (ind == kcol &&
		    !(v->type == NODE_SEQ && f->buf[start + ind] == '-'))))
			break;
		at = line_end(f, start);
		if (ind >= 0)
			end = at;
	}
	return end;
}

/* Byte range [*off, *end) of the value of entry i of m as written. */
static void
value_range(const struct rfile *f, const struct node *m, size_t i,
    size_t *off, size_t *end)
{
	const struct node *v = m->vals[i];

	*off = rfile_off(f, v->pos);
	if (v->type == NODE_SCALAR && v->single_line)
		*end = *off + v->srclen;
	else if (v->type != NODE_SCALAR && *off < f->len &&
	    (f->buf[*off] == '{' || f->buf[*off] == '['))
		*end = flow_end(f, *off);
	else {
		/* from just after "key:" to the block's last line */
		size_t k = rfile_off(f, m->keys[i]->pos) +
		    m->keys[i]->srclen;

		while (k < f->len && f->buf[k] != ':')
			k++;
		*off = k + 1 < f->len ? k + 1 : f->len;
		*end = block_end(f, m, i);
	}
}

void
redit_value(struct rfile *f, const struct node *m, size_t i,
    const char *text)
{
	size_t	off, end;

	value_range(f, m, i, &off, &end);
	if (f->buf[off - 1] == ':')
		text = arena_printf(f->a, " %s", text);
	redit_add(f, off, end - off, text);
}

void
redit_append(struct rfile *f, const struct node *m, const char *key,
    const char *text)
{
	size_t	off, end;

	if (m->n == 0)
		return;
	value_range(f, m, m->n - 1, &off, &end);
	if (f->buf[rfile_off(f, m->pos)] == '{') {
		redit_add(f, end, 0, arena_printf(f->a, ", %s: %s", key, text));
		return;
	}
	/* a line of its own, after the last entry's line (and its comment) */
	redit_add(f, line_end(f, end), 0, arena_printf(f->a, "\n%*s%s: %s",
	    m->keys[0]->pos.col - 1, "", key, text));
}

static int
by_off(const void *x, const void *y)
{
	const struct redit *a = x, *b = y;

	if (a->off != b->off)
		return a->off < b->off ? -1 : 1;
	/* an insertion before a replacement at the same place, insertions
	 * in the order they were asked for */
	if (a->len != b->len)
		return a->len < b->len ? -1 : 1;
	return (a->seq > b->seq) - (a->seq < b->seq);
}

char *
rfile_apply(struct rfile *f, size_t *lenp)
{
	size_t	 cap = f->len + 1, n = 0, at = 0;
	char	*out;

	for (size_t i = 0; i < f->n; i++)
		cap += strlen(f->v[i].text);
	out = xmalloc(cap);
	if (f->n > 1)
		qsort(f->v, f->n, sizeof(*f->v), by_off);
	for (size_t i = 0; i < f->n; i++) {
		const struct redit *e = &f->v[i];
		size_t tl = strlen(e->text);

		if (e->off < at)
			continue;	/* inside an earlier edit */
		memcpy(out + n, f->buf + at, e->off - at);
		n += e->off - at;
		memcpy(out + n, e->text, tl);
		n += tl;
		at = e->off + e->len;
	}
	memcpy(out + n, f->buf + at, f->len - at);
	n += f->len - at;
	out[n] = '\0';
	*lenp = n;
	return out;
}
