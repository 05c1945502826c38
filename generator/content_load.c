/*
 * load: YAML file -> tree of nodes with positions (libyaml event API).
 * libyaml marks are 0-based; mkpos() is the one place that makes them
 * 1-based.  libyaml accepts duplicate keys and keeps aliases unexpanded:
 * both are handled here (duplicates are errors, anchors/aliases are
 * rejected so no alias bomb can grow the tree).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "content_load.h"
#include "mem.h"
#include "timing.h"
#include "utf8.h"

struct loader {
	struct arena	*a;
	const char	*file;
	const char	*buf;		/* the text, for reader-error offsets */
	size_t		 len;
	int		 tabs;		/* lines indented with a tab */
	int		 aliases;	/* anchors/aliases seen: reported once */
	const char	*copy;		/* the text in the arena, for node->src */
	size_t		 cur_char;	/* character index -> byte offset cursor */
	size_t		 cur_byte;
	yaml_parser_t	 p;
	int		 errors;
};

static struct pos
mkpos(const struct loader *l, yaml_mark_t m)
{
	struct pos p = { l->file, (int)m.line + 1, (int)m.column + 1 };

	return p;
}

/* Position of a byte offset, counting code points for the column. */
struct pos
offpos(const char *file, const char *buf, size_t off)
{
	struct pos	 p = { file, 1, 1 };
	size_t		 i;

	for (i = 0; i < off; i++) {
		if (buf[i] == '\n') {
			p.line++;
			p.col = 1;
		} else if (((unsigned char)buf[i] & 0xC0) != 0x80)
			p.col++;
	}
	return p;
}

/* libyaml's problems, said so a finance officer can act on them. */
static const struct {
	const char *problem, *idn, *en;
} problems[] = {
	{ "mapping values are not allowed in this context",
	  "tanda ':' tidak boleh di sini; teks yang memuat ': ' harus diapit tanda kutip",
	  "':' is not allowed here; text containing ': ' must be quoted" },
	{ "did not find expected key",
	  "indentasi tidak sejajar: di sini diharapkan kunci baru",
	  "indentation does not line up: a new key was expected here" },
	{ "did not find expected '-' indicator",
	  "indentasi daftar tidak sejajar: di sini diharapkan butir '- '",
	  "list indentation does not line up: a '- ' item was expected here" },
	{ "could not find expected ':'",
	  "tanda ':' setelah kunci tidak ditemukan",
	  "the ':' after a key was not found" },
	{ "found unexpected end of stream",
	  "berkas berakhir sebelum tanda kutip atau kurung ditutup",
	  "the file ends before a quote or bracket was closed" },
	{ "found character that cannot start any token",
	  "karakter ini tidak dapat mengawali nilai (misalnya '@', '`' atau '%'); apit nilainya dengan tanda kutip",
	  "this character cannot start a value (e.g. '@', '`' or '%'); quote the value" },
	{ "found unknown escape character",
	  "urutan '\\' tidak dikenal di dalam tanda kutip ganda; tulis '\\\\' atau pakai tanda kutip tunggal",
	  "unknown '\\' escape inside double quotes; write '\\\\' or use single quotes" },
	{ "block sequence entries are not allowed in this context",
	  "butir daftar '- ' tidak boleh di sini; periksa indentasi",
	  "a '- ' list item is not allowed here; check the indentation" },
	{ "did not find expected ',' or ']'",
	  "daftar '[' tidak ditutup dengan ']' atau kurang tanda koma",
	  "a '[' list is not closed by ']' or lacks a comma" },
	{ "did not find expected ',' or '}'",
	  "pemetaan '{' tidak ditutup dengan '}' atau kurang tanda koma",
	  "a '{' mapping is not closed by '}' or lacks a comma" },
	{ "control characters are not allowed",
	  "karakter kendali tidak boleh ada di teks",
	  "control characters are not allowed in text" },
	{ "found undefined tag handle",
	  "tanda '!' di awal nilai tidak dikenal; apit nilainya dengan tanda kutip",
	  "unknown '!' tag at the start of a value; quote the value" },
	{ "did not find expected alphabetic or numeric character",
	  "teks yang diawali '*' atau '&' harus diapit tanda kutip, misalnya \"**Catatan** …\"",
	  "text that starts with '*' or '&' must be quoted, e.g. \"**Catatan** …\"" },
	{ "found unexpected ':'",
	  "tanda ':' tidak diharapkan di sini; apit teksnya dengan tanda kutip",
	  "unexpected ':'; quote the text" },
};

