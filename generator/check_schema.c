#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_isi.h"
#include "check_schema.h"
#include "utf8.h"

static const char *
sname(const struct schema *s)
{
	return tr(s->name_id, s->name_en);
}

const char *
schema_suggest(const struct schema *s, const char *k)
{
	const char	*best = NULL;
	size_t		 bd = (size_t)-1, d, lim;

	lim = strlen(k) <= 4 ? 1 : strlen(k) <= 8 ? 2 : 3;
	for (const struct field *f = s->fields; f->key != NULL; f++) {
		d = edit_distance(k, f->key);
		if (d < bd) {
			bd = d;
			best = f->key;
		}
	}
	return bd <= lim ? best : NULL;
}


/* Compiled patterns, kept for the run (patterns are few and static). */
static struct {
	const char	*re;
	pcre2_code	*code;
} pats[16];
static size_t npats;

static pcre2_code *
compiled(const char *re)
{
	int		 err;
	PCRE2_SIZE	 off;
	pcre2_code	*c;

	for (size_t i = 0; i < npats; i++)
		if (pats[i].re == re)
			return pats[i].code;
	c = pcre2_compile((PCRE2_SPTR)re, PCRE2_ZERO_TERMINATED, PCRE2_UTF,
	    &err, &off, NULL);
	if (c == NULL) {	/* a programming error in a schema table */
		fprintf(stderr, "lakin: pola salah: %s\n", re);
		abort();
	}
	if (npats < sizeof(pats) / sizeof(pats[0])) {
		pats[npats].re = re;
		pats[npats++].code = c;
	}
	return c;
}

int
pattern_match(const char *re, const char *s, size_t len)
{
	pcre2_code		*c = compiled(re);
	pcre2_match_data	*md = pcre2_match_data_create_from_pattern(c, NULL);
	int			 rc;

	rc = pcre2_match(c, (PCRE2_SPTR)s, len, 0, 0, md, NULL);
	pcre2_match_data_free(md);
	if (npats == sizeof(pats) / sizeof(pats[0]) && pats[npats - 1].code != c)
		pcre2_code_free(c);
	return rc >= 0;
}

void
check_schema_free(void)
{
	for (size_t i = 0; i < npats; i++)
		pcre2_code_free(pats[i].code);
	npats = 0;
}

static const char *const bools[] = {
	"ya", "tidak", "true", "false", "yes", "no", NULL
};

int
schema_bool(const struct node *n)
{
	int i = choice_index(bools, n->str);

	return i >= 0 && i % 2 == 0;
}

static char *
join_choices(const char *const *c, char *buf, size_t sz)
{
	buf[0] = '\0';
	for (int i = 0; c[i] != NULL; i++) {
		if (i)
			strncat(buf, ", ", sz - strlen(buf) - 1);
		strncat(buf, c[i], sz - strlen(buf) - 1);
	}
	return buf;
}

static int
want(const struct node *n, const char *key, const char *what)
{
	if (n->type == NODE_SCALAR && n->len == 0 && n->style == SCALAR_PLAIN)
		diag(&n->pos, MSG_EMPTY_VALUE, key, what);
	else
		diag(&n->pos, MSG_WRONG_TYPE, key, what, node_type_name(n));
	return 1;
}

static int
check_int(const struct node *n, const struct field *f)
{
	char	*end;
	long	 v;

	v = strtol(n->str, &end, 10);
	if (n->len == 0 || *end != '\0' || v < f->min || v > f->max) {
		diag(&n->pos, MSG_BAD_NUMBER, f->key, f->min, f->max, n->str);
		return 1;
	}
	return 0;
}

static const struct field *
field_of(const struct schema *s, const char *key)
{
	const struct field *f;

	for (f = s != NULL ? s->fields : NULL; f != NULL && f->key != NULL; f++)
		if (strcmp(f->key, key) == 0)
			return f;
	return NULL;
}

