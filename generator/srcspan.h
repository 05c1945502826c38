/*
 * Where a text stands in its source file.  A span is a small copy of what
 * the loader knew about one scalar (its first position, its value and the
 * bytes as written), so that later stages can turn a byte offset of the
 * value into file:line:col without the YAML tree.
 */
#ifndef LAKIN_SRCSPAN_H
#define LAKIN_SRCSPAN_H

#include <stddef.h>

#include "diag.h"

/* How a scalar was written: used to map offsets back to columns. */
enum scalar_style {
	SCALAR_PLAIN,
	SCALAR_SQUOTED,
	SCALAR_DQUOTED,
	SCALAR_LITERAL,
	SCALAR_FOLDED
};

struct srcspan {
	struct pos	 pos;		/* of the scalar's first character */
	const char	*val;		/* the value: escapes resolved, lines folded */
	size_t		 len;
	const char	*src;		/* the scalar as written, or NULL: */
	size_t		 srclen;	/* then the value stands on one line */
	enum scalar_style style;
};

/*
 * A cursor over a span.  Asked for offsets in increasing order it walks
 * the value and the source once in all (a whole text checked character
 * by character stays linear); a smaller offset starts it over.
 */
struct spanwalk {
	const struct srcspan	*s;
	size_t			 i;	/* value offset reached */
	size_t			 j;	/* the source offset that matches it */
	struct pos		 p;	/* position of src[j] (or val[i]) */
};

void		 spanwalk_init(struct spanwalk *, const struct srcspan *);
struct pos	 spanwalk_pos(struct spanwalk *, size_t off);
/* One look-up (a fresh walk). */
struct pos	 span_pos(const struct srcspan *, size_t off);

#endif
