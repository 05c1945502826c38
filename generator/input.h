/*
 * load: the one reader of every file a build reads (laporan.yaml, the part
 * files, CSV rows, images, the template and its fonts).
 *
 *  - A file must stay inside its folder: the name is resolved (symlinks
 *    and '..' included) and refused when it leaves the folder; a symlink
 *    that stays inside is fine.
 *  - It must be a regular file: a FIFO, a device, a socket or a folder is
 *    refused before anything waits on it, and checked again on the open
 *    descriptor (opened with O_NONBLOCK), so what is read is what was
 *    checked.
 *  - Every file read is recorded (path, device, inode), so `-o` can be
 *    refused when it names an input and a later `watch` knows what to watch.
 *
 * Problems are reported with diag() at the YAML value that names the file.
 */
#ifndef LAKIN_INPUT_H
#define LAKIN_INPUT_H

#include <stddef.h>
#include <sys/types.h>

#include "diag.h"

struct in_req {
	const char		*dir;	/* the folder the file must stay in */
	const char		*name;	/* the file in it, as written */
	const struct pos	*where;	/* the value that names it, or NULL */
	enum msg		 msg;	/* cannot be opened: (name, why) at where;
					 * without where MSG_FILE_OPEN at the file */
	size_t			 max;	/* the largest size input_read accepts */
};

struct in_file {
	char	*path;		/* dir/name, as messages show it */
	char	*real;		/* resolved, without symlinks */
	dev_t	 dev;
	ino_t	 ino;
};

/* The whole file, NUL-terminated, from xmalloc (the caller frees it);
 * NULL after a diagnostic. */
char	*input_read(const struct in_req *, size_t *len);
/* The checked file, open for reading, for a library that reads it itself
 * (fonts); its record in *rec.  -1 after a diagnostic. */
int	 input_open(const struct in_req *, const struct in_file **rec);

/* The input of this build that path is (the same file: same device and
 * inode, through any name, link or symlink), or NULL. */
const struct in_file	*input_which(const char *path);
size_t			 input_count(void);
const struct in_file	*input_file(size_t);
/* Forget every record (the end of a run). */
void			 input_reset(void);

#endif
