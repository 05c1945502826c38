/*
 * lakin watch DIR: build once, then build again every time a file the
 * last build read is saved (inotify on the folders holding them, so an
 * editor's write-a-temporary-then-rename is seen), printing the findings
 * and the time of each build.  A build with errors leaves the last good
 * PDF as it was (outfile.c writes it atomically), so a viewer that reloads
 * on change always shows a complete report.
 */
#ifndef LAKIN_WATCH_H
#define LAKIN_WATCH_H

/* lakin watch [build's options] DIR: 0 when stopped by SIGINT, SIGTERM or
 * SIGHUP; 2 when watching cannot start. */
int	 watch_main(int argc, char **argv);

#endif
