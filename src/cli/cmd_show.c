/* beq show ID...: full records by id. */
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

enum { OPT_RELATED = OPT_LOCAL };

int
cmd_show(int argc, char **argv, struct options *o)
{
	static const struct option longopts[] = {
		CLI_GLOBAL_LONG,
		{ "related", no_argument, NULL, OPT_RELATED },
		{ NULL, 0, NULL, 0 },
	};
	struct text_style st;
	struct related m = { 0 };
	struct related_hit rel[BEQ_RELATED_DEFAULT];
	unsigned long long id;
	size_t nrel = 0;
	int c, i, rc, missing = 0, shown = 0, related = 0;

	while (
	    (c = cli_getopt(o, argc, argv, CLI_GLOBAL_SHORT, longopts)) != -1) {
		if (c == OPT_RELATED)
			related = 1;
		else if ((rc = cli_global(o, c, argv)) != 0)
			return rc == 1 ? 0 : rc;
	}
	if (optind >= argc)
		return cli_usage_error(o, "no id given");
	for (i = optind; i < argc; i++)
		if (argv[i][0] == '\0' ||
		    strspn(argv[i], "0123456789") != strlen(argv[i]))
			return cli_usage_error(o,
			    "'%s' is not an id (a "
			    "number from 'beq list')",
			    argv[i]);
	if ((rc = cli_open(o)) != 0)
		return rc;
	st.color = o->color;
	st.width = o->width;
	if (related)
		related_build(&m, &o->ix);
	for (i = optind; i < argc; i++) {
		struct index_record r;

		/* all digits: an id, perhaps one too large to exist */
		if (cli_number(argv[i], UINT32_MAX, &id) == -1)
			id = (unsigned long long)UINT32_MAX + 1;
		if (id == 0 || id > o->ix.nrecords) {
			cli_flush(o);
			warnx("show: no such id: %s (ids run from 1 to %u)",
			    argv[i], o->ix.nrecords);
			missing = 1;
			continue;
		}
		if (index_record(&o->ix, (uint32_t)(id - 1), &r) == -1)
			break; /* and cli_index_fault says so */
		if (related)
			nrel = related_find(
			    &m, r.id - 1, rel, BEQ_RELATED_DEFAULT);
		if (o->json && related)
			json_record_related(&o->out, &o->ix, &r, rel, nrel);
		else if (o->json)
			json_record(&o->out, &o->ix, &r, NULL);
		else {
			if (shown > 0)
				buf_addc(&o->out, '\n');
			text_record(&o->out, &o->ix, &r, NULL, &st);
			if (related && nrel > 0)
				text_related(&o->out, &o->ix, rel, nrel, &st);
		}
		shown++;
	}
	related_free(&m);
	return missing ? 1 : 0;
}
