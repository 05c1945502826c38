/*
 * The output file, written whole or not at all: the bytes go to a
 * temporary file beside the target, "<path>.tmp-<pid>-XXXXXX", which is
 * renamed over the target only when complete, so the previous file
 * survives every failure.
 *
 *  - SIGINT, SIGTERM and SIGHUP while the temporary file exists remove it,
 *    then end the program as the signal would have.  SIGXFSZ is ignored
 *    meanwhile: a file size limit is a write error, not a death.
 *  - What SIGKILL or a power cut leave behind is swept by the next run of
 *    the same output: only names of that output's pattern, only regular
 *    files of our user, only when their writer's pid names no process.  A
 *    concurrent build of the same output is alive, so its file is kept.
 */
#ifndef LAKIN_OUTFILE_H
#define LAKIN_OUTFILE_H

#include <signal.h>

#define OUTFILE_NSIG	3	/* SIGINT, SIGTERM, SIGHUP */

struct outfile {
	const char		*path;		/* the target */
	char			*tmp;		/* the temporary file, or NULL */
	int			 fd;		/* open on tmp for writing */
	struct sigaction	 old[OUTFILE_NSIG + 1];	/* + SIGXFSZ */
};

/*
 * Sweeps stale temporary files of path, then creates the temporary file
 * (mode 0666 & ~umask) and starts watching the signals.  0, or -1 with
 * errno set.
 */
int	outfile_open(struct outfile *, const char *path);
/* fsync, close, rename over the target (then fsync its folder, best
 * effort).  0, or -1 with errno set and the temporary file removed. */
int	outfile_commit(struct outfile *);
/* Closes and removes the temporary file; errno is kept. */
void	outfile_abort(struct outfile *);
/* All n bytes of p to fd, through short writes and EINTR.  0, or -1 with
 * errno set (EIO when write made no progress). */
int	outfile_write_all(int fd, const void *p, size_t n);

#endif
