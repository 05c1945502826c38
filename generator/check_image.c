/*
 * check, images: the one way a value naming a picture (a signature, a
 * stamp, a gambar's file, the head's foto, the emblem) becomes a struct
 * image.  The file is read through the input reader (which refuses what
 * lies outside the report folder) and decoded completely by image.c, once
 * per file for the whole report: the PDF embeds each file once.
 */
#include <stdlib.h>
#include <string.h>

#include "check_int.h"
#include "image.h"
#include "input.h"
#include "mem.h"

const char *const image_re[] = {
	"^[A-Za-z0-9][A-Za-z0-9_.-]*\\.(png|PNG|jpg|JPG|jpeg|JPEG)$",
	"gambar PNG atau JPEG di folder laporan (tanpa '/')",
	"a PNG or JPEG image in the report folder (no '/')", NULL };

const char *const width_re[] = {
	"^[1-9][0-9]{0,2} ?(mm|%)$",
	"lebar dalam mm atau persen lebar kolom teks, misalnya '80 mm' atau "
	"'50%'",
	"a width in mm or in percent of the text column, e.g. '80 mm' or "
	"'50%'", NULL };

/* Image n, read and checked once for the whole report; NULL after a
 * diagnostic (counted in b->errors). */
const struct image *
image_load(struct builder *b, const struct node *n)
{
	struct in_req	 rq = { b->dir, n->str, &n->pos, MSG_IMAGE,
			    IMAGE_MAX_BYTES };
	char		*path;
	struct image	*im;
	struct image_info info;
	unsigned char	*buf;
	size_t		 len;

	if (n->type != NODE_SCALAR ||
	    !pattern_match(image_re[0], n->str, n->len))
		return NULL;	/* reported by the schema check */
	path = arena_printf(b->a, "%s/%s", b->dir, n->str);
	for (size_t i = 0; i < b->images.n; i++)
		if (strcmp(((struct image *)b->images.v[i])->path, path) == 0)
			return b->images.v[i];
	/* a file refused once is not reported again where it is used again */
	for (size_t i = 0; i < b->bad_images.n; i++)
		if (strcmp(b->bad_images.v[i], path) == 0)
			return NULL;
	buf = (unsigned char *)input_read(&rq, &len);
	/* decoded completely: the PDF backend is never handed a bad one */
	if (buf == NULL || image_check_mem(buf, len, &n->pos, n->str,
	    &info) != 0) {
		free(buf);
		ptrvec_push(&b->bad_images, path);
		b->errors++;
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

/* 'lebar' as checked by width_re: "80 mm" or "50%" into the picture. */
void
picture_width(struct picture *pic, const char *s)
{
	if (s == NULL)
		return;
	if (strchr(s, '%') != NULL)
		pic->share = atoi(s) / 100.0;
	else
		pic->width_mm = atoi(s);
}
