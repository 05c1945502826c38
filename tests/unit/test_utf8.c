/*
 * utf8: decoding rejects every ill-formed sequence (overlong, surrogate,
 * beyond U+10FFFF, truncated, stray continuation), encoding round-trips
 * every scalar value, utf8_invalid finds the first bad byte.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "utf8.h"

#define NONE ((size_t)-1)

/* Decode s (n bytes); the return is the length, *cp the value. */
static size_t
dec(const char *s, size_t n, uint32_t *cp)
{
	*cp = 0xDEADBEEF;
	return utf8_decode(s, n, cp);
}

static void
test_decode_valid(void **state)
{
	static const struct {
		const char	*s;
		size_t		 len;
		uint32_t	 cp;
	} ok[] = {
		{ "A", 1, 0x41 },
		{ "\x7F", 1, 0x7F },
		{ "\xC2\x80", 2, 0x80 },		/* smallest 2-byte */
		{ "\xC3\xA9", 2, 0xE9 },		/* é */
		{ "\xDF\xBF", 2, 0x7FF },
		{ "\xE0\xA0\x80", 3, 0x800 },		/* smallest 3-byte */
		{ "\xE2\x82\xAC", 3, 0x20AC },		/* € */
		{ "\xED\x9F\xBF", 3, 0xD7FF },		/* just below surrogates */
		{ "\xEE\x80\x80", 3, 0xE000 },		/* just above */
		{ "\xEF\xBF\xBF", 3, 0xFFFF },
		{ "\xF0\x90\x80\x80", 4, 0x10000 },	/* smallest 4-byte */
		{ "\xF0\x9D\x84\x9E", 4, 0x1D11E },	/* 𝄞 */
		{ "\xF4\x8F\xBF\xBF", 4, 0x10FFFF },	/* largest */
	};
	uint32_t cp;

	(void)state;
	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		assert_int_equal(dec(ok[i].s, strlen(ok[i].s), &cp), ok[i].len);
		assert_int_equal(cp, ok[i].cp);
	}
	/* a NUL byte is a character; n limits what is read */
	assert_int_equal(dec("\0x", 2, &cp), 1);
	assert_int_equal(cp, 0);
	assert_int_equal(dec("ab", 2, &cp), 1);
	assert_int_equal(cp, 'a');
	/* trailing bytes after a complete sequence are not consumed */
	assert_int_equal(dec("\xC3\xA9xyz", 5, &cp), 2);
	assert_int_equal(cp, 0xE9);
}

static void
test_decode_overlong(void **state)
{
	static const char *const bad[] = {
		"\xC0\x80",		/* U+0000 in 2 bytes */
		"\xC0\xAF",		/* '/' in 2 bytes */
		"\xC1\xBF",		/* U+007F in 2 bytes */
		"\xE0\x80\x80",		/* U+0000 in 3 bytes */
		"\xE0\x9F\xBF",		/* U+07FF in 3 bytes */
		"\xF0\x80\x80\x80",	/* U+0000 in 4 bytes */
		"\xF0\x8F\xBF\xBF",	/* U+FFFF in 4 bytes */
	};
	uint32_t cp;

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		assert_int_equal(dec(bad[i], strlen(bad[i]), &cp), 0);
}

