/*
 * derive: the stage between check and layout.  Labels first (the totals'
 * messages and the references need them), then the data model's figures,
 * the tables made from them and the totals of typed tables, then the
 * references that print them.
 */
#include "derive.h"

static void
block_tables(struct arena *a, const struct report *r, struct block *bl)
{
	if (bl->type == BLK_TABLE && bl->table->data != NULL &&
	    bl->table->data->src[0].tree == TREE_PEGAWAI)
		derive_tstaff(a, r, bl->table);
	else if (bl->type == BLK_TABLE && bl->table->data != NULL &&
	    (bl->table->data->src[0].tree == TREE_PERF ||
	    bl->table->data->src[0].tree == TREE_SCALE))
		derive_tperf(a, r, bl->table);
	else if (bl->type == BLK_TABLE && bl->table->data != NULL &&
	    bl->table->data->src[0].tree == TREE_GOAL_LINES)
		derive_tgoals(a, r, bl->table);
	else if (bl->type == BLK_TABLE && bl->table->data != NULL)
		derive_tdata(a, r, bl->table);
	else if (bl->type == BLK_TABLE) {
		derive_totals(a, bl->table);
		derive_staff_check(a, r, bl->table);
		derive_perf_check(a, r, bl->table);
	}
	for (size_t i = 0; i < bl->nkids; i++)
		block_tables(a, r, bl->kids[i]);
}

void
derive_report(struct arena *a, struct report *r)
{
	derive_labels(a, r);
	/* the facts first, then the tables that show them */
	if (r->budget != NULL)
		derive_budget(a, r->budget);
	if (r->perf != NULL)
		derive_perf(a, r);
	/* typed figures near a figure of the data: before any table is made
	 * from data and any {nilai:} is filled in, so only what was typed is
	 * read */
	derive_near(a, r);
	for (size_t i = 0; i < r->nparts; i++)
		for (size_t k = 0; k < r->parts[i]->n; k++)
			block_tables(a, r, r->parts[i]->blocks[k]);
	derive_charts(a, r);	/* from the tables just made */
	derive_values(a, r);
	r->page_refs = refs_fill_numbers(a, r);
}
