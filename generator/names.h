#ifndef LAKIN_NAMES_H
#define LAKIN_NAMES_H

#include <stddef.h>

/* The index of s in the NULL-terminated list c, or -1. */
int		 choice_index(const char *const *, const char *);
size_t		 edit_distance(const char *, const char *);

/* "Did you mean": offer each candidate; the closest one near enough wins. */
struct suggest {
	const char	*key;		/* as written */
	const char	*best;
	size_t		 bd;
};
void		 suggest_init(struct suggest *, const char *key);
void		 suggest_offer(struct suggest *, const char *candidate);
const char	*suggest_result(const struct suggest *);

#endif
