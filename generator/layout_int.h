/*
 * Internals shared by the layout_*.c files.  Block layout produces a
 * stream of vboxes (a line, a heading, a signature block...); the page
 * builder cuts that stream into pages honouring the keep flags.
 * Inside a vbox, item y values are offsets DOWN from the vbox top; the
 * page builder turns them into PDF coordinates.
 */
#ifndef LAKIN_LAYOUT_INT_H
#define LAKIN_LAYOUT_INT_H

#include "doc.h"
#include "mem.h"
#include "pagelist.h"
#include "template.h"

struct fontset;
struct hyph;

struct spanrect;

struct vbox {
	double		 height;
	double		 gap_before;	/* dropped at the top of a page */
	int		 keep_next;	/* no page break after this box */
	int		 break_before;	/* always start a new page */
	struct pitem	*items;
	size_t		 n, cap;
	/* when it is taller than a page: what it is, what to do, where */
	const char	*what;		/* "baris tabel" */
	const char	*advice;	/* "pecah menjadi beberapa baris" */
	struct pos	 pos;		/* of its block (or row) in the YAML */
	/* tables */
	int		 splittable;	/* may be cut where no line is cut */
	int		 landscape;	/* belongs on a landscape page */
	struct vbox	*repeat;	/* put first when this box starts a page */
	struct mark	*mark;		/* a heading or caption: listed, bookmarked */
	const struct entry *link;	/* a line of a list: links to this */
	double		*cuts;		/* preferred cuts (row boundaries) */
	size_t		 ncuts;
	struct spanrect	*spans;		/* cells that span rows */
	size_t		 nspans;
	int		 floating;	/* a figure: may go to the next page
					   while the text after it fills this one */
	int		 unit;		/* the table or figure it belongs to
					   (1, 2 …; 0: none): they move whole */
	int		 fixed;		/* content said 'mengambang: tidak' */
	int		 more;		/* its paragraph goes on in the next box */
	/* its items lie in chunks of lay_items(L) numbered iseq or later
	 * (SIZE_MAX: none there), so paginate can give back older chunks
	 * once every box that may use them is on a page */
	size_t		 iseq;
};

/* A rowspan cell's frame in its band (y: top offset, h: height). */
struct spanrect {
	double		 x, y, w, h;
};

/* Something the lists (Daftar Isi/Tabel/Gambar) and bookmarks name. */
enum mark_kind {
	MARK_FRONT,	/* KATA PENGANTAR, DAFTAR ISI … */
	MARK_PART,	/* BAB I …, LAMPIRAN, a Lampiran */
	MARK_HEADING,	/* A., 1., a. */
	MARK_TABLE,
	MARK_FIGURE
};

struct mark {
	enum mark_kind	 kind;
	int		 level;		/* 0: part; 1: A. or a Lampiran; 2: 1. */
	const char	*number;	/* "BAB I", "A.", "Tabel 1.6"; may be "" */
	struct text	 title;
	const char	*key;		/* for cross-references, or NULL */
};

/* Where a mark landed. */
struct entry {
	const struct mark	*m;
	const char		*label;		/* page label */
	size_t			 page;		/* index in its page list */
	int			 body;		/* a body page: shifted at merge */
	double			 y;		/* top of its box */
};

/* A link from a list line to an entry, resolved when pages are merged. */
struct pending_link {
	size_t			 page;		/* in the front page list */
	double			 x, y, w, h;
	const struct entry	*to;
};

/* Pages being made: one pager for the body, one for the front matter. */
struct pager {
	struct lay		*L;
	struct pagelist		*pl;
	const struct report	*r;
	int			 numbered;	/* pages in the current range */
	enum label_style	 style;
	const char		*prefix;
	int			 next_arabic;
	int			 landscape;	/* of the page being made */
	int			 body;
	struct ptrvec		 entries;	/* struct entry * */
	struct ptrvec		 links;		/* struct pending_link * */
};

