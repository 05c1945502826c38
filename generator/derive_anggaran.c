/*
 * derive, the budget: every parent amount is the sum of its lines, and a
 * parent that states its own is compared with that sum.  Spending by kind
 * (belanja per jenis) and the program tree describe the same money: their
 * totals are compared too.  One mistake, one finding: a line whose sum is
 * unknown (a child without the amount) makes every sum above it unknown,
 * silently.
 */
#include <string.h>

#include "derive.h"
#include "mem.h"

static const char *const amt_key[AMT__MAX] = { "murni", "perubahan",
	"realisasi" };

int
bnode_pagu(const struct bnode *bn, num_t *v)
{
	if (bn->has_amt[AMT_PERUBAHAN]) {
		*v = bn->amt[AMT_PERUBAHAN];
		return 1;
	}
	if (bn->has_amt[AMT_MURNI]) {
		*v = bn->amt[AMT_MURNI];
		return 1;
	}
	return 0;
}

/* Amount k of bn from its children; *bad when it cannot be known. */
static void
sum_amount(struct arena *a, struct bnode *bn, enum amt k,
    const unsigned char *kidbad, unsigned char *bad)
{
	size_t	 with = 0;
	num_t	 sum = 0;

	for (size_t i = 0; i < bn->nkids; i++)
		if (bn->kids[i]->has_amt[k] || (kidbad[i] >> k & 1) ||
		    (bn->kids[i]->said_bad >> k & 1))
			with++;
	if (bn->said_bad >> k & 1) {
		*bad |= 1u << k;	/* reported by check */
		return;
	}
	if (with == 0) {
		bn->amt[k] = bn->said[k];
		bn->has_amt[k] = bn->has_said[k];
		return;
	}
	for (size_t i = 0; i < bn->nkids; i++) {
		const struct bnode *c = bn->kids[i];

		if (kidbad[i] >> k & 1) {
			*bad |= 1u << k;
			continue;
		}
		if (!c->has_amt[k]) {
			diag(&c->pos, MSG_BUDGET_PART, c->name, amt_key[k],
			    bn->name != NULL ? bn->name : "anggaran");
			*bad |= 1u << k;
			continue;
		}
		if (!(*bad >> k & 1) && num_add(&sum, c->amt[k]) != 0) {
			char buf[NUM_BUFSZ];

			num_format_max(buf, sizeof(buf));
			diag(&c->pos, MSG_BUDGET_RANGE, amt_key[k],
			    bn->name != NULL ? bn->name : "anggaran", buf);
			*bad |= 1u << k;
		}
	}
	if (*bad >> k & 1)
		return;
	bn->amt[k] = sum;
	bn->has_amt[k] = 1;
	if (bn->has_said[k] && bn->said[k] != sum)
		diag(&bn->said_pos[k], MSG_BUDGET_SUM, amt_key[k], bn->name,
		    fig_exact(a, bn->said[k]), bn->nkids, fig_exact(a, sum));
}

/* Realisasi above pagu, said where the realisasi is stated. */
static void
check_over(struct arena *a, const struct bnode *bn)
{
	num_t pagu;

	if (!bn->has_said[AMT_REALISASI] || !bn->has_amt[AMT_REALISASI] ||
	    !bnode_pagu(bn, &pagu) || bn->amt[AMT_REALISASI] <= pagu)
		return;
	diag(&bn->said_pos[AMT_REALISASI], MSG_BUDGET_OVER, bn->name,
	    fig_exact(a, bn->amt[AMT_REALISASI]), fig_exact(a, pagu));
}

static void
sum_node(struct arena *a, struct bnode *bn, unsigned char *bad)
{
	unsigned char *kidbad = arena_alloc(a, bn->nkids + 1);

	for (size_t i = 0; i < bn->nkids; i++)
		sum_node(a, bn->kids[i], &kidbad[i]);
	*bad = 0;
	for (int k = 0; k < AMT__MAX; k++)
		sum_amount(a, bn, (enum amt)k, kidbad, bad);
	check_over(a, bn);
}

/* Belanja per jenis and the programs: the same money twice. */
static void
compare_trees(struct arena *a, const struct budget *bg)
{
	for (int k = AMT_MURNI; k < AMT__MAX; k++) {
		const struct bnode *s = &bg->spending, *p = &bg->programs;

		if (s->nkids == 0 || !s->has_amt[k] || !p->has_amt[k] ||
		    s->amt[k] == p->amt[k])
			continue;
		diag(&bg->spending.pos, MSG_BUDGET_KINDS, fig_exact(a, s->amt[k]),
		    amt_key[k], fig_exact(a, p->amt[k]));
	}
}

void
derive_budget(struct arena *a, struct budget *bg)
{
	unsigned char bad;

	sum_node(a, &bg->revenue, &bad);
	sum_node(a, &bg->spending, &bad);
	sum_node(a, &bg->programs, &bad);
	compare_trees(a, bg);
}
