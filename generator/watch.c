/*
 * lakin watch (see watch.h).
 *
 * What is watched: every file the last build read (input.c's records,
 * taken by build_once's inputs hook before they are forgotten), always
 * DIR/laporan.yaml, and a file of an earlier build that has disappeared
 * (so its return is seen).  inotify watches the FOLDERS holding them, not
 * the files: an editor saves by writing a temporary file and renaming it
 * over, and a watch on the old file would be lost with it.  An event
 * counts when it names one of those files; after a build with errors,
 * any file that appears in a watched folder counts too, as the error may
 * be a file that was missing (editor backups, hidden files and the
 * output's own files excepted).
 *
 * One save is several events (write, close, rename, attributes): a build
 * starts once the folders have been quiet for QUIET_MS, or MAX_WAIT_MS
 * after the first event at the latest.  The output PDF is never a watched
 * file (build refuses -o naming an input), and its temporary files are
 * ignored, so writing it does not start another build.
 *
 * SIGINT, SIGTERM and SIGHUP are blocked and read from a signalfd beside
 * the inotify descriptor: a signal during a build lets that build finish
 * (its PDF complete, or untouched), then watch frees everything and exits
 * with status 0.  Nothing polls while nothing happens, except once a
 * second while a folder cannot be watched (it was deleted: it is watched
 * again when it comes back).
 */
#define _XOPEN_SOURCE 700	/* realpath */

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "build.h"
#include "cli_tools.h"
#include "diag.h"
#include "input.h"
#include "mem.h"
#include "watch.h"

#define QUIET_MS	100	/* a save is over after this much quiet */
#define MAX_WAIT_MS	2000	/* ... or this long after its first event */
#define RETRY_MS	1000	/* a folder that cannot be watched, tried again */

#define EV_MASK	(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | \
	IN_DELETE | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

/* A watched file: its folder (resolved) and its name in it. */
struct wfile {
	char	*dir;
	char	*name;
	char	*shown;		/* as messages show it (the build's path) */
	int	 gone;		/* missing at the last look */
};

struct wdir {
	char	*path;		/* resolved */
	int	 wd;		/* -1: not watched now (retried) */
	int	 warned;	/* its MSG_WATCH_DIR was said */
};

struct wset {
	struct wfile	*f;
	size_t		 n, cap;
};

struct watch {
	struct build_opts	 o;
	const char		*out;
	char			*out_dir, *out_base;
	struct wset		 files, next;	/* watched; read by this build */
	struct wdir		*dirs;
	size_t			 ndirs, capdirs;
	size_t			 shown_n, shown_d;	/* last MSG_WATCH_SET */
	int			 ifd, sfd, failed, builds;
};

static void
watch_usage(void)
{
	fputs(tr(
"pemakaian: lakin watch [-o BERKAS.pdf] [--draft] [--strict] [--lang id|en]\n"
"                       [--color auto|always|never] [--template FOLDER]\n"
"                       [--fonts FOLDER] FOLDER\n"
"  bangun PDF, lalu bangun ulang setiap kali berkas yang dibaca laporan\n"
"  (konten, templat, huruf) disimpan; bila ada galat PDF lama dipertahankan.\n"
"  Ctrl-C untuk berhenti (status keluar 0).\n",
"usage: lakin watch [-o FILE.pdf] [--draft] [--strict] [--lang id|en]\n"
"                   [--color auto|always|never] [--template DIR]\n"
"                   [--fonts DIR] DIR\n"
"  build the PDF, then build it again every time a file the report read\n"
"  (content, template, fonts) is saved; with errors the old PDF is kept.\n"
"  Ctrl-C to stop (exit status 0).\n"), stderr);
}

