/*
 * PLACEHOLDER (session scaffolding, replaced by the roll-over work before
 * it lands): next year's folder from last year's.
 */
#include "diag.h"
#include "new.h"

int
rollover_run(const char *from, int year, const char *to, const char *exe)
{
	(void)from;
	(void)year;
	(void)to;
	(void)exe;
	diag(NULL, MSG_NEW_TODO, "lakin new --dari");
	diag_end();
	return 2;
}
