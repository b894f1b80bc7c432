/* beq random: one record, reproducibly with --seed. */
#include <getopt.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "cmds.h"
#include "json.h"
#include "text.h"
#include "util.h"

enum { OPT_SEED = OPT_LOCAL };

/* splitmix64: one step is enough to spread a seed over 64 bits. */
static uint64_t
mix(uint64_t x)
{
	x += 0x9e3779b97f4a7c15ull;
	x = (x ^ x >> 30) * 0xbf58476d1ce4e5b9ull;
	x = (x ^ x >> 27) * 0x94d049bb133111ebull;
	return x ^ x >> 31;
}

int
cmd_random(int argc, char **argv, struct options *o)
{
	static const struct option longopts[] = {
		CLI_GLOBAL_LONG,
		{ "category", required_argument, NULL, 'c' },
		{ "seed", required_argument, NULL, OPT_SEED },
		{ NULL, 0, NULL, 0 },
	};
	char **cats = xcalloc((size_t)argc + 1, sizeof *cats);
	unsigned char *flags = NULL;
	uint32_t *pool = NULL, i, n = 0;
	unsigned long long seed = 0;
	size_t ncats = 0;
	int c, rc = 2, seeded = 0, cats_cli = 0;

	while ((c = cli_getopt(
	            o, argc, argv, CLI_GLOBAL_SHORT "c:", longopts)) != -1) {
		if (c == 'c')
			cli_list_add(o, cats, &ncats, &cats_cli, optarg, 1);
		else if (c == OPT_SEED) {
			if (cli_number(optarg, UINT64_MAX, &seed) == -1) {
				rc = cli_usage_error(o,
				    "--seed: '%s' is not "
				    "a number",
				    optarg);
				goto out;
			}
			seeded = 1;
		} else if ((c = cli_global(o, c, argv)) != 0) {
			rc = c == 1 ? 0 : c;
			goto out;
		}
	}
	if ((rc = cli_no_operands(o, argc, argv)) != 0)
		goto out;
	if ((rc = cli_open_in(o, cats, ncats, &flags)) != 0)
		goto out;
	rc = 2;
	pool = xcalloc(o->ix.nrecords + 1, sizeof *pool);
	for (i = 0; i < o->ix.nrecords; i++) {
		struct index_record r;

		index_record(&o->ix, i, &r);
		if (flags == NULL || flags[r.category])
			pool[n++] = i;
	}
	if (n == 0) {
		rc = 1;
		goto out;
	}
	if (!seeded) {
		struct timespec ts;

		clock_gettime(CLOCK_REALTIME, &ts);
		seed = ((uint64_t)ts.tv_sec * 1000000000ull +
		           (uint64_t)ts.tv_nsec) ^
		    (uint64_t)getpid() << 32;
	}
	{
		struct index_record r;
		struct text_style st = { o->color, o->width };

		index_record(&o->ix, pool[mix(seed) % n], &r);
		if (o->json)
			json_record(&o->out, &o->ix, &r, NULL);
		else
			text_record(&o->out, &o->ix, &r, NULL, &st);
	}
	rc = 0;
out:
	free(pool);
	free(flags);
	free(cats);
	return rc;
}
