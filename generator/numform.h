/*
 * How a figure is written, before it is read: the forms num_parse would
 * read one way although the writer most likely meant another.  Pure
 * functions on text; check_table.c and check_anggaran.c report them.
 *
 *  - US separators: "1,004,422,800", "1,234.56", and "5,000" where whole
 *    numbers are expected.  In Indonesian the comma is the decimal mark,
 *    so "5,000" reads 5; in a column of whole numbers or rupiah a figure
 *    with three decimals is a US thousands group.
 *  - "9.530" where decimals are expected: the Indonesian thousands dot
 *    reads 9530, but a desimal or persen column most likely means 9,530.
 *    Exactly: one dot, exactly three digits after it, a first group of one
 *    to three digits not starting with 0, and no comma.  "1.234.567" (two
 *    dots) and "0.530" (no thousands start with 0) mean one thing only.
 */
#ifndef LAKIN_NUMFORM_H
#define LAKIN_NUMFORM_H

#include <stddef.h>

enum num_form {
	FORM_OK = 0,
	FORM_US,		/* US separators: *fix is the Indonesian form */
	FORM_DOT		/* "9.530" where decimals are expected: *fix is
				 * "9,530", *alt "9530" */
};

/*
 * The form of s[0..len) (a leading "Rp", a sign, a trailing "%" or ",-"
 * kept around it).  `decimals` says the place expects decimals (a desimal
 * or persen column).  fix and alt (NULL, or buffers of sz bytes; sz >=
 * len + 1 always suffices) get how to write it instead.
 */
enum num_form	 num_form(const char *s, size_t len, int decimals, char *fix,
		    char *alt, size_t sz);

#endif
