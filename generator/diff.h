/*
 * lakin diff: the figures of two versions of a report's content, compared
 * by a stable key so that text moved to other lines does not count as a
 * change.  diff_figures.c lists the figures of one derived report (facts
 * and what derive computed from them); diff.c runs check and derive on
 * both folders, matches the lists by key and prints what differs.
 */
#ifndef LAKIN_DIFF_H
#define LAKIN_DIFF_H

#include <stddef.h>

#include "diag.h"

struct arena;
struct report;

/* One figure of a report. */
struct figure {
	const char	*key;		/* "anggaran:…realisasi", "tabel:…" */
	const char	*value;		/* as printed (facts: exactly) */
	int		 derived;	/* 0: a fact content states */
	struct pos	 pos;		/* where it is written, or its table */
	/* a table cell: the table's label and caption, the row, the column */
	const char	*table, *caption, *row, *column;
};

struct figures {
	struct figure	*v;
	size_t		 n, cap;
};

/* Every figure of r, in the order of the report, each key once. */
void	 diff_figures(struct arena *, const struct report *,
	    struct figures *);
/* lakin diff [--format text|json] OLD NEW: exit status 0, 1 or 2. */
int	 diff_main(int argc, char **argv);

#endif
