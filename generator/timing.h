/*
 * Time per stage, for `make bench` only: with LAKIN_WAKTU=1 in the
 * environment, lakin prints on stderr, at the end of a run, how long each
 * stage took (monotonic clock).  Without it nothing is measured or
 * printed, so tests and normal output never see it.
 *
 * The clock is always running for exactly one stage: timing_to() gives
 * the time since the last switch to the stage that was running and makes
 * another one run.  A reader called from inside a stage (the YAML loader
 * while check reads the part files) switches to STAGE_LOAD and back.
 */
#ifndef LAKIN_TIMING_H
#define LAKIN_TIMING_H

#include <stdio.h>

enum stage {
	STAGE_LOAD = 0,		/* reading files, YAML to tree, template, fonts */
	STAGE_CHECK,
	STAGE_DERIVE,
	STAGE_LAYOUT,		/* the page fix-point included */
	STAGE_RENDER,		/* the page list into libharu's objects */
	STAGE_SAVE,		/* libharu's serialising (zlib), the file */
	STAGE__MAX		/* none: the clock stopped */
};

/* Start the clock on STAGE_LOAD when LAKIN_WAKTU=1. */
void		 timing_start(void);
/* Switch to s; returns the stage that was running. */
enum stage	 timing_to(enum stage s);
/* Stop, and print the times on f (nothing when not started). */
void		 timing_print(FILE *f);

#endif
