/*
 * The input reader.  A name is resolved with realpath() and must lie
 * under the resolved folder; the resolved file must be regular; it is
 * then opened (O_NONBLOCK: nothing can make it wait) and the open
 * descriptor must be the very file checked (same device and inode, still
 * regular), so a name swapped in between is refused, never read.  Outside
 * or special files are never opened at all: opening a device can have
 * effects of its own.
 */
#define _XOPEN_SOURCE 700	/* realpath */

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "input.h"
#include "mem.h"
#include "timing.h"

static struct ptrvec files;	/* struct in_file *, in the order read */

static char *
join(const char *dir, const char *name)
{
	size_t	 d = strlen(dir), n = strlen(name);
	char	*p = xmalloc(d + n + 2);

	memcpy(p, dir, d);
	p[d] = '/';
	memcpy(p + d + 1, name, n + 1);
	return p;
}

/* Whether the resolved path real lies under the resolved folder root. */
static int
inside(const char *real, const char *root)
{
	size_t n = strlen(root);

	if (n == 1 && root[0] == '/')
		return 1;
	return strncmp(real, root, n) == 0 && real[n] == '/';
}

/* What a file that is not a regular one is, in the user's words. */
static const char *
kind_word(mode_t m)
{
	if (S_ISDIR(m))
		return tr("sebuah folder", "a folder");
	if (S_ISFIFO(m))
		return tr("pipa bernama (FIFO)", "a named pipe (FIFO)");
	if (S_ISSOCK(m))
		return tr("soket", "a socket");
	if (S_ISCHR(m) || S_ISBLK(m))
		return tr("perangkat", "a device");
	return tr("berkas khusus", "a special file");
}

/* A system error: at the value naming the file, else at the file. */
static void
fail(const struct in_req *rq, const char *path, int e)
{
	struct pos p = { path, 0, 0 };

	if (rq->where == NULL)
		diag(&p, MSG_FILE_OPEN, errno_text(e));
	else
		diag(rq->where, rq->msg, rq->name, errno_text(e));
}

/* Keeps path and real (or frees them when the file is known already). */
static const struct in_file *
record(char *path, char *real, const struct stat *st)
{
	struct in_file *f;

	for (size_t i = 0; i < files.n; i++) {
		f = files.v[i];
		if (f->dev == st->st_dev && f->ino == st->st_ino) {
			free(path);
			free(real);
			return f;
		}
	}
	f = xmalloc(sizeof(*f));
	f->path = path;
	f->real = real;
	f->dev = st->st_dev;
	f->ino = st->st_ino;
	ptrvec_push(&files, f);
	return f;
}

int
input_open(const struct in_req *rq, const struct in_file **rec)
{
	char			*path = join(rq->dir, rq->name);
	char			*root = NULL, *real = NULL;
	struct pos		 at = { path, 0, 0 };
	const struct pos	*where = rq->where != NULL ? rq->where : &at;
	struct stat		 st, fst;
	int			 fd = -1;

	if ((root = realpath(rq->dir, NULL)) == NULL ||
	    (real = realpath(path, NULL)) == NULL || stat(real, &st) == -1) {
		fail(rq, path, errno);
		goto out;
	}
	if (!inside(real, root)) {
		diag(where, MSG_IN_OUTSIDE, rq->name, rq->dir);
		goto out;
	}
	if (!S_ISREG(st.st_mode)) {
		diag(where, MSG_IN_SPECIAL, rq->name, kind_word(st.st_mode));
		goto out;
	}
	fd = open(real, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_NOFOLLOW |
	    O_CLOEXEC);
	if (fd == -1 && errno != ELOOP) {
		fail(rq, path, errno);
		goto out;
	}
	if (fd == -1 || fstat(fd, &fst) == -1 || !S_ISREG(fst.st_mode) ||
	    fst.st_dev != st.st_dev || fst.st_ino != st.st_ino) {
		/* a symlink or another file took its place meanwhile */
		diag(where, MSG_IN_CHANGED, rq->name);
		if (fd != -1)
			close(fd);
		fd = -1;
		goto out;
	}
	*rec = record(path, real, &fst);
	path = real = NULL;
out:
	free(path);
	free(real);
	free(root);
	return fd;
}

/* All of fd, NUL-terminated; NULL after a diagnostic. */
/* Said where the file is named, when it is named somewhere. */
static void
too_big(const struct in_req *rq, const struct pos *file, size_t n)
{
	if (rq->where != NULL)
		diag(rq->where, MSG_IN_TOO_BIG, rq->name, n, rq->max);
	else
		diag(file, MSG_FILE_TOO_BIG, n, rq->max);
}

static char *
read_all(const struct in_req *rq, int fd, size_t *len)
{
	char		*path = join(rq->dir, rq->name), *buf = NULL;
	struct pos	 at = { path, 0, 0 };
	struct stat	 st;
	size_t		 n = 0, cap;
	ssize_t		 got;

	if (fstat(fd, &st) == -1) {
		fail(rq, path, errno);
		goto out;
	}
	if ((unsigned long long)st.st_size > rq->max) {
		too_big(rq, &at, (size_t)st.st_size);
		goto out;
	}
	/* the size is a hint: a file still growing is read to its end */
	cap = (size_t)st.st_size + 1;
	buf = xmalloc(cap);
	for (;;) {
		char	c;
		int	full = n + 1 == cap;	/* then one byte tells the end */

		if ((got = read(fd, full ? &c : buf + n,
		    full ? 1 : cap - n - 1)) == 0)
			break;
		if (got == -1) {
			if (errno == EINTR)
				continue;
			fail(rq, path, errno);
			free(buf);
			buf = NULL;
			goto out;
		}
		if (full) {
			buf = xrealloc(buf, cap *= 2);
			buf[n] = c;
		}
		n += (size_t)got;
		if (n > rq->max) {
			too_big(rq, &at, n);
			free(buf);
			buf = NULL;
			goto out;
		}
	}
	buf[n] = '\0';
	*len = n;
out:
	free(path);
	return buf;
}

static char *
read_whole(const struct in_req *rq, size_t *len)
{
	const struct in_file	*rec;
	char			*buf;
	int			 fd;

	if ((fd = input_open(rq, &rec)) == -1)
		return NULL;
	buf = read_all(rq, fd, len);
	close(fd);
	return buf;
}

/* Reading is the load stage wherever it happens (CSV, images). */
char *
input_read(const struct in_req *rq, size_t *len)
{
	enum stage	 was = timing_to(STAGE_LOAD);
	char		*buf = read_whole(rq, len);

	timing_to(was);
	return buf;
}

const struct in_file *
input_which(const char *path)
{
	struct stat st;

	if (stat(path, &st) == -1)
		return NULL;
	for (size_t i = 0; i < files.n; i++) {
		const struct in_file *f = files.v[i];

		if (f->dev == st.st_dev && f->ino == st.st_ino)
			return f;
	}
	return NULL;
}

size_t
input_count(void)
{
	return files.n;
}

const struct in_file *
input_file(size_t i)
{
	return i < files.n ? files.v[i] : NULL;
}

void
input_reset(void)
{
	for (size_t i = 0; i < files.n; i++) {
		struct in_file *f = files.v[i];

		free(f->path);
		free(f->real);
		free(f);
	}
	ptrvec_free(&files);
}
