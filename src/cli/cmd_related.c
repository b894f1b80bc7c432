/* beq related ID: the records most similar to one (related.h). */
#include <getopt.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cmds.h"
#include "config.h"
#include "json.h"
#include "related.h"
#include "text.h"
#include "util.h"

int
cmd_related(int argc, char **argv, struct options *o)
{
	static const struct option longopts[] = {
		CLI_GLOBAL_LONG,
		{ "max-count", required_argument, NULL, 'm' },
		{ NULL, 0, NULL, 0 },
	};
	struct related m = { 0 };
	struct related_hit *rel = NULL;
	unsigned long long id, n, max = BEQ_RELATED_DEFAULT;
	const char *arg;
	int c, rc = 2;

	while ((c = cli_getopt(
	            o, argc, argv, CLI_GLOBAL_SHORT "m:", longopts)) != -1) {
		if (c == 'm') {
			if (cli_number(optarg, 1000000, &max) == -1 || max == 0)
				return cli_usage_error(o,
				    "-m: '%s' is not a number from 1 to "
				    "1000000",
				    optarg);
		} else if ((c = cli_global(o, c, argv)) != 0)
			return c == 1 ? 0 : c;
	}
	if (optind >= argc)
		return cli_usage_error(o, "no id given");
	if (optind + 1 < argc)
		return cli_usage_error(
		    o, "unexpected argument '%s' (one id)", argv[optind + 1]);
	arg = argv[optind];
	if (arg[0] == '\0' || strspn(arg, "0123456789") != strlen(arg))
		return cli_usage_error(
		    o, "'%s' is not an id (a number from 'beq list')", arg);
	if ((rc = cli_open(o)) != 0)
		return rc;
	if (cli_number(arg, UINT32_MAX, &id) == -1)
		id = (unsigned long long)UINT32_MAX + 1;
	if (id == 0 || id > o->ix.nrecords) {
		warnx("related: no such id: %s (ids run from 1 to %u)", arg,
		    o->ix.nrecords);
		return 1;
	}
	if (max > o->ix.nrecords)
		max = o->ix.nrecords;
	rel = xcalloc((size_t)max + 1, sizeof *rel);
	related_build(&m, &o->ix);
	n = related_find(&m, (uint32_t)(id - 1), rel, (size_t)max);
	for (size_t i = 0; i < n; i++) {
		struct index_record r;

		index_record(&o->ix, rel[i].rec, &r);
		if (o->json)
			json_record_score(&o->out, &o->ix, &r, rel[i].score);
		else
			text_list_line(&o->out, &o->ix, &r);
	}
	related_free(&m);
	free(rel);
	return n > 0 ? 0 : 1;
}
