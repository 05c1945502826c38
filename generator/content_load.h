#ifndef LAKIN_CONTENT_LOAD_H
#define LAKIN_CONTENT_LOAD_H

#include <stddef.h>

#include "input.h"
#include "node.h"

struct arena;

/* Limits that keep hostile or broken input from hurting the run. */
#define LOAD_MAX_FILE	(4u * 1024 * 1024)
#define LOAD_MAX_SCALAR	(64u * 1024)
#define LOAD_MAX_DEPTH	32

/*
 * Read one YAML file, rq->dir/rq->name, through the input reader and parse
 * it into a tree.  Problems are reported through diag() with
 * file:line:col; on any error the result is NULL.  The path "dir/name" is
 * kept (in the arena) for positions.
 */
struct node	*content_load_file(struct arena *, const struct in_req *);
/* The 1-based line and column of byte `off` of buf. */
struct pos	 offpos(const char *file, const char *buf, size_t off);
struct node	*content_load_buf(struct arena *, const char *name,
		    const char *buf, size_t len);

#endif