/*
 * "- tanda_tangan:" followed by a key of that block written at the dash's
 * indentation: the key belongs to the block above.  Say that at the key
 * (and nothing about the block, which only looks incomplete).
 */
static int
dedented_keys(const struct node *b, const struct schema *blocks)
{
	const struct field	*bf = field_of(blocks, b->keys[0]->str);
	int			 errs = 0;

	if (bf == NULL || bf->sub == NULL || b->vals[0]->type != NODE_MAP ||
	    b->vals[0]->n == 0)
		return 0;
	for (size_t i = 1; i < b->n; i++)
		if (field_of(bf->sub, b->keys[i]->str) == NULL)
			return 0;
	for (size_t i = 1; i < b->n; i++) {
		diag(&b->keys[i]->pos, MSG_KEY_DEDENTED, b->keys[i]->str,
		    b->keys[0]->str, b->vals[0]->keys[0]->pos.col);
		errs++;
	}
	return errs;
}

static int
check_blocks(const struct node *n, const struct field *f)
{
	int	 errs = 0;
	char	 buf[512];
	size_t	 k = 0;

	if (n->type != NODE_SEQ)
		return want(n, f->key, tr("daftar blok (- paragraf: …)",
		    "a list of blocks (- paragraf: …)"));
	buf[0] = '\0';
	for (const struct field *bf = f->sub->fields; bf->key != NULL;
	    bf++, k++) {
		if (k)
			strncat(buf, ", ", sizeof(buf) - strlen(buf) - 1);
		strncat(buf, bf->key, sizeof(buf) - strlen(buf) - 1);
	}
	for (size_t i = 0; i < n->n; i++) {
		const struct node *b = n->vals[i];

		if (b->type == NODE_MAP && b->n > 1 &&
		    (k = (size_t)dedented_keys(b, f->sub)) > 0) {
			errs += (int)k;
			continue;
		}
		if (b->type != NODE_MAP || b->n != 1) {
			diag(&b->pos, MSG_BLOCK_KIND, buf);
			errs++;
			continue;
		}
		errs += check_schema(b, f->sub);
	}
	return errs;
}

