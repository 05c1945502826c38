/*
 * The YAML tree: what content_load builds and check_* reads.  Every node
 * keeps the 1-based position of its first character.  Nodes and strings
 * live in the run's arena.
 */
#ifndef LAKIN_NODE_H
#define LAKIN_NODE_H

#include <stddef.h>

#include "diag.h"
#include "srcspan.h"

enum node_type {
	NODE_SCALAR,
	NODE_SEQ,
	NODE_MAP
};

struct node {
	enum node_type	  type;
	struct pos	  pos;
	/* NODE_SCALAR */
	const char	 *str;		/* NUL-terminated, valid UTF-8 */
	size_t		  len;
	enum scalar_style style;
	int		  single_line;	/* value sits on its start line */
	const char	 *src;		/* the scalar as written (quotes, */
	size_t		  srclen;	/* indicators, escapes, indentation) */
	/* NODE_SEQ: items in vals; NODE_MAP: keys[i] -> vals[i] */
	struct node	**keys;		/* scalar nodes */
	struct node	**vals;
	size_t		  n;
};

/* Value of key k in map m, or NULL (also NULL when m is not a map). */
struct node	*node_get(const struct node *m, const char *k);
/* The string of key k in map m when it is a scalar, else NULL. */
const char	*node_str(const struct node *m, const char *k);
/* Position of the character at byte offset byteoff of a scalar's value. */
struct pos	 node_char_pos(const struct node *, size_t byteoff);
/* What positions of a scalar need, for texts that outlive the tree. */
void		 node_span(const struct node *, struct srcspan *);
const char	*node_type_name(const struct node *);	/* in the current language */

#endif
