/*
 * check: the ISI markers `lakin new --dari` leaves where a value must be
 * entered again (check_isi.h).  One table says what each marked key is,
 * in the officer's words; the finding names the indicator, budget line or
 * signature it belongs to.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_isi.h"
#include "diag.h"
#include "mem.h"

/* What a marked key stands for. */
static const struct {
	const char	*key, *id, *en;
} isi_keys[] = {
	{ "analisis", "analisis keberhasilan/kegagalan",
	  "analysis of success/failure" },
	{ "solusi", "solusi yang dilakukan", "solution carried out" },
	{ "standar", "angka standar pembanding tahun ini",
	  "this year's figure of the standard compared with" },
	{ "target_pk", "target Perjanjian Kinerja (hapus baris ini bila sama "
	  "dengan target Renstra)", "Perjanjian Kinerja target (delete the "
	  "line when it equals the Renstra target)" },
	{ "murni", "pagu murni (APBD)", "original budget (APBD)" },
	{ "perubahan", "pagu perubahan (APBD-P)", "revised budget (APBD-P)" },
	{ "realisasi", "realisasi anggaran", "budget realisasi" },
	{ "tanggal", "tanggal", "date" },
	{ NULL, NULL, NULL }
};

/* Year maps of an indicator whose entries are figures of one year. */
static const char *const year_maps[] = { "realisasi", "pembilang",
	"penyebut", "target", NULL };

/* The way down to a map entry: the map, the entry, the way to the map. */
struct isi_ctx {
	const struct node	*map;
	size_t			 i;
	const struct isi_ctx	*up;
};

/* The markers taken out of the trees of this run. */
struct isi_seen {
	const struct node	*map;
	const char		*key;
};
static struct {
	struct isi_seen	*v;
	size_t		 n, cap;
} seen;

int
isi_is(const struct node *n)
{
	return n != NULL && n->type == NODE_SCALAR &&
	    n->style == SCALAR_PLAIN && strcmp(n->str, ISI_MARK) == 0;
}

int
isi_was(const struct node *m, const char *k)
{
	for (size_t i = 0; i < seen.n; i++)
		if (seen.v[i].map == m && strcmp(seen.v[i].key, k) == 0)
			return 1;
	return 0;
}

size_t
isi_count(void)
{
	return seen.n;
}

void
isi_reset(void)
{
	free(seen.v);
	memset(&seen, 0, sizeof(seen));
}

static int
is_year(const char *s)
{
	return strlen(s) == 4 && strspn(s, "0123456789") == 4;
}

static int
in_list(const char *const *l, const char *s)
{
	for (; s != NULL && *l != NULL; l++)
		if (strcmp(*l, s) == 0)
			return 1;
	return 0;
}

static const char *
ctx_key(const struct isi_ctx *c)
{
	return c != NULL ? c->map->keys[c->i]->str : NULL;
}

/* The name an officer knows the owner map by, or NULL. */
static const char *
owner_name(const struct node *m)
{
	/* the names of things; a title (laporan's judul) names no owner */
	static const char *const names[] = { "nama", "uraian", "kunci",
		NULL };
	const char *s;

	for (size_t i = 0; names[i] != NULL; i++)
		if ((s = node_str(m, names[i])) != NULL && *s != '\0')
			return s;
	return NULL;
}

/* One finding: what is missing, and whose it is. */
static void
isi_report(const struct node *m, size_t i, const struct isi_ctx *up)
{
	const char		*key = m->keys[i]->str, *what = key, *name;
	const struct node	*owner = m;
	const char		*holder = ctx_key(up);
	char			 buf[128];

	if (is_year(key) && in_list(year_maps, ctx_key(up))) {
		/* 2025: ISI under realisasi: the indicator's */
		snprintf(buf, sizeof(buf), "%s %s", ctx_key(up), key);
		what = buf;
		owner = up->map;
		holder = ctx_key(up->up);
	} else
		for (size_t k = 0; isi_keys[k].key != NULL; k++)
			if (strcmp(isi_keys[k].key, key) == 0)
				what = tr(isi_keys[k].id, isi_keys[k].en);
	name = owner_name(owner);
	if (name != NULL)
		diag(&m->vals[i]->pos, MSG_ISI_OF, what,
		    holder != NULL ? holder : "", name);
	else
		diag(&m->vals[i]->pos, MSG_ISI_AT, what,
		    holder != NULL ? holder : "");
}

static void
remember(const struct node *m, const char *k)
{
	seen.v = xgrow(seen.v, seen.n, &seen.cap, sizeof(*seen.v), 16);
	seen.v[seen.n++] = (struct isi_seen){ m, k };
}

static int
walk(struct node *n, const struct isi_ctx *up)
{
	int errs = 0;

	if (n->type == NODE_SEQ)
		for (size_t i = 0; i < n->n; i++)
			errs += walk(n->vals[i], up);
	if (n->type != NODE_MAP)
		return errs;
	for (size_t i = 0; i < n->n; ) {
		struct isi_ctx c = { n, i, up };

		if (!isi_is(n->vals[i])) {
			errs += walk(n->vals[i], &c);
			i++;
			continue;
		}
		isi_report(n, i, up);
		remember(n, n->keys[i]->str);
		errs++;
		/* out of the tree: the checks after this one see no value */
		memmove(&n->keys[i], &n->keys[i + 1],
		    (n->n - i - 1) * sizeof(*n->keys));
		memmove(&n->vals[i], &n->vals[i + 1],
		    (n->n - i - 1) * sizeof(*n->vals));
		n->n--;
	}
	return errs;
}

int
check_isi(struct node *root)
{
	return root != NULL ? walk(root, NULL) : 0;
}
