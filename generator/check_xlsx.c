#include <stdlib.h>
#include <string.h>

#include "check_schema.h"
#include "check_xlsx.h"
#include "content_xlsx.h"
#include "mem.h"

static const char *const xlsx_name_re[] = {
	"^[A-Za-z0-9][A-Za-z0-9_.-]*\\.xlsx$",
	"nama berkas .xlsx di folder laporan (tanpa '/')",
	"the name of an .xlsx file in the report folder (no '/')",
	NULL };

static const struct field xlsx_f[] = {
	{ "berkas", V_PATTERN, 1, NULL, xlsx_name_re, 0, 0, NULL, NULL },
	{ "lembar", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "baris_kepala", V_INT, 0, NULL, NULL, 1, 1048576, NULL, NULL },
	{ "baris_akhir", V_INT, 0, NULL, NULL, 1, 1048576, NULL, NULL },
	{ "kolom", V_SEQ_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
const struct schema xlsx_source_s = { "sumber lembar kerja",
	"spreadsheet source", xlsx_f, 0, NULL };

static int
row_number_ok(const struct node *n)
{
	if (n == NULL)
		return 1;
	if (n->type != NODE_SCALAR || n->len == 0 || n->len > 7)
		return 0;
	for (size_t i = 0; i < n->len; i++)
		if (n->str[i] < '0' || n->str[i] > '9')
			return 0;
	return atoi(n->str) >= 1 && atoi(n->str) <= 1048576;
}

int
xlsx_source_ok(const struct node *m)
{
	const struct node	*f = node_get(m, "berkas");
	const struct node	*sh = node_get(m, "lembar");
	const struct node	*k = node_get(m, "kolom");

	if (f == NULL || f->type != NODE_SCALAR ||
	    !pattern_match(xlsx_name_re[0], f->str, f->len))
		return 0;
	if (sh != NULL && sh->type != NODE_SCALAR)
		return 0;
	if (!row_number_ok(node_get(m, "baris_kepala")) ||
	    !row_number_ok(node_get(m, "baris_akhir")))
		return 0;
	if (k != NULL && k->type != NODE_SEQ)
		return 0;
	for (size_t i = 0; k != NULL && i < k->n; i++)
		if (k->vals[i]->type != NODE_SCALAR)
			return 0;
	return 1;
}

/* 'kolom': column letters ("B", "AA"); -1 after diagnostics. */
static int
columns(struct arena *a, const struct node *k, int **cols, size_t *n)
{
	int	 errs = 0, row, col;

	*n = 0;
	*cols = NULL;
	if (k == NULL)
		return 0;
	if (k->n > XLSX_MAX_COLS) {
		diag(&k->pos, MSG_XLSX_COLS_MANY, k->n, XLSX_MAX_COLS);
		return -1;
	}
	*cols = arena_alloc(a, (k->n + 1) * sizeof(**cols));
	for (size_t i = 0; i < k->n; i++) {
		const struct node *c = k->vals[i];

		if (!xlsx_ref(c->str, c->len, XLSX_REF_COL, &row, &col) ||
		    row != 0) {
			diag(&c->pos, MSG_XLSX_COLUMN, c->str);
			errs++;
			continue;
		}
		for (size_t j = 0; j < *n; j++)
			if ((*cols)[j] == col) {
				diag(&c->pos, MSG_XLSX_COLUMN_DUP, c->str);
				errs++;
			}
		(*cols)[(*n)++] = col;
	}
	return errs > 0 ? -1 : 0;
}

int
xlsx_source(struct arena *a, const char *dir, const struct node *m,
    enum msg open_msg, const char *path, struct csv *out)
{
	const struct node	*f = node_get(m, "berkas");
	const struct node	*sh = node_get(m, "lembar");
	const struct node	*hd = node_get(m, "baris_kepala");
	const struct node	*last = node_get(m, "baris_akhir");
	struct in_req		 rq = { dir, f->str, &f->pos, open_msg,
				    XLSX_MAX_FILE };
	struct xlsx_sel		 sel;
	int			*cols;

	memset(out, 0, sizeof(*out));
	memset(&sel, 0, sizeof(sel));
	sel.sheet = sh != NULL ? sh->str : NULL;
	sel.sheet_at = sh != NULL ? &sh->pos : NULL;
	sel.head = hd != NULL ? atoi(hd->str) : 1;
	sel.last = last != NULL ? atoi(last->str) : 0;
	if (last != NULL && sel.last <= sel.head) {
		diag(&last->pos, MSG_XLSX_LAST_ROW, sel.last, sel.head);
		return -1;
	}
	if (columns(a, node_get(m, "kolom"), &cols, &sel.ncols) != 0)
		return -1;
	sel.cols = cols;
	return xlsx_load(a, &rq, path, &sel, out);
}
