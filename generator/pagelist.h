/*
 * The page list: layout's device-independent result, consumed by the PDF
 * backend (pdf_render.c) and by the text dump used in golden tests
 * (layout_dump.c).  Coordinates are PDF points, origin at the bottom
 * left of the page; text y is the baseline.
 */
#ifndef LAKIN_PAGELIST_H
#define LAKIN_PAGELIST_H

#include <stddef.h>

#include "doc.h"

enum pitem_kind {
	PI_TEXT = 0,	/* s/len drawn in face at size, baseline at (x, y) */
	PI_RULE,	/* line from (x, y) to (x2, y2), width w */
	PI_RECT,	/* rectangle x, y (bottom left), x2 = width, y2 = height, stroke w */
	PI_IMAGE,	/* the image s (the path of one of images) at x, y
			 * (bottom left), x2 wide, y2 high */
	PI_PATH		/* the vector path `path` anchored at (x, y), line
			 * width w */
};

/*
 * A vector path (a chart's bar or sector, a connector, an arrowhead):
 * points are offsets right and DOWN from its item's anchor, as layout
 * measures everything down from a box's top.  Only the anchor moves
 * when a box is placed or cut, so a path is built once, never copied,
 * and a long table of items stays small.  Pie sectors are polygons with
 * points at most 2 degrees apart (deterministic, no curve operators).
 */
enum path_flag {
	PATH_FILL = 1,		/* fill with fill[] (nonzero winding) */
	PATH_STROKE = 2,	/* stroke with stroke[] at the item's w */
	PATH_CLOSED = 4		/* back to the first point (a polygon) */
};

struct ppath {
	const float	*pts;		/* npts (dx, dy) pairs */
	unsigned int	 npts;
	unsigned char	 flags;		/* enum path_flag */
	unsigned char	 fill[3];	/* RGB, 0-255 */
	unsigned char	 stroke[3];
	unsigned char	 dash[2];	/* on, off in whole points (libharu
					 * 2.3.0 takes integers); 0 0 = solid */
	float		 top, bottom;	/* extent of dy: min and max */
};

/*
 * Compact (floats, one byte kinds, a text's fields sharing the place of a
 * shape's): a long table makes millions of these, 40 bytes each.  Float
 * coordinates resolve 1/10000 pt on an A4 page.
 */
struct pitem {
	float		 x, y;
	float		 gray;		/* 0 = black, 1 = white */
	/* by kind: read only the fields of the item's own kind */
	union {
		struct {		/* PI_RULE, PI_RECT, PI_IMAGE; PI_PATH: w */
			float	 x2, y2, w;
		};
		struct {		/* PI_TEXT */
			float	 size;
			float	 angle;	/* rotation, degrees counter-clockwise */
		};
	};
	union {
		const char	*s;	/* UTF-8, not NUL-terminated */
		const struct ppath *path; /* PI_PATH */
	};
	unsigned int	 len;
	unsigned char	 kind;		/* enum pitem_kind */
	unsigned char	 face;		/* enum face */
};

/* How a range of pages is numbered (PDF page labels). */
enum label_style {
	LABEL_NONE,	/* prefix only */
	LABEL_ROMAN,	/* i, ii, iii */
	LABEL_ARABIC	/* 1, 2, 3 */
};

struct label_range {
	size_t		 first;		/* index of the first page */
	enum label_style style;
	int		 start;
	const char	*prefix;	/* may be "" */
};

/* A bookmark: level 0 = part (BAB I), 1 = A., 2 = 1. */
struct outline {
	const char	*title;
	int		 level;
	size_t		 page;
	float		 y;
};

/* A clickable area (a Daftar Isi line) that jumps to a page. */
struct plink {
	size_t		 page;
	float		 x, y, w, h;
	size_t		 target;
	float		 ty;
};

struct page {
	double		 w, h;
	struct pitem	*items;
	size_t		 n, cap;
	const char	*label;		/* as printed in the footer */
};

/*
 * Where each kunci landed: what layout tells the driver, which hands it to
 * derive for {hal:kunci} (the page fix-point).
 */
struct pagekey {
	const char	*key;
	const char	*label;		/* page label: "12", "iii" */
};

struct pagemap {
	struct pagekey	*v;
	size_t		 n;
};

struct pagelist {
	struct page	**pages;
	size_t		  n, cap;
	struct label_range *ranges;
	size_t		  nranges, rcap;
	struct outline	 *outlines;
	size_t		  noutlines, ocap;
	struct plink	 *links;
	size_t		  nlinks;
	/* document information */
	const char	 *title, *author, *subject, *keywords;
	const char	 *fonts[FACE__MAX];	/* files to embed */
	const char	 *font_names[FACE__MAX];	/* as messages name them;
						 * NULL: fonts[] */
	const struct image **images;	/* what PI_IMAGE items show */
	size_t		  nimages;
	struct pagemap	  keys;		/* the body's kunci and their pages */
	/* the document's date as the content writes it (PDF/A dates);
	 * date_y 0: none; date_d 0: only the month is written */
	int		  date_y, date_m, date_d;
};

#endif
