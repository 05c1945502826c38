#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ft2build.h>
#include FT_FREETYPE_H

#include "font.h"
#include "input.h"
#include "mem.h"
#include "utf8.h"

/* Advances for the first code points are cached: text is mostly Latin. */
#define CACHE_CP 0x3000

struct face_m {
	FT_Face		 ft;
	char		*path;		/* as messages name it */
	char		*file;		/* names exactly the file read */
	int		 fd;		/* the checked file, or -1 */
	dev_t		 dev;
	ino_t		 ino;
	FT_StreamRec	 stream;	/* FreeType reads fd through it */
	int		 upem;
	int		 ascent, descent;	/* font units, descent < 0 */
	int32_t		*adv;			/* -2 = not yet, -1 = missing */
};

struct fontset {
	FT_Library	 lib;
	struct face_m	 f[FACE__MAX];
	char		*family;
};

/*
 * A name that opens exactly the file behind fd, for the PDF library,
 * which reads the font again by name: /proc/self/fd/N is that very file
 * whatever happens to its name meanwhile.  Without /proc, the resolved
 * path (inside the fonts folder, checked) stands in.
 */
static char *
same_file(int fd, const struct in_file *rec)
{
	char		 buf[64];
	struct stat	 st;

	snprintf(buf, sizeof(buf), "/proc/self/fd/%d", fd);
	if (stat(buf, &st) == 0 && st.st_dev == rec->dev &&
	    st.st_ino == rec->ino)
		return xstrdup(buf);
	return xstrdup(rec->real);
}

/*
 * FreeType reads the face from the checked descriptor, as it needs it (a
 * copy of the whole file would cost memory for nothing).  A count of 0 is
 * a seek: non-zero means it failed.
 */
static unsigned long
fd_read(FT_Stream st, unsigned long off, unsigned char *buf, unsigned long n)
{
	unsigned long	done = 0;
	ssize_t		got;

	if (n == 0)
		return off > st->size;
	while (done < n) {
		got = pread((int)st->descriptor.value, buf + done, n - done,
		    (off_t)(off + done));
		if (got == -1 && errno == EINTR)
			continue;
		if (got <= 0)
			break;
		done += (unsigned long)got;
	}
	return done;
}

static int
load_face(struct fontset *fs, enum face i, const struct in_req *rq)
{
	struct face_m		*m = &fs->f[i];
	struct pos		 p = { NULL, 0, 0 };
	const struct in_file	*rec;
	FT_Open_Args		 args;
	struct stat		 st;

	memset(&args, 0, sizeof(args));
	if (rq->where != NULL)
		p = *rq->where;
	if ((m->fd = input_open(rq, &rec)) == -1)
		return 0;
	m->path = xstrdup(rec->path);
	m->dev = rec->dev;
	m->ino = rec->ino;
	/* one file named for two faces is opened for the PDF once */
	for (int k = 0; k < (int)i && m->file == NULL; k++)
		if (fs->f[k].file != NULL && fs->f[k].dev == m->dev &&
		    fs->f[k].ino == m->ino)
			m->file = xstrdup(fs->f[k].file);
	if (m->file == NULL)
		m->file = same_file(m->fd, rec);
	if (fstat(m->fd, &st) == -1) {
		diag(&p, MSG_FONT_FILE, rq->name, errno_text(errno));
		return 0;
	}
	m->stream.size = (unsigned long)st.st_size;
	m->stream.descriptor.value = m->fd;
	m->stream.read = fd_read;
	args.flags = FT_OPEN_STREAM;
	args.stream = &m->stream;
	if (FT_Open_Face(fs->lib, &args, 0, &m->ft) != 0 ||
	    !FT_IS_SFNT(m->ft) || !FT_IS_SCALABLE(m->ft) ||
	    FT_Select_Charmap(m->ft, FT_ENCODING_UNICODE) != 0) {
		diag(&p, MSG_FONT_BAD, m->path);
		return 0;
	}
	m->upem = m->ft->units_per_EM;
	/* libharu places text with the hhea ascender/descender too */
	m->ascent = m->ft->ascender;
	m->descent = m->ft->descender;
	m->adv = xmalloc(CACHE_CP * sizeof(*m->adv));
	for (size_t k = 0; k < CACHE_CP; k++)
		m->adv[k] = -2;
	return 1;
}

struct fontset *
fontset_load(const char *dir, const char *const names[FACE__MAX],
    const struct pos where[FACE__MAX])
{
	struct fontset	*fs = xcalloc(1, sizeof(*fs));
	int		 ok = 1;

	for (int i = 0; i < FACE__MAX; i++)
		fs->f[i].fd = -1;
	if (FT_Init_FreeType(&fs->lib) != 0) {
		free(fs);
		return NULL;
	}
	for (int i = 0; i < FACE__MAX; i++) {
		struct in_req rq = { dir, names[i],
		    where != NULL ? &where[i] : NULL, MSG_FONT_FILE, 0 };

		ok &= load_face(fs, (enum face)i, &rq);
	}
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
		struct face_m *m = &fs->f[i];

		if (m->ft != NULL)
			FT_Done_Face(m->ft);
		if (m->fd != -1)
			close(m->fd);
		free(m->path);
		free(m->file);
		free(m->adv);
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
fontset_file(const struct fontset *fs, enum face f)
{
	return fs->f[f].file;
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
		if ((unsigned char)s[i] < 0x80)	/* most text: no decoding */
			cp = (unsigned char)s[i++];
		else if ((l = utf8_decode(s + i, len - i, &cp)) == 0) {
			i++;
			continue;
		} else
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