static int check_tabs(struct loader *, const char *, size_t);

/*
 * "mapping values are not allowed" where the ':' follows a lone word at
 * the start of its line: a key indented deeper than its neighbours, read
 * as the continuation of the text above.  Returns the word's length and
 * sets *at to its offset, or returns 0.
 */
static size_t
indented_key(const struct loader *l, yaml_mark_t m, size_t *at)
{
	size_t	 colon = 0, i, start;

	/* libyaml marks count characters; find the colon's byte */
	for (size_t ch = 0; colon < l->len && ch < m.index; ch++) {
		colon++;
		while (colon < l->len &&
		    ((unsigned char)l->buf[colon] & 0xC0) == 0x80)
			colon++;
	}
	if (colon >= l->len || l->buf[colon] != ':')
		return 0;
	for (i = colon; i > 0 && l->buf[i - 1] != ' ' && l->buf[i - 1] != '\n'; i--)
		;
	start = i;
	for (; i > 0 && l->buf[i - 1] == ' '; i--)
		;
	if (i > 0 && l->buf[i - 1] != '\n')
		return 0;	/* other text before it on the line */
	if (start == i || colon == start)
		return 0;	/* not indented, or no word */
	for (size_t k = start; k < colon; k++)
		if (!(l->buf[k] == '_' || l->buf[k] == '-' ||
		    (l->buf[k] >= 'a' && l->buf[k] <= 'z')))
			return 0;
	*at = start;
	return colon - start;
}

/* Problems whose cause is the indentation, said where the mistake is. */
static int
indent_error(struct loader *l)
{
	yaml_parser_t	*p = &l->p;
	struct pos	 pos;
	size_t		 at, n;

	if (p->problem == NULL)
		return 0;
	if (p->context != NULL &&
	    strcmp(p->problem, "could not find expected ':'") == 0 &&
	    strcmp(p->context, "while scanning a simple key") == 0) {
		pos = mkpos(l, p->context_mark);
		diag(&pos, MSG_YAML_DEDENT_TEXT);
		return 1;
	}
	if (strcmp(p->problem, "mapping values are not allowed in this context")
	    == 0 && (n = indented_key(l, p->problem_mark, &at)) > 0) {
		pos = offpos(l->file, l->buf, at);
		diag(&pos, MSG_YAML_INDENT_KEY, (int)n, l->buf + at);
		return 1;
	}
	return 0;
}

static void
syntax_error(struct loader *l)
{
	yaml_parser_t	*p = &l->p;
	struct pos	 pos;
	const char	*what = p->problem != NULL ? p->problem : "?";
	size_t		 i;

	if (p->error == YAML_READER_ERROR)
		/* reader errors carry a byte offset, not a mark */
		pos = offpos(l->file, l->buf, p->problem_offset < l->len ?
		    p->problem_offset : l->len);
	else if (p->context != NULL && p->problem != NULL && strcmp(p->problem,
	    "did not find expected alphabetic or numeric character") == 0)
		pos = mkpos(l, p->context_mark);	/* where the '*' stands */
	else
		pos = mkpos(l, p->problem_mark);
	l->errors++;
	/* a tab in the indentation is the usual cause: say that, for every line */
	if (l->tabs > 0 && check_tabs(l, l->buf, l->len) > 0)
		return;
	if (indent_error(l))
		return;
	for (i = 0; i < sizeof(problems) / sizeof(problems[0]); i++)
		if (strcmp(what, problems[i].problem) == 0) {
			diag(&pos, MSG_YAML_SYNTAX,
			    tr(problems[i].idn, problems[i].en));
			return;
		}
	diag(&pos, MSG_YAML_SYNTAX, what);
}

