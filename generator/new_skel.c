/*
 * lakin new FOLDER: a complete, valid report for a new agency, copied byte
 * for byte from the starter report templates/baru/ (found where templates
 * are found: LAKIN_HOME, the source tree of the binary, the installed data
 * folder).
 *
 * Whole or not at all: the files are written into a hidden temporary
 * folder beside FOLDER (".NAME.lakin-new-XXXXXX", so on the same file
 * system), which then becomes FOLDER with one rename.  An existing empty
 * FOLDER is kept (it may be the shell's working folder) and the files are
 * renamed into it one by one, undone on failure.  SIGINT, SIGTERM and
 * SIGHUP wait until that is over, so Ctrl-C leaves either the whole report
 * or nothing.  FOLDER's parent must exist: a typo in a path should not
 * quietly create folders elsewhere.  Nothing outside FOLDER is touched but
 * the temporary folder, which is gone when lakin new ends.
 */
#define _XOPEN_SOURCE 700	/* realpath, mkdtemp */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "content_load.h"
#include "diag.h"
#include "input.h"
#include "mem.h"
#include "new.h"
#include "outfile.h"
#include "template.h"

#define STARTER	"templates/baru"

struct skel {
	struct arena	*a;
	const char	*src;		/* the starter folder */
	const char	*dir;		/* FOLDER as the user wrote it */
	const char	*parent;	/* where FOLDER is (or goes) */
	const char	*tmp;		/* the temporary folder, or NULL */
	int		 exists;	/* FOLDER is an empty folder already */
	const char	**names;	/* the starter's files, sorted */
	size_t		 n, cap;
};

