/* beq show ID...: full records by id. */
#include <getopt.h>
#include <stdint.h>
#include <string.h>

#include "cli.h"
#include "cmds.h"
#include "json.h"
#include "text.h"
#include "util.h"

int
cmd_show(int argc, char **argv, struct options *o)
{
	struct text_style st;
	unsigned long long id;
	int i, rc, missing = 0, shown = 0;

	if ((rc = cli_globals_only(o, argc, argv)) != -1)
		return rc;
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
		index_record(&o->ix, (uint32_t)(id - 1), &r);
		if (o->json)
			json_record(&o->out, &o->ix, &r, NULL);
		else {
			if (shown > 0)
				buf_addc(&o->out, '\n');
			text_record(&o->out, &o->ix, &r, NULL, &st);
		}
		shown++;
	}
	return missing ? 1 : 0;
}
