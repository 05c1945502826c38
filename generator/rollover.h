/*
 * lakin new --dari: the text edits that turn last year's YAML into next
 * year's.  The edits work on the bytes of a file, at places the loader's
 * tree gives, so the officer's comments, order and formatting survive
 * everything the roll-over does not change.
 */
#ifndef LAKIN_ROLLOVER_H
#define LAKIN_ROLLOVER_H

#include <stddef.h>

#include "node.h"

struct redit {
	size_t		 off, len;	/* bytes of the old text replaced */
	const char	*text;		/* by this (in the arena) */
	size_t		 seq;		/* order of insertions at one place */
};

/* One file's text and the edits planned on it. */
struct rfile {
	struct arena	*a;
	const char	*buf;
	size_t		 len;
	struct redit	*v;
	size_t		 n, cap;
};

/* Byte offset in f->buf of a 1-based position of the loaded tree. */
size_t	 rfile_off(const struct rfile *, struct pos);
/* Replace the value of entry i of map m (scalar, block or flow) by text. */
void	 redit_value(struct rfile *, const struct node *m, size_t i,
	    const char *text);
/* Add "key: text" as the last entry of the map m (block or flow). */
void	 redit_append(struct rfile *, const struct node *m, const char *key,
	    const char *text);
/* Replace bytes [off, off + len) of the old text. */
void	 redit_add(struct rfile *, size_t off, size_t len, const char *text);
/* The edited text (xmalloc); edits that overlap an earlier one are
 * dropped.  Its length in *len. */
char	*rfile_apply(struct rfile *, size_t *len);

/*
 * The year edits of one loaded file: old is last year's report year,
 * year the new one.  kind: 'l' laporan.yaml, 'k' kinerja, 'a' anggaran,
 * 'p' a part file.
 */
void	 rollover_edits(struct rfile *, const struct node *root, int kind,
	    int old, int year);
/* The notes that ask the officer to look at a place of the new text. */
int	 rollover_review(const struct node *root, int old, int year);

#endif