static int
next_event(struct loader *l, yaml_event_t *ev)
{
	if (yaml_parser_parse(&l->p, ev))
		return 1;
	syntax_error(l);
	return 0;
}

static struct node *parse_node(struct loader *, yaml_event_t *, int);

static struct node *
newnode(struct loader *l, enum node_type t, yaml_mark_t m)
{
	struct node *n = arena_alloc(l->a, sizeof(*n));

	n->type = t;
	n->pos = mkpos(l, m);
	return n;
}

static void
append(struct loader *l, struct node *n, struct node *k, struct node *v,
    size_t *cap)
{
	size_t kcap = *cap;	/* keys and values grow together */

	if (n->type == NODE_MAP) {
		n->keys = arena_grow(l->a, n->keys, n->n, &kcap,
		    sizeof(*n->keys), 8);
		n->keys[n->n] = k;
	}
	n->vals = arena_grow(l->a, n->vals, n->n, cap, sizeof(*n->vals), 8);
	n->vals[n->n++] = v;
}

/* Anchors and aliases are refused; the first one of a file is reported. */
static void
refuse_alias(struct loader *l, yaml_mark_t m)
{
	struct pos p;

	l->errors++;
	if (l->aliases++ > 0)
		return;
	p = mkpos(l, m);
	diag(&p, MSG_YAML_ALIAS);
}

static int
check_anchor(struct loader *l, const yaml_char_t *anchor, yaml_mark_t m)
{
	if (anchor == NULL)
		return 1;
	refuse_alias(l, m);
	return 0;
}

/*
 * Byte offset of a mark's character index.  Events arrive in order, so a
 * cursor moving forward keeps this linear.
 */
static size_t
byte_at(struct loader *l, size_t chars)
{
	if (chars < l->cur_char) {
		l->cur_char = 0;
		l->cur_byte = 0;
	}
	while (l->cur_char < chars && l->cur_byte < l->len) {
		l->cur_byte++;
		while (l->cur_byte < l->len &&
		    ((unsigned char)l->buf[l->cur_byte] & 0xC0) == 0x80)
			l->cur_byte++;
		l->cur_char++;
	}
	return l->cur_byte;
}

static struct node *
parse_scalar(struct loader *l, yaml_event_t *ev)
{
	struct node	*n;
	size_t		 len = ev->data.scalar.length;

	if (!check_anchor(l, ev->data.scalar.anchor, ev->start_mark))
		return NULL;
	n = newnode(l, NODE_SCALAR, ev->start_mark);
	if (len > LOAD_MAX_SCALAR) {
		diag(&n->pos, MSG_YAML_SCALAR_BIG, len, (size_t)LOAD_MAX_SCALAR);
		l->errors++;
		return NULL;
	}
	n->str = arena_strndup(l->a, (const char *)ev->data.scalar.value, len);
	n->len = len;
	n->single_line = ev->start_mark.line == ev->end_mark.line;
	{
		size_t b0 = byte_at(l, ev->start_mark.index);
		size_t b1 = byte_at(l, ev->end_mark.index);

		n->src = l->copy + b0;
		n->srclen = b1 > b0 ? b1 - b0 : 0;
	}
	switch (ev->data.scalar.style) {
	case YAML_SINGLE_QUOTED_SCALAR_STYLE: n->style = SCALAR_SQUOTED; break;
	case YAML_DOUBLE_QUOTED_SCALAR_STYLE: n->style = SCALAR_DQUOTED; break;
	case YAML_LITERAL_SCALAR_STYLE:	n->style = SCALAR_LITERAL; break;
	case YAML_FOLDED_SCALAR_STYLE:	n->style = SCALAR_FOLDED; break;
	default:			n->style = SCALAR_PLAIN; break;
	}
	return n;
}

