/*
 * derive, numbers and labels: sections ("A.", "1.", "a.", "1)", or "2.1"
 * under a decimal parent), tables and figures numbered per part ("Tabel
 * 3.10" in BAB III; in a Lampiran as the template's nomor_lampiran says:
 * "Tabel L1.2", or counting on through all Lampiran), parts ("BAB III"),
 * and what {ref:kunci} prints for each key.  Layout prints these labels
 * and never makes its own.  No two captions share a number: the lists of
 * the front matter could not tell them apart.
 */
#include <stdlib.h>
#include <string.h>

#include "derive.h"
#include "diag.h"
#include "mem.h"
#include "numfmt.h"

/* A caption numbered so far, to find a number given twice. */
struct caption {
	const char		*label;
	struct pos		 pos;
	const struct part	*part;
};

struct numbering {
	struct arena		*a;
	int			 chapter;	/* 0: not in a BAB */
	int			 annex;		/* Lampiran number, 0: not one */
	const char		*annex_fmt;
	const struct part	*part;
	int			 tables, figures;
	/* counted on through all Lampiran when the form has no {lampiran} */
	int			 annex_tables, annex_figures;
	struct caption		*caps;
	size_t			 ncaps, capcap;
};

char *
section_number(struct arena *a, int level, int idx, const char *parent,
    int decimal)
{
	char buf[16];

	if (decimal && parent != NULL) {
		size_t pl = strlen(parent);

		/* "2." + 1 -> "2.1" */
		if (pl && parent[pl - 1] == '.')
			pl--;
		return arena_printf(a, "%.*s.%d", (int)pl, parent, idx);
	}
	switch (level) {
	case 1:
	case 3:
		num_letters(idx, level == 1, buf, sizeof(buf));
		return arena_printf(a, "%s.", buf);
	case 2:
		return arena_printf(a, "%d.", idx);
	default:
		return arena_printf(a, "%d)", idx);
	}
}

/* "L{lampiran}.{nomor}" with the Lampiran's number and the count. */
static const char *
annex_form(struct numbering *nb, int n)
{
	const char	*out = "", *p = nb->annex_fmt, *q;

	while ((q = strchr(p, '{')) != NULL && strchr(q, '}') != NULL) {
		const char *e = strchr(q, '}');
		const char *val = strncmp(q, "{lampiran}", 10) == 0 ?
		    arena_printf(nb->a, "%d", nb->annex) :
		    strncmp(q, "{nomor}", 7) == 0 ?
		    arena_printf(nb->a, "%d", n) : "";

		out = arena_printf(nb->a, "%s%.*s%s", out, (int)(q - p), p, val);
		p = e + 1;
	}
	return arena_printf(nb->a, "%s%s", out, p);
}

static const char *
chapter_label(struct numbering *nb, const char *what, int n)
{
	if (nb->chapter > 0)
		return arena_printf(nb->a, "%s %d.%d", what, nb->chapter, n);
	if (nb->annex > 0 && nb->annex_fmt != NULL)
		return arena_printf(nb->a, "%s %s", what, annex_form(nb, n));
	return arena_printf(nb->a, "%s %d", what, n);
}

/* A Lampiran's count: its own, or on from the Lampiran before. */
static int
next_count(struct numbering *nb, int *own, int *annex)
{
	if (nb->annex > 0 && nb->annex_fmt != NULL &&
	    strstr(nb->annex_fmt, "{lampiran}") == NULL)
		return ++*annex;
	return ++*own;
}

/*
 * A number given twice is an error at the second caption, unless both
 * sit in parts of the same number (already an error of its own).
 */
static void
unique(struct numbering *nb, const char *label, const struct pos *pos)
{
	for (size_t i = 0; i < nb->ncaps; i++) {
		const struct caption *c = &nb->caps[i];

		if (strcmp(c->label, label) != 0)
			continue;
		if (c->part != nb->part && c->part->kind == nb->part->kind &&
		    c->part->number == nb->part->number)
			return;
		diag(pos, MSG_CAPTION_DUP, label, c->pos.file, c->pos.line);
		return;
	}
	nb->caps = xgrow(nb->caps, nb->ncaps, &nb->capcap, sizeof(*nb->caps),
	    16);
	nb->caps[nb->ncaps].label = label;
	nb->caps[nb->ncaps].pos = *pos;
	nb->caps[nb->ncaps++].part = nb->part;
}

/*
 * The blocks of one level, in document order: a section's children are
 * numbered under it before its next sibling (tables and figures count
 * through the whole part).
 */
static void
number_blocks(struct numbering *nb, struct block **v, size_t n, int level,
    const char *parent, int decimal)
{
	int sections = 0;

	for (size_t i = 0; i < n; i++) {
		struct block *bl = v[i];

		switch (bl->type) {
		case BLK_SECTION:
			bl->number = section_number(nb->a, level, ++sections,
			    parent, decimal);
			number_blocks(nb, bl->kids, bl->nkids, level + 1,
			    bl->number, bl->decimal);
			break;
		case BLK_FIGURE:
			bl->label = chapter_label(nb, "Gambar", next_count(nb,
			    &nb->figures, &nb->annex_figures));
			unique(nb, bl->label, &bl->pos);
			break;
		case BLK_TABLE:
			bl->table->label = chapter_label(nb, "Tabel",
			    next_count(nb, &nb->tables, &nb->annex_tables));
			unique(nb, bl->table->label, &bl->table->pos);
			break;
		default:
			break;
		}
	}
}

/* What {ref:kunci} prints: "A." is referred to as "A", "2.1" stays. */
static const char *
ref_number(struct arena *a, const struct block *bl)
{
	size_t len;

	switch (bl->type) {
	case BLK_SECTION:
		len = strlen(bl->number);
		return arena_strndup(a, bl->number,
		    len > 0 && bl->number[len - 1] == '.' ? len - 1 : len);
	case BLK_FIGURE:
		return bl->label;
	default:
		return bl->table->label;
	}
}

void
derive_labels(struct arena *a, struct report *r)
{
	struct numbering nb;

	memset(&nb, 0, sizeof(nb));
	nb.a = a;
	nb.annex_fmt = r->annex_number;
	for (size_t i = 0; i < r->nparts; i++) {
		struct part *p = r->parts[i];

		nb.tables = nb.figures = 0;
		nb.part = p;
		nb.chapter = p->kind == PART_BAB ? p->number : 0;
		nb.annex = p->kind == PART_LAMPIRAN ? p->number : 0;
		if (p->kind == PART_BAB)
			{
			char rn[32];

			num_roman(p->number, 1, rn, sizeof(rn));
			p->label = arena_printf(a, "BAB %s", rn);
		}
		else if (p->kind == PART_LAMPIRAN)
			p->label = arena_printf(a, "Lampiran %d", p->number);
		number_blocks(&nb, p->blocks, p->n, 1, NULL, 0);
	}
	free(nb.caps);
	for (size_t i = 0; i < r->nkeys; i++)
		r->keys[i].number = ref_number(a, r->keys[i].target);
}
