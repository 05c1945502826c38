/*
 * The atomic output file (see outfile.h).  The signal handler only does
 * what is async-signal-safe: unlink() of a name prepared before it was
 * armed, then the signal's default action.  Signals are blocked while the
 * temporary file comes into existence and while it is renamed or removed,
 * so no signal falls between the file and the knowledge of it.
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mem.h"
#include "outfile.h"

static const int sigs[OUTFILE_NSIG] = { SIGINT, SIGTERM, SIGHUP };

/* The file the handler removes; set and cleared with the signals blocked. */
static const char *volatile	live;
static volatile sig_atomic_t	armed;

static void
on_signal(int sig)
{
	if (armed)
		(void)unlink(live);
	/* the signal is blocked in here: raised again, it ends the program
	 * the default way once the handler returns */
	(void)signal(sig, SIG_DFL);
	(void)raise(sig);
}

static void
block(sigset_t *old)
{
	sigset_t set;

	sigemptyset(&set);
	for (int i = 0; i < OUTFILE_NSIG; i++)
		sigaddset(&set, sigs[i]);
	(void)sigprocmask(SIG_BLOCK, &set, old);
}

/* Our handlers in, except where the signal was ignored (nohup). */
static void
watch(struct outfile *of)
{
	struct sigaction sa, ign;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (int i = 0; i < OUTFILE_NSIG; i++)
		sigaddset(&sa.sa_mask, sigs[i]);
	for (int i = 0; i < OUTFILE_NSIG; i++) {
		(void)sigaction(sigs[i], NULL, &of->old[i]);
		if (of->old[i].sa_handler != SIG_IGN)
			(void)sigaction(sigs[i], &sa, NULL);
	}
	memset(&ign, 0, sizeof(ign));
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	(void)sigaction(SIGXFSZ, &ign, &of->old[OUTFILE_NSIG]);
}

static void
unwatch(struct outfile *of)
{
	for (int i = 0; i < OUTFILE_NSIG; i++)
		(void)sigaction(sigs[i], &of->old[i], NULL);
	(void)sigaction(SIGXFSZ, &of->old[OUTFILE_NSIG], NULL);
}

/* The folder of path ("." when it has none), from xmalloc. */
static char *
dir_of(const char *path)
{
	const char	*slash = strrchr(path, '/');
	size_t		 n;
	char		*d;

	if (slash == NULL)
		return xstrdup(".");
	n = slash == path ? 1 : (size_t)(slash - path);
	d = xmalloc(n + 1);
	memcpy(d, path, n);
	d[n] = '\0';
	return d;
}

/*
 * The writer's pid of name when it is a temporary file of base
 * ("<base>.tmp-<pid>-XXXXXX", the six from mkstemp), else 0.
 */
static pid_t
temp_pid(const char *name, const char *base)
{
	size_t	 bl = strlen(base);
	char	*end;
	long	 pid;

	if (strncmp(name, base, bl) != 0 || strncmp(name + bl, ".tmp-", 5) != 0)
		return 0;
	name += bl + 5;
	if (!isdigit((unsigned char)name[0]))
		return 0;
	errno = 0;
	pid = strtol(name, &end, 10);
	if (errno != 0 || pid <= 0 || (long)(pid_t)pid != pid || *end != '-' ||
	    strlen(end + 1) != 6)
		return 0;
	for (int i = 1; i <= 6; i++)
		if (!isalnum((unsigned char)end[i]))
			return 0;
	return (pid_t)pid;
}

/*
 * Removes the temporary files of path that earlier runs left behind.  A
 * file whose writer is alive (or whose pid now belongs to some other
 * process, which cannot be told apart) is kept; our own pid cannot be a
 * live writer, as we have no temporary file yet.
 */
static void
sweep(const char *path)
{
	char		*dir = dir_of(path);
	const char	*base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	DIR		*d;
	struct dirent	*e;
	struct stat	 st;
	pid_t		 pid;

	if (base[0] == '\0' || (d = opendir(dir)) == NULL) {
		free(dir);
		return;
	}
	while ((e = readdir(d)) != NULL) {
		if ((pid = temp_pid(e->d_name, base)) == 0)
			continue;
		if (fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) == -1 ||
		    !S_ISREG(st.st_mode) || st.st_uid != geteuid())
			continue;
		if (pid != getpid() && (kill(pid, 0) == 0 || errno != ESRCH))
			continue;
		(void)unlinkat(dirfd(d), e->d_name, 0);
	}
	closedir(d);
	free(dir);
}

int
outfile_open(struct outfile *of, const char *path)
{
	sigset_t	 old;
	size_t		 n = strlen(path) + 48;
	mode_t		 mask;
	int		 e;

	memset(of, 0, sizeof(*of));
	of->path = path;
	of->fd = -1;
	sweep(path);
	of->tmp = xmalloc(n);
	snprintf(of->tmp, n, "%s.tmp-%ld-XXXXXX", path, (long)getpid());
	block(&old);
	watch(of);
	of->fd = mkstemp(of->tmp);
	e = errno;
	if (of->fd != -1) {
		live = of->tmp;
		armed = 1;
	} else
		unwatch(of);
	(void)sigprocmask(SIG_SETMASK, &old, NULL);
	if (of->fd == -1) {
		free(of->tmp);
		of->tmp = NULL;
		errno = e;
		return -1;
	}
	/* mkstemp creates 0600; give the PDF the usual 0666 & ~umask. */
	mask = umask(0);
	umask(mask);
	if (fchmod(of->fd, 0666 & ~mask) == -1) {
		outfile_abort(of);
		return -1;
	}
	return 0;
}

/*
 * Renames the temporary file over the target (keep) or removes it, and
 * forgets it, all with the signals blocked.  0, or rename's errno.
 */
static int
finish(struct outfile *of, int keep)
{
	sigset_t	old;
	int		e = 0;

	block(&old);
	if (keep && rename(of->tmp, of->path) == -1)
		e = errno;
	if (!keep || e != 0)
		(void)unlink(of->tmp);
	armed = 0;
	live = NULL;
	unwatch(of);
	(void)sigprocmask(SIG_SETMASK, &old, NULL);
	free(of->tmp);
	of->tmp = NULL;
	return e;
}

/*
 * Makes the rename durable.  Best effort: the new file is already in
 * place, so a failure here is not reported.
 */
static void
sync_dir(const char *path)
{
	char	*d = dir_of(path);
	int	 fd;

	if ((fd = open(d, O_RDONLY)) != -1) {
		(void)fsync(fd);
		close(fd);
	}
	free(d);
}

int
outfile_commit(struct outfile *of)
{
	int e = 0, r;

	if (fsync(of->fd) == -1)
		e = errno;
	if (close(of->fd) == -1 && e == 0)
		e = errno;
	of->fd = -1;
	r = finish(of, e == 0);
	if (e == 0)
		e = r;
	if (e != 0) {
		errno = e;
		return -1;
	}
	sync_dir(of->path);
	return 0;
}

void
outfile_abort(struct outfile *of)
{
	int e = errno;

	if (of->tmp == NULL)
		return;
	if (of->fd != -1)
		close(of->fd);
	of->fd = -1;
	(void)finish(of, 0);
	errno = e;
}

int
outfile_write_all(int fd, const void *p, size_t n)
{
	const char	*b = p;

	while (n > 0) {
		ssize_t	w = write(fd, b, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			if (w == 0)
				errno = EIO;
			return -1;
		}
		b += w;
		n -= (size_t)w;
	}
	return 0;
}