struct lay {
	struct arena		*a;		/* what the page list keeps */
	struct arena		*tmp;		/* boxes: reset after each part */
	/* the boxes' items, apart from everything else in tmp so that a
	 * box's growing array is most often the arena's last allocation and
	 * grows in place (a 10,000-row table: no doubled copies left behind);
	 * reset with tmp; NULL: they go to tmp */
	struct arena		*items;
	const struct report	*r;
	const struct style	*st;
	const struct fontset	*fs;
	const struct hyph	*hy;
	double			 x0, width;	/* text column */
	struct ptrvec		 boxes;		/* struct vbox * */
	double			 lx0, lwidth;	/* text column of landscape pages */
	int			 landscape;	/* the part at hand is all landscape */
	int			 no_hyph;	/* no hyphens here: a signature, a
						   letterhead, a bold paragraph */
	int			 units;		/* tables and figures laid out */
	/* line breaking's word pieces, emptied after each paragraph (a
	 * 10,000-row table is 100,000 paragraphs); NULL: they go to tmp */
	struct arena		*words;
};

struct para_opts {
	double		 x;		/* left edge of the text */
	double		 width;		/* measure */
	double		 first_x;	/* first-line left edge (hanging items) */
	double		 size;
	double		 leading;	/* baseline to baseline */
	enum align	 align;
	int		 face_or;	/* FACE_BOLD for headings */
	int		 keep_all;	/* one paragraph must not break */
};

/* Where a box's items go. */
static inline struct arena *
lay_items(const struct lay *L)
{
	return L->items != NULL ? L->items : L->tmp;
}
struct pitem	*pitem_push(struct arena *, struct pitem **, size_t *n,
		    size_t *cap);
struct vbox	*vbox_new(struct lay *, double height);
void		 vbox_text(struct lay *, struct vbox *, enum face, double size,
		    double x, double y, const char *, size_t);
void		 vbox_rule(struct lay *, struct vbox *, double x, double y,
		    double x2, double y2, double w);
double		 text_width(const struct lay *, const struct text *, int face_or,
		    double size);
/* Lay one paragraph out as one vbox per line; returns the first box. */
struct vbox	*layout_para(struct lay *, const struct text *,
		    const struct para_opts *);
/* Lay the paragraph into an existing box starting at y; returns its height. */
double		 layout_para_into(struct lay *, struct vbox *, double y,
		    const struct text *, const struct para_opts *);
struct text	 plain_text(struct arena *, const char *, enum face);
void		 layout_blocks(struct lay *, struct block *const *, size_t);
size_t		 page_fill(struct vbox *const *, size_t n, size_t i,
		    double avail, int *too_tall);
size_t		 first_fit(struct vbox *const *, size_t n, size_t i,
		    double avail, double *used);
double		 vbox_cut(const struct vbox *, double limit);
struct vbox	*vbox_split(struct lay *, struct vbox *, double cut);
void		 vbox_rect(struct lay *, struct vbox *, double x, double y,
		    double w, double h, double stroke, double gray);
void		 layout_table(struct lay *, const struct block *);
/* The marker of item i of a list in its style ("a.", "2)", "•"). */
const char	*list_mark(struct lay *, const struct list *, size_t i,
		    const char *parent);
/* layout_image.c: pictures (PI_IMAGE items; y is the top offset) */
void		 vbox_image(struct lay *, struct vbox *, const struct image *,
		    double x, double y, double w, double h);
void		 layout_picture(struct lay *, const struct block *);
void		 layout_photo(struct lay *, const struct block *);
void		 sig_pictures(struct lay *, struct vbox *,
		    const struct signature *, double x, double w,
		    double head_y, double name_y);
double		 letterhead_emblem(const struct lay *, double *eh);
/* What a drawing over a table's grid needs of it (layout_sop.c). */
struct tgrid {
	double		 min_row;	/* in: body rows at least this tall */
	double		*x;		/* out: column edges, ncols + 1 */
	size_t		 first_body;	/* out: L->boxes index of row 1 */
};
void		 layout_table_grid(struct lay *, const struct block *,
		    struct tgrid *);
