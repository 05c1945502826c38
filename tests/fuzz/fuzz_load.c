/*
 * libFuzzer target for load + check: any bytes as a part file must give
 * diagnostics, never a crash, a leak or undefined behaviour.
 *   make fuzz            (FUZZ_TIME=seconds, default 60)
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "check_content.h"
#include "check_schema.h"
#include "content_load.h"
#include "diag.h"
#include "mem.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE	*devnull;
	struct arena	*a = arena_new();
	struct node	*root;
	struct text	 t;

	if (devnull == NULL)
		devnull = fopen("/dev/null", "w");
	diag_setup(devnull, (size & 1) ? LANG_EN : LANG_ID);
	root = content_load_buf(a, "fuzz.yaml", (const char *)data, size);
	if (root != NULL) {
		check_schema(root, content_part_schema());
		if (root->type == NODE_SCALAR)
			check_markup(a, root, NULL, &t);
		for (size_t i = 0; root->type == NODE_MAP && i < root->n; i++)
			if (root->vals[i]->type == NODE_SCALAR)
				check_markup(a, root->vals[i], NULL, &t);
	}
	arena_free(a);
	return 0;
}
