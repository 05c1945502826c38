/*
 * derive, numbers and labels: sections ("A.", "1.", "a.", "1)", or "2.1"
 * under a decimal parent), tables and figures numbered per part ("Tabel
 * 3.10" in BAB III, "Tabel 2" in a Lampiran), parts ("BAB III"), and what
 * {ref:kunci} prints for each key.  Layout prints these labels and never
 * makes its own.
 */
#include <string.h>

#include "derive.h"
#include "mem.h"
#include "numfmt.h"

struct numbering {
	struct arena	*a;
	int		 chapter;	/* 0: not in a BAB */
	int		 tables, figures;
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

static const char *
chapter_label(struct numbering *nb, const char *what, int n)
{
	return nb->chapter > 0 ? arena_printf(nb->a, "%s %d.%d", what,
	    nb->chapter, n) : arena_printf(nb->a, "%s %d", what, n);
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
			bl->label = chapter_label(nb, "Gambar", ++nb->figures);
			break;
		case BLK_TABLE:
			bl->table->label = chapter_label(nb, "Tabel",
			    ++nb->tables);
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

	for (size_t i = 0; i < r->nparts; i++) {
		struct part *p = r->parts[i];

		memset(&nb, 0, sizeof(nb));
		nb.a = a;
		nb.chapter = p->kind == PART_BAB ? p->number : 0;
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
	for (size_t i = 0; i < r->nkeys; i++)
		r->keys[i].number = ref_number(a, r->keys[i].target);
}
