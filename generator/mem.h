/*
 * Memory policy (the whole program follows it):
 *  - Every allocation goes through the x* wrappers below; they abort with a
 *    message on out-of-memory, so callers never test for NULL.
 *  - Everything that lives as long as one run (YAML nodes, strings, the
 *    document model, the page list) is carved from one arena, owned by the
 *    run and released at once with arena_free().  Nothing inside an arena
 *    is freed individually.
 *  - Layout's working boxes live in a second arena that is reset after
 *    each part is cut into pages (what a page shows is copied out first);
 *    their items in a third, whose chunks are given back while the part is
 *    cut, once every box that may use them is on a page.
 *  - Pages' items are xmalloc'd per page; a build's render frees each page's
 *    items once the page is drawn (pdf_render_consume).
 *  - Short-lived buffers use xmalloc/xrealloc and are freed by the function
 *    that allocated them.  free functions accept NULL.
 */
#ifndef LAKIN_MEM_H
#define LAKIN_MEM_H

#include <stddef.h>

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
char	*xstrdup(const char *);
/*
 * Append-growth of an array v of elements of the given size holding n with
 * room for *cap: returns v, or v grown (doubling *cap, from first) when full.
 */
void	*xgrow(void *v, size_t n, size_t *cap, size_t size, size_t first);

struct arena;

struct arena	*arena_new(void);
void		*arena_alloc(struct arena *, size_t);	/* zeroed */
char		*arena_strndup(struct arena *, const char *, size_t);
char		*arena_strdup(struct arena *, const char *);
char		*arena_printf(struct arena *, const char *, ...)
		    __attribute__((format(printf, 2, 3)));
/* xgrow for an array in the arena (the old copy stays until the reset,
 * unless the array is the arena's newest allocation: then it grows in place) */
void		*arena_grow(struct arena *, void *v, size_t n, size_t *cap,
		    size_t size, size_t first);
void		 arena_reset(struct arena *);	/* free all, keep the arena */
/*
 * For memory that dies in the order it was made (layout's box items,
 * given back as pages are filled): arena_seq names the chunk the next
 * allocation goes to or after, arena_release_before frees every chunk
 * older than seq but the newest.  What lay in them must not be used again.
 */
size_t		 arena_seq(const struct arena *);
void		 arena_release_before(struct arena *, size_t seq);
void		 arena_clear(struct arena *);	/* empty, keep one chunk */
void		 arena_free(struct arena *);

/* A growable array of pointers, backed by xrealloc (not the arena). */
struct ptrvec {
	void	**v;
	size_t	  n, cap;
};
void	ptrvec_push(struct ptrvec *, void *);
void	ptrvec_free(struct ptrvec *);

#endif
