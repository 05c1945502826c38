#ifndef LAKIN_CHECK_CONTENT_H
#define LAKIN_CHECK_CONTENT_H

#include "doc.h"
#include "node.h"

struct arena;
struct fontset;

/*
 * check: report_load() reads and checks laporan.yaml (errs counts its
 * problems); check_report() checks every part file it lists against the
 * content schema, even when laporan.yaml had errors, and builds the
 * document model from what passed.  Every problem of every file is
 * reported and added to *errs; derive may still run on the result (its
 * own findings are about what was built), layout only when *errs is 0.
 * fs may be NULL (no font coverage check).
 */
struct node	*report_load(struct arena *, const char *dir, int *errs);
const struct node *report_template(const struct node *);
struct report	*check_report(struct arena *, const char *dir,
		    const struct node *root, int *errs,
		    const struct fontset *, const struct node *default_scale);

/* The schema of a rating scale, for templat.yaml's default one. */
extern const struct schema content_scale_s;

/* Pieces, for the unit tests and the fuzz target. */
struct schema;
const struct schema *content_part_schema(void);
int		 check_markup(struct arena *, const struct node *,
		    const struct fontset *, struct text *);

#endif
