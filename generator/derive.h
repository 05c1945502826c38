/*
 * derive: what the program computes from checked content.  For now the
 * cross-references; the budget and indicator views will join it.
 */
#ifndef LAKIN_DERIVE_H
#define LAKIN_DERIVE_H

#include "doc.h"

struct arena;

typedef void (*text_fn)(struct text *, void *);

/* Call fn on every text of the document (paragraphs, cells, captions...). */
void			 doc_texts(struct report *, text_fn, void *);
const struct refkey	*refs_find(const struct report *, const char *key);
/* {ref:kunci} -> numbers; returns 1 when some text names a page. */
int			 refs_fill_numbers(struct arena *, struct report *);
/* {hal:kunci} -> the labels now in r->keys. */
void			 refs_fill_pages(struct arena *, struct report *);

#endif
