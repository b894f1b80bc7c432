/* beq categories: SLUG<TAB>COUNT<TAB>NAME per category. */
#include <getopt.h>

#include "cli.h"
#include "cmds.h"
#include "json.h"
#include "text.h"

int
cmd_categories(int argc, char **argv, struct options *o)
{
	static const struct option longopts[] = {
		CLI_GLOBAL_LONG,
		{ "null", no_argument, NULL, '0' },
		{ NULL, 0, NULL, 0 },
	};
	uint32_t i;
	int c, rc, null = 0;

	while ((c = cli_getopt(
	            o, argc, argv, CLI_GLOBAL_SHORT "0", longopts)) != -1)
		if (c == '0')
			null = 1;
		else if ((rc = cli_global(o, c, argv)) != 0)
			return rc == 1 ? 0 : rc;
	if ((rc = cli_no_operands(o, argc, argv)) != 0)
		return rc;
	if ((rc = cli_open(o)) != 0)
		return rc;
	for (i = 0; i < o->ix.ncategories; i++) {
		struct index_category cat;

		index_category(&o->ix, i, &cat);
		if (o->json) {
			buf_adds(&o->out, "{\"name\":");
			json_string(&o->out, cat.name.p, cat.name.len);
			buf_adds(&o->out, ",\"slug\":");
			json_string(&o->out, cat.slug.p, cat.slug.len);
			buf_printf(&o->out, ",\"count\":%u}\n", cat.count);
		} else {
			text_field(&o->out, cat.slug.p, cat.slug.len);
			buf_printf(&o->out, "\t%u\t", cat.count);
			text_field(&o->out, cat.name.p, cat.name.len);
			buf_addc(&o->out, '\n');
		}
		cli_end_record(o, null);
	}
	return o->ix.ncategories > 0 ? 0 : 1;
}
