#include <stdlib.h>
#include <string.h>

#include "content_csv.h"
#include "content_load.h"
#include "mem.h"
#include "utf8.h"

struct cparse {
	struct arena	*a;
	const char	*name, *buf;
	size_t		 len, i;
	int		 line, col;	/* of buf[i] */
	char		 sep;
};

static void
advance(struct cparse *c)
{
	if (c->buf[c->i] == '\n') {
		c->line++;
		c->col = 1;
	} else if (((unsigned char)c->buf[c->i] & 0xC0) != 0x80)
		c->col++;
	c->i++;
}

/* Fields of the line at buf (sep outside quotes + 1); *next is the next line. */
static size_t
line_fields(const char *buf, size_t len, char sep, size_t *next)
{
	size_t	 i, n = 1;
	int	 q = 0;

	for (i = 0; i < len && (q || buf[i] != '\n'); i++) {
		if (buf[i] == '"')
			q = !q;
		else if (!q && buf[i] == sep)
			n++;
	}
	*next = i < len ? i + 1 : len;
	return n;
}

/* Lines among the first 100 that have `want` fields with separator sep. */
static int
fitting_lines(const char *buf, size_t len, char sep, size_t want)
{
	size_t	 i = 0, next;
	int	 fit = 0;

	for (int k = 0; k < 100 && i < len; k++, i = next)
		fit += line_fields(buf + i, len - i, sep, &next) == want;
	return fit;
}

/*
 * The separator: the one that gives the table's column count on more of
 * the first lines (a spreadsheet in an Indonesian locale writes ';');
 * without that, ';' when the header line has one and no ','.
 */
static char
detect_sep(const char *buf, size_t len, size_t want)
{
	size_t	 next;
	int	 comma, semi;

	if (want > 1) {
		comma = fitting_lines(buf, len, ',', want);
		semi = fitting_lines(buf, len, ';', want);
		if (comma != semi)
			return semi > comma ? ';' : ',';
	}
	comma = (int)line_fields(buf, len, ',', &next) - 1;
	semi = (int)line_fields(buf, len, ';', &next) - 1;
	return semi > 0 && comma == 0 ? ';' : ',';
}

/* Bytes up to the end of the field at c->i (an upper bound of its size). */
static size_t
field_extent(const struct cparse *c)
{
	size_t i = c->i;

	if (i < c->len && c->buf[i] == '"') {
		for (i++; i < c->len; i++)
			if (c->buf[i] == '"') {
				if (i + 1 < c->len && c->buf[i + 1] == '"')
					i++;
				else
					break;
			}
		return i - c->i + 1;
	}
	while (i < c->len && c->buf[i] != c->sep && c->buf[i] != '\n')
		i++;
	return i - c->i;
}

/*
 * A quoted field that ran over line breaks and then failed was most
 * likely opened by mistake: say so where it was opened.  One that ended
 * well but swallowed what look like whole rows gets a warning there.
 */
static int
quoted_field(struct cparse *c, struct csv_field *f, char *out, size_t *o)
{
	int	 lines = 0, sep_inside = 0;

	advance(c);
	for (;;) {
		if (c->i >= c->len) {
			diag(&f->pos, MSG_CSV_QUOTE);
			return -1;
		}
		if (c->buf[c->i] == '"') {
			if (c->i + 1 < c->len && c->buf[c->i + 1] == '"') {
				out[(*o)++] = '"';
				advance(c);
				advance(c);
				continue;
			}
			advance(c);
			break;
		}
		if (c->buf[c->i] == '\n')
			lines++;
		else if (c->buf[c->i] == c->sep && lines > 0)
			sep_inside = 1;
		if (c->buf[c->i] != '\r')
			out[(*o)++] = c->buf[c->i];
		advance(c);
	}
	if (c->i < c->len && c->buf[c->i] != c->sep &&
	    c->buf[c->i] != '\n' && c->buf[c->i] != '\r') {
		struct pos p = { c->name, c->line, c->col };

		if (lines > 0) {
			diag_also(&p);		/* where the quote closes */
			diag(&f->pos, MSG_CSV_QUOTE_SPAN, c->line);
		} else
			diag(&p, MSG_CSV_AFTER_QUOTE);
		return -1;
	}
	if (sep_inside)
		diag(&f->pos, MSG_CSV_MULTILINE, lines + 1, c->line, c->sep);
	return 0;
}

