/*
 * layout, pictures: a gambar's image above its caption, the head's foto
 * with its caption lines, the scanned signature and stamp of a signature
 * block, and the emblem of the cover and the letterhead.  Every picture
 * keeps its aspect; sizes come from content (mm or a share of the text
 * column) or fill the room they are given, never the page.
 */
#include <string.h>

#include "layout.h"
#include "layout_int.h"

/* A picture's share of the page body at most: its caption fits below. */
#define PICTURE_MAX_BODY	0.7

void
vbox_image(struct lay *L, struct vbox *b, const struct image *im, double x,
    double y, double w, double h)
{
	struct pitem *it = pitem_push(lay_items(L), &b->items, &b->n, &b->cap);

	it->kind = PI_IMAGE;
	it->s = im->path;
	it->len = (unsigned)strlen(im->path);
	it->x = (float)x;
	it->y = (float)y;		/* top offset in the box */
	it->x2 = (float)w;
	it->y2 = (float)h;
}

/* Width w and height h of image im scaled to w, then to at most max_h. */
static void
fit(const struct image *im, double *w, double *h, double max_h)
{
	*h = *w * im->h / im->w;
	if (*h > max_h) {
		*w *= max_h / *h;
		*h = max_h;
	}
}

/*
 * The size of a picture in the text column: as content says, else the
 * column's width; wider than the column is said once and shrunk.
 */
static void
picture_size(struct lay *L, const struct block *bl, double dflt, double *w,
    double *h)
{
	const struct picture	*pic = bl->pic;
	const struct style	*st = L->st;
	double			 body = (L->landscape ? st->page_w :
	    st->page_h) - st->m_top - st->m_bottom;

	*w = pic->width_mm > 0 ? pic->width_mm * MM : pic->share > 0 ?
	    pic->share * L->width : dflt;
	if (*w > L->width + 0.01) {
		diag_once(&pic->width_pos, MSG_PICTURE_WIDE, (int)(*w / MM + 0.5),
		    (int)(L->width / MM));
		*w = L->width;
	}
	fit(pic->image, w, h, body * PICTURE_MAX_BODY);
}

/*
 * A gambar's image, centred, kept with the caption below it (as
 * Indonesian reports put "Gambar 1.1 …" under the figure).
 */
void
layout_picture(struct lay *L, const struct block *bl)
{
	struct vbox	*b;
	double		 w, h;

	if (bl->pic == NULL || bl->pic->image == NULL)
		return;
	picture_size(L, bl, L->width, &w, &h);
	b = vbox_new(L, h);
	b->gap_before = L->st->para_gap * 2;
	b->keep_next = 1;
	vbox_image(L, b, bl->pic->image, L->x0 + (L->width - w) / 2, 0, w, h);
}

/*
 * The head's photo (Kata Pengantar): centred, 35 mm wide unless 'lebar'
 * says otherwise, its caption lines under it (the first, the name, in
 * bold), all in one box.
 */
void
layout_photo(struct lay *L, const struct block *bl)
{
	struct vbox		*b;
	struct para_opts	 o;
	double			 w, h, y;

	if (bl->pic == NULL || bl->pic->image == NULL)
		return;
	picture_size(L, bl, 35 * MM, &w, &h);
	b = vbox_new(L, 0);
	b->gap_before = L->st->para_gap;
	vbox_image(L, b, bl->pic->image, L->x0 + (L->width - w) / 2, 0, w, h);
	memset(&o, 0, sizeof(o));
	o.x = o.first_x = L->x0;
	o.width = L->width;
	o.size = L->st->size;
	o.leading = o.size * 1.3;
	o.align = AL_CENTER;
	o.keep_all = 1;
	y = h + o.size * 0.5;
	for (size_t i = 0; i < bl->pic->nlines; i++) {
		o.face_or = i == 0 ? FACE_BOLD : 0;
		y += layout_para_into(L, b, y, &bl->pic->lines[i], &o);
	}
	b->height = y + L->st->para_gap;
}

/*
 * The scanned signature and the stamp of a signature column x..x+w whose
 * head starts at head_y and whose name line starts at name_y, after the
 * signing space.  The signature sits in the space, a tall one made as
 * small as the space (a scan is mostly opaque: it must not hide the
 * jabatan lines or the name).  The stamp is centred on the left end of
 * the signature, as one stamps a signed letter, its foot on the name
 * line and reaching up over the head at most; it is drawn first, so a
 * signature scanned with a transparent background stays readable over
 * it, and the caller draws the text last.
 */
void
sig_pictures(struct lay *L, struct vbox *b, const struct signature *s,
    double x, double w, double head_y, double name_y)
{
	double	space = name_y - head_y, sp = L->st->size * L->st->leading * 3.2;
	double	sw = s->image != NULL ? s->image_w : 40 * MM, sh, cx, cy;

	if (sp > space)
		sp = space;
	if (sw > w)
		sw = w;
	if (s->image != NULL)
		fit(s->image, &sw, &sh, sp);
	else
		sh = sp;
	cy = name_y - sp / 2;	/* the middle of the signing space */
	if (s->stamp != NULL) {
		double tw = s->stamp_w, th;

		fit(s->stamp, &tw, &th, space - 1);
		cx = x + (w - sw) / 2;
		if (cx - tw / 2 < x - L->st->size)
			cx = x - L->st->size + tw / 2;
		vbox_image(L, b, s->stamp, cx - tw / 2, name_y - 1 - th, tw, th);
	}
	if (s->image != NULL)
		vbox_image(L, b, s->image, x + (w - sw) / 2, cy - sh / 2, sw, sh);
}

/*
 * The emblem at the left of a letterhead: 22 mm high, at most a fifth of
 * the text column wide.  Returns its width (0 without an emblem) and its
 * height in *eh.
 */
double
letterhead_emblem(const struct lay *L, double *eh)
{
	const struct image	*im = L->r->emblem;
	double			 ew;

	*eh = 0;
	if (im == NULL)
		return 0;
	*eh = 22 * MM;
	ew = *eh * im->w / im->h;
	if (ew > L->width / 5) {
		ew = L->width / 5;
		*eh = ew * im->h / im->w;
	}
	return ew;
}
