#ifndef LAKIN_TEMPLATE_H
#define LAKIN_TEMPLATE_H

#include "doc.h"

struct arena;

#define MM (72.0 / 25.4)	/* points in a millimetre */

/*
 * The running header's baseline sits HEAD_RISE pt above the text column,
 * the footer's and the page number's FOOT_DROP pt below it.
 */
#define HEAD_RISE	14.0
#define FOOT_DROP	20.0

/* Everything that is the same for every agency; all lengths in points. */
struct node;

struct style {
	const char	*dir;			/* the template's folder */
	const struct node *scale;		/* default rating scale, or NULL */
	double		 page_w, page_h;
	double		 m_top, m_bottom, m_left, m_right;
	const char	*fonts_dir;		/* the fonts/ folder */
	const char	*fonts[FACE__MAX];	/* file names in it */
	struct pos	 font_pos[FACE__MAX];	/* where templat.yaml names them */
	double		 size, leading, para_gap, list_indent;
	double		 h_chapter, h_level[4];
	double		 table_size, table_leading;	/* table text */
	const char	*header, *footer;	/* with {tahun} etc. */
	struct pos	 header_pos, footer_pos;	/* in templat.yaml */
	const char	*annex_prefix;
	int		 lists[4];		/* front lists in order: */
	int		 nlists;		/* 0 isi, 1 tabel, 2 gambar, 3 lampiran */
	const char	*hyph_dict;
	struct pos	 hyph_pos;
	int		 hyph_left, hyph_right;
	int		 floats;		/* mengambang: text fills before a float */
	const char	*annex_number;		/* nomor_lampiran: "L{lampiran}.{nomor}" */
	int		 dividers;		/* halaman_pembatas: BAB divider pages */
	int		 hyph_on;		/* pemenggalan.aktif: hyphenate at all */
	/* the template's own sizes (teks, judul, tabel): what 'gaya:
	   ringkas' prints, restored when a report asks for it */
	double		 own_size, own_leading, own_h_chapter, own_h_level[4];
	double		 own_table_size, own_table_leading;
	const struct node *header_n, *footer_n;	/* their text, for positions */
	unsigned char	 palette[8][3];		/* warna_grafik: chart series */
	int		 npalette;		/* 0: layout's own */
};

/*
 * Find template `name` (named at `where`; search: $LAKIN_HOME/templates, the source tree
 * beside the binary, the installed data dir), check it, and fill st.
 * Returns 0 on success; problems are reported with diag().
 */
int	template_load(struct arena *, const char *name, const struct pos *where,
	    const char *exe, struct style *st);
/*
 * Folder rel (such as "templates/baru") under the first of the roots
 * template_load searches that has it; NULL when none has, with *tried
 * listing the paths looked at.
 */
const char *template_data_dir(struct arena *, const char *exe,
	    const char *rel, const char **tried);
/* The template in folder dir itself (--template DIR). */
int	template_load_dir(struct arena *, const char *dir, const char *exe,
	    struct style *st);

/* 'gaya: dinas': the house style preset; 'ringkas': the template's own sizes */
void	template_style(struct style *, const char *gaya);
/* Room for header and footer at this size; errors at top_at/bottom_at. */
int	template_room(const struct style *, const struct pos *top_at,
	    const struct pos *bottom_at);
/* The {names} of a running header or footer; returns the errors. */
int	template_running(const struct node *);
struct fontset;
/* Every character of the running texts printable in the italic face. */
int	template_glyphs(const struct style *, const struct fontset *);

/* laporan.yaml `tata_letak`: the report's own choices over the template */
struct schema;
extern const struct schema template_own_s;
int	template_own(const struct node *root, struct style *st);

#endif
