/*
 * lakin new --dari OLD --tahun N DIR: next year's folder from last
 * year's.  OLD is read through the normal pipeline (a report with errors
 * is refused: what it means is not sure), every file is copied into a
 * temporary folder beside DIR, the YAML ones with the year edits of
 * rollover_year.c, and the folder is renamed to DIR only when whole.
 * Then the new text is read back and each ISI marker is reported with the
 * same check `lakin check` runs (check_isi), so both lists agree, and the
 * places to look at are noted.
 */
#define _XOPEN_SOURCE 700

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check_content.h"
#include "check_isi.h"
#include "cli_tools.h"
#include "content_load.h"
#include "diag.h"
#include "drive.h"
#include "font.h"
#include "input.h"
#include "mem.h"
#include "model.h"
#include "new.h"
#include "outfile.h"
#include "rollover.h"
#include "template.h"

#define COPY_MAX	(256u * 1024 * 1024)	/* an image, a scan */

/* What a file of the old folder is to the report. */
struct rfile_kind {
	const char	*name;
	int		 kind;		/* as rollover_edits takes it; 'c' CSV */
};

struct roll {
	const char		*from, *to, *tmp;
	int			 old, year;
	struct arena		*a;
	struct rfile_kind	*kinds;
	size_t			 nkinds;
	struct ptrvec		 made;		/* paths created in tmp */
	struct ptrvec		 yaml;		/* names edited, in order */
	struct ptrvec		 text;		/* and their new text */
	struct ptrvec		 csv;		/* data files carried as they are */
	int			 first, last;	/* the Renstra period, or 0 */
	struct pos		 perf_pos;
};

/*
 * SIGINT, SIGTERM, SIGHUP while the temporary folder is being written:
 * the copy stops at the next file, removes what it made, and the program
 * then ends as the signal would have.
 */
static const int roll_sigs[] = { SIGINT, SIGTERM, SIGHUP };
#define ROLL_NSIG (sizeof(roll_sigs) / sizeof(roll_sigs[0]))
static volatile sig_atomic_t roll_stop;

static void
on_signal(int sig)
{
	roll_stop = sig;
}

static void
watch_signals(struct sigaction *old)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < ROLL_NSIG; i++)
		sigaction(roll_sigs[i], &sa, &old[i]);
}

static void
unwatch_signals(const struct sigaction *old)
{
	for (size_t i = 0; i < ROLL_NSIG; i++)
		sigaction(roll_sigs[i], &old[i], NULL);
	if (roll_stop != 0)
		raise(roll_stop);
}

/* A folder that exists with something in it. */
static int
dir_full(const char *d)
{
	DIR		*dp = opendir(d);
	struct dirent	*e;
	int		 full = 0;

	if (dp == NULL) {
		struct stat sb;

		return stat(d, &sb) == 0;	/* a file is in the way */
	}
	while (!full && (e = readdir(dp)) != NULL)
		full = strcmp(e->d_name, ".") != 0 &&
		    strcmp(e->d_name, "..") != 0;
	closedir(dp);
	return full;
}

/*
 * The new folder inside the old one would be copied into itself: refused.
 * Its parent must exist; then both resolve, symlinks and '..' included.
 */
static int
inside_old(struct roll *rl)
{
	char	*old = realpath(rl->from, NULL), *par, *pr = NULL;
	char	*copy = arena_strdup(rl->a, rl->to);
	size_t	 n;
	int	 in = 0;

	while ((n = strlen(copy)) > 1 && copy[n - 1] == '/')
		copy[n - 1] = '\0';
	par = strrchr(copy, '/') != NULL ? copy : NULL;
	if (par != NULL)
		*strrchr(copy, '/') = '\0';
	pr = realpath(par == NULL ? "." : *copy == '\0' ? "/" : copy, NULL);
	if (old != NULL && pr != NULL) {
		n = strlen(old);
		in = strncmp(pr, old, n) == 0 && (pr[n] == '\0' ||
		    pr[n] == '/');
	}
	free(old);
	free(pr);
	return in;
}

/* Old, checked and derived as `lakin check` does: NULL on any error. */
static struct report *
load_old(struct roll *rl, const char *exe, struct fontset **fs,
    const struct node **root)
{
	struct tool_opts	 tool;
	struct style		 st;
	int			 errs = 0;
	struct report		*r;

	tool_opts_init(&tool);
	*root = report_load(rl->a, rl->from, &errs);
	*fs = NULL;
	if (tool_style(rl->a, &tool, report_template(*root), exe, &st) == 0) {
		errs += template_own(*root, &st);
		*fs = fontset_load(st.fonts_dir, st.fonts, st.font_pos);
		errs += template_glyphs(&st, *fs);
	}
	r = drive_check(rl->a, rl->from, *root, errs, *fs,
	    *fs != NULL ? &st : NULL);
	return *fs != NULL && errs == 0 && diag_worst() < SEV_ERROR ? r : NULL;
}

