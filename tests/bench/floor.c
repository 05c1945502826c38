/*
 * The libharu floor, for `make bench`: what the PDF library alone costs
 * for a report's pages.  It reads the page list `lakin layout --dump`
 * prints and draws the same text runs (same fonts, sizes, strings and
 * positions), rules, rectangles and images through libharu the way
 * pdf_render.c does (UTF-8 TrueType fonts embedded as subsets,
 * compression on, one absolute text matrix per run), paths (charts, the
 * SOP flow) point by point in their colours, then saves the PDF.
 * The libharu part is timed (monotonic clock) and so is reading the dump,
 * so that a caller timing the whole process can take the reading out.  lakin's own extras (bookmarks, links, page labels, the ToUnicode
 * fix) are left out: they are small and not the library's floor.
 *
 * usage: floor DUMP OUT.pdf REGULAR.ttf BOLD.ttf ITALIC.ttf BOLDITALIC.ttf
 *        [IMAGE_DIR]
 * prints: floor_ms=<libharu, ms> read_ms=<the dump, ms> pages=<n> items=<n>
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <hpdf.h>

enum kind { K_PAGE, K_TEXT, K_RULE, K_RECT, K_IMAGE, K_PATH };

struct item {
	enum kind	 kind;
	int		 face;
	float		 a, b, c, d, w;		/* page: w x h in a, b */
	char		*s;			/* text, or image file */
	/* a path: offsets (dx, dy down) from (a, b), colours, dash */
	float		*pts;
	size_t		 npts;
	int		 fill, stroke, closed;	/* RGB 0xRRGGBB, or -1 */
	unsigned int	 dash[2];
};

static struct item	*items;
static size_t		 nitems, capitems;

static void
die(const char *what)
{
	fprintf(stderr, "floor: %s\n", what);
	exit(2);
}

static void
error_handler(HPDF_STATUS e, HPDF_STATUS d, void *ud)
{
	(void)ud;
	fprintf(stderr, "floor: libharu error 0x%04X detail %u\n",
	    (unsigned)e, (unsigned)d);
	exit(2);
}

static struct item *
push(enum kind k)
{
	if (nitems == capitems) {
		capitems = capitems ? capitems * 2 : 4096;
		if ((items = realloc(items, capitems * sizeof(*items))) == NULL)
			die("out of memory");
	}
	memset(&items[nitems], 0, sizeof(*items));
	items[nitems].kind = k;
	return &items[nitems++];
}

/* The string between the first and the last '"' of the line. */
static char *
quoted(const char *line)
{
	const char	*a = strchr(line, '"'), *b = strrchr(line, '"');
	char		*s;

	if (a == NULL || b == NULL || b <= a)
		die("bad quoted string in dump");
	if ((s = strndup(a + 1, (size_t)(b - a - 1))) == NULL)
		die("out of memory");
	return s;
}

static int
face_of(const char *f)
{
	if (strcmp(f, "R") == 0)
		return 0;
	if (strcmp(f, "B") == 0)
		return 1;
	if (strcmp(f, "I") == 0)
		return 2;
	return 3;
}

/* "path X Y w=W fill=RRGGBB|- stroke=RRGGBB|- [dash=A,B] [closed]: dx,dy …" */
static void
read_path(struct item *it, const char *line)
{
	const char	*p = strchr(line, ':'), *q;
	char		 fill[8], stroke[8];
	size_t		 cap = 0;

	if (p == NULL || sscanf(line, "  path %f %f w=%f fill=%7s stroke=%7s",
	    &it->a, &it->b, &it->w, fill, stroke) != 5)
		die("bad path line");
	it->fill = fill[0] == '-' ? -1 : (int)strtol(fill, NULL, 16);
	it->stroke = stroke[0] == '-' ? -1 : (int)strtol(stroke, NULL, 16);
	if ((q = strstr(line, " dash=")) != NULL && q < p)
		sscanf(q, " dash=%u,%u", &it->dash[0], &it->dash[1]);
	it->closed = (q = strstr(line, " closed:")) != NULL && q < p + 1;
	for (p++; *p == ' '; ) {
		float x, y;
		int n;

		if (sscanf(p, " %f,%f%n", &x, &y, &n) != 2)
			break;
		if (it->npts == cap) {
			cap = cap ? cap * 2 : 16;
			if ((it->pts = realloc(it->pts, 2 * cap * sizeof(float)))
			    == NULL)
				die("out of memory");
		}
		it->pts[2 * it->npts] = x;
		it->pts[2 * it->npts + 1] = y;
		it->npts++;
		p += n;
	}
}

