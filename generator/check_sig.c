/*
 * check, the signature block: place and date (or the SK's "Ditetapkan di"
 * lines), the jabatan lines, the name, rank and NIP (checked and spaced
 * the official way), a scanned signature and a stamp (check_image.c).
 */
#include <stdlib.h>
#include <string.h>

#include "check_int.h"
#include "check_nip.h"
#include "mem.h"

static const struct field sig_f[] = {
	{ "tempat", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "tanggal", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "jabatan", V_SEQ_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "nama", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "pangkat", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "nip", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "ditetapkan", V_BOOL, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "gambar", V_PATTERN, 0, NULL, image_re, 0, 0, NULL, NULL },
	{ "lebar_gambar", V_INT, 0, NULL, NULL, 5, 150, NULL, NULL },
	{ "cap", V_PATTERN, 0, NULL, image_re, 0, 0, NULL, NULL },
	{ "lebar_cap", V_INT, 0, NULL, NULL, 10, 60, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
const struct schema content_sig_s = { "blok 'tanda_tangan'",
	"block 'tanda_tangan'", sig_f, 0, NULL };

/* A scanned signature: a PNG or JPEG beside the YAML. */
static void
sig_image(struct builder *b, struct signature *s, const struct node *n,
    const char *width)
{
	if ((s->image = image_load(b, n)) == NULL)
		return;
	s->image_w = (width != NULL ? atoi(width) : 40) * 72.0 / 25.4;
	s->image_h = s->image_w * s->image->h / s->image->w;
}

/* The stamp (cap), 30 mm across unless 'lebar_cap' says otherwise. */
static void
sig_stamp(struct builder *b, struct signature *s, const struct node *n,
    const char *width)
{
	if ((s->stamp = image_load(b, n)) == NULL)
		return;
	s->stamp_w = (width != NULL ? atoi(width) : 30) * 72.0 / 25.4;
	s->stamp_h = s->stamp_w * s->stamp->h / s->stamp->w;
}

/* A NIP, checked and printed spaced the official way. */
static struct text
build_nip(struct builder *b, const struct node *n)
{
	struct text	 t;
	char		 buf[32];
	const char	*why;

	memset(&t, 0, sizeof(t));
	if (n == NULL)
		return t;
	if ((why = nip_check(n->str, n->len, buf, sizeof(buf))) != NULL) {
		diag(&n->pos, MSG_NIP, n->str, why);
		b->errors++;
		return t;
	}
	return text_plain(b->a, arena_strdup(b->a, buf), FACE_REGULAR, n->pos);
}

struct signature *
build_sig(struct builder *b, const struct node *m)
{
	struct signature	*s = arena_alloc(b->a, sizeof(*s));
	const struct node	*roles = node_get(m, "jabatan");
	const char		*place = node_str(m, "tempat"), *date = node_str(m, "tanggal");

	if (date != NULL) {
		s->date = date;		/* checked with the report (check_date.c) */
		s->datepos = node_get(m, "tanggal")->pos;
	}

	if (node_get(m, "ditetapkan") != NULL &&
	    schema_bool(node_get(m, "ditetapkan"))) {
		/* the SK's form: two lines instead of "Binjai, 9 Januari 2024" */
		s->decreed[0] = text_plain(b->a, arena_printf(b->a, "%s %s",
		    "Ditetapkan di", place ? place : ""), FACE_REGULAR, m->pos);
		s->decreed[1] = text_plain(b->a, arena_printf(b->a, "%s %s",
		    "pada tanggal", date ? date : ""), FACE_REGULAR, m->pos);
		place = date = NULL;
	}
	if (node_get(m, "gambar") != NULL)
		sig_image(b, s, node_get(m, "gambar"), node_str(m, "lebar_gambar"));
	if (node_get(m, "cap") != NULL)
		sig_stamp(b, s, node_get(m, "cap"), node_str(m, "lebar_cap"));
	if (place != NULL || date != NULL) {
		struct node *pd = arena_alloc(b->a, sizeof(*pd));

		*pd = *node_get(m, place != NULL ? "tempat" : "tanggal");
		pd->str = arena_printf(b->a, "%s%s%s", place ? place : "",
		    place && date ? ", " : "", date ? date : "");
		pd->len = strlen(pd->str);
		s->place_date = build_text(b, pd);
	}
	if (roles->type == NODE_SCALAR) {
		s->nroles = 1;
		s->roles = arena_alloc(b->a, sizeof(*s->roles));
		s->roles[0] = build_text(b, roles);
	} else {
		s->nroles = roles->n;
		s->roles = arena_alloc(b->a, (roles->n + 1) * sizeof(*s->roles));
		for (size_t i = 0; i < roles->n; i++)
			s->roles[i] = build_text(b, roles->vals[i]);
	}
	s->name = build_text(b, node_get(m, "nama"));
	s->rank = build_text(b, node_get(m, "pangkat"));
	s->nip = build_nip(b, node_get(m, "nip"));
	return s;
}

