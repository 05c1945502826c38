#include <stdlib.h>
#include <string.h>

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_TRUETYPE_TABLES_H

#include "font.h"
#include "mem.h"
#include "utf8.h"

/* Advances for the first code points are cached: text is mostly Latin. */
#define CACHE_CP 0x3000

struct face_m {
	FT_Face		 ft;
	char		*path;
	int		 upem;
	int		 ascent, descent;	/* font units, descent < 0 */
	int32_t		*adv;			/* -2 = not yet, -1 = missing */
};

struct fontset {
	FT_Library	 lib;
	struct face_m	 f[FACE__MAX];
	char		*family;
};

static int
load_face(struct fontset *fs, enum face i, const char *path,
    const struct pos *where)
{
	struct face_m	*m = &fs->f[i];
	struct pos	 p = where ? *where : (struct pos){ NULL, 0, 0 };
	TT_OS2		*os2;
	FILE		*fp;

	if ((fp = fopen(path, "rb")) == NULL) {
		diag(&p, MSG_FONT_FILE, path);
		return 0;
	}
	fclose(fp);
	if (FT_New_Face(fs->lib, path, 0, &m->ft) != 0 ||
	    !FT_IS_SFNT(m->ft) || !FT_IS_SCALABLE(m->ft) ||
	    FT_Select_Charmap(m->ft, FT_ENCODING_UNICODE) != 0) {
		diag(&p, MSG_FONT_BAD, path);
		return 0;
	}
	m->path = xstrdup(path);
	m->upem = m->ft->units_per_EM;
	/* libharu places text with the hhea ascender/descender too */
	m->ascent = m->ft->ascender;
	m->descent = m->ft->descender;
	os2 = FT_Get_Sfnt_Table(m->ft, FT_SFNT_OS2);
	(void)os2;
	m->adv = xmalloc(CACHE_CP * sizeof(*m->adv));
	for (size_t k = 0; k < CACHE_CP; k++)
		m->adv[k] = -2;
	return 1;
}

struct fontset *
fontset_load(const char *const paths[FACE__MAX],
    const struct pos where[FACE__MAX])
{
	struct fontset	*fs = xcalloc(1, sizeof(*fs));
	int		 ok = 1;

	if (FT_Init_FreeType(&fs->lib) != 0) {
		free(fs);
		return NULL;
	}
	for (int i = 0; i < FACE__MAX; i++)
		ok &= load_face(fs, (enum face)i, paths[i],
		    where != NULL ? &where[i] : NULL);
	if (!ok) {
		fontset_free(fs);
		return NULL;
	}
	fs->family = xstrdup(fs->f[0].ft->family_name ?
	    fs->f[0].ft->family_name : "?");
	return fs;
}

void
fontset_free(struct fontset *fs)
{
	if (fs == NULL)
		return;
	for (int i = 0; i < FACE__MAX; i++) {
		if (fs->f[i].ft != NULL)
			FT_Done_Face(fs->f[i].ft);
		free(fs->f[i].path);
		free(fs->f[i].adv);
	}
	FT_Done_FreeType(fs->lib);
	free(fs->family);
	free(fs);
}

const char *
fontset_path(const struct fontset *fs, enum face f)
{
	return fs->f[f].path;
}

const char *
fontset_family(const struct fontset *fs)
{
	return fs->family;
}

/* Advance in font units, or -1 when the face has no glyph for cp. */
static int32_t
advance(const struct fontset *fs, enum face f, uint32_t cp)
{
	const struct face_m	*m = &fs->f[f];
	FT_UInt			 g;
	int32_t			 a;

	if (cp < CACHE_CP && m->adv[cp] != -2)
		return m->adv[cp];
	g = FT_Get_Char_Index(m->ft, cp);
	if (g == 0)
		a = -1;
	else if (FT_Load_Glyph(m->ft, g, FT_LOAD_NO_SCALE) != 0)
		a = -1;
	else
		a = (int32_t)m->ft->glyph->metrics.horiAdvance;
	if (cp < CACHE_CP)
		m->adv[cp] = a;
	return a;
}

int
font_has(const struct fontset *fs, enum face f, uint32_t cp)
{
	return advance(fs, f, cp) >= 0;
}

double
font_width(const struct fontset *fs, enum face f, double size,
    const char *s, size_t len)
{
	long		 units = 0;
	size_t		 i = 0, l;
	uint32_t	 cp;
	int32_t		 a;

	while (i < len) {
		if ((l = utf8_decode(s + i, len - i, &cp)) == 0) {
			i++;
			continue;
		}
		i += l;
		a = advance(fs, f, cp);
		units += a < 0 ? 0 : a;
	}
	return (double)units * size / fs->f[f].upem;
}

double
font_ascent(const struct fontset *fs, enum face f, double size)
{
	return (double)fs->f[f].ascent * size / fs->f[f].upem;
}

double
font_descent(const struct fontset *fs, enum face f, double size)
{
	return (double)fs->f[f].descent * size / fs->f[f].upem;
}
