/*
 * The report's own layout choices: `tata_letak` in laporan.yaml, over
 * the template's.  One agency may want its report without floats, or
 * its own running header, without copying the whole template.  The
 * shapes are checked with laporan.yaml (report_s uses template_own_s);
 * here only values that passed are applied.
 */
#include <string.h>

#include "check_schema.h"
#include "template.h"

static const struct field own_f[] = {
	{ "mengambang", V_BOOL, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
const struct schema template_own_s = { "'tata_letak'", "'tata_letak'",
	own_f, 0, NULL };

/* A yes/no value as written: 1, 0, or -1 when it is not one. */
static int
own_bool(const struct node *m, const char *key)
{
	const struct node *n = node_get(m, key);

	static const char *const yes[] = { "ya", "true", "yes", NULL };
	static const char *const no[] = { "tidak", "false", "no", NULL };

	if (n == NULL || n->type != NODE_SCALAR)
		return -1;
	if (choice_index(yes, n->str) >= 0)
		return 1;
	return choice_index(no, n->str) >= 0 ? 0 : -1;
}

void
template_own(const struct node *root, struct style *st)
{
	const struct node	*m = node_get(root, "tata_letak");
	int			 b;

	if (m == NULL || m->type != NODE_MAP)
		return;
	if ((b = own_bool(m, "mengambang")) >= 0)
		st->floats = b;
}
