/*
 * libzip for the .xlsx reader (content_xlsx.c), loaded with dlopen the
 * first time a workbook is opened, not linked.  Debian's libzip brings
 * OpenSSL's libcrypto, bzip2 and brotli along: linked, they cost every
 * run ~1.9 MiB of memory and their start-up time, also the many reports
 * that read no spreadsheet.  The functions keep libzip's own types
 * (zip.h); call them as ZIP(fread)(f, buf, n).
 */
#ifndef LAKIN_CONTENT_ZIP_H
#define LAKIN_CONTENT_ZIP_H

#include <zip.h>

struct zip_api {
	__typeof__(zip_discard)			*discard;
	__typeof__(zip_error_fini)		*error_fini;
	__typeof__(zip_error_init)		*error_init;
	__typeof__(zip_error_strerror)		*error_strerror;
	__typeof__(zip_fclose)			*fclose;
	__typeof__(zip_file_strerror)		*file_strerror;
	__typeof__(zip_fopen_index)		*fopen_index;
	__typeof__(zip_fread)			*fread;
	__typeof__(zip_name_locate)		*name_locate;
	__typeof__(zip_open_from_source)	*open_from_source;
	__typeof__(zip_source_buffer_create)	*source_buffer_create;
	__typeof__(zip_source_free)		*source_free;
	__typeof__(zip_strerror)		*strerror;
};

/* libzip's functions, or NULL with *why set (dlerror's words) when the
 * library cannot be loaded.  Loaded once; later calls are cheap. */
const struct zip_api	*zip_api(const char **why);

#define ZIP(f)	(zip_api(NULL)->f)

#endif
