/*
 * layout, the report: the body's parts (BAB with their dividers, the
 * Lampiran with their labels), then the front matter (cover, Kata
 * Pengantar, the lists) until its own page numbers settle, then both put
 * together.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datefmt.h"
#include "font.h"
#include "layout.h"
#include "layout_int.h"

/* A part laid out on landscape pages: the text column turns with it. */
static void
landscape_part(struct lay *L, int on)
{
	L->landscape = on;
	L->x0 = on ? L->lx0 : L->st->m_left;
	L->width = on ? L->lwidth :
	    L->st->page_w - L->st->m_left - L->st->m_right;
}

static void
flow_part(struct pager *pg, const struct part *p, const char *line1)
{
	size_t from = pg->L->boxes.n;

	landscape_part(pg->L, p->landscape);
	part_title(pg, line1, &p->title);
	mark_part(pg, from, p->kind == PART_BAB ? MARK_PART : MARK_FRONT, 0,
	    line1 != NULL ? line1 : "", &p->title);
	layout_blocks(pg->L, p->blocks, p->n);
	landscape_part(pg->L, 0);
	paginate(pg, from);
}

static void
annex_label(struct pager *pg, const struct part *p)
{
	struct lay		*L = pg->L;
	struct vbox		*b = vbox_new(L, 0);
	struct text		 t = text_plain(L->a, arena_printf(L->a,
	    "%s: %s", p->label, text_flat(L->a, &p->title)),
	    FACE_BOLD, p->title.pos);
	struct para_opts	 o;

	/* all of the title, in bold as the label is; flush right, wrapped;
	 * one line is two sizes high, its baseline at one */
	memset(&o, 0, sizeof(o));
	o.x = o.first_x = L->x0;
	o.width = L->width;
	o.size = L->st->size;
	o.leading = o.size * 1.3;
	o.align = AL_RIGHT;
	o.face_or = FACE_BOLD;
	b->height = layout_para_into(L, b, 0, &t, &o) + o.size * 0.7;
	b->pos = p->pos;
	b->mark = mark_new(L, MARK_PART, 1, arena_printf(L->a, "%d.",
	    p->number), &p->title);
}

void
layout_free(struct pagelist *pl)
{
	if (pl == NULL)
		return;
	for (size_t i = 0; i < pl->n; i++)
		free(pl->pages[i]->items);
	free(pl->pages);
	free(pl->ranges);
	free(pl->outlines);
	free(pl->links);
	pl->pages = NULL;
	pl->ranges = NULL;
	pl->outlines = NULL;
	pl->links = NULL;
	pl->n = pl->nranges = pl->noutlines = pl->nlinks = 0;
	pl->cap = pl->rcap = pl->ocap = 0;
}

static const char *
annex_prefix(struct lay *L, int number)
{
	const char *t = L->st->annex_prefix, *q = strstr(t, "{nomor}");

	return arena_printf(L->a, "%.*s%d%s", (int)(q - t), t, number, q + 7);
}

/*
 * The LAMPIRAN line of the Daftar Isi names the first numbered page of
 * the Lampiran (L-1), as a BAB's line names the page after its divider:
 * the divider's own label ("Lampiran") is no page number.
 */
static void
annex_entry(struct pager *pg, struct entry *e, size_t first)
{
	if (e == NULL || first >= pg->pl->n)
		return;
	e->label = pg->pl->pages[first]->label;
	e->page = first;
}

/*
 * The LAMPIRAN page before the first Lampiran, and its entry; without
 * divider pages (halaman_pembatas: tidak) only the entry, for the page
 * to come.
 */
static struct entry *
annex_divider(struct pager *pg, const struct report *r)
{
	struct text t = plain_text(pg->L->a, "", FACE_BOLD);

	if (!pg->L->st->dividers)
		return mark_ahead(pg, MARK_PART, "", "LAMPIRAN");
	begin_range(pg, LABEL_NONE, 1, "Lampiran");
	t.n = 0;
	divider(pg, "LAMPIRAN", &t, NULL, r);
	return mark_page(pg, MARK_PART, "", "LAMPIRAN");
}