static void
read_dump(FILE *in)
{
	char	*line = NULL, face[4];
	size_t	 cap = 0;

	while (getline(&line, &cap, in) > 0) {
		struct item	*it;
		float		 w, h;

		if (strncmp(line, "page ", 5) == 0) {
			const char *x = strrchr(line, ' ');

			if (x == NULL || sscanf(x, " %fx%f", &w, &h) != 2)
				die("bad page line");
			it = push(K_PAGE);
			it->a = w;
			it->b = h;
		} else if (strncmp(line, "  text ", 7) == 0) {
			it = push(K_TEXT);
			if (sscanf(line + 7, "%3s %f %f %f", face, &it->w,
			    &it->a, &it->b) != 4)
				die("bad text line");
			it->face = face_of(face);
			it->s = quoted(line);
		} else if (strncmp(line, "  rule ", 7) == 0 ||
		    strncmp(line, "  rect ", 7) == 0) {
			it = push(line[4] == 'l' ? K_RULE : K_RECT);
			if (sscanf(line + 7, "%f %f %f %f w=%f", &it->a, &it->b,
			    &it->c, &it->d, &it->w) != 5)
				die("bad rule line");
		} else if (strncmp(line, "  path ", 7) == 0) {
			read_path(push(K_PATH), line);
		} else if (strncmp(line, "  image ", 8) == 0) {
			it = push(K_IMAGE);
			if (sscanf(line + 8, "%f %f %f %f", &it->a, &it->b,
			    &it->c, &it->d) != 4)
				die("bad image line");
			it->s = quoted(line);
		}
	}
	free(line);
}

struct state {
	HPDF_Doc	 pdf;
	HPDF_Page	 page;
	HPDF_Font	 font[4];
	const char	*fontfile[4];
	const char	*imgdir;
	int		 in_text, face;
	float		 size, lw;
};

static void
draw_path(struct state *st, const struct item *it)
{
	HPDF_Page p = st->page;

	if (it->npts == 0 || (it->fill < 0 && it->stroke < 0))
		return;
	if (it->fill >= 0)
		HPDF_Page_SetRGBFill(p, (it->fill >> 16) / 255.0f,
		    ((it->fill >> 8) & 255) / 255.0f, (it->fill & 255) / 255.0f);
	if (it->stroke >= 0) {
		HPDF_Page_SetRGBStroke(p, (it->stroke >> 16) / 255.0f,
		    ((it->stroke >> 8) & 255) / 255.0f,
		    (it->stroke & 255) / 255.0f);
		if (it->w != st->lw) {
			HPDF_Page_SetLineWidth(p, it->w);
			st->lw = it->w;
		}
		if (it->dash[0] > 0) {
			HPDF_UINT16 d[2] = { (HPDF_UINT16)it->dash[0],
			    (HPDF_UINT16)it->dash[1] };

			HPDF_Page_SetDash(p, d, 2, 0);
		}
	}
	for (size_t i = 0; i < it->npts; i++) {
		float x = it->a + it->pts[2 * i], y = it->b - it->pts[2 * i + 1];

		if (i == 0)
			HPDF_Page_MoveTo(p, x, y);
		else
			HPDF_Page_LineTo(p, x, y);
	}
	if (it->closed)
		HPDF_Page_ClosePath(p);
	if (it->fill >= 0 && it->stroke >= 0)
		HPDF_Page_FillStroke(p);
	else if (it->fill >= 0)
		HPDF_Page_Fill(p);
	else
		HPDF_Page_Stroke(p);
	if (it->stroke >= 0 && it->dash[0] > 0)
		HPDF_Page_SetDash(p, NULL, 0, 0);
	/* back to black, as the next rule or text expects */
	HPDF_Page_SetRGBFill(p, 0, 0, 0);
	HPDF_Page_SetRGBStroke(p, 0, 0, 0);
}

static HPDF_Font
font(struct state *st, int f)
{
	if (st->font[f] == NULL) {
		const char *name = HPDF_LoadTTFontFromFile(st->pdf,
		    st->fontfile[f], HPDF_TRUE);

		st->font[f] = HPDF_GetFont(st->pdf, name, "UTF-8");
	}
	return st->font[f];
}

static void
end_text(struct state *st)
{
	if (st->in_text)
		HPDF_Page_EndText(st->page);
	st->in_text = 0;
}

