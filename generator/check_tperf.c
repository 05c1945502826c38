/*
 * check, a typed table compared with kinerja.yaml ('periksa_kinerja'):
 * which column names the indicator of each row and which hold its
 * satuan, target, realisasi and capaian.  Only the columns are read here;
 * derive ties the rows to indicators and compares.
 */
#include <stdlib.h>

#include "check_int.h"

/* enum pcheck, in its order */
static const char *const pcheck_key[PCHECK__MAX] = { "indikator", "satuan",
	"target", "realisasi", "capaian" };

static const struct field perfcheck_f[] = {
	{ "indikator", V_INT, 1, NULL, NULL, 1, 64, NULL, NULL },
	{ "satuan", V_INT, 0, NULL, NULL, 1, 64, NULL, NULL },
	{ "target", V_INT, 0, NULL, NULL, 1, 64, NULL, NULL },
	{ "realisasi", V_INT, 0, NULL, NULL, 1, 64, NULL, NULL },
	{ "capaian", V_INT, 0, NULL, NULL, 1, 64, NULL, NULL },
	{ "tahun", V_INT, 0, NULL, NULL, 1990, 2100, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
const struct schema tperfcheck_s = { "'periksa_kinerja'", "'periksa_kinerja'",
	perfcheck_f, 0, NULL };

void
perf_typed(struct builder *b, struct table *t, const struct node *m)
{
	const struct node	*pc = node_get(m, "periksa_kinerja");
	struct tperfcheck	*ck;
	int			 bad = 0;

	if (pc == NULL)
		return;
	ck = arena_alloc(b->a, sizeof(*ck));
	ck->pos = pc->pos;
	if (node_get(pc, "tahun") != NULL)
		ck->year = atoi(node_str(pc, "tahun"));
	for (int k = 0; k < PCHECK__MAX; k++) {
		const struct node	*v = node_get(pc, pcheck_key[k]);
		int			 c;

		ck->col[k] = -1;
		if (v == NULL)
			continue;
		c = atoi(v->str);
		if ((size_t)c > t->ncols) {
			diag(&v->pos, MSG_TPERF_COL, pcheck_key[k], c,
			    (int)t->ncols);
			bad = 1;
			continue;
		}
		ck->col[k] = c - 1;
	}
	if (b->perf == NULL && !b->perf_named) {
		diag(&pc->pos, MSG_TPERF_NODATA);
		bad = 1;
	}
	b->errors += bad;
	if (!bad)
		t->perf_check = ck;
}
