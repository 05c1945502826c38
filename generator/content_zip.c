/*
 * libzip loaded on first use (content_zip.h).  Only names libzip has had
 * since 1.2 are looked up; the library is found by its Debian sonames.
 */
#include <dlfcn.h>
#include <stddef.h>

#include "content_zip.h"

static struct zip_api	 api;
static int		 state;		/* 0 untried, 1 loaded, -1 failed */
static const char	*failure;

#define LOOK(h, field, name) \
	((api.field = (__typeof__(api.field))dlsym((h), (name))) != NULL)

static int
look_all(void *h)
{
	return LOOK(h, discard, "zip_discard") &&
	    LOOK(h, error_fini, "zip_error_fini") &&
	    LOOK(h, error_init, "zip_error_init") &&
	    LOOK(h, error_strerror, "zip_error_strerror") &&
	    LOOK(h, fclose, "zip_fclose") &&
	    LOOK(h, file_strerror, "zip_file_strerror") &&
	    LOOK(h, fopen_index, "zip_fopen_index") &&
	    LOOK(h, fread, "zip_fread") &&
	    LOOK(h, name_locate, "zip_name_locate") &&
	    LOOK(h, open_from_source, "zip_open_from_source") &&
	    LOOK(h, source_buffer_create, "zip_source_buffer_create") &&
	    LOOK(h, source_free, "zip_source_free") &&
	    LOOK(h, strerror, "zip_strerror");
}

const struct zip_api *
zip_api(const char **why)
{
	static const char *const names[] = { "libzip.so.4", "libzip.so.5",
	    "libzip.so" };
	void	*h = NULL;

	if (state == 0) {
		for (size_t i = 0; h == NULL && i < sizeof(names) /
		    sizeof(names[0]); i++)
			h = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
		if (h == NULL)
			failure = dlerror();
		else if (!look_all(h)) {
			failure = dlerror();
			dlclose(h);
		} else
			state = 1;
		if (state != 1)
			state = -1;
	}
	if (state == 1)
		return &api;
	if (why != NULL)
		*why = failure != NULL ? failure : "libzip";
	return NULL;
}
