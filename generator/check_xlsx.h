/*
 * A sheet named in the content: the mapping tables' 'baris' and the
 * data files 'pegawai' take instead of a CSV file name,
 *
 *   {berkas: data.xlsx, lembar: Sheet1, baris_kepala: 3,
 *    baris_akhir: 40, kolom: [B, C, E]}
 *
 * (lembar: the first sheet when absent; baris_kepala: 1; baris_akhir:
 * to the last row; kolom: the header row's used columns).
 */
#ifndef LAKIN_CHECK_XLSX_H
#define LAKIN_CHECK_XLSX_H

#include "content_csv.h"
#include "node.h"

struct arena;
struct schema;

extern const struct schema xlsx_source_s;

/*
 * The sheet's rows, as a CSV file's (rows[0] the header row), from the
 * workbook in dir that m (checked against xlsx_source_s) names; open_msg
 * is the message when it cannot be read.  0, or -1 after diagnostics.
 * path is the file's dir/name, which the rows' places point at.
 */
/* Whether m passes xlsx_source_s (said already by check_schema). */
int	xlsx_source_ok(const struct node *m);
int	xlsx_source(struct arena *, const char *dir, const struct node *m,
	    enum msg open_msg, const char *path, struct csv *);

/*
 * The budget's program tree from a sheet (check_budget_sheet.c); the same
 * model budget_load builds from anggaran.yaml, or NULL after diagnostics.
 */
struct builder;
struct budget	*budget_sheet(struct builder *, const struct node *m);

#endif
