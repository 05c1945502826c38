#include <errno.h>
#include <stdarg.h>
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

void
diag(const struct pos *p, enum msg m, ...)
{
	FILE	*f = out != NULL ? out : stderr;
	va_list	 ap;

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
	va_start(ap, m);
	/* formats come from the message table; test_diag checks that both
	 * languages take the same conversions */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
	vfprintf(f, msgs[m].text[lang], ap);
#pragma GCC diagnostic pop
	va_end(ap);
	fputc('\n', f);
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
