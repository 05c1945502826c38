/*
 * Pictures in the layout (layout_image.c): the aspect is kept, a width
 * from content is honoured and never exceeds the text column, a tall
 * picture is held to its share of the page, and a signature block's
 * scans stay clear of the name line.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "layout_int.h"

static struct style st;

static int
setup(void **state)
{
	(void)state;
	diag_setup(stderr, LANG_ID);
	memset(&st, 0, sizeof(st));
	st.page_w = 595.28;
	st.page_h = 841.89;
	st.m_top = st.m_bottom = 70;
	st.size = 11;
	st.leading = 1.45;
	st.para_gap = 6;
	return 0;
}

static void
init_lay(struct lay *L, struct arena *a, const struct report *r)
{
	memset(L, 0, sizeof(*L));
	L->a = L->tmp = a;
	L->st = &st;
	L->r = r;
	L->x0 = 85;
	L->width = 425;
}

/* The one PI_IMAGE item of box b showing im, or NULL. */
static const struct pitem *
image_item(const struct vbox *b, const struct image *im)
{
	for (size_t i = 0; i < b->n; i++)
		if (b->items[i].kind == PI_IMAGE && b->items[i].s == im->path)
			return &b->items[i];
	return NULL;
}

static const struct pitem *
picture_of(struct lay *L, struct picture *pic, struct block *bl)
{
	memset(bl, 0, sizeof(*bl));
	bl->type = BLK_FIGURE;
	bl->pic = pic;
	layout_picture(L, bl);
	assert_int_equal(L->boxes.n, 1);
	return image_item(L->boxes.v[0], pic->image);
}

static void
test_picture_width(void **state)
{
	struct image	 im = { "d/a.png", NULL, 0, 300, 200 };
	struct picture	 pic;
	struct block	 bl;
	struct arena	*a = arena_new();
	struct lay	 L;
	const struct pitem *it;

	(void)state;
	/* half the column, centred, aspect kept */
	init_lay(&L, a, NULL);
	memset(&pic, 0, sizeof(pic));
	pic.image = &im;
	pic.share = 0.5;
	it = picture_of(&L, &pic, &bl);
	assert_non_null(it);
	assert_float_equal(it->x2, 212.5, 0.01);
	assert_float_equal(it->y2, 212.5 * 200 / 300, 0.01);
	assert_float_equal(it->x - L.x0, (L.width - it->x2) / 2, 0.01);
	/* 60 mm as written */
	ptrvec_free(&L.boxes);
	init_lay(&L, a, NULL);
	pic.share = 0;
	pic.width_mm = 60;
	it = picture_of(&L, &pic, &bl);
	assert_float_equal(it->x2, 60 * MM, 0.01);
	/* wider than the column: the column (and said) */
	ptrvec_free(&L.boxes);
	init_lay(&L, a, NULL);
	pic.width_mm = 300;
	it = picture_of(&L, &pic, &bl);
	assert_float_equal(it->x2, L.width, 0.01);
	assert_float_equal(it->y2, L.width * 200 / 300, 0.01);
	ptrvec_free(&L.boxes);
	arena_free(a);
}

static void
test_picture_tall(void **state)
{
	struct image	 im = { "d/tall.png", NULL, 0, 100, 1000 };
	struct picture	 pic;
	struct block	 bl;
	struct arena	*a = arena_new();
	struct lay	 L;
	const struct pitem *it;
	double		 body = st.page_h - st.m_top - st.m_bottom;

	(void)state;
	init_lay(&L, a, NULL);
	memset(&pic, 0, sizeof(pic));
	pic.image = &im;
	it = picture_of(&L, &pic, &bl);
	assert_true(it->y2 <= body * 0.7 + 0.01);
	assert_float_equal(it->x2 / it->y2, 0.1, 0.001);
	assert_true(((struct vbox *)L.boxes.v[0])->keep_next);
	ptrvec_free(&L.boxes);
	arena_free(a);
}

static void
test_signature_scans(void **state)
{
	struct image	 tall = { "d/ttd.png", NULL, 0, 200, 900 };
	struct image	 stamp = { "d/cap.png", NULL, 0, 300, 300 };
	struct signature s;
	struct arena	*a = arena_new();
	struct lay	 L;
	struct vbox	*b;
	const struct pitem *sig, *cap;
	double		 head_y = 10, name_y = 110, space;

	(void)state;
	init_lay(&L, a, NULL);
	memset(&s, 0, sizeof(s));
	s.image = &tall;
	s.image_w = 60 * MM;
	s.image_h = s.image_w * 900 / 200;
	s.stamp = &stamp;
	s.stamp_w = s.stamp_h = 30 * MM;
	b = vbox_new(&L, 0);
	sig_pictures(&L, b, &s, 300, 200, head_y, name_y);
	sig = image_item(b, &tall);
	cap = image_item(b, &stamp);
	assert_non_null(sig);
	assert_non_null(cap);
	/* the stamp first: the signature is drawn over it */
	assert_true(cap < sig);
	/* the signature within the signing space above the name, aspect kept */
	space = st.size * st.leading * 3.2;
	assert_true(sig->y2 <= space + 0.01);
	assert_true(sig->y + sig->y2 <= name_y + 0.01);
	assert_true(sig->y >= name_y - space - 0.01);
	assert_float_equal(sig->x2 / sig->y2, 200.0 / 900, 0.001);
	/* the stamp within the head and the space, on the signature's left */
	assert_true(cap->y >= head_y - 0.01);
	assert_true(cap->y + cap->y2 <= name_y + 0.01);
	assert_float_equal(cap->x + cap->x2 / 2, sig->x, 0.01);
	ptrvec_free(&L.boxes);
	arena_free(a);
}

static void
test_letterhead_emblem(void **state)
{
	struct image	 im = { "d/lambang.png", NULL, 0, 220, 260 };
	struct report	 r;
	struct arena	*a = arena_new();
	struct lay	 L;
	double		 eh, ew;

	(void)state;
	memset(&r, 0, sizeof(r));
	init_lay(&L, a, &r);
	assert_float_equal(letterhead_emblem(&L, &eh), 0, 0);
	r.emblem = &im;
	ew = letterhead_emblem(&L, &eh);
	assert_float_equal(eh, 22 * MM, 0.01);
	assert_float_equal(ew, eh * 220 / 260, 0.01);
	/* a wide emblem is held to a fifth of the column */
	im.w = 2000;
	ew = letterhead_emblem(&L, &eh);
	assert_float_equal(ew, L.width / 5, 0.01);
	assert_float_equal(eh, ew * 260 / 2000, 0.01);
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_picture_width),
		cmocka_unit_test(test_picture_tall),
		cmocka_unit_test(test_signature_scans),
		cmocka_unit_test(test_letterhead_emblem),
	};

	return cmocka_run_group_tests(tests, setup, NULL);
}
