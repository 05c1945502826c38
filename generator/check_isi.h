/*
 * check: the "still to fill in" marker.  `lakin new --dari` clears what
 * must be entered again each year by writing the plain (unquoted) value
 * ISI in its place (`2025: ISI`, `tanggal: ISI`, `murni: ISI`).
 * check_isi() reports every marker of a tree as an error that says what
 * is missing and where, then takes the pair out of the tree, so the
 * checks after it see the value as not written, without a second finding
 * about the same place.  A quoted "ISI" is text, not a marker.
 */
#ifndef LAKIN_CHECK_ISI_H
#define LAKIN_CHECK_ISI_H

#include <stddef.h>

#include "node.h"

#define ISI_MARK	"ISI"

/* Report and remove the markers of root; their number. */
int	 check_isi(struct node *root);
/* A marker stood for key k of map m (a required key is then not "missing"). */
int	 isi_was(const struct node *m, const char *k);
/* Markers found since the last isi_reset() (derive waits until 0). */
size_t	 isi_count(void);
void	 isi_reset(void);
/* n is a marker: a plain scalar ISI. */
int	 isi_is(const struct node *n);

#endif
