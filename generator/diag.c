#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

#include "diag.h"

struct msgdef {
	enum sev	 sev;
	const char	*text[2];
};

static const struct msgdef msgs[MSG__MAX] = {
#define DIAG_MSG(id, sev, idn, en) [id] = { sev, { idn, en } },
#include "diag_msgs.h"
#undef DIAG_MSG
};

static const char *const sevname[2][4] = {
	{ "catatan", "peringatan", "galat", "galat" },
	{ "note", "warning", "error", "error" },
};

static FILE		*out;
static enum lang	 lang;
static int		 counts[SEV_FATAL + 1];

/*
 * Held findings (diag_hold): printed by diag_flush() in the order of the
 * files as they were first named to diag_file(), then line and column,
 * each exact repeat once (a text laid out twice says its warning once).
 */
struct finding {
	const char	*file;		/* NULL: not about a file */
	int		 rank;		/* of the file */
	int		 line, col;
	size_t		 seq;		/* order of arrival, the last key */
	char		*text;		/* the whole printed line */
};

/*
 * What diag_once() has said since the last reset, as 64-bit hashes in an
 * open-addressed table; when it is full, findings are simply said again.
 */
#define SEEN_SIZE 4096
static uint64_t		 seen[SEEN_SIZE];
static size_t		 nseen;

static int		 holding;
static struct finding	*held;
static size_t		 nheld, capheld;
static const char	**files;
static size_t		 nfiles, capfiles;

void
diag_setup(FILE *f, enum lang l)
{
	out = f;
	lang = l;
	diag_reset();
}

void
diag_reset(void)
{
	for (int i = 0; i <= SEV_FATAL; i++)
		counts[i] = 0;
	memset(seen, 0, sizeof(seen));
	nseen = 0;
}

enum lang
diag_lang(void)
{
	return lang;
}

const char *
diag_text(enum msg m)
{
	return msgs[m].text[lang];
}

enum sev
diag_sev(enum msg m)
{
	return msgs[m].sev;
}

const char *
tr(const char *idn, const char *en)
{
	return lang == LANG_EN ? en : idn;
}

/* Grow an array without the mem.c wrappers (diag sits below them). */
static void *
grow(void *v, size_t n, size_t *cap, size_t size)
{
	if (n < *cap)
		return v;
	*cap = *cap ? *cap * 2 : 16;
	if ((v = realloc(v, *cap * size)) == NULL) {
		fputs("lakin: memori habis\n", stderr);
		abort();
	}
	return v;
}

void
diag_file(const char *name)
{
	for (size_t i = 0; i < nfiles; i++)
		if (strcmp(files[i], name) == 0)
			return;
	files = grow(files, nfiles, &capfiles, sizeof(*files));
	if ((files[nfiles++] = strdup(name)) == NULL) {
		fputs("lakin: memori habis\n", stderr);
		abort();
	}
}

/* Files never named come after those that were, in order of arrival. */
static int
file_rank(const char *name)
{
	if (name == NULL)
		return -1;
	for (size_t i = 0; i < nfiles; i++)
		if (strcmp(files[i], name) == 0)
			return (int)i;
	diag_file(name);
	return (int)nfiles - 1;
}

void
diag_hold(int on)
{
	holding = on;
}

