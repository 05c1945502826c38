/*
 * One sheet of an .xlsx workbook (Office Open XML, as Excel, LibreOffice
 * and openpyxl write it) read into the rows and fields a CSV file gives,
 * so every reader of CSV rows reads a sheet too.  Only what that takes
 * is read: the zip (libzip, from memory), and with expat the workbook's
 * sheet list, its relationships, the shared strings, the number styles
 * and the one sheet.  Every field's place is its cell (diag_cell):
 * "anggaran.xlsx:Sheet1!D14: galat: …".
 *
 * What a cell gives, as text:
 *  - text (shared, inline or a formula's cached text): the text;
 *  - a number: its exact decimal value, never through a binary double,
 *    read to 15 significant digits and 10 decimals as the spreadsheet
 *    itself shows it ("0.30000000000000004" gives 0.3), written the
 *    Indonesian way without thousands dots: "5781451559", "0,25"; a
 *    cell styled as a percentage gives "91,94%";
 *  - a number styled as a date: "2024-12-31" (ISO; "2024-12-31 08:30"
 *    with a time of day, "08:30" for a time alone), 1900 and 1904 date
 *    systems both;
 *  - a boolean: "BENAR" or "SALAH" (as Excel in Indonesian shows them);
 *  - an empty or missing cell: "".
 * A formula error (#DIV/0!, #REF!, …) and a formula without a cached
 * value are positioned errors.  Merged cells give their value in the
 * top-left cell only, as the file stores it.
 */
#ifndef LAKIN_CONTENT_XLSX_H
#define LAKIN_CONTENT_XLSX_H

#include <stddef.h>

#include "content_csv.h"
#include "diag.h"
#include "input.h"

struct arena;

#define XLSX_MAX_FILE	(32u * 1024 * 1024)	/* the .xlsx itself */
#define XLSX_MAX_PART	(64u * 1024 * 1024)	/* one member, unpacked */
#define XLSX_MAX_CELLS	2000000u		/* cells of the sheet */
#define XLSX_MAX_STRINGS 1000000u		/* shared strings */
#define XLSX_MAX_COLS	64			/* columns read */

/* What to read of the workbook. */
struct xlsx_sel {
	const char		*sheet;		/* NULL: the first sheet */
	const struct pos	*sheet_at;	/* where it is named, or NULL */
	int			 head;		/* the header row, from 1 */
	int			 last;		/* the last row read; 0: all */
	const int		*cols;		/* column numbers (A = 1) */
	size_t			 ncols;		/* 0: the header row's used
						 * columns, first to last */
};

/*
 * rows[0] is the header row, then every data row after it that has a
 * value in one of the columns read (blank rows are skipped, as blank
 * lines of a CSV file are); every row has the same number of fields.
 * 0, or -1 after reporting every problem found.  Positions point at
 * path, which must outlive them.
 */
int	xlsx_load(struct arena *, const struct in_req *, const char *path,
	    const struct xlsx_sel *, struct csv *);
int	xlsx_parse(struct arena *, const char *path, const char *buf,
	    size_t len, const struct xlsx_sel *, struct csv *);

/* Parts of the reader, for tests and for readers of column names. */
/* "D14": *row 14, *col 4; 1, or 0 when it is not a cell reference.
 * Either part may be absent ("D": *row 0) when allow says so. */
#define XLSX_REF_COL	1	/* a column alone: "D" */
int	xlsx_ref(const char *s, size_t len, int allow, int *row, int *col);
/*
 * A number cell's text ("5781451559", "1.0000000000000001E-2") in
 * Indonesian decimal form ("0,01"), exactly; percent: times 100 with
 * "%".  0, -1 when the text is not a number, -2 when it is too large.
 */
int	xlsx_number(const char *s, size_t len, int percent, char *out,
	    size_t sz);
/* A date serial number's text as "YYYY-MM-DD[ HH:MM]" ("HH:MM" below
 * 1 in the 1900 system); 0 or -1. */
int	xlsx_date(const char *s, size_t len, int date1904, char *out,
	    size_t sz);
/* The shared strings of sharedStrings.xml; -1 after a diagnostic. */
int	xlsx_strings(struct arena *, const char *path, const char *xml,
	    size_t len, char ***v, size_t **lens, size_t *n);

#endif