static void
body_parts(struct pager *pg, const struct report *r)
{
	struct lay	*L = pg->L;
	struct entry	*annexes = NULL;
	size_t		 first_annex = 0;
	int		 annex = 0;

	for (size_t i = 0; i < r->nparts; i++) {
		const struct part	*p = r->parts[i];

		if (p->kind == PART_BAB) {
			if (L->st->dividers) {
				begin_range(pg, LABEL_NONE, 1, p->label);
				divider(pg, p->label, &p->title, p, NULL);
			}
			begin_range(pg, LABEL_ARABIC, pg->next_arabic, "");
			flow_part(pg, p, p->label);
		} else if (p->kind == PART_LAMPIRAN) {
			size_t	from;
			int	lh;

			if (!annex++) {
				annexes = annex_divider(pg, r);
				first_annex = pg->pl->n;
				if (strstr(L->st->annex_prefix, "{nomor}") == NULL)
					begin_range(pg, LABEL_ARABIC, 1,
					    L->st->annex_prefix);
			}
			/* "Lampiran {nomor}-": each Lampiran numbers its own pages */
			if (strstr(L->st->annex_prefix, "{nomor}") != NULL)
				begin_range(pg, LABEL_ARABIC, 1, annex_prefix(L,
				    p->number));
			from = L->boxes.n;
			landscape_part(L, p->landscape);
			/* a letter (an SK) opens with its letterhead: the
			 * Lampiran's label comes under it, not above */
			lh = p->n > 0 && p->blocks[0]->type == BLK_LETTERHEAD;
			if (lh)
				layout_blocks(L, p->blocks, 1);
			annex_label(pg, p);
			layout_blocks(L, p->blocks + lh, p->n - lh);
			landscape_part(L, 0);
			paginate(pg, from);
			annex_entry(pg, annexes, first_annex);
			annexes = NULL;
		}
	}
}

/*
 * Cover, Kata Pengantar, Ikhtisar, then the lists.  `front` holds the
 * front entries of the previous pass (the Daftar Isi names them too).
 */
static void
front_parts(struct pager *pg, const struct report *r,
    const struct ptrvec *front, const struct ptrvec *body)
{
	int front_started = 0;

	cover(pg);
	for (size_t i = 0; i < r->nparts; i++) {
		const struct part *p = r->parts[i];

		if (p->kind != PART_KATA_PENGANTAR && p->kind != PART_IKHTISAR)
			continue;
		if (!front_started++)
			begin_range(pg, LABEL_ROMAN, 1, "");
		flow_part(pg, p, NULL);
	}
	if (!front_started++)
		begin_range(pg, LABEL_ROMAN, 1, "");
	for (int i = 0; i < pg->L->st->nlists; i++)
		switch (pg->L->st->lists[i]) {
		case 0:
			list_page(pg, MARK_HEADING, "DAFTAR ISI",
			    front, body);
			break;
		case 1:
			if (has_mark(body, MARK_TABLE))
				list_page(pg, MARK_TABLE, "DAFTAR TABEL", front, body);
			break;
		case 2:
			if (has_mark(body, MARK_FIGURE))
				list_page(pg, MARK_FIGURE, "DAFTAR GAMBAR", front, body);
			break;
		default:
			if (has_annex(body))
				list_page(pg, MARK_PART, "DAFTAR LAMPIRAN", front, body);
			break;
		}
}

/* Front pages first, then the body's, its label ranges shifted. */
/*
 * The document date, for the PDF's dates (pdf_pdfa.c): read from what
 * the content writes ("Februari 2025"); none when it is no date in words.
 */
static void
doc_date(struct pagelist *pl, const char *s)
{
	struct date	d;

	if (s == NULL || date_parse(s, strlen(s), &d, NULL, NULL) != DATE_OK)
		return;
	pl->date_y = d.y;
	pl->date_m = d.m;
	pl->date_d = d.d;
}