static long long
now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (long long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* Split path into its folder and last name, both from xmalloc. */
static void
split(const char *path, char **dir, char **name)
{
	const char	*slash = strrchr(path, '/');
	size_t		 n;

	if (slash == NULL) {
		*dir = xstrdup(".");
		*name = xstrdup(path);
		return;
	}
	n = slash == path ? 1 : (size_t)(slash - path);
	*dir = xmalloc(n + 1);
	memcpy(*dir, path, n);
	(*dir)[n] = '\0';
	*name = xstrdup(slash + 1);
}

static int
wset_has(const struct wset *s, const char *dir, const char *name)
{
	for (size_t i = 0; i < s->n; i++)
		if (strcmp(s->f[i].dir, dir) == 0 &&
		    strcmp(s->f[i].name, name) == 0)
			return 1;
	return 0;
}

/* Adds dir/name (taking both) unless it is there already. */
static void
wset_add(struct wset *s, char *dir, char *name, const char *shown, int gone)
{
	if (wset_has(s, dir, name)) {
		free(dir);
		free(name);
		return;
	}
	s->f = xgrow(s->f, s->n, &s->cap, sizeof(*s->f), 16);
	s->f[s->n].dir = dir;
	s->f[s->n].name = name;
	s->f[s->n].shown = xstrdup(shown);
	s->f[s->n++].gone = gone;
}

/* The file at path as watched: its folder resolved, its own name kept
 * (a symlink's name is what an editor replaces).  No folder: nothing. */
static void
wset_add_path(struct wset *s, const char *path, const char *shown)
{
	char	*dir, *name, *real;

	split(path, &dir, &name);
	real = realpath(dir, NULL);
	free(dir);
	if (real == NULL || name[0] == '\0') {
		free(real);
		free(name);
		return;
	}
	wset_add(s, real, name, shown, 0);
}

static void
wset_free(struct wset *s)
{
	for (size_t i = 0; i < s->n; i++) {
		free(s->f[i].dir);
		free(s->f[i].name);
		free(s->f[i].shown);
	}
	free(s->f);
	memset(s, 0, sizeof(*s));
}

/* build_once's hook: every file this build read, by its resolved name
 * and, when that differs (a symlink), by the name the build used. */
static void
take_inputs(void *arg)
{
	struct watch *w = arg;

	for (size_t i = 0; i < input_count(); i++) {
		const struct in_file *f = input_file(i);

		wset_add_path(&w->next, f->real, f->path);
		wset_add_path(&w->next, f->path, f->path);
	}
}

static int
exists(const char *dir, const char *name)
{
	size_t	 n = strlen(dir) + strlen(name) + 2;
	char	*p = xmalloc(n);
	int	 ok;

	snprintf(p, n, "%s/%s", dir, name);
	ok = access(p, F_OK) == 0;
	free(p);
	return ok;
}

/*
 * The new watch set: what this build read, laporan.yaml, and the files of
 * the old set that are gone (watched until they come back) or, after a
 * build with errors, all of them: a broken laporan.yaml reads no part
 * file, yet the parts are read again once it is fixed.
 */
static void
next_set(struct watch *w)
{
	size_t	 n = strlen(w->o.dir) + sizeof("/laporan.yaml");
	char	*p = xmalloc(n);

	snprintf(p, n, "%s/laporan.yaml", w->o.dir);
	wset_add_path(&w->next, p, p);
	free(p);
	for (size_t i = 0; i < w->files.n; i++) {
		struct wfile *f = &w->files.f[i];

		/* its gone flag as look_gone last said it */
		if (w->failed || !exists(f->dir, f->name))
			wset_add(&w->next, xstrdup(f->dir), xstrdup(f->name),
			    f->shown, f->gone);
	}
	wset_free(&w->files);
	w->files = w->next;
	memset(&w->next, 0, sizeof(w->next));
}

static int
dir_needed(const struct watch *w, const char *path)
{
	for (size_t i = 0; i < w->files.n; i++)
		if (strcmp(w->files.f[i].dir, path) == 0)
			return 1;
	return 0;
}

static struct wdir *
dir_find(struct watch *w, const char *path)
{
	for (size_t i = 0; i < w->ndirs; i++)
		if (strcmp(w->dirs[i].path, path) == 0)
			return &w->dirs[i];
	return NULL;
}

/* Watch d now; 1 when it is watched.  Says once why it cannot be. */
static int
dir_arm(struct watch *w, struct wdir *d)
{
	struct pos	 p = { NULL, 0, 0 };
	int		 e;

	if (d->wd != -1)
		return 1;
	if ((d->wd = inotify_add_watch(w->ifd, d->path, EV_MASK)) != -1) {
		d->warned = 0;
		return 1;
	}
	e = errno;
	if (!d->warned)
		diag(&p, MSG_WATCH_DIR, d->path, e == ENOSPC ?
		    tr("batas pengawasan inotify sistem tercapai; naikkan "
		    "fs.inotify.max_user_watches",
		    "the system's inotify watch limit is reached; raise "
		    "fs.inotify.max_user_watches") : errno_text(e));
	d->warned = 1;
	return 0;
}

/* The folders of the watch set watched, those no longer needed dropped. */
static void
dirs_sync(struct watch *w)
{
	size_t k = 0;

	for (size_t i = 0; i < w->ndirs; i++) {
		if (dir_needed(w, w->dirs[i].path)) {
			w->dirs[k++] = w->dirs[i];
			continue;
		}
		if (w->dirs[i].wd != -1)
			(void)inotify_rm_watch(w->ifd, w->dirs[i].wd);
		free(w->dirs[i].path);
	}
	w->ndirs = k;
	for (size_t i = 0; i < w->files.n; i++) {
		if (dir_find(w, w->files.f[i].dir) != NULL)
			continue;
		w->dirs = xgrow(w->dirs, w->ndirs, &w->capdirs,
		    sizeof(*w->dirs), 8);
		w->dirs[w->ndirs].path = xstrdup(w->files.f[i].dir);
		w->dirs[w->ndirs].wd = -1;
		w->dirs[w->ndirs].warned = 0;
		(void)dir_arm(w, &w->dirs[w->ndirs++]);
	}
}

/* Folders not watched now tried again; 1 when one of them came back. */
static int
dirs_retry(struct watch *w)
{
	int back = 0;

	for (size_t i = 0; i < w->ndirs; i++)
		if (w->dirs[i].wd == -1 && dir_arm(w, &w->dirs[i]))
			back = 1;
	return back;
}

static int
dirs_missing(const struct watch *w)
{
	for (size_t i = 0; i < w->ndirs; i++)
		if (w->dirs[i].wd == -1)
			return 1;
	return 0;
}

/* Seconds as "0,21" (Indonesian) or "0.21": whole centiseconds, no float. */
static void
seconds(char *buf, size_t sz, long long ms)
{
	long long cs = (ms + 5) / 10;

	snprintf(buf, sz, "%lld%s%02lld", cs / 100, tr(",", "."), cs % 100);
}

/* Before a build: say which watched files went away or came back. */
static void
look_gone(struct watch *w)
{
	for (size_t i = 0; i < w->files.n; i++) {
		struct wfile	*f = &w->files.f[i];
		struct pos	 p = { f->shown, 0, 0 };
		int		 gone = !exists(f->dir, f->name);

		if (gone && !f->gone)
			diag(&p, MSG_WATCH_GONE);
		else if (!gone && f->gone)
			diag(&p, MSG_WATCH_BACK);
		f->gone = gone;
	}
	diag_flush();
}

static void
rebuild(struct watch *w)
{
	long long	 t0, ms;
	char		 secs[32];
	struct pos	 none = { NULL, 0, 0 };
	int		 st;

	if (w->builds > 0)
		look_gone(w);
	t0 = now_ms();
	st = build_once(&w->o);
	ms = now_ms() - t0;
	seconds(secs, sizeof(secs), ms);
	w->failed = st == 2;
	if (st != 2)
		diag(&none, w->builds == 0 ? MSG_WATCH_BUILT : MSG_WATCH_REBUILT,
		    secs, w->out);
	else
		diag(&none, access(w->out, F_OK) == 0 ? MSG_WATCH_KEPT :
		    MSG_WATCH_NONE, secs, w->out);
	w->builds++;
	next_set(w);
	dirs_sync(w);
	if (w->files.n != w->shown_n || w->ndirs != w->shown_d) {
		diag(&none, MSG_WATCH_SET, w->files.n, w->ndirs);
		w->shown_n = w->files.n;
		w->shown_d = w->ndirs;
	}
	diag_flush();
}

/* A name in a folder that a failed build may have missed: not a backup,
 * hidden or lock file, nor the output or one of its temporary files. */
static int
may_be_new_input(const struct watch *w, const char *dir, const char *name)
{
	size_t n = strlen(name), ob = strlen(w->out_base);

	if (n == 0 || name[0] == '.' || name[0] == '#' || name[n - 1] == '~')
		return 0;
	if (strcmp(dir, w->out_dir) == 0 && strncmp(name, w->out_base, ob) == 0 &&
	    (name[ob] == '\0' || strncmp(name + ob, ".tmp-", 5) == 0))
		return 0;
	return 1;
}

/* One event: 1 when it calls for a build. */
static int
event_counts(struct watch *w, const struct inotify_event *ev)
{
	if (ev->mask & IN_Q_OVERFLOW)
		return 1;		/* events were lost: build to be sure */
	for (size_t i = 0; i < w->ndirs; i++) {
		struct wdir *d = &w->dirs[i];

		if (d->wd != ev->wd)
			continue;
		if (ev->mask & (IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF)) {
			/* the folder itself went (a watch on a moved folder
			 * would follow it elsewhere): watched again when back */
			if (ev->mask & IN_MOVE_SELF)
				(void)inotify_rm_watch(w->ifd, d->wd);
			d->wd = -1;
			return 1;
		}
		if (ev->len == 0)
			return 0;
		if (wset_has(&w->files, d->path, ev->name))
			return 1;
		return w->failed && (ev->mask & (IN_CREATE | IN_MOVED_TO |
		    IN_CLOSE_WRITE)) && may_be_new_input(w, d->path, ev->name);
	}
	return 0;
}

/* Every event waiting on the inotify descriptor; 1 when one counts. */
static int
read_events(struct watch *w)
{
	_Alignas(struct inotify_event) char buf[8192];
	ssize_t		 n;
	int		 hit = 0;

	while ((n = read(w->ifd, buf, sizeof(buf))) > 0) {
		for (char *p = buf; p < buf + n; ) {
			const struct inotify_event *ev = (void *)p;

			hit |= event_counts(w, ev);
			p += sizeof(*ev) + ev->len;
		}
	}
	return hit;
}

/* A signal to stop waits on sfd: read it (1), or nothing waits (0). */
static int
stop_signal(int sfd)
{
	struct signalfd_siginfo si;

	return read(sfd, &si, sizeof(si)) == (ssize_t)sizeof(si);
}

/* The next poll timeout: until the save is over, or the retry. */
static int
wait_ms(const struct watch *w, long long first, long long last)
{
	long long t, now = now_ms();

	if (first < 0)
		return dirs_missing(w) ? RETRY_MS : -1;
	t = last + QUIET_MS - now;
	if (first + MAX_WAIT_MS - now < t)
		t = first + MAX_WAIT_MS - now;
	return t < 0 ? 0 : (int)t;
}

static void
loop(struct watch *w)
{
	struct pollfd	 pf[2] = { { w->ifd, POLLIN, 0 }, { w->sfd, POLLIN, 0 } };
	long long	 first = -1, last = -1, now;
	int		 r;

	for (;;) {
		r = poll(pf, 2, wait_ms(w, first, last));
		if (r < 0 && errno != EINTR)
			return;
		if (r > 0 && (pf[1].revents & POLLIN) && stop_signal(w->sfd))
			return;
		now = now_ms();
		if (r > 0 && (pf[0].revents & POLLIN) && read_events(w)) {
			if (first < 0)
				first = now;
			last = now;
		}
		if (r == 0 && first < 0 && dirs_retry(w))
			first = last = now;
		if (first >= 0 && (now - last >= QUIET_MS ||
		    now - first >= MAX_WAIT_MS)) {
			rebuild(w);
			first = last = -1;
		}
	}
}

/* The output's folder and name, to tell its own events apart. */
static int
out_place(struct watch *w)
{
	char *dir, *name;

	split(w->out, &dir, &name);
	w->out_base = name;
	w->out_dir = realpath(dir, NULL);
	free(dir);
	if (w->out_dir == NULL)
		w->out_dir = xstrdup("");
	return 0;
}

/* SIGINT, SIGTERM and SIGHUP blocked and readable from a signalfd. */
static int
signals_fd(sigset_t *old)
{
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGHUP);
	if (sigprocmask(SIG_BLOCK, &set, old) == -1)
		return -1;
	return signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
}

