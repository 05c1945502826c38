/*
 * check, the signature block: place and date (or the SK's "Ditetapkan di"
 * lines), the jabatan lines, the name, rank and NIP (checked and spaced
 * the official way), and a scanned signature or stamp, read and decoded
 * once.
 */
#include <stdlib.h>
#include <string.h>

#include "check_int.h"
#include "check_nip.h"
#include "image.h"
#include "input.h"
#include "mem.h"

static const char *const image_re[] = {
	"^[A-Za-z0-9][A-Za-z0-9_.-]*\\.(png|PNG|jpg|JPG|jpeg|JPEG)$",
	"gambar PNG atau JPEG di folder laporan (tanpa '/')",
	"a PNG or JPEG image in the report folder (no '/')", NULL };

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
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
const struct schema content_sig_s = { "blok 'tanda_tangan'",
	"block 'tanda_tangan'", sig_f, 0, NULL };

/* Image n, read and checked once for the whole report. */
static const struct image *
image_load(struct builder *b, const struct node *n)
{
	struct in_req	 rq = { b->dir, n->str, &n->pos, MSG_IMAGE,
			    IMAGE_MAX_BYTES };
	const char	*path = arena_printf(b->a, "%s/%s", b->dir, n->str);
	struct image	*im;
	struct image_info info;
	unsigned char	*buf;
	size_t		 len;

	for (size_t i = 0; i < b->images.n; i++)
		if (strcmp(((struct image *)b->images.v[i])->path, path) == 0)
			return b->images.v[i];
	if ((buf = (unsigned char *)input_read(&rq, &len)) == NULL)
		return NULL;
	/* decoded completely: the PDF backend is never handed a bad one */
	if (image_check_mem(buf, len, &n->pos, n->str, &info) != 0) {
		free(buf);
		return NULL;
	}
	im = arena_alloc(b->a, sizeof(*im));
	im->path = path;
	im->data = memcpy(arena_alloc(b->a, len), buf, len);
	im->len = len;
	im->w = info.w;
	im->h = info.h;
	free(buf);
	ptrvec_push(&b->images, im);
	return im;
}

/* A scanned signature or stamp: a PNG or JPEG beside the YAML. */
static void
sig_image(struct builder *b, struct signature *s, const struct node *n,
    const char *width)
{
	if ((s->image = image_load(b, n)) == NULL) {
		b->errors++;
		return;
	}
	s->image_w = (width != NULL ? atoi(width) : 40) * 72.0 / 25.4;
	s->image_h = s->image_w * s->image->h / s->image->w;
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

