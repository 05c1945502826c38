#ifndef LAKIN_NAMES_H
#define LAKIN_NAMES_H

#include <stddef.h>

/* The index of s in the NULL-terminated list c, or -1. */
int		 choice_index(const char *const *, const char *);
size_t		 edit_distance(const char *, const char *);
/*
 * How many words must be added, dropped or changed to make one text the
 * other (words split at single spaces; the first 64 words count): names
 * of indicators are long, their slips whole words ("dan Pelatihan" twice,
 * "ASN" added), past what edit_distance measures.
 */
size_t		 word_distance(const char *, const char *);

/* "Did you mean": offer each candidate; the closest one near enough wins. */
struct suggest {
	const char	*key;		/* as written */
	const char	*best;
	size_t		 bd;
};
void		 suggest_init(struct suggest *, const char *key);
void		 suggest_offer(struct suggest *, const char *candidate);
const char	*suggest_result(const struct suggest *);

/*
 * For each of n keys (NULL: none), the index of the first equal key, or
 * its own index when it is the first (a NIP written twice, say).
 */
void		 first_equal(const char *const *keys, size_t n, size_t *first);

#endif