static struct node *
parse_seq(struct loader *l, yaml_event_t *start, int depth)
{
	struct node	*n = newnode(l, NODE_SEQ, start->start_mark);
	yaml_event_t	 ev;
	size_t		 cap = 0;
	int		 ok = 1;

	for (;;) {
		struct node *item;

		if (!next_event(l, &ev))
			return NULL;
		if (ev.type == YAML_SEQUENCE_END_EVENT) {
			yaml_event_delete(&ev);
			return ok ? n : NULL;
		}
		item = parse_node(l, &ev, depth + 1);
		yaml_event_delete(&ev);
		if (item == NULL) {
			ok = 0;
			if (l->p.error != YAML_NO_ERROR)
				return NULL;
			continue;
		}
		append(l, n, NULL, item, &cap);
	}
}

static struct node *
parse_map(struct loader *l, yaml_event_t *start, int depth)
{
	struct node	*n = newnode(l, NODE_MAP, start->start_mark);
	yaml_event_t	 ev;
	size_t		 cap = 0, i;
	int		 ok = 1;

	for (;;) {
		struct node *k, *v;

		if (!next_event(l, &ev))
			return NULL;
		if (ev.type == YAML_MAPPING_END_EVENT) {
			yaml_event_delete(&ev);
			return ok ? n : NULL;
		}
		k = parse_node(l, &ev, depth + 1);
		if (k != NULL && k->type != NODE_SCALAR) {
			diag(&k->pos, MSG_YAML_KEY_TYPE);
			l->errors++;
			k = NULL;
		}
		yaml_event_delete(&ev);
		if (l->p.error != YAML_NO_ERROR || !next_event(l, &ev))
			return NULL;
		v = parse_node(l, &ev, depth + 1);
		yaml_event_delete(&ev);
		if (l->p.error != YAML_NO_ERROR)
			return NULL;
		if (k == NULL || v == NULL) {
			ok = 0;
			continue;
		}
		for (i = 0; i < n->n; i++)
			if (strcmp(n->keys[i]->str, k->str) == 0) {
				diag_also(&n->keys[i]->pos);
				diag(&k->pos, MSG_YAML_DUPKEY, k->str,
				    n->keys[i]->pos.line);
				l->errors++;
				ok = 0;
				break;
			}
		if (i == n->n)
			append(l, n, k, v, &cap);
	}
}

static struct node *
parse_node(struct loader *l, yaml_event_t *ev, int depth)
{
	struct pos p;

	if (depth > LOAD_MAX_DEPTH) {
		p = mkpos(l, ev->start_mark);
		diag(&p, MSG_YAML_DEPTH, LOAD_MAX_DEPTH);
		l->errors++;
		/* stop here: the rest of this subtree is not worth reading */
		l->p.error = YAML_COMPOSER_ERROR;
		return NULL;
	}
	switch (ev->type) {
	case YAML_SCALAR_EVENT:
		return parse_scalar(l, ev);
	case YAML_SEQUENCE_START_EVENT:
		/* an anchored collection is still read to its end, so the
		 * events after it keep their meaning */
		if (!check_anchor(l, ev->data.sequence_start.anchor,
		    ev->start_mark)) {
			parse_seq(l, ev, depth);
			return NULL;
		}
		return parse_seq(l, ev, depth);
	case YAML_MAPPING_START_EVENT:
		if (!check_anchor(l, ev->data.mapping_start.anchor,
		    ev->start_mark)) {
			parse_map(l, ev, depth);
			return NULL;
		}
		return parse_map(l, ev, depth);
	case YAML_ALIAS_EVENT:
		refuse_alias(l, ev->start_mark);
		return NULL;
	default:
		return NULL;
	}
}

/*
 * Tabs in indentation: libyaml stops at the first, so when it fails and
 * tabs are present, every such line is reported instead.  With report 0
 * the lines are only counted (tabs inside block text are valid YAML).
 */
