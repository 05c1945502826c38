/*
 * The page list as text, for golden tests and `lakin layout --dump`:
 * stable, one item per line, numbers with two decimals.
 */
#include <stdio.h>
#include <string.h>

#include "layout.h"

static const char *const facename[FACE__MAX] = { "R", "B", "I", "BI" };
static const char *const stylename[] = { "none", "roman", "arabic" };

void
layout_dump(FILE *f, const struct pagelist *pl)
{
	for (size_t r = 0; r < pl->nranges; r++)
		fprintf(f, "label-range page=%zu style=%s start=%d prefix=\"%s\"\n",
		    pl->ranges[r].first + 1, stylename[pl->ranges[r].style],
		    pl->ranges[r].start, pl->ranges[r].prefix);
	for (size_t i = 0; i < pl->n; i++) {
		const struct page *p = pl->pages[i];

		fprintf(f, "page %zu label=\"%s\" %.2fx%.2f\n", i + 1,
		    p->label ? p->label : "", p->w, p->h);
		for (size_t k = 0; k < p->n; k++) {
			const struct pitem *it = &p->items[k];

			switch (it->kind) {
			case PI_TEXT:
				fprintf(f, "  text %s %.2f %.2f %.2f \"%.*s\"\n",
				    facename[it->face], it->size, it->x, it->y,
				    (int)it->len, it->s);
				break;
			case PI_RULE:
				fprintf(f, "  rule %.2f %.2f %.2f %.2f w=%.2f\n",
				    it->x, it->y, it->x2, it->y2, it->w);
				break;
			case PI_RECT:
				fprintf(f, "  rect %.2f %.2f %.2f %.2f w=%.2f\n",
				    it->x, it->y, it->x2, it->y2, it->w);
				break;
			case PI_IMAGE:	/* the file's name only: paths vary */
				fprintf(f, "  image %.2f %.2f %.2f %.2f \"%s\"\n",
				    it->x, it->y, it->x2, it->y2,
				    strrchr(it->s, '/') ? strrchr(it->s, '/') + 1 :
				    it->s);
				break;
			}
		}
	}
}
