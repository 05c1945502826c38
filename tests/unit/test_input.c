/*
 * input: the one reader of a build's files.  A file is read only when it
 * stays inside its folder (symlinks that stay inside are fine) and is a
 * regular file (a FIFO is refused at once, never waited on); every file
 * read is recorded so another name for it (hard link, symlink) is known.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "input.h"
#include "mem.h"

static FILE	*capf;
static char	*capbuf;
static size_t	 caplen;
static char	 top[] = "/tmp/lakin-test-input-XXXXXX";
static char	 dir[sizeof top + 16];	/* top/lap: the report folder */

static const char *
captured(void)
{
	fflush(capf);
	return capbuf != NULL ? capbuf : "";
}

static void
put(const char *name, const char *text)
{
	char	 p[256];
	FILE	*f;

	snprintf(p, sizeof p, "%s/%s", top, name);
	f = fopen(p, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static char *
at(const char *name)
{
	static char p[4][256];
	static int  k;

	k = (k + 1) % 4;
	snprintf(p[k], sizeof p[k], "%s/%s", top, name);
	return p[k];
}

static int
setup(void **state)
{
	(void)state;
	capbuf = NULL;
	caplen = 0;
	capf = open_memstream(&capbuf, &caplen);
	diag_setup(capf, LANG_ID);
	memcpy(top + sizeof top - 7, "XXXXXX", 6);
	if (mkdtemp(top) == NULL)
		return 1;
	snprintf(dir, sizeof dir, "%s/lap", top);
	return mkdir(dir, 0777);
}

static int
teardown(void **state)
{
	char cmd[sizeof top + 16];

	(void)state;
	input_reset();
	diag_setup(NULL, LANG_ID);
	fclose(capf);
	free(capbuf);
	snprintf(cmd, sizeof cmd, "rm -rf %s", top);
	return system(cmd);
}

static char *
rd(const char *name, size_t max, size_t *len)
{
	struct pos	 p = { "laporan.yaml", 3, 5 };
	struct in_req	 rq = { dir, name, &p, MSG_PART_FILE, max };

	return input_read(&rq, len);
}

static void
test_regular_and_inside(void **state)
{
	size_t	 len;
	char	*b;

	(void)state;
	put("lap/a.yaml", "judul: x\n");
	mkdir(at("lap/sub"), 0777);
	put("lap/sub/b.yaml", "judul: y\n");
	assert_int_equal(symlink("sub/b.yaml", at("lap/b.yaml")), 0);
	assert_int_equal(symlink(at("lap/a.yaml"), at("lap/abs.yaml")), 0);
	b = rd("a.yaml", 100, &len);
	assert_non_null(b);
	assert_int_equal(len, 9);
	assert_string_equal(b, "judul: x\n");
	free(b);
	/* symlinks that stay inside, relative or absolute */
	b = rd("b.yaml", 100, &len);
	assert_non_null(b);
	assert_string_equal(b, "judul: y\n");
	free(b);
	b = rd("abs.yaml", 100, &len);
	assert_non_null(b);
	free(b);
	assert_string_equal(captured(), "");
	/* a.yaml and abs.yaml are one file: two records */
	assert_int_equal(input_count(), 2);
	assert_string_equal(input_file(0)->path, at("lap/a.yaml"));
	assert_string_equal(input_file(1)->path, at("lap/b.yaml"));
	/* the resolved name (top itself may lie behind a symlink) */
	assert_true(strlen(input_file(1)->real) > 15);
	assert_string_equal(input_file(1)->real +
	    strlen(input_file(1)->real) - 15, "/lap/sub/b.yaml");
	assert_null(input_file(2));
}

static void
test_refused(void **state)
{
	char	 want[1024];
	size_t	 len;

	(void)state;
	put("rahasia.yaml", "rahasia: ya\n");
	assert_int_equal(symlink("../rahasia.yaml", at("lap/luar.yaml")), 0);
	assert_int_equal(symlink(at("rahasia.yaml"), at("lap/abs.yaml")), 0);
	assert_int_equal(mkfifo(at("lap/pipa.yaml"), 0666), 0);
	mkdir(at("lap/folder.yaml"), 0777);
	assert_int_equal(symlink("/dev/null", at("lap/null.yaml")), 0);
	assert_null(rd("luar.yaml", 100, &len));
	assert_null(rd("abs.yaml", 100, &len));
	assert_null(rd("pipa.yaml", 100, &len));	/* at once: no wait */
	assert_null(rd("folder.yaml", 100, &len));
	assert_null(rd("null.yaml", 100, &len));
	assert_null(rd("hilang.yaml", 100, &len));
	snprintf(want, sizeof want,
	    "laporan.yaml:3:5: galat: 'luar.yaml' adalah tautan ke luar folder "
	    "%s; salin berkasnya sendiri ke dalam folder itu\n"
	    "laporan.yaml:3:5: galat: 'abs.yaml' adalah tautan ke luar folder "
	    "%s; salin berkasnya sendiri ke dalam folder itu\n"
	    "laporan.yaml:3:5: galat: 'pipa.yaml' bukan berkas biasa, melainkan "
	    "pipa bernama (FIFO); ganti dengan berkas biasa yang berisi datanya\n"
	    "laporan.yaml:3:5: galat: 'folder.yaml' bukan berkas biasa, melainkan "
	    "sebuah folder; ganti dengan berkas biasa yang berisi datanya\n"
	    "laporan.yaml:3:5: galat: 'null.yaml' adalah tautan ke luar folder "
	    "%s; salin berkasnya sendiri ke dalam folder itu\n"
	    "laporan.yaml:3:5: galat: berkas bagian 'hilang.yaml' tidak dapat "
	    "dibaca: berkas atau folder tidak ada\n", dir, dir, dir);
	assert_string_equal(captured(), want);
	assert_int_equal(input_count(), 0);
}

static void
test_no_position_and_size(void **state)
{
	struct in_req	 rq = { dir, "besar.yaml", NULL, MSG_PART_FILE, 4 };
	char		 want[512];
	size_t		 len;

	(void)state;
	put("lap/besar.yaml", "12345");
	assert_null(input_read(&rq, &len));
	rq.name = "hilang.yaml";
	assert_null(input_read(&rq, &len));
	snprintf(want, sizeof want,
	    "%s/besar.yaml: galat: berkas terlalu besar (5 byte; batas 4 byte)\n"
	    "%s/hilang.yaml: galat: tidak dapat membuka berkas: berkas atau "
	    "folder tidak ada\n", dir, dir);
	assert_string_equal(captured(), want);
	/* exactly at the limit is fine */
	rq.name = "besar.yaml";
	rq.max = 5;
	free(input_read(&rq, &len));
	assert_int_equal(len, 5);
}

/* Every other name of a file read is known: hard links and symlinks. */
static void
test_which(void **state)
{
	size_t len;

	(void)state;
	put("lap/a.yaml", "judul: x\n");
	put("lain.pdf", "x");
	assert_int_equal(link(at("lap/a.yaml"), at("keras.pdf")), 0);
	assert_int_equal(symlink("lap/a.yaml", at("lunak.pdf")), 0);
	assert_null(input_which(at("lap/a.yaml")));	/* not read yet */
	free(rd("a.yaml", 100, &len));
	assert_non_null(input_which(at("lap/a.yaml")));
	assert_ptr_equal(input_which(at("keras.pdf")), input_file(0));
	assert_ptr_equal(input_which(at("lunak.pdf")), input_file(0));
	assert_null(input_which(at("lain.pdf")));
	assert_null(input_which(at("tidak-ada.pdf")));
	input_reset();
	assert_int_equal(input_count(), 0);
	assert_null(input_which(at("lap/a.yaml")));
}

/* input_open keeps the descriptor: the file read is the one checked. */
static void
test_open_keeps_file(void **state)
{
	struct in_req		 rq = { dir, "f.ttf", NULL, MSG_FONT_FILE, 100 };
	const struct in_file	*rec;
	char			 b[8];
	int			 fd;

	(void)state;
	put("lap/f.ttf", "lama");
	fd = input_open(&rq, &rec);
	assert_true(fd >= 0);
	assert_string_equal(rec->path, at("lap/f.ttf"));
	/* the name now leads elsewhere; the open file is still the old one */
	assert_int_equal(rename(at("lap/f.ttf"), at("lap/g.ttf")), 0);
	put("lap/f.ttf", "baru");
	assert_int_equal(read(fd, b, sizeof b), 4);
	assert_memory_equal(b, "lama", 4);
	close(fd);
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_regular_and_inside),
		T(test_refused),
		T(test_no_position_and_size),
		T(test_which),
		T(test_open_keeps_file),
	};

	return cmocka_run_group_tests_name("input", tests, NULL, NULL);
}
