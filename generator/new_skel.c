/*
 * PLACEHOLDER (session scaffolding, replaced by the `lakin new` work before
 * it lands): a new agency's content folder.
 */
#include "diag.h"
#include "new.h"

int
new_skeleton(const char *dir, const char *exe)
{
	(void)dir;
	(void)exe;
	diag(NULL, MSG_NEW_TODO, "lakin new FOLDER");
	diag_end();
	return 2;
}