static void
test_decode_surrogates(void **state)
{
	uint32_t	 cp;
	char		 b[3];

	(void)state;
	assert_int_equal(dec("\xED\xA0\x80", 3, &cp), 0);	/* U+D800 */
	assert_int_equal(dec("\xED\xAD\xBF", 3, &cp), 0);	/* U+DB7F */
	assert_int_equal(dec("\xED\xB0\x80", 3, &cp), 0);	/* U+DC00 */
	assert_int_equal(dec("\xED\xBF\xBF", 3, &cp), 0);	/* U+DFFF */
	/* every surrogate, encoded CESU-style, is refused */
	for (uint32_t c = 0xD800; c <= 0xDFFF; c++) {
		b[0] = (char)(0xE0 | (c >> 12));
		b[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		b[2] = (char)(0x80 | (c & 0x3F));
		assert_int_equal(dec(b, 3, &cp), 0);
	}
}

static void
test_decode_too_big(void **state)
{
	uint32_t cp;

	(void)state;
	assert_int_equal(dec("\xF4\x90\x80\x80", 4, &cp), 0);	/* U+110000 */
	assert_int_equal(dec("\xF4\xBF\xBF\xBF", 4, &cp), 0);
	assert_int_equal(dec("\xF5\x80\x80\x80", 4, &cp), 0);
	assert_int_equal(dec("\xF7\xBF\xBF\xBF", 4, &cp), 0);	/* U+1FFFFF */
	assert_int_equal(dec("\xF8\x88\x80\x80\x80", 5, &cp), 0);/* 5-byte */
	assert_int_equal(dec("\xFC\x84\x80\x80\x80\x80", 6, &cp), 0);
	assert_int_equal(dec("\xFE", 1, &cp), 0);
	assert_int_equal(dec("\xFF", 1, &cp), 0);
}

static void
test_decode_truncated(void **state)
{
	uint32_t cp;

	(void)state;
	assert_int_equal(dec("", 0, &cp), 0);
	assert_int_equal(dec("\xC3", 1, &cp), 0);
	assert_int_equal(dec("\xE2\x82", 2, &cp), 0);
	assert_int_equal(dec("\xF0\x9D\x84", 3, &cp), 0);
	/* the bytes are there but n says they are not ours to read */
	assert_int_equal(dec("\xC3\xA9", 1, &cp), 0);
	assert_int_equal(dec("\xE2\x82\xAC", 2, &cp), 0);
	assert_int_equal(dec("\xF0\x9D\x84\x9E", 3, &cp), 0);
	/* a lead byte followed by a non-continuation byte */
	assert_int_equal(dec("\xC3" "A", 2, &cp), 0);
	assert_int_equal(dec("\xE2\x28\xA1", 3, &cp), 0);
	assert_int_equal(dec("\xE2\x82" "A", 3, &cp), 0);
	assert_int_equal(dec("\xF0\x9D\x84" "A", 4, &cp), 0);
	assert_int_equal(dec("\xC3\xC3\xA9", 3, &cp), 0);
	/* stray continuation bytes */
	assert_int_equal(dec("\x80", 1, &cp), 0);
	assert_int_equal(dec("\xBF", 1, &cp), 0);
	assert_int_equal(dec("\xA9" "abc", 4, &cp), 0);
}

static size_t
expected_len(uint32_t c)
{
	return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

static void
test_roundtrip_all(void **state)
{
	char		 buf[4];
	uint32_t	 cp;
	size_t		 n;

	(void)state;
	for (uint32_t c = 0; c <= 0x10FFFF; c++) {
		if (c >= 0xD800 && c <= 0xDFFF)
			continue;
		n = utf8_encode(c, buf);
		if (n != expected_len(c))
			fail_msg("U+%04X encoded in %zu bytes", (unsigned)c, n);
		if (utf8_decode(buf, n, &cp) != n || cp != c)
			fail_msg("U+%04X does not round-trip", (unsigned)c);
		if (utf8_count(buf, n) != 1)
			fail_msg("U+%04X counted wrongly", (unsigned)c);
	}
}

static void
test_encode_bytes(void **state)
{
	char b[4];

	(void)state;
	assert_int_equal(utf8_encode(0x41, b), 1);
	assert_memory_equal(b, "A", 1);
	assert_int_equal(utf8_encode(0xE9, b), 2);
	assert_memory_equal(b, "\xC3\xA9", 2);
	assert_int_equal(utf8_encode(0x25BA, b), 3);		/* ► */
	assert_memory_equal(b, "\xE2\x96\xBA", 3);
	assert_int_equal(utf8_encode(0x1F600, b), 4);
	assert_memory_equal(b, "\xF0\x9F\x98\x80", 4);
	assert_int_equal(utf8_encode(0x10FFFF, b), 4);
	assert_memory_equal(b, "\xF4\x8F\xBF\xBF", 4);
}

static void
test_invalid_offsets(void **state)
{
	(void)state;
	assert_int_equal(utf8_invalid("", 0), NONE);
	assert_int_equal(utf8_invalid("abc", 3), NONE);
	assert_int_equal(utf8_invalid("caf\xC3\xA9 \xE2\x82\xAC", 9), NONE);
	assert_int_equal(utf8_invalid("a\0b", 3), NONE);
	assert_int_equal(utf8_invalid("\xFF", 1), 0);
	assert_int_equal(utf8_invalid("ab\xFF" "cd", 5), 2);
	/* offsets are bytes: é is two of them */
	assert_int_equal(utf8_invalid("\xC3\xA9\xC3", 3), 2);
	assert_int_equal(utf8_invalid("\xC3\xA9\x80", 3), 2);
	/* truncated at the end of the buffer */
	assert_int_equal(utf8_invalid("abc\xE2\x82", 5), 3);
	/* only n bytes are looked at */
	assert_int_equal(utf8_invalid("abc\xE2\x82\xAC", 5), 3);
	assert_int_equal(utf8_invalid("abc\xFF", 3), NONE);
	/* overlong, surrogate and too big in the middle */
	assert_int_equal(utf8_invalid("x\xC0\xAFy", 4), 1);
	assert_int_equal(utf8_invalid("xy\xED\xA0\x80", 5), 2);
	assert_int_equal(utf8_invalid("\xF0\x9D\x84\x9E\xF4\x90\x80\x80", 8),
	    4);
	/* a lone lead byte before ASCII is the bad one, not the ASCII */
	assert_int_equal(utf8_invalid("ab\xC3" "d", 4), 2);
}

static void
test_count(void **state)
{
	(void)state;
	assert_int_equal(utf8_count("", 0), 0);
	assert_int_equal(utf8_count("abc", 3), 3);
	assert_int_equal(utf8_count("caf\xC3\xA9", 5), 4);
	assert_int_equal(utf8_count("\xC3\xB1" "and\xC3\xBA", 7), 5);	/* ñandú */
	assert_int_equal(utf8_count("\xE2\x82\xAC\xF0\x9D\x84\x9E", 7), 2);
	assert_int_equal(utf8_count("a\0b", 3), 3);
	/* n bounds the count */
	assert_int_equal(utf8_count("abcdef", 2), 2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decode_valid),
		cmocka_unit_test(test_decode_overlong),
		cmocka_unit_test(test_decode_surrogates),
		cmocka_unit_test(test_decode_too_big),
		cmocka_unit_test(test_decode_truncated),
		cmocka_unit_test(test_roundtrip_all),
		cmocka_unit_test(test_encode_bytes),
		cmocka_unit_test(test_invalid_offsets),
		cmocka_unit_test(test_count),
	};

	return cmocka_run_group_tests_name("utf8", tests, NULL, NULL);
}
