/*
 * lakin new: start a report.  new.c reads the command line and hands over
 * to one of two builders:
 *  - new_skeleton (new_skel.c): a complete, valid content folder for a new
 *    agency, with placeholder data that passes `lakin check`;
 *  - rollover_run (rollover.c): next year's folder from last year's one
 *    (--dari OLD --tahun N), standing facts kept, what must be entered
 *    again cleared and listed.
 * Neither writes outside the folder it creates, and neither overwrites a
 * folder that exists and is not empty.
 */
#ifndef LAKIN_NEW_H
#define LAKIN_NEW_H

/* lakin new [--dari OLD --tahun N] [--lang id|en] DIR: exit status 0 or 2. */
int	 new_main(int argc, char **argv);
/* A new agency's folder at dir (exe: argv[0], to find the data folder). */
int	 new_skeleton(const char *dir, const char *exe);
/* Folder to from folder from, moved to report year year. */
int	 rollover_run(const char *from, int year, const char *to,
	    const char *exe);

#endif