static int
scan_tabs(struct loader *l, const char *buf, size_t len, int report)
{
	size_t	i = 0;
	int	bad = 0;

	while (i < len) {
		while (i < len && (buf[i] == ' ' || buf[i] == '\t')) {
			if (buf[i] == '\t') {
				struct pos p = offpos(l->file, buf, i);

				if (report)
					diag(&p, MSG_YAML_TAB);
				bad++;
				break;
			}
			i++;
		}
		while (i < len && buf[i] != '\n')
			i++;
		i++;
	}
	return bad;
}

static int
check_tabs(struct loader *l, const char *buf, size_t len)
{
	return scan_tabs(l, buf, len, 1);
}

static int
only_comments(const char *buf, size_t len)
{
	size_t i = 0;

	while (i < len) {
		while (i < len && (buf[i] == ' ' || buf[i] == '\t' ||
		    buf[i] == '\r'))
			i++;
		if (i < len && buf[i] == '#')
			while (i < len && buf[i] != '\n')
				i++;
		if (i < len && buf[i] != '\n')
			return 0;
		i++;
	}
	return 1;
}

struct node *
content_load_buf(struct arena *a, const char *name, const char *buf,
    size_t len)
{
	struct loader	 l;
	yaml_event_t	 ev;
	struct node	*root = NULL;
	struct pos	 p;
	size_t		 bad;
	int		 docs = 0;

	memset(&l, 0, sizeof(l));
	l.a = a;
	l.file = arena_strdup(a, name);
	diag_file(l.file);
	p.file = l.file;
	p.line = p.col = 0;
	if (len > LOAD_MAX_FILE) {
		diag(&p, MSG_FILE_TOO_BIG, len, (size_t)LOAD_MAX_FILE);
		return NULL;
	}
	if ((bad = utf8_invalid(buf, len)) != (size_t)-1) {
		p = offpos(l.file, buf, bad);
		diag(&p, MSG_UTF8, (unsigned)(unsigned char)buf[bad]);
		return NULL;
	}
	if (only_comments(buf, len)) {
		diag(&p, MSG_FILE_EMPTY);
		return NULL;
	}
	l.buf = buf;
	l.len = len;
	l.copy = arena_strndup(a, buf, len);
	l.tabs = scan_tabs(&l, buf, len, 0);
	yaml_parser_initialize(&l.p);
	yaml_parser_set_input_string(&l.p, (const unsigned char *)buf, len);
	for (;;) {
		if (!next_event(&l, &ev))
			break;
		if (ev.type == YAML_STREAM_END_EVENT) {
			yaml_event_delete(&ev);
			break;
		}
		if (ev.type == YAML_DOCUMENT_START_EVENT && ++docs > 1) {
			p = mkpos(&l, ev.start_mark);
			diag(&p, MSG_YAML_MULTIDOC);
			l.errors++;
			yaml_event_delete(&ev);
			break;
		}
		if (ev.type == YAML_SCALAR_EVENT ||
		    ev.type == YAML_SEQUENCE_START_EVENT ||
		    ev.type == YAML_MAPPING_START_EVENT ||
		    ev.type == YAML_ALIAS_EVENT)
			root = parse_node(&l, &ev, 1);
		yaml_event_delete(&ev);
		if (l.p.error != YAML_NO_ERROR)
			break;
	}
	yaml_parser_delete(&l.p);
	if (l.errors)
		return NULL;
	if (root == NULL) {
		p.line = p.col = 0;
		diag(&p, MSG_FILE_EMPTY);
	}
	return root;
}

struct node *
content_load_file(struct arena *a, const struct in_req *rq)
{
	char		*buf;
	size_t		 len;
	struct node	*n = NULL;
	enum stage	 was = timing_to(STAGE_LOAD);	/* check reads parts */

	if ((buf = input_read(rq, &len)) != NULL)
		n = content_load_buf(a, arena_printf(a, "%s/%s", rq->dir,
		    rq->name), buf, len);
	free(buf);
	timing_to(was);
	return n;
}
