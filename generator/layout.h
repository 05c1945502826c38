/*
 * layout: document model + style -> page list.  Device independent: text
 * is measured through font.h, never through the PDF library.
 */
#ifndef LAKIN_LAYOUT_H
#define LAKIN_LAYOUT_H

#include <stdio.h>

#include "doc.h"
#include "pagelist.h"
#include "template.h"

struct arena;
struct fontset;
struct hyph;

/*
 * The pages of the report, and in pl->keys the page each body kunci is
 * on: when the text names pages ({hal:kunci}), the driver hands those to
 * derive and lays out again until they stop moving.
 */
struct pagelist	*layout_report(struct arena *, const struct report *,
		    const struct style *, const struct fontset *,
		    const struct hyph *);
void		 layout_dump(FILE *, const struct pagelist *);
void		 layout_free(struct pagelist *);	/* its arrays; items are in the arena */

#endif
