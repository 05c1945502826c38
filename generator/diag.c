#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
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
 * What diag_once() has printed since the last reset, as 64-bit hashes in
 * an open-addressed table; when it is full, findings are simply printed.
 */
#define SEEN_SIZE 4096
static uint64_t		 seen[SEEN_SIZE];
static size_t		 nseen;

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

static void
vdiag(const struct pos *p, enum msg m, va_list ap)
{
	FILE	*f = out != NULL ? out : stderr;

	counts[msgs[m].sev]++;
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
}

void
diag(const struct pos *p, enum msg m, ...)
{
	va_list	 ap;

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

/* 1 when this finding was printed before (and remember it when not). */
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
		return 0;	/* full: print it again rather than lose one */
	for (i = h % SEEN_SIZE; seen[i] != 0; i = (i + 1) % SEEN_SIZE)
		if (seen[i] == h)
			return 1;
	seen[i] = h;
	nseen++;
	return 0;
}

/*
 * As diag(), but a finding (same place, same text) already printed is not
 * printed again: layout lays parts out more than once (page fix-points),
 * and what it finds is the same each time.
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
	default:
		return strerror(e);
	}
}