int
check_value(const struct node *n, const struct field *f, const char *where)
{
	char	buf[512];
	int	errs = 0;

	switch (f->kind) {
	case V_STR:
		if (n->type != NODE_SCALAR)
			return want(n, f->key, tr("teks", "text"));
		if (f->required && n->len == 0) {
			diag(&n->pos, MSG_EMPTY_TEXT, f->key);
			return 1;
		}
		/* max: a title set large on a page of its own must fit it */
		if (f->max > 0 && utf8_count(n->str, n->len) > (size_t)f->max) {
			diag(&n->pos, MSG_TEXT_TOO_LONG, f->key,
			    utf8_count(n->str, n->len), f->max);
			return 1;
		}
		return 0;
	case V_INT:
		if (n->type != NODE_SCALAR)
			return want(n, f->key, tr("bilangan", "a number"));
		return check_int(n, f);
	case V_NUM:
	case V_BOOL:
		if (n->type != NODE_SCALAR)
			return want(n, f->key, tr("nilai tunggal", "a value"));
		if (f->kind == V_BOOL && choice_index(bools, n->str) < 0) {
			diag(&n->pos, MSG_BAD_CHOICE, n->str, f->key,
			    "ya, tidak");
			return 1;
		}
		return 0;
	case V_PATTERN:
		if (n->type != NODE_SCALAR)
			return want(n, f->key, tr("teks", "text"));
		if (!pattern_match(f->choices[0], n->str, n->len)) {
			diag(&n->pos, MSG_PATTERN, n->str, f->key,
			    tr(f->choices[1], f->choices[2]));
			return 1;
		}
		return 0;
	case V_CHOICE:
		if (n->type != NODE_SCALAR)
			return want(n, f->key, tr("teks", "text"));
		if (choice_index(f->choices, n->str) < 0) {
			diag(&n->pos, MSG_BAD_CHOICE, n->str, f->key,
			    join_choices(f->choices, buf, sizeof(buf)));
			return 1;
		}
		return 0;
	case V_MAP:
		if (n->type != NODE_MAP)
			return want(n, f->key, tr("pemetaan (kunci: nilai)",
			    "a mapping (key: value)"));
		return check_schema(n, f->sub);
	case V_STR_OR_MAP:
		if (n->type == NODE_SCALAR)
			return 0;
		if (n->type != NODE_MAP)
			return want(n, f->key, tr("teks atau pemetaan",
			    "text or a mapping"));
		return check_schema(n, f->sub);
	case V_SEQ_STR:
		if (n->type == NODE_SCALAR)
			return 0;	/* one line is a list of one */
		if (n->type != NODE_SEQ)
			return want(n, f->key, tr("daftar teks", "a list of text"));
		for (size_t i = 0; i < n->n; i++)
			if (n->vals[i]->type != NODE_SCALAR)
				errs += want(n->vals[i], f->key, tr("teks", "text"));
		return errs;
	case V_SEQ_MAP:
		if (n->type != NODE_SEQ)
			return want(n, f->key, tr("daftar (- …)", "a list (- …)"));
		for (size_t i = 0; i < n->n; i++) {
			if (f->sub->short_key != NULL &&
			    n->vals[i]->type == NODE_SCALAR) {
				/* short form "- text": check it as that key */
				const struct field *sf = f->sub->fields;

				while (sf->key != NULL &&
				    strcmp(sf->key, f->sub->short_key) != 0)
					sf++;
				if (sf->key != NULL)
					errs += check_value(n->vals[i], sf, where);
				continue;
			}
			if (n->vals[i]->type != NODE_MAP)
				errs += want(n->vals[i], f->key,
				    tr("pemetaan", "a mapping"));
			else
				errs += check_schema(n->vals[i], f->sub);
		}
		return errs;
	case V_BLOCKS:
		return check_blocks(n, f);
	case V_CUSTOM:
		return f->check(n, f);
	}
	return 0;
}

int
check_schema(const struct node *n, const struct schema *s)
{
	const struct field	*f;
	const char		*sugg, *suggested[8];
	size_t			 nsugg = 0;
	int			 errs = 0;

	if (n->type != NODE_MAP) {
		diag(&n->pos, MSG_WRONG_TYPE, sname(s),
		    tr("pemetaan (kunci: nilai)", "a mapping (key: value)"),
		    node_type_name(n));
		return 1;
	}
	for (size_t i = 0; i < n->n; i++) {
		const char *k = n->keys[i]->str;

		for (f = s->fields; f->key != NULL; f++)
			if (strcmp(f->key, k) == 0)
				break;
		if (f->key == NULL) {
			if ((sugg = schema_suggest(s, k)) != NULL) {
				diag(&n->keys[i]->pos, MSG_UNKNOWN_KEY_SUGG,
				    k, sname(s), sugg);
				if (nsugg < 8)
					suggested[nsugg++] = sugg;
			} else
				diag(&n->keys[i]->pos, MSG_UNKNOWN_KEY, k,
				    sname(s));
			errs++;
			continue;
		}
		errs += check_value(n->vals[i], f, sname(s));
	}
	if (s->one_of)
		return errs;
	for (f = s->fields; f->key != NULL; f++) {
		size_t k;

		if (!f->required || node_get(n, f->key) != NULL ||
		    isi_was(n, f->key))
			continue;
		/* a misspelt key was already reported with this suggestion */
		for (k = 0; k < nsugg && strcmp(suggested[k], f->key) != 0; k++)
			;
		if (k < nsugg)
			continue;
		diag(&n->pos, MSG_MISSING_KEY, f->key, sname(s));
		errs++;
	}
	return errs;
}