static void
merge(struct pagelist *f, struct pagelist *b)
{
	size_t shift = f->n;

	for (size_t i = 0; i < b->n; i++) {
		f->pages = xgrow(f->pages, f->n, &f->cap, sizeof(*f->pages), 64);
		f->pages[f->n++] = b->pages[i];
	}
	for (size_t i = 0; i < b->nranges; i++) {
		f->ranges = xgrow(f->ranges, f->nranges, &f->rcap,
		    sizeof(*f->ranges), 8);
		f->ranges[f->nranges] = b->ranges[i];
		f->ranges[f->nranges++].first += shift;
	}
	free(b->pages);
	free(b->ranges);
}

static void
init_pager(struct pager *pg, struct lay *L, struct pagelist *pl,
    const struct report *r, int body)
{
	memset(pg, 0, sizeof(*pg));
	pg->L = L;
	pg->pl = pl;
	pg->r = r;
	pg->next_arabic = 1;
	pg->body = body;
}

#define FRONT_PASSES 6

/*
 * The body is laid out first: its page labels do not depend on the front
 * matter (roman numbers of their own).  The front matter is then laid out
 * until its own page numbers stop changing (the Daftar Isi lists itself),
 * and put in front.
 */
struct pagelist *
layout_report(struct arena *a, const struct report *r, const struct style *st,
    const struct fontset *fs, const struct hyph *hy)
{
	struct lay	 L;
	struct pager	 front, body;
	struct pagelist	*pl = arena_alloc(a, sizeof(*pl));
	struct pagelist	 bl;
	struct ptrvec	 prev = { NULL, 0, 0 };

	memset(&L, 0, sizeof(L));
	L.a = a;
	L.r = r;
	L.tmp = arena_new();
	L.items = arena_new();
	L.words = arena_new();
	L.st = st;
	L.fs = fs;
	L.hy = hy;
	L.lx0 = st->m_left;
	L.lwidth = st->page_h - st->m_left - st->m_right;
	landscape_part(&L, 0);
	memset(&bl, 0, sizeof(bl));
	memset(&body, 0, sizeof(body));
	init_pager(&body, &L, &bl, r, 1);
	body_parts(&body, r);
	memset(&front, 0, sizeof(front));
	for (int pass = 0; pass < FRONT_PASSES; pass++) {
		layout_free(pl);
		ptrvec_free(&front.links);
		init_pager(&front, &L, pl, r, 0);
		front_parts(&front, r, &prev, &body.entries);
		if (pass > 0 && same_front(&prev, &front.entries))
			break;
		ptrvec_free(&prev);
		prev = front.entries;
		memset(&front.entries, 0, sizeof(front.entries));
	}
	key_pages(a, &pl->keys, &body.entries);
	outlines(pl, &front.entries, &body.entries, pl->n, a);
	resolve_links(pl, &front.links, pl->n);
	merge(pl, &bl);
	pl->title = arena_printf(a, "%s %s %d", r->title, r->agency_short,
	    r->year);
	pl->author = r->agency;
	pl->subject = arena_printf(a, "%s %s %s %d", r->title, r->gov,
	    r->agency, r->year);
	pl->keywords = "LAKIN, Laporan Kinerja, SAKIP";
	for (int f = 0; f < FACE__MAX; f++) {
		pl->fonts[f] = fontset_file(fs, (enum face)f);
		pl->font_names[f] = fontset_path(fs, (enum face)f);
	}
	pl->images = r->images;
	pl->nimages = r->nimages;
	doc_date(pl, r->date);
	ptrvec_free(&prev);
	ptrvec_free(&body.entries);
	ptrvec_free(&body.links);
	ptrvec_free(&front.entries);
	ptrvec_free(&front.links);
	ptrvec_free(&L.boxes);
	arena_free(L.tmp);
	arena_free(L.items);
	arena_free(L.words);
	return pl;
}
