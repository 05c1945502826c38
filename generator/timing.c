#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "diag.h"
#include "timing.h"

static int		 on;
static enum stage	 cur = STAGE__MAX;
static struct timespec	 mark;
static double		 spent[STAGE__MAX];	/* milliseconds */

static double
since(const struct timespec *a, const struct timespec *b)
{
	return (double)(b->tv_sec - a->tv_sec) * 1e3 +
	    (double)(b->tv_nsec - a->tv_nsec) / 1e6;
}

void
timing_start(void)
{
	const char *e = getenv("LAKIN_WAKTU");

	on = e != NULL && strcmp(e, "1") == 0;
	if (!on)
		return;
	memset(spent, 0, sizeof(spent));
	clock_gettime(CLOCK_MONOTONIC, &mark);
	cur = STAGE_LOAD;
}

enum stage
timing_to(enum stage s)
{
	enum stage	 was = cur;
	struct timespec	 now;

	if (!on)
		return was;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (cur != STAGE__MAX)
		spent[cur] += since(&mark, &now);
	mark = now;
	cur = s;
	return was;
}

void
timing_print(FILE *f)
{
	static const char *const name[2][STAGE__MAX] = {
		{ "muat", "periksa", "turunan", "tata-letak", "render",
		  "simpan" },
		{ "load", "check", "derive", "layout", "render", "save" }
	};
	int	 en = strcmp(tr("id", "en"), "en") == 0;
	double	 total = 0;

	if (!on)
		return;
	timing_to(STAGE__MAX);
	fprintf(f, "%s (ms):", tr("waktu", "time"));
	for (int s = 0; s < STAGE__MAX; s++) {
		fprintf(f, " %s %.2f", name[en][s], spent[s]);
		total += spent[s];
	}
	fprintf(f, " %s %.2f\n", tr("jumlah", "total"), total);
	on = 0;
}