static void
draw(struct state *st, const struct item *it)
{
	char path[4096];

	switch (it->kind) {
	case K_PAGE:
		end_text(st);
		st->page = HPDF_AddPage(st->pdf);
		HPDF_Page_SetWidth(st->page, it->a);
		HPDF_Page_SetHeight(st->page, it->b);
		st->face = -1;
		st->size = 0;
		st->lw = 1;
		break;
	case K_TEXT:
		if (it->s[0] == '\0')
			break;
		if (!st->in_text)
			HPDF_Page_BeginText(st->page);
		st->in_text = 1;
		if (it->face != st->face || it->w != st->size) {
			HPDF_Page_SetFontAndSize(st->page, font(st, it->face),
			    it->w);
			st->face = it->face;
			st->size = it->w;
		}
		HPDF_Page_SetTextMatrix(st->page, 1, 0, 0, 1, it->a, it->b);
		HPDF_Page_ShowText(st->page, it->s);
		break;
	case K_RULE:
	case K_RECT:
		end_text(st);
		if (it->w > 0 && it->w != st->lw) {
			HPDF_Page_SetLineWidth(st->page, it->w);
			st->lw = it->w;
		}
		/* a filled box is a shading behind text (the dump has no
		 * grey): light, then black again, as lakin sets it */
		if (it->kind == K_RECT && it->w <= 0)
			HPDF_Page_SetGrayFill(st->page, 0.85f);
		if (it->kind == K_RULE) {
			HPDF_Page_MoveTo(st->page, it->a, it->b);
			HPDF_Page_LineTo(st->page, it->c, it->d);
		} else
			HPDF_Page_Rectangle(st->page, it->a, it->b, it->c,
			    it->d);
		if (it->kind == K_RULE || it->w > 0)
			HPDF_Page_Stroke(st->page);
		else {
			HPDF_Page_Fill(st->page);
			HPDF_Page_SetGrayFill(st->page, 0);
		}
		break;
	case K_PATH:
		end_text(st);
		draw_path(st, it);
		break;
	case K_IMAGE:
		end_text(st);
		if (st->imgdir == NULL)
			break;
		snprintf(path, sizeof(path), "%s/%s", st->imgdir, it->s);
		{
			size_t n = strlen(path);
			HPDF_Image im = n > 4 && (strcmp(path + n - 4, ".png") == 0 ||
			    strcmp(path + n - 4, ".PNG") == 0) ?
			    HPDF_LoadPngImageFromFile(st->pdf, path) :
			    HPDF_LoadJpegImageFromFile(st->pdf, path);

			HPDF_Page_DrawImage(st->page, im, it->a, it->b, it->c,
			    it->d);
		}
		break;
	}
}

static double
ms(const struct timespec *a, const struct timespec *b)
{
	return (double)(b->tv_sec - a->tv_sec) * 1e3 +
	    (double)(b->tv_nsec - a->tv_nsec) / 1e6;
}

int
main(int argc, char **argv)
{
	struct state	 st;
	struct timespec	 tr, t0, t1;
	FILE		*in;
	size_t		 pages = 0;

	if (argc != 7 && argc != 8) {
		fputs("usage: floor DUMP OUT.pdf R.ttf B.ttf I.ttf BI.ttf "
		    "[IMAGE_DIR]\n", stderr);
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &tr);
	if ((in = fopen(argv[1], "r")) == NULL)
		die("cannot open the dump");
	read_dump(in);
	fclose(in);

	memset(&st, 0, sizeof(st));
	for (int f = 0; f < 4; f++)
		st.fontfile[f] = argv[3 + f];
	st.imgdir = argc == 8 ? argv[7] : NULL;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	if ((st.pdf = HPDF_New(error_handler, NULL)) == NULL)
		die("HPDF_New failed");
	HPDF_SetCompressionMode(st.pdf, HPDF_COMP_ALL);
	HPDF_UseUTFEncodings(st.pdf);
	HPDF_SetCurrentEncoder(st.pdf, "UTF-8");
	/* a page of the same fonts costs the same wherever they are loaded */
	for (size_t i = 0; i < nitems; i++) {
		pages += items[i].kind == K_PAGE;
		draw(&st, &items[i]);
	}
	end_text(&st);
	HPDF_SaveToFile(st.pdf, argv[2]);
	HPDF_Free(st.pdf);
	clock_gettime(CLOCK_MONOTONIC, &t1);

	printf("floor_ms=%.2f read_ms=%.2f pages=%zu items=%zu\n",
	    ms(&t0, &t1), ms(&tr, &t0), pages, nitems - pages);
	for (size_t i = 0; i < nitems; i++) {
		free(items[i].s);
		free(items[i].pts);
	}
	free(items);
	return 0;
}