static int
field(struct cparse *c, struct csv_field *f)
{
	char	*out = arena_alloc(c->a, field_extent(c) + 1);
	size_t	 o = 0;

	f->pos = (struct pos){ c->name, c->line, c->col };
	if (c->i < c->len && c->buf[c->i] == '"') {
		if (quoted_field(c, f, out, &o) != 0)
			return -1;
	} else
		while (c->i < c->len && c->buf[c->i] != c->sep &&
		    c->buf[c->i] != '\n') {
			if (c->buf[c->i] != '\r')
				out[o++] = c->buf[c->i];
			advance(c);
		}
	out[o] = '\0';
	f->s = out;
	f->len = o;
	if (o > LOAD_MAX_SCALAR) {	/* the same bound as a YAML text */
		diag(&f->pos, MSG_CSV_FIELD_BIG, o, (size_t)LOAD_MAX_SCALAR);
		return -1;
	}
	return 0;
}

static int
row(struct cparse *c, struct csv_row *r)
{
	struct csv_field	 f;
	struct csv_field	*v = NULL;
	size_t			 n = 0, cap = 0;

	r->pos = (struct pos){ c->name, c->line, c->col };
	for (;;) {
		if (field(c, &f) != 0)
			return -1;
		v = arena_grow(c->a, v, n, &cap, sizeof(*v), 8);
		v[n++] = f;
		if (c->i < c->len && c->buf[c->i] == c->sep) {
			advance(c);
			continue;
		}
		break;
	}
	if (c->i < c->len)
		advance(c);	/* the newline */
	r->f = v;
	r->n = n;
	return 0;
}

static int
blank_line(const struct cparse *c)
{
	size_t i = c->i;

	while (i < c->len && (c->buf[i] == ' ' || c->buf[i] == '\r'))
		i++;
	return i >= c->len || c->buf[i] == '\n';
}

int
csv_parse(struct arena *a, const char *name, const char *buf, size_t len,
    size_t want, struct csv *out)
{
	struct cparse	 c = { a, name, buf, len, 0, 1, 1, ',' };
	struct csv_row	*rows = NULL;
	size_t		 n = 0, cap = 0, bad;
	struct pos	 p;

	memset(out, 0, sizeof(*out));
	diag_file(name);
	if ((bad = utf8_invalid(buf, len)) != (size_t)-1) {
		p = offpos(name, buf, bad);
		diag(&p, MSG_UTF8, (unsigned)(unsigned char)buf[bad]);
		return -1;
	}
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		c.i = 3;
	c.sep = detect_sep(buf + c.i, len - c.i, want);
	while (c.i < c.len) {
		if (blank_line(&c)) {
			while (c.i < c.len && c.buf[c.i] != '\n')
				advance(&c);
			if (c.i < c.len)
				advance(&c);
			continue;
		}
		rows = arena_grow(a, rows, n, &cap, sizeof(*rows), 64);
		if (row(&c, &rows[n]) != 0)
			return -1;
		n++;
	}
	if (n == 0) {
		p = (struct pos){ name, 0, 0 };
		diag(&p, MSG_FILE_EMPTY);
		return -1;
	}
	out->rows = rows;
	out->n = n;
	return 0;
}

int
csv_load(struct arena *a, const struct in_req *rq, const char *path,
    size_t want, struct csv *out)
{
	char	*buf;
	size_t	 len;
	int	 rc;

	if ((buf = input_read(rq, &len)) == NULL)
		return -1;
	/* path is kept by the caller: fields' positions point at it */
	rc = csv_parse(a, path, buf, len, want, out);
	free(buf);
	return rc;
}