static int
by_name(const void *x, const void *y)
{
	return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* The starter's file names, sorted (the same order on every machine). */
static int
list_starter(struct skel *k)
{
	DIR		*d = opendir(k->src);
	struct dirent	*e;

	if (d == NULL) {
		diag(NULL, MSG_NEW_STARTER, k->src);
		return -1;
	}
	while ((e = readdir(d)) != NULL)
		if (e->d_name[0] != '.') {
			k->names = arena_grow(k->a, k->names, k->n, &k->cap,
			    sizeof(*k->names), 16);
			k->names[k->n++] = arena_strdup(k->a, e->d_name);
		}
	closedir(d);
	qsort(k->names, k->n, sizeof(k->names[0]), by_name);
	if (k->n == 0)
		diag(NULL, MSG_NEW_STARTER, k->src);
	return k->n > 0 ? 0 : -1;
}

/* Is folder path empty?  1 yes, 0 no, -1 cannot be read (errno set). */
static int
is_empty(const char *path)
{
	DIR		*d = opendir(path);
	struct dirent	*e;
	int		 empty = 1;

	if (d == NULL)
		return -1;
	while (empty && (e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			empty = 0;
	closedir(d);
	return empty;
}

static const char *
kind_of(mode_t m)
{
	if (S_ISREG(m))
		return tr("berkas biasa", "a regular file");
	if (S_ISLNK(m))
		return tr("tautan simbolik", "a symbolic link");
	return tr("berkas khusus", "a special file");
}

/* FOLDER's parent as a path: "." for a bare name, "/" for "/x". */
static const char *
parent_of(struct arena *a, const char *path)
{
	char	*p = arena_strdup(a, path), *slash;

	if ((slash = strrchr(p, '/')) == NULL)
		return ".";
	if (slash == p)
		return "/";
	*slash = '\0';
	return p;
}

/*
 * FOLDER must not exist, or be an empty folder; its parent must be a
 * folder.  Fills k->parent and k->exists.
 */
static int
check_target(struct skel *k)
{
	struct stat	 sb;
	char		*real;
	int		 e;

	if (lstat(k->dir, &sb) == 0) {
		if (!S_ISDIR(sb.st_mode)) {
			diag(NULL, MSG_NEW_NOT_DIR, k->dir, kind_of(sb.st_mode));
			return -1;
		}
		if ((e = is_empty(k->dir)) != 1) {
			if (e < 0)
				diag(NULL, MSG_NEW_WRITE, k->dir,
				    errno_text(errno));
			else
				diag(NULL, MSG_NEW_NOT_EMPTY, k->dir);
			return -1;
		}
		/* "." and "x/.." have no parent to write beside */
		if ((real = realpath(k->dir, NULL)) == NULL) {
			diag(NULL, MSG_NEW_WRITE, k->dir, errno_text(errno));
			return -1;
		}
		k->parent = parent_of(k->a, real);
		free(real);
		k->exists = 1;
		return 0;
	}
	if (errno != ENOENT) {
		diag(NULL, MSG_NEW_WRITE, k->dir, errno_text(errno));
		return -1;
	}
	k->parent = parent_of(k->a, k->dir);
	if (stat(k->parent, &sb) != 0) {
		diag(NULL, MSG_NEW_PARENT, k->parent, errno_text(errno));
		return -1;
	}
	if (!S_ISDIR(sb.st_mode)) {
		diag(NULL, MSG_NEW_PARENT, k->parent,
		    tr("itu bukan folder", "it is not a folder"));
		return -1;
	}
	return 0;
}

/* One starter file into the temporary folder, byte for byte. */
static int
copy_one(struct skel *k, const char *name)
{
	struct in_req	 rq = { k->src, name, NULL, MSG_FILE_OPEN,
			    LOAD_MAX_FILE };
	const char	*to = arena_printf(k->a, "%s/%s", k->tmp, name);
	size_t		 len;
	char		*buf;
	int		 fd, bad;

	if ((buf = input_read(&rq, &len)) == NULL)
		return -1;
	if ((fd = open(to, O_WRONLY | O_CREAT | O_EXCL, 0666)) < 0) {
		diag(NULL, MSG_NEW_WRITE, to, errno_text(errno));
		free(buf);
		return -1;
	}
	bad = outfile_write_all(fd, buf, len) != 0 || fsync(fd) != 0;
	if (bad)
		diag(NULL, MSG_NEW_WRITE, to, errno_text(errno));
	if (close(fd) != 0 && !bad) {
		diag(NULL, MSG_NEW_WRITE, to, errno_text(errno));
		bad = 1;
	}
	free(buf);
	return bad ? -1 : 0;
}

/* Remove what is left in the temporary folder, then the folder. */
static void
remove_tmp(struct skel *k)
{
	if (k->tmp == NULL)
		return;
	for (size_t i = 0; i < k->n; i++)
		unlink(arena_printf(k->a, "%s/%s", k->tmp, k->names[i]));
	rmdir(k->tmp);
	k->tmp = NULL;
}

/*
 * The files into the existing empty FOLDER, one rename each; on failure
 * the ones already moved go back, so FOLDER is empty again.
 */
static int
move_into(struct skel *k)
{
	size_t i;

	for (i = 0; i < k->n; i++)
		if (rename(arena_printf(k->a, "%s/%s", k->tmp, k->names[i]),
		    arena_printf(k->a, "%s/%s", k->dir, k->names[i])) != 0)
			break;
	if (i == k->n)
		return 0;
	diag(NULL, MSG_NEW_WRITE, arena_printf(k->a, "%s/%s", k->dir,
	    k->names[i]), errno_text(errno));
	while (i-- > 0)
		if (rename(arena_printf(k->a, "%s/%s", k->dir, k->names[i]),
		    arena_printf(k->a, "%s/%s", k->tmp, k->names[i])) != 0)
			unlink(arena_printf(k->a, "%s/%s", k->dir,
			    k->names[i]));
	return -1;
}

/* The temporary folder, made with the mode a new folder gets. */
static int
make_tmp(struct skel *k)
{
	const char	*base = strrchr(k->dir, '/');
	char		*t;
	mode_t		 um = umask(0);

	umask(um);
	base = base != NULL ? base + 1 : k->dir;
	if (k->exists || base[0] == '\0' || base[0] == '.')
		base = "laporan";
	t = arena_printf(k->a, "%s/.%s.lakin-new-XXXXXX", k->parent, base);
	if (mkdtemp(t) == NULL || chmod(t, 0777 & ~um) != 0) {
		diag(NULL, MSG_NEW_WRITE, t, errno_text(errno));
		return -1;
	}
	k->tmp = t;
	return 0;
}

/* Copy every file, then make it FOLDER.  Signals wait meanwhile. */
static int
build(struct skel *k)
{
	sigset_t	 sigs, old;
	int		 ok = 1, fd;

	sigemptyset(&sigs);
	sigaddset(&sigs, SIGINT);
	sigaddset(&sigs, SIGTERM);
	sigaddset(&sigs, SIGHUP);
	sigprocmask(SIG_BLOCK, &sigs, &old);
	if (make_tmp(k) != 0)
		ok = 0;
	for (size_t i = 0; ok && i < k->n; i++)
		ok = copy_one(k, k->names[i]) == 0;
	if (ok && k->exists)
		ok = move_into(k) == 0;
	else if (ok && rename(k->tmp, k->dir) != 0) {
		/* made meanwhile by someone else: theirs stays */
		if (errno == ENOTEMPTY || errno == EEXIST)
			diag(NULL, MSG_NEW_NOT_EMPTY, k->dir);
		else
			diag(NULL, MSG_NEW_WRITE, k->dir, errno_text(errno));
		ok = 0;
	} else if (ok)
		k->tmp = NULL;
	remove_tmp(k);
	/* the new name itself survives a power cut (best effort) */
	if (ok && (fd = open(k->parent, O_RDONLY | O_DIRECTORY)) >= 0) {
		(void)fsync(fd);
		close(fd);
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	return ok ? 0 : -1;
}

int
new_skeleton(const char *dir, const char *exe)
{
	struct skel	 k;
	const char	*tried = NULL;
	size_t		 len = strlen(dir);
	int		 rc = 2;

	memset(&k, 0, sizeof(k));
	k.a = arena_new();
	/* "x/" is x */
	while (len > 1 && dir[len - 1] == '/')
		len--;
	k.dir = arena_strndup(k.a, dir, len);
	if ((k.src = template_data_dir(k.a, exe, STARTER, &tried)) == NULL)
		diag(NULL, MSG_NEW_STARTER, tried);
	else if (check_target(&k) == 0 && list_starter(&k) == 0 &&
	    build(&k) == 0) {
		diag(NULL, MSG_NEW_DONE, k.dir, k.n, k.dir, k.dir, k.dir);
		rc = 0;
	}
	diag_end();
	arena_free(k.a);
	return rc;
}
