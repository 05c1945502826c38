#ifndef LAKIN_CHECK_CONTENT_H
#define LAKIN_CHECK_CONTENT_H

#include "doc.h"
#include "node.h"

struct arena;
struct fontset;

/*
 * check: validate laporan.yaml and every part file it lists against the
 * content schema, then build the document model.  Every problem of every
 * file is reported; the return is NULL when any error was found.
 */
struct report	*check_report(struct arena *, const char *dir,
		    const struct fontset *);

/* Pieces, for the template loader and the unit tests. */
int		 check_markup(struct arena *, const struct node *,
		    const struct fontset *, struct text *);
char		*section_number(struct arena *, int level, int idx,
		    const char *parent, int decimal);
const char	*report_template_name(struct arena *, const char *dir);

#endif
