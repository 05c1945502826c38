/*
 * The stages in their order, for main and the fuzz targets: check then
 * derive; layout with the page fix-point.  Only this driver feeds a later
 * stage's result (the pages keys landed on) back to an earlier one.
 */
#ifndef LAKIN_DRIVE_H
#define LAKIN_DRIVE_H

#include "node.h"
#include "pagelist.h"
#include "template.h"

struct arena;
struct fontset;
struct hyph;
struct report;

/*
 * Check the parts laporan.yaml lists (errs: its own errors so far), then
 * derive.  NULL when any error was found, in either stage.
 */
struct report	*drive_check(struct arena *, const char *dir,
		    const struct node *root, int errs, const struct fontset *,
		    const struct style *);
/* Lay out until the pages {hal:kunci} names stop moving. */
struct pagelist	*drive_layout(struct arena *, struct report *,
		    const struct style *, const struct fontset *,
		    const struct hyph *);

#endif
