/* beq list: ID<TAB>CATEGORY<TAB>QUESTION per record. */
#include <getopt.h>
#include <stdlib.h>

#include "cli.h"
#include "cmds.h"
#include "json.h"
#include "text.h"
#include "util.h"

int
cmd_list(int argc, char **argv, struct options *o)
{
	static const struct option longopts[] = {
		CLI_GLOBAL_LONG,
		{ "category", required_argument, NULL, 'c' },
		{ "null", no_argument, NULL, '0' },
		{ NULL, 0, NULL, 0 },
	};
	char **cats = xcalloc((size_t)argc + 1, sizeof *cats);
	unsigned char *flags = NULL;
	size_t ncats = 0;
	uint32_t i, n = 0;
	int c, rc = 2, null = 0, cats_cli = 0;

	while ((c = cli_getopt(
	            o, argc, argv, CLI_GLOBAL_SHORT "c:0", longopts)) != -1) {
		if (c == 'c')
			cli_list_add(o, cats, &ncats, &cats_cli, optarg, 1);
		else if (c == '0')
			null = 1;
		else if ((c = cli_global(o, c, argv)) != 0) {
			rc = c == 1 ? 0 : c;
			goto out;
		}
	}
	if ((rc = cli_no_operands(o, argc, argv)) != 0)
		goto out;
	if ((rc = cli_open_in(o, cats, ncats, &flags)) != 0)
		goto out;
	rc = 2;
	for (i = 0; i < o->ix.nrecords; i++) {
		struct index_record r;

		if (index_record(&o->ix, i, &r) == -1)
			break; /* and cli_index_fault says so */
		if (flags != NULL && !flags[r.category])
			continue;
		n++;
		if (o->json)
			json_record(&o->out, &o->ix, &r, NULL);
		else
			text_list_line(&o->out, &o->ix, &r);
		cli_end_record(o, null);
		if (o->out.len >= 65536)
			cli_flush(o);
	}
	rc = n > 0 ? 0 : 1;
out:
	free(flags);
	free(cats);
	return rc;
}