/* layout_sop.c: an SOP's table with its flow drawn over the lanes */
void		 layout_sop(struct lay *, const struct block *);
struct mark	*mark_new(struct lay *, enum mark_kind, int level,
		    const char *number, const struct text *title);
/* layout_path.c: vector paths (pagelist.h PI_PATH) */
struct pt {
	double		 x, y;
};

struct pts {			/* a growing list of points (xrealloc) */
	struct pt	*v;
	size_t		 n, cap;
};

struct pathstyle {
	int		 flags;		/* enum path_flag */
	unsigned char	 fill[3], stroke[3];
	double		 width;		/* of the stroke */
	unsigned char	 dash_on, dash_off;	/* points; 0 0: solid */
};

void		 pts_add(struct pts *, double x, double y);
void		 pts_free(struct pts *);
void		 pts_arc(struct pts *, double cx, double cy, double r,
		    double a0, double a1);
struct pitem	*vbox_path(struct lay *, struct vbox *, double x, double y,
		    const struct pts *, const struct pathstyle *);
struct pitem	*vbox_box(struct lay *, struct vbox *, double x, double y,
		    double w, double h, const struct pathstyle *);
struct pitem	*vbox_line(struct lay *, struct vbox *, double x, double y,
		    double x2, double y2, const struct pathstyle *);
/* layout_chart.c: a figure's chart, above its caption */
void		 layout_chart(struct lay *, const struct block *);
/* layout_bagan.c: an organisation chart above its caption; whether it
 * takes a landscape page */
void		 layout_bagan(struct lay *, const struct block *, int *landscape);
/* layout_pager.c */
struct page	*new_page(struct pager *);
void		 begin_range(struct pager *, enum label_style, int start,
		    const char *prefix);
void		 place(struct page *, const struct vbox *, double top);
void		 page_text(struct pager *, struct page *, enum face,
		    double size, double x, double y, const char *, int align);
void		 page_rule(struct page *, double x, double y, double x2,
		    double y2, double w);
void		 paginate(struct pager *, size_t from);
/* layout_float.c: the page [i, j) with the text after a float at j
 * pulled in front of it; returns the new end of the page */
size_t		 float_pull(struct lay *, size_t i, size_t j, double avail);
/* layout_sigwidth.c: signature columns as wide as their lines need */
void		 sig_width_one(struct lay *, const struct signature *,
		    double size, double *x, double *w);
void		 sig_width_pair(struct lay *, const struct signature *,
		    const struct signature *, double size, double *xa,
		    double *wa, double *xb, double *wb);
/* Boxes [first, n) are one table or figure; fixed: it never floats. */
void		 float_unit(struct lay *, size_t first, int fixed);
/* layout_cover.c */
void		 part_title(struct pager *, const char *line1,
		    const struct text *title);
void		 divider(struct pager *, const char *head,
		    const struct text *title, const struct part *,
		    const struct report *);
void		 cover(struct pager *);
/* layout_nav.c */
void		 mark_part(struct pager *, size_t first, enum mark_kind,
		    int level, const char *number, const struct text *title);
struct entry	*mark_page(struct pager *, enum mark_kind, const char *number,
		    const char *title);
struct entry	*mark_ahead(struct pager *, enum mark_kind, const char *number,
		    const char *title);
int		 has_annex(const struct ptrvec *entries);
int		 has_mark(const struct ptrvec *entries, enum mark_kind);
int		 same_front(const struct ptrvec *, const struct ptrvec *);
void		 outlines(struct pagelist *, const struct ptrvec *front,
		    const struct ptrvec *body, size_t shift, struct arena *);
void		 resolve_links(struct pagelist *, const struct ptrvec *links,
		    size_t shift);
void		 key_pages(struct arena *, struct pagemap *,
		    const struct ptrvec *entries);
/* layout_toc.c */
void		 list_page(struct pager *, enum mark_kind, const char *title,
		    const struct ptrvec *front, const struct ptrvec *body);

#endif
