/*
 * LD_PRELOAD shim for tests/good/run.sh: the first fsync(2) of a regular
 * file (the PDF's temporary file, just written, not yet renamed) sends
 * the process the signal LAKIN_TEST_SIGNAL names, as a Ctrl-C or a kill
 * would at that very moment.  Without the variable nothing changes.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

int	fsync(int);

int
fsync(int fd)
{
	static int	(*real)(int);
	const char	*sig = getenv("LAKIN_TEST_SIGNAL");
	struct stat	 st;

	if (real == NULL)
		*(void **)&real = dlsym(RTLD_NEXT, "fsync");
	if (sig != NULL && fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
		kill(getpid(), atoi(sig));
	return real(fd);
}
