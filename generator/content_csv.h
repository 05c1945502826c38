/*
 * CSV files that hold a table's rows (staff lists, inventories): UTF-8,
 * RFC 4180 quoting, ',' or ';' (as Indonesian spreadsheets write it,
 * detected from the header line).  Every field keeps its position.
 */
#ifndef LAKIN_CONTENT_CSV_H
#define LAKIN_CONTENT_CSV_H

#include <stddef.h>

#include "diag.h"
#include "input.h"

struct arena;

struct csv_field {
	const char	*s;	/* unquoted, NUL-terminated, in the arena */
	size_t		 len;
	struct pos	 pos;
};

struct csv_row {
	struct csv_field *f;
	size_t		  n;
	struct pos	  pos;
};

struct csv {
	struct csv_row	*rows;	/* rows[0] is the header line */
	size_t		 n;
};

/*
 * Reads rq->dir/rq->name through the input reader.  want is the number
 * of fields a line should have (0: unknown); it helps choose the
 * separator.  Returns 0, or -1 after reporting every problem found with
 * diag().  The rows live in the given arena; positions point at `path`
 * (the file's dir/name), which must outlive them.
 */
#define CSV_MAX_FILE	(32u * 1024 * 1024)
int	csv_load(struct arena *, const struct in_req *, const char *path,
	    size_t want, struct csv *);
int	csv_parse(struct arena *, const char *name, const char *buf,
	    size_t len, size_t want, struct csv *);

#endif