static void
add_kind(struct roll *rl, const char *name, int kind)
{
	rl->kinds = xrealloc(rl->kinds, (rl->nkinds + 1) * sizeof(*rl->kinds));
	rl->kinds[rl->nkinds++] = (struct rfile_kind){ name, kind };
}

/* The files laporan.yaml names, and what each is. */
static void
find_kinds(struct roll *rl, const struct node *root)
{
	const struct node	*data = node_get(root, "data");
	const struct node	*files = node_get(root, "berkas");

	add_kind(rl, "laporan.yaml", 'l');
	if (node_str(data, "anggaran") != NULL)
		add_kind(rl, node_str(data, "anggaran"), 'a');
	if (node_str(data, "kinerja") != NULL)
		add_kind(rl, node_str(data, "kinerja"), 'k');
	for (size_t i = 0; data != NULL && i < data->n; i++)
		if (data->vals[i]->type == NODE_SCALAR &&
		    strcmp(data->keys[i]->str, "anggaran") != 0 &&
		    strcmp(data->keys[i]->str, "kinerja") != 0)
			add_kind(rl, data->vals[i]->str, 'c');
	for (size_t i = 0; files != NULL && files->type == NODE_SEQ &&
	    i < files->n; i++)
		add_kind(rl, files->vals[i]->str, 'p');
}

static int
kind_of(const struct roll *rl, const char *rel)
{
	for (size_t i = 0; i < rl->nkinds; i++)
		if (strcmp(rl->kinds[i].name, rel) == 0)
			return rl->kinds[i].kind;
	return 0;
}

/* A new file at path holding buf, on disk before it is closed. */
static int
write_new(const char *path, const char *buf, size_t len)
{
	int	fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0666);

	if (fd < 0)
		return -1;
	if (outfile_write_all(fd, buf, len) != 0 || fsync(fd) != 0) {
		int e = errno;

		close(fd);
		errno = e;
		return -1;
	}
	return close(fd);
}

/* One file: copied byte for byte, or edited when it is YAML of the report. */
static int
copy_file(struct roll *rl, const char *rel, const char *dst)
{
	struct in_req	 rq = { rl->from, rel, NULL, MSG_FILE_OPEN, COPY_MAX };
	size_t		 len, nlen;
	char		*buf = input_read(&rq, &len), *out = buf;
	int		 kind = kind_of(rl, rel), rc;

	if (buf == NULL)
		return -1;
	nlen = len;
	if (kind != 0 && kind != 'c') {
		struct rfile	 f = { rl->a, buf, len, NULL, 0, 0 };
		struct node	*t = content_load_buf(rl->a, rel, buf, len);

		if (t != NULL)
			rollover_edits(&f, t, kind, rl->old, rl->year);
		out = rfile_apply(&f, &nlen);
		free(f.v);
		ptrvec_push(&rl->yaml, arena_strdup(rl->a, rel));
		ptrvec_push(&rl->text, arena_strndup(rl->a, out, nlen));
	} else if (kind == 'c' || (strlen(rel) > 4 &&
	    strcmp(rel + strlen(rel) - 4, ".csv") == 0))
		ptrvec_push(&rl->csv, arena_strdup(rl->a, rel));
	rc = write_new(dst, out, nlen);
	if (rc != 0)
		diag(NULL, MSG_ROLL_WRITE, dst, errno_text(errno));
	if (out != buf)
		free(out);
	free(buf);
	return rc;
}

