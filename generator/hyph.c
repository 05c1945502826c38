#include <ctype.h>
#include <hyphen.h>
#include <stdlib.h>
#include <string.h>

#include "hyph.h"
#include "mem.h"

struct hyph {
	HyphenDict	*dict;
	int		 left, right;
};

struct hyph *
hyph_open(const char *path, int left, int right)
{
	struct hyph	*h;
	HyphenDict	*d;

	if ((d = hnj_hyphen_load(path)) == NULL)
		return NULL;
	h = xcalloc(1, sizeof(*h));
	h->dict = d;
	/* the scan below needs at least one letter on each side */
	h->left = left < 1 ? 1 : left;
	h->right = right < 1 ? 1 : right;
	return h;
}

void
hyph_close(struct hyph *h)
{
	if (h == NULL)
		return;
	hnj_hyphen_free(h->dict);
	free(h);
}

static int
vowel(int c)
{
	return strchr("aeiouAEIOU", c) != NULL;
}

static int
has_vowel(const char *s, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (vowel((unsigned char)s[i]))
			return 1;
	return 0;
}

/*
 * Loanword prefixes the patterns split before their last consonant
 * (tran-s-pa-ran-si, ek-s-plo-ra-si): the break belongs after the prefix,
 * as KBBI writes trans-pa-ran-si, eks-plo-ra-si.
 */
static void
prefixes(const char *word, size_t len, char *hyphens)
{
	static const char *const pre[] = { "trans", "eks", NULL };

	for (int i = 0; pre[i] != NULL; i++) {
		size_t l = strlen(pre[i]);

		if (len > l + 1 && strncmp(word, pre[i], l) == 0 &&
		    (hyphens[l - 2] & 1) && (hyphens[l - 1] & 1))
			hyphens[l - 2] = '0';
	}
}

size_t
hyph_points(const struct hyph *h, const char *s, size_t len, size_t *out,
    size_t max)
{
	char	 word[128], hyphens[136];
	char	**rep = NULL;
	int	*pos = NULL, *cut = NULL;
	size_t	 n = 0, i, last = 0;

	if (h == NULL || len < (size_t)(h->left + h->right) ||
	    len >= sizeof(word))
		return 0;
	for (i = 0; i < len; i++) {
		if (!isalpha((unsigned char)s[i]))
			return 0;
		/* all-caps words get no breaks from the patterns: lower first */
		word[i] = (char)tolower((unsigned char)s[i]);
	}
	word[len] = '\0';
	if (hnj_hyphen_hyphenate2(h->dict, word, (int)len, hyphens, NULL,
	    &rep, &pos, &cut) != 0)
		return 0;
	prefixes(word, len, hyphens);
	for (i = (size_t)h->left - 1; i + (size_t)h->right < len && n < max;
	    i++) {
		if (!(hyphens[i] & 1))
			continue;
		/* drop breaks that leave a part without a vowel (ra-k-an) */
		if (!has_vowel(word, last, i + 1) ||
		    !has_vowel(word, i + 1, len))
			continue;
		out[n++] = i + 1;
		last = i + 1;
	}
	free(rep);
	free(pos);
	free(cut);
	return n;
}
