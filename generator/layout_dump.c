/*
 * The page list as text, for golden tests and `lakin layout --dump`:
 * stable, one item per line, numbers with two decimals.
 */
#include <stdio.h>
#include <string.h>

#include "layout.h"

static const char *const facename[FACE__MAX] = { "R", "B", "I", "BI" };
static const char *const stylename[] = { "none", "roman", "arabic" };

/*
 * "path X Y w=W fill=RRGGBB stroke=RRGGBB dash=ON,OFF closed: dx,dy …":
 * what is not painted is "-", the points as offsets down from (X, Y).
 */
static void
dump_path(FILE *f, const struct pitem *it)
{
	const struct ppath *p = it->path;

	fprintf(f, "  path %.2f %.2f w=%.2f", it->x, it->y, it->w);
	if (p->flags & PATH_FILL)
		fprintf(f, " fill=%02x%02x%02x", p->fill[0], p->fill[1],
		    p->fill[2]);
	else
		fprintf(f, " fill=-");
	if (p->flags & PATH_STROKE)
		fprintf(f, " stroke=%02x%02x%02x", p->stroke[0],
		    p->stroke[1], p->stroke[2]);
	else
		fprintf(f, " stroke=-");
	if (p->dash[0] > 0)
		fprintf(f, " dash=%u,%u", p->dash[0], p->dash[1]);
	fprintf(f, "%s:", p->flags & PATH_CLOSED ? " closed" : "");
	for (unsigned int i = 0; i < p->npts; i++)
		fprintf(f, " %.2f,%.2f", p->pts[2 * i], p->pts[2 * i + 1]);
	fputc('\n', f);
}

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
			case PI_PATH:
				dump_path(f, it);
				break;
			}
		}
	}
}
