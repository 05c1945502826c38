/*
 * Between diag.c (which collects findings) and diag_emit.c (which writes
 * them as JSON or SARIF).  Not for the passes: they only call diag().
 */
#ifndef LAKIN_DIAG_INT_H
#define LAKIN_DIAG_INT_H

#include <stddef.h>
#include <stdio.h>

#include "diag.h"

/* One finding as machines see it; every string is owned by diag.c. */
struct dfinding {
	char		*file;		/* NULL: not about a file */
	int		 line, col;	/* 0: unknown */
	enum msg	 msg;
	char		*text;		/* the message, without place and severity */
	char		**vals;		/* the values put into the message */
	size_t		 nvals;
	struct pos	*also;		/* other places it is about */
	size_t		 nalso;
};

void	diag_emit_json(FILE *, const struct dfinding *, size_t);
void	diag_emit_sarif(FILE *, const struct dfinding *, size_t,
	    const char *root, const char *version);

#endif