static int
finding_cmp(const void *va, const void *vb)
{
	const struct finding *a = va, *b = vb;

	/* findings about no file stay last, in their order */
	if ((a->file == NULL) != (b->file == NULL))
		return a->file == NULL ? 1 : -1;
	if (a->rank != b->rank)
		return a->rank < b->rank ? -1 : 1;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	if (a->col != b->col)
		return a->col < b->col ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

void
diag_flush(void)
{
	FILE *f = out != NULL ? out : stderr;

	if (nheld > 1)
		qsort(held, nheld, sizeof(*held), finding_cmp);
	for (size_t i = 0; i < nheld; i++)
		if (i == 0 || strcmp(held[i].text, held[i - 1].text) != 0)
			fputs(held[i].text, f);
	for (size_t i = 0; i < nheld; i++)
		free(held[i].text);
	nheld = 0;
	fflush(f);
}

/* The printed line of a finding, in a buffer of its own. */
static char *
format_line(const struct pos *p, enum msg m, va_list ap)
{
	char	*buf = NULL;
	size_t	 len = 0;
	FILE	*f = open_memstream(&buf, &len);

	if (f == NULL) {
		fputs("lakin: memori habis\n", stderr);
		abort();
	}
	if (p != NULL && p->file != NULL) {
		if (p->line > 0)
			fprintf(f, "%s:%d:%d: ", p->file, p->line,
			    p->col > 0 ? p->col : 1);
		else
			fprintf(f, "%s: ", p->file);
	} else
		fputs("lakin: ", f);
	fprintf(f, "%s: ", sevname[lang][msgs[m].sev]);
	/* formats come from the message table; test_diag checks that both
	 * languages take the same conversions */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
	vfprintf(f, msgs[m].text[lang], ap);
#pragma GCC diagnostic pop
	fputc('\n', f);
	fclose(f);
	return buf;
}

static void
vdiag(const struct pos *p, enum msg m, va_list ap)
{
	char		*line;
	struct finding	*h;
	static size_t	 seq;

	counts[msgs[m].sev]++;
	line = format_line(p, m, ap);
	if (!holding) {
		fputs(line, out != NULL ? out : stderr);
		free(line);
		return;
	}
	held = grow(held, nheld, &capheld, sizeof(*held));
	h = &held[nheld++];
	h->file = p != NULL ? p->file : NULL;
	h->rank = file_rank(h->file);
	h->line = p != NULL && p->file != NULL ? p->line : 0;
	h->col = p != NULL && p->file != NULL ? p->col : 0;
	h->seq = seq++;
	h->text = line;
}

void
diag(const struct pos *p, enum msg m, ...)
{
	va_list ap;

	va_start(ap, m);
	vdiag(p, m, ap);
	va_end(ap);
}

static uint64_t
fnv(uint64_t h, const void *v, size_t len)
{
	const unsigned char *s = v;

	for (size_t i = 0; i < len; i++)
		h = (h ^ s[i]) * 0x100000001b3ULL;
	return h;
}

/* 1 when this finding was said before (and remember it when not). */
static int
seen_before(const struct pos *p, enum msg m, const char *text)
{
	uint64_t	 h = 0xcbf29ce484222325ULL;
	size_t		 i;

	if (p != NULL && p->file != NULL) {
		h = fnv(h, p->file, strlen(p->file) + 1);
		h = fnv(h, &p->line, sizeof(p->line));
		h = fnv(h, &p->col, sizeof(p->col));
	}
	h = fnv(h, &m, sizeof(m));
	h = fnv(h, text, strlen(text));
	h += h == 0;		/* 0 marks a free slot */
	if (nseen >= SEEN_SIZE / 2)
		return 0;	/* full: say it again rather than lose one */
	for (i = h % SEEN_SIZE; seen[i] != 0; i = (i + 1) % SEEN_SIZE)
		if (seen[i] == h)
			return 1;
	seen[i] = h;
	nseen++;
	return 0;
}

/*
 * As diag(), but a finding (same place, same text) already said is
 * neither said nor counted again: layout lays parts out more than once
 * (page fix-points), and what it finds is the same each time.  (Held
 * findings are also printed once; this keeps the counts right too.)
 */
void
diag_once(const struct pos *p, enum msg m, ...)
{
	char	 buf[1024];
	va_list	 ap;

	va_start(ap, m);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
	vsnprintf(buf, sizeof(buf), msgs[m].text[lang], ap);
#pragma GCC diagnostic pop
	va_end(ap);
	if (seen_before(p, m, buf))
		return;
	va_start(ap, m);
	vdiag(p, m, ap);
	va_end(ap);
}

enum sev
diag_worst(void)
{
	for (int s = SEV_FATAL; s > SEV_NOTE; s--)
		if (counts[s] > 0)
			return s;
	return SEV_NOTE;
}

int
diag_count(enum sev s)
{
	return counts[s];
}

/* The usual system errors in the user's language; others as the C library says. */
const char *
errno_text(int e)
{
	switch (e) {
	case ENOENT:
		return tr("berkas atau folder tidak ada", "no such file or folder");
	case EACCES:
	case EPERM:
		return tr("tidak ada izin", "permission denied");
	case EISDIR:
		return tr("itu sebuah folder, bukan berkas", "it is a folder, not a file");
	case ENOTDIR:
		return tr("bagian jalurnya bukan folder", "a part of the path is not a folder");
	case ENOSPC:
		return tr("disk penuh", "no space left on the disk");
	case EROFS:
		return tr("disk hanya dapat dibaca", "read-only file system");
	case ELOOP:
		return tr("tautan simbolik berputar atau terlalu bertingkat",
		    "symbolic links loop or nest too deep");
	case EFBIG:
		return tr("berkas melewati batas ukuran berkas sistem",
		    "the file exceeds the system's file size limit");
	default:
		return strerror(e);
	}
}
