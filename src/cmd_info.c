/* beq info: which index is in use, its counts, sizes and format. */
#include <getopt.h>
#include <string.h>

#include "cli.h"
#include "cmds.h"
#include "config.h"
#include "json.h"
#include "text.h"

int
cmd_info(int argc, char **argv, struct options *o)
{
	const struct index *ix = &o->ix;
	uint32_t i, count;
	struct slice s;
	int rc;

	if ((rc = cli_globals_only(o, argc, argv)) != -1)
		return rc;
	if ((rc = cli_no_operands(o, argc, argv)) != 0)
		return rc;
	if ((rc = cli_open(o)) != 0)
		return rc;
	if (o->json) {
		buf_adds(&o->out, "{\"index\":");
		json_string(&o->out, ix->path, strlen(ix->path));
		buf_printf(&o->out,
		    ",\"embedded\":%s,\"format\":%d,"
		    "\"bytes\":%zu,\"records\":%u,\"categories\":%u,"
		    "\"trigrams\":%u,\"text_bytes\":%llu,"
		    "\"postings_bytes\":%llu,\"sources\":[",
		    ix->embedded ? "true" : "false", BEQ_FORMAT_VERSION,
		    ix->size, ix->nrecords, ix->ncategories, ix->ntrigrams,
		    (unsigned long long)ix->len[IDX_STRINGS],
		    (unsigned long long)ix->len[IDX_POSTINGS]);
		for (i = 0; i < ix->nsources; i++) {
			s = index_source(ix, i, &count);
			buf_adds(&o->out, i ? ",{\"path\":" : "{\"path\":");
			json_string(&o->out, s.p, s.len);
			buf_printf(&o->out, ",\"records\":%u}", count);
		}
		buf_adds(&o->out, "]}\n");
		return 0;
	}
	buf_adds(&o->out, "index       ");
	text_field(&o->out, ix->path, strlen(ix->path));
	buf_printf(&o->out,
	    "%s\nformat      %d\nsize        %zu bytes\n"
	    "records     %u\ncategories  %u\ntrigrams    %u\n"
	    "text        %llu bytes\npostings    %llu bytes\n",
	    ix->embedded ? " (embedded)" : "", BEQ_FORMAT_VERSION, ix->size,
	    ix->nrecords, ix->ncategories, ix->ntrigrams,
	    (unsigned long long)ix->len[IDX_STRINGS],
	    (unsigned long long)ix->len[IDX_POSTINGS]);
	for (i = 0; i < ix->nsources; i++) {
		s = index_source(ix, i, &count);
		buf_adds(&o->out, "source      ");
		text_field(&o->out, s.p, s.len);
		buf_printf(
		    &o->out, " (%u record%s)\n", count, count == 1 ? "" : "s");
	}
	return 0;
}
