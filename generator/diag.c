#include <sys/types.h>

#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

#include "diag.h"
#include "diag_int.h"

struct msgdef {
	enum sev	 sev;
	const char	*text[2];
};

static const struct msgdef msgs[MSG__MAX] = {
#define DIAG_MSG(id, sev, idn, en) [id] = { sev, { idn, en } },
#include "diag_msgs.h"
#undef DIAG_MSG
};

/* the identifiers, for the codes (diag_code) */
static const char *const msgid[MSG__MAX] = {
#define DIAG_MSG(id, sev, idn, en) [id] = #id,
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
	size_t		 pre, sevlen;	/* lengths of its place and severity */
	struct dfinding	 d;		/* for JSON and SARIF */
};

/* Findings for machines (diag_format): printed once, by diag_end(). */
static enum diag_format	 format;
static FILE		*mout;
static const char	*mroot, *mversion;
static struct dfinding	*done;
static size_t		 ndone, capdone;
static int		 color;
/* the places diag_also() gave for the next finding */
static struct pos	*also;
static size_t		 nalso, capalso;

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

static void
oom(void)
{
	fputs("lakin: memori habis\n", stderr);
	abort();
}

static char *
sdup(const char *s)
{
	char *d;

	if (s == NULL)
		return NULL;
	if ((d = strdup(s)) == NULL)
		oom();
	return d;
}

const char *
diag_code(enum msg m)
{
	static char	 codes[MSG__MAX][48];
	char		*c = codes[m];
	const char	*id = msgid[m] + 4;	/* past "MSG_" */
	size_t		 i;

	if (c[0] != '\0')
		return c;
	for (i = 0; id[i] != '\0' && i + 1 < sizeof(codes[m]); i++)
		c[i] = id[i] == '_' ? '-' :
		    id[i] >= 'A' && id[i] <= 'Z' ? (char)(id[i] - 'A' + 'a') :
		    id[i];
	c[i] = '\0';
	return c;
}

void
diag_format(enum diag_format f, FILE *to, const char *root,
    const char *version)
{
	format = f;
	mout = to;
	mroot = root;
	mversion = version;
}

