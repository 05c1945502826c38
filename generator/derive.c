/*
 * derive: the stage between check and layout.  Labels first (the totals'
 * messages and the references need them), then every computed figure,
 * then the references that print them.
 */
#include "derive.h"

static void
block_tables(struct arena *a, struct block *bl)
{
	if (bl->type == BLK_TABLE)
		derive_totals(a, bl->table);
	for (size_t i = 0; i < bl->nkids; i++)
		block_tables(a, bl->kids[i]);
}

void
derive_report(struct arena *a, struct report *r)
{
	derive_labels(a, r);
	for (size_t i = 0; i < r->nparts; i++)
		for (size_t k = 0; k < r->parts[i]->n; k++)
			block_tables(a, r->parts[i]->blocks[k]);
	r->page_refs = refs_fill_numbers(a, r);
}