static void
watch_free(struct watch *w)
{
	for (size_t i = 0; i < w->ndirs; i++)
		free(w->dirs[i].path);
	free(w->dirs);
	wset_free(&w->files);
	wset_free(&w->next);
	free(w->out_dir);
	free(w->out_base);
	if (w->ifd != -1)
		close(w->ifd);
	if (w->sfd != -1)
		close(w->sfd);
}

static int
start(struct watch *w, struct arena *a)
{
	struct pos	 none = { NULL, 0, 0 };
	struct stat	 sb;

	if (stat(w->o.dir, &sb) != 0) {
		diag(&none, MSG_WATCH_NODIR, w->o.dir, errno_text(errno));
		return -1;
	}
	if (!S_ISDIR(sb.st_mode)) {
		diag(&none, MSG_WATCH_NODIR, w->o.dir,
		    tr("itu bukan folder", "it is not a folder"));
		return -1;
	}
	w->out = w->o.out != NULL ? w->o.out : build_default_out(a, w->o.dir);
	w->o.out = w->out;
	out_place(w);
	if ((w->ifd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) == -1) {
		diag(&none, MSG_WATCH_INIT, errno_text(errno));
		return -1;
	}
	return 0;
}

int
watch_main(int argc, char **argv)
{
	struct watch	 w;
	struct arena	*a;
	sigset_t	 old;
	int		 rc = 0;

	memset(&w, 0, sizeof(w));
	w.ifd = w.sfd = -1;
	if (build_args(argc, argv, 0, &w.o) != 0 || w.o.dump) {
		watch_usage();
		return 2;
	}
	w.o.watching = 1;
	w.o.inputs = take_inputs;
	w.o.inputs_arg = &w;
	diag_hold(1);
	tool_setup(&w.o.tool, w.o.dir, "");
	a = arena_new();
	if (start(&w, a) != 0 || (w.sfd = signals_fd(&old)) == -1) {
		if (w.ifd != -1 && w.sfd == -1)
			diag(NULL, MSG_WATCH_INIT, errno_text(errno));
		rc = 2;
	} else {
		rebuild(&w);
		loop(&w);
		diag(NULL, MSG_WATCH_STOP, w.out);
		(void)sigprocmask(SIG_SETMASK, &old, NULL);
	}
	diag_end();
	watch_free(&w);
	arena_free(a);
	return rc;
}