void
diag_color(int on)
{
	color = on;
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

void
diag_also(const struct pos *p)
{
	if (p == NULL || p->file == NULL)
		return;
	also = grow(also, nalso, &capalso, sizeof(*also));
	also[nalso] = *p;
	also[nalso++].file = sdup(p->file);
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

static void
dfinding_free(struct dfinding *d)
{
	free(d->file);
	free(d->text);
	for (size_t i = 0; i < d->nvals; i++)
		free(d->vals[i]);
	free(d->vals);
	for (size_t i = 0; i < d->nalso; i++)
		free((char *)d->also[i].file);
	free(d->also);
	memset(d, 0, sizeof(*d));
}

/*
 * A printed line, its place in bold and its severity in colour when asked
 * (GCC's colours: error red, warning magenta, note cyan).
 */
static void
put_line(FILE *f, const struct finding *h)
{
	static const char *const sevcolor[4] = {
		"\033[1;36m", "\033[1;35m", "\033[1;31m", "\033[1;31m"
	};

	if (!color) {
		fputs(h->text, f);
		return;
	}
	/* the place without its trailing space, then the severity and ':' */
	fprintf(f, "\033[1m%.*s\033[m %s%.*s\033[m%s", (int)(h->pre - 1),
	    h->text, sevcolor[msgs[h->d.msg].sev], (int)(h->sevlen + 1),
	    h->text + h->pre, h->text + h->pre + h->sevlen + 1);
}

void
diag_flush(void)
{
	FILE *f = out != NULL ? out : stderr;

	if (nheld > 1)
		qsort(held, nheld, sizeof(*held), finding_cmp);
	for (size_t i = 0; i < nheld; i++) {
		if (i > 0 && strcmp(held[i].text, held[i - 1].text) == 0) {
			dfinding_free(&held[i].d);
			continue;
		}
		if (format == DIAG_TEXT) {
			put_line(f, &held[i]);
			dfinding_free(&held[i].d);
			continue;
		}
		done = grow(done, ndone, &capdone, sizeof(*done));
		done[ndone++] = held[i].d;
	}
	for (size_t i = 0; i < nheld; i++)
		free(held[i].text);
	nheld = 0;
	fflush(f);
}

void
diag_end(void)
{
	FILE *f = mout != NULL ? mout : stdout;

	diag_flush();
	if (format == DIAG_JSON)
		diag_emit_json(f, done, ndone);
	else if (format == DIAG_SARIF)
		diag_emit_sarif(f, done, ndone, mroot, mversion);
	if (format != DIAG_TEXT)
		fflush(f);
	for (size_t i = 0; i < ndone; i++)
		dfinding_free(&done[i]);
	free(done);
	done = NULL;
	ndone = capdone = 0;
}

/*
 * Cell places: col = CELL_BASE | sheet << 22 | (column - 1) << 8 |
 * offset; a column has 14 bits (XFD is 16384), an offset inside the
 * cell 8.  Sheet 0 is "no name".
 */
#define CELL_BASE	(1 << 30)
#define CELL_SHEETS	255

static char	*cellsheet[CELL_SHEETS + 1];
static int	 ncellsheet;

static int
cell_sheet_index(const char *sheet)
{
	if (sheet == NULL)
		return 0;
	for (int i = 1; i <= ncellsheet; i++)
		if (strcmp(cellsheet[i], sheet) == 0)
			return i;
	if (ncellsheet == CELL_SHEETS)
		return 0;
	cellsheet[++ncellsheet] = sdup(sheet);
	return ncellsheet;
}

struct pos
diag_cell(const char *file, const char *sheet, int row, int column)
{
	struct pos p = { file, row, 0 };

	if (column < 1 || column > 16384 || row < 1)
		return (struct pos){ file, 0, 0 };
	p.col = CELL_BASE | cell_sheet_index(sheet) << 22 | (column - 1) << 8;
	return p;
}

int
diag_cell_col(int col, const char **sheet, int *column)
{
	if (col < CELL_BASE)
		return 0;
	*sheet = cellsheet[(col >> 22) & 0xFF];
	*column = ((col >> 8) & 0x3FFF) + 1;
	return 1;
}

void
diag_cell_name(int row, int column, char *buf, size_t sz)
{
	char	 l[8];
	int	 n = 0;

	for (int c = column; c > 0 && n < 7; c = (c - 1) / 26)
		l[n++] = (char)('A' + (c - 1) % 26);
	for (int i = 0; i < n / 2; i++) {
		char t = l[i];

		l[i] = l[n - 1 - i];
		l[n - 1 - i] = t;
	}
	l[n] = '\0';
	snprintf(buf, sz, "%s%d", l, row);
}

void
diag_put_place(FILE *f, const struct pos *p)
{
	const char	*sheet;
	char		 cell[24];
	int		 column;

	if (p->line > 0 && diag_cell_col(p->col, &sheet, &column)) {
		diag_cell_name(p->line, column, cell, sizeof(cell));
		if (sheet != NULL)
			fprintf(f, "%s:%s!%s", p->file, sheet, cell);
		else
			fprintf(f, "%s:%s", p->file, cell);
	} else if (p->line > 0)
		fprintf(f, "%s:%d:%d", p->file, p->line,
		    p->col > 0 ? p->col : 1);
	else
		fputs(p->file, f);
}

/* The place part of a printed line. */
static void
put_place(FILE *f, const struct pos *p)
{
	diag_put_place(f, p);
	fputs(": ", f);
}

/* The printed line of a finding, in a buffer of its own. */
static char *
format_line(const struct pos *p, enum msg m, va_list ap, struct finding *h)
{
	char	*buf = NULL;
	size_t	 len = 0;
	FILE	*f = open_memstream(&buf, &len);

	if (f == NULL)
		oom();
	if (p != NULL && p->file != NULL)
		put_place(f, p);
	else
		fputs("lakin: ", f);
	fflush(f);
	h->pre = len;
	h->sevlen = strlen(sevname[lang][msgs[m].sev]);
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

/* One conversion of a message, printed alone (its value for machines). */
static char *
fmt_alloc(const char *spec, ...)
{
	char	*buf = NULL;
	size_t	 len = 0;
	FILE	*f = open_memstream(&buf, &len);
	va_list	 ap;

	if (f == NULL)
		oom();
	va_start(ap, spec);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
	vfprintf(f, spec, ap);
#pragma GCC diagnostic pop
	va_end(ap);
	fclose(f);
	return buf;
}

/* the value of one argument of type T, with its '*' width and precision */
#define ONE(T) do {							\
	T v_ = va_arg(*ap, T);						\
	v = ns == 0 ? fmt_alloc(spec, v_) : ns == 1 ?			\
	    fmt_alloc(spec, st[0], v_) : fmt_alloc(spec, st[0], st[1], v_); \
} while (0)

/*
 * The value of the conversion at fmt (just past its '%'), taken from ap;
 * *end is set past the conversion.  NULL for "%%".
 */
static char *
one_value(const char *fmt, const char **end, va_list *ap)
{
	char		 spec[32];
	const char	*c = fmt;
	char		*v = NULL;
	int		 st[2], ns = 0, lng = 0;

	while (*c != '\0' && strchr("-+ #0", *c) != NULL)
		c++;
	for (int part = 0; part < 2; part++) {
		if (part == 1 && *c != '.')
			break;
		if (part == 1)
			c++;
		if (*c == '*' && ns < 2) {
			st[ns++] = va_arg(*ap, int);
			c++;
		}
		while (*c >= '0' && *c <= '9')
			c++;
	}
	for (; *c != '\0' && strchr("hlzjtL", *c) != NULL; c++)
		lng = *c == 'l' ? lng + 1 : *c == 'h' ? lng : *c;
	*end = *c != '\0' ? c + 1 : c;
	snprintf(spec, sizeof(spec), "%%%.*s", (int)(*end - fmt), fmt);
	switch (*c) {
	case 'd': case 'i':
		if (lng == 'z') ONE(ssize_t);
		else if (lng == 'j') ONE(intmax_t);
		else if (lng == 't') ONE(ptrdiff_t);
		else if (lng == 2) ONE(long long);
		else if (lng == 1) ONE(long);
		else ONE(int);
		break;
	case 'u': case 'x': case 'X': case 'o':
		if (lng == 'z') ONE(size_t);
		else if (lng == 'j') ONE(uintmax_t);
		else if (lng == 2) ONE(unsigned long long);
		else if (lng == 1) ONE(unsigned long);
		else ONE(unsigned int);
		break;
	case 'c':
		ONE(int);
		break;
	case 's':
		ONE(const char *);
		break;
	case 'p':
		ONE(void *);
		break;
	case 'e': case 'f': case 'g': case 'E': case 'F': case 'G':
		ONE(double);
		break;
	default:	/* "%%" or a format this walker does not know */
		break;
	}
	return v;
}
#undef ONE

/* Every value the message format m takes from ap, in order. */
static void
collect_values(struct dfinding *d, enum msg m, va_list ap)
{
	const char	*f = msgs[m].text[LANG_ID], *end;
	size_t		 cap = 0;
	va_list		 aq;

	va_copy(aq, ap);
	while ((f = strchr(f, '%')) != NULL) {
		char *v = one_value(f + 1, &end, &aq);

		f = end;
		if (v == NULL)
			continue;
		d->vals = grow(d->vals, d->nvals, &cap, sizeof(*d->vals));
		d->vals[d->nvals++] = v;
	}
	va_end(aq);
}

/* What machines get: the place, the message alone, values, other places. */
static void
fill_machine(struct finding *h, enum msg m, va_list ap)
{
	struct dfinding *d = &h->d;

	d->file = sdup(h->file);
	d->line = h->line;
	d->col = h->line > 0 && h->col <= 0 ? 1 : h->col;
	d->msg = m;
	/* the text after "place: severity: ", without its newline */
	d->text = sdup(h->text + h->pre + h->sevlen + 2);
	d->text[strlen(d->text) - 1] = '\0';
	collect_values(d, m, ap);
	d->also = also;
	d->nalso = nalso;
	also = NULL;
	nalso = capalso = 0;
}

static void
drop_also(void)
{
	for (size_t i = 0; i < nalso; i++)
		free((char *)also[i].file);
	nalso = 0;
}

static void
vdiag(const struct pos *p, enum msg m, va_list ap)
{
	struct finding	 one, *h = &one;
	static size_t	 seq;
	va_list		 aq;

	counts[msgs[m].sev]++;
	/* machines get every finding at the end, held or not */
	if (holding || format != DIAG_TEXT) {
		held = grow(held, nheld, &capheld, sizeof(*held));
		h = &held[nheld++];
	}
	memset(h, 0, sizeof(*h));
	va_copy(aq, ap);
	h->text = format_line(p, m, aq, h);
	va_end(aq);
	h->d.msg = m;
	h->file = p != NULL ? p->file : NULL;
	h->line = p != NULL && p->file != NULL ? p->line : 0;
	h->col = p != NULL && p->file != NULL ? p->col : 0;
	if (format != DIAG_TEXT)
		fill_machine(h, m, ap);
	else
		drop_also();
	if (h == &one) {
		put_line(out != NULL ? out : stderr, h);
		free(h->text);
		return;
	}
	h->rank = file_rank(h->file);
	h->seq = seq++;
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
	if (seen_before(p, m, buf)) {
		drop_also();
		return;
	}
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
