/*
 * Table-driven validation of a YAML tree (mandoc's *_valids[] idea):
 * a schema lists the keys a mapping may hold, their kinds and whether they
 * are required.  check_schema() walks the tree, reports every problem with
 * its position and returns the number of errors; builders that run after a
 * clean check may trust the shapes.
 */
#ifndef LAKIN_CHECK_SCHEMA_H
#define LAKIN_CHECK_SCHEMA_H

#include "names.h"
#include "node.h"

enum vkind {
	V_STR,		/* scalar text */
	V_INT,		/* whole number in [min, max] */
	V_NUM,		/* decimal number (Indonesian or plain) */
	V_BOOL,		/* ya/tidak/true/false */
	V_CHOICE,	/* one of choices[] */
	V_MAP,		/* mapping checked against sub */
	V_STR_OR_MAP,	/* scalar, or mapping checked against sub */
	V_SEQ_STR,	/* list of scalars */
	V_SEQ_MAP,	/* list of mappings checked against sub */
	V_PATTERN,	/* text matching a PCRE2 pattern: choices = { regex,
			   hint in Indonesian, hint in English, NULL } */
	V_BLOCKS,	/* list of one-key mappings, each a block (sub = blocks) */
	V_CUSTOM	/* checked by the field's own check function (table
			   rows, say): what no generic kind describes */
};

struct schema;

struct field {
	const char		*key;
	enum vkind		 kind;
	int			 required;
	const struct schema	*sub;
	const char *const	*choices;	/* NULL-terminated */
	int			 min, max;
	/* V_CUSTOM: checks the value, returns its number of errors */
	int			(*check)(const struct node *,
				    const struct field *);
	/* what a builder makes of this key (a block kind's row); the
	   engine never reads it */
	const void		*build;
};

struct schema {
	const char		*name_id;	/* "blok 'daftar'" */
	const char		*name_en;
	const struct field	*fields;	/* ends with key == NULL */
	int			 one_of;	/* exactly one field present */
	const char		*short_key;	/* a bare scalar stands for this key */
};

int	 check_schema(const struct node *, const struct schema *);
int	 check_value(const struct node *, const struct field *,
	    const char *where);
/* Closest key to s among the schema's keys, or NULL when none is close. */
const char *schema_suggest(const struct schema *, const char *key);
int	 schema_bool(const struct node *);
int	 pattern_match(const char *re, const char *s, size_t len);
void	 check_schema_free(void);	/* compiled patterns */


#endif
