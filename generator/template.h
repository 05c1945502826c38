#ifndef LAKIN_TEMPLATE_H
#define LAKIN_TEMPLATE_H

#include "doc.h"

struct arena;

/* Everything that is the same for every agency; all lengths in points. */
struct style {
	const char	*dir;			/* the template's folder */
	double		 page_w, page_h;
	double		 m_top, m_bottom, m_left, m_right;
	const char	*fonts_dir;		/* the fonts/ folder */
	const char	*fonts[FACE__MAX];	/* file names in it */
	struct pos	 font_pos[FACE__MAX];	/* where templat.yaml names them */
	double		 size, leading, para_gap, list_indent;
	double		 h_chapter, h_level[4];
	double		 table_size, table_leading;	/* table text */
	const char	*header, *footer;	/* with {tahun} etc. */
	const char	*annex_prefix;
	int		 lists[4];		/* front lists in order: */
	int		 nlists;		/* 0 isi, 1 tabel, 2 gambar, 3 lampiran */
	const char	*hyph_dict;
	int		 hyph_left, hyph_right;
};

/*
 * Find template `name` (named at `where`; search: $LAKIN_HOME/templates, the source tree
 * beside the binary, the installed data dir), check it, and fill st.
 * Returns 0 on success; problems are reported with diag().
 */
int	template_load(struct arena *, const char *name, const struct pos *where,
	    const char *exe, struct style *st);

#endif
