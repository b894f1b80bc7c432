/* beq categories: SLUG<TAB>COUNT<TAB>NAME per category. */
#include <getopt.h>

#include "cli.h"
#include "cmds.h"
#include "json.h"
#include "text.h"

int
cmd_categories(int argc, char **argv, struct options *o)
{
	uint32_t i;
	int rc;

	if ((rc = cli_globals_only(o, argc, argv)) != -1)
		return rc;
	if ((rc = cli_no_operands(o, argc, argv)) != 0)
		return rc;
	if ((rc = cli_open(o)) != 0)
		return rc;
	for (i = 0; i < o->ix.ncategories; i++) {
		struct index_category c;

		index_category(&o->ix, i, &c);
		if (o->json) {
			buf_adds(&o->out, "{\"name\":");
			json_string(&o->out, c.name.p, c.name.len);
			buf_adds(&o->out, ",\"slug\":");
			json_string(&o->out, c.slug.p, c.slug.len);
			buf_printf(&o->out, ",\"count\":%u}\n", c.count);
		} else {
			text_field(&o->out, c.slug.p, c.slug.len);
			buf_printf(&o->out, "\t%u\t", c.count);
			text_field(&o->out, c.name.p, c.name.len);
			buf_addc(&o->out, '\n');
		}
	}
	return o->ix.ncategories > 0 ? 0 : 1;
}