static int
by_name(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/* The folder rel of old (""), into the same place of tmp, in name order. */
static int
copy_tree(struct roll *rl, const char *rel)
{
	char		*src = arena_printf(rl->a, "%s/%s", rl->from, rel);
	DIR		*dp = opendir(src);
	struct dirent	*e;
	struct ptrvec	 names = { NULL, 0, 0 };
	int		 rc = 0;

	if (dp == NULL) {
		diag(NULL, MSG_ROLL_READ, src, errno_text(errno));
		return -1;
	}
	/* hidden entries (.git, editor files) are no part of the report */
	while ((e = readdir(dp)) != NULL)
		if (e->d_name[0] != '.')
			ptrvec_push(&names, arena_strdup(rl->a, e->d_name));
	closedir(dp);
	if (names.n > 0)
		qsort(names.v, names.n, sizeof(*names.v), by_name);
	for (size_t i = 0; rc == 0 && roll_stop == 0 && i < names.n; i++) {
		const char	*r = *rel != '\0' ? arena_printf(rl->a, "%s/%s",
				    rel, (char *)names.v[i]) : names.v[i];
		char		*dst = arena_printf(rl->a, "%s/%s", rl->tmp, r);
		struct stat	 sb;

		if (lstat(arena_printf(rl->a, "%s/%s", rl->from, r), &sb) != 0)
			continue;
		if (S_ISDIR(sb.st_mode)) {
			if ((rc = mkdir(dst, 0777)) != 0)
				diag(NULL, MSG_ROLL_WRITE, dst,
				    errno_text(errno));
			else {
				ptrvec_push(&rl->made, dst);
				rc = copy_tree(rl, r);
			}
		} else if (S_ISREG(sb.st_mode) || S_ISLNK(sb.st_mode)) {
			ptrvec_push(&rl->made, dst);
			rc = copy_file(rl, r, dst);
		}
	}
	ptrvec_free(&names);
	return rc;
}

/* What was made in tmp, removed (newest first), then tmp itself. */
static void
undo(struct roll *rl)
{
	for (size_t i = rl->made.n; i-- > 0; )
		remove(rl->made.v[i]);
	rmdir(rl->tmp);
}

/* The new folder read back: its markers, as check says them, and notes. */
static void
list_items(struct roll *rl, int *items, int *notes)
{
	*items = *notes = 0;
	for (size_t i = 0; i < rl->yaml.n; i++) {
		const char	*text = rl->text.v[i];
		char		*name = arena_printf(rl->a, "%s/%s", rl->to,
				    (char *)rl->yaml.v[i]);
		struct node	*t = content_load_buf(rl->a, name, text,
				    strlen(text));

		if (t == NULL)
			continue;
		*items += check_isi(t);
		*notes += rollover_review(t, rl->old, rl->year);
	}
	for (size_t i = 0; i < rl->csv.n; i++) {
		struct pos p = { arena_printf(rl->a, "%s/%s", rl->to,
		    (char *)rl->csv.v[i]), 1, 1 };

		diag(&p, MSG_ROLL_REVIEW_FILE, (char *)rl->csv.v[i], rl->year);
		(*notes)++;
	}
	isi_reset();
}

static int
roll_years(struct roll *rl, const struct report *r)
{
	rl->old = r->year;
	if (rl->year <= rl->old) {
		diag(NULL, MSG_ROLL_YEAR_OLD, rl->year, rl->old);
		return -1;
	}
	if (rl->year > rl->old + 1)
		diag(NULL, MSG_ROLL_YEAR_SKIP, rl->old, rl->year,
		    rl->year - rl->old - 1, rl->year - 1);
	return 0;
}

int
rollover_run(const char *from, int year, const char *to, const char *exe)
{
	struct roll		 rl;
	struct sigaction	 old[ROLL_NSIG];
	struct fontset		*fs = NULL;
	const struct node	*root;
	struct report		*r;
	int			 rc = 2, items, notes;

	memset(&rl, 0, sizeof(rl));
	rl.from = from;
	rl.to = to;
	rl.year = year;
	rl.a = arena_new();
	if (dir_full(to)) {
		diag(NULL, MSG_ROLL_EXISTS, to);
		goto out;
	}
	if (inside_old(&rl)) {
		diag(NULL, MSG_ROLL_INSIDE, to, from);
		goto out;
	}
	if ((r = load_old(&rl, exe, &fs, &root)) == NULL) {
		diag(NULL, MSG_ROLL_OLD_BAD, from);
		goto out;
	}
	if (roll_years(&rl, r) != 0)
		goto out;
	if (r->perf != NULL && year > r->perf->last) {
		rl.first = r->perf->first;
		rl.last = r->perf->last;
		rl.perf_pos = r->perf->pos;
	}
	find_kinds(&rl, root);
	rl.tmp = arena_printf(rl.a, "%s.tmp-%ld", to, (long)getpid());
	watch_signals(old);
	if (mkdir(rl.tmp, 0777) != 0) {
		diag(NULL, MSG_ROLL_WRITE, rl.tmp, errno_text(errno));
		unwatch_signals(old);
		goto out;
	}
	if (copy_tree(&rl, "") != 0 || roll_stop != 0 ||
	    rename(rl.tmp, to) != 0) {
		if (roll_stop == 0 && diag_worst() < SEV_ERROR)
			diag(NULL, MSG_ROLL_WRITE, to, errno_text(errno));
		undo(&rl);
		unwatch_signals(old);
		goto out;
	}
	unwatch_signals(old);
	list_items(&rl, &items, &notes);
	if (rl.last != 0) {
		struct pos p = rl.perf_pos;

		p.file = arena_printf(rl.a, "%s/%s", to,
		    strrchr(p.file, '/') != NULL ? strrchr(p.file, '/') + 1 :
		    p.file);
		diag(&p, MSG_LINT_PERIOD, year, rl.first, rl.last);
	}
	diag(NULL, MSG_ROLL_DONE, year, to, rl.old, items, notes);
	rc = 0;
out:
	diag_end();
	fontset_free(fs);
	free(rl.kinds);
	ptrvec_free(&rl.made);
	ptrvec_free(&rl.yaml);
	ptrvec_free(&rl.text);
	ptrvec_free(&rl.csv);
	input_reset();
	arena_free(rl.a);
	return rc;
}
