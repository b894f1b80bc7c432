/* beq info: which index is in use, its counts, sizes and format; with
 * --verify, after reading all of it (index_verify). */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cmds.h"
#include "config.h"
#include "json.h"
#include "pager.h"
#include "text.h"
#include "util.h"

/* The pager in effect, for people: the command and where it came from,
 * or "none" and why. */
static void
pager_note(struct buf *out, const struct options *o)
{
	if (o->no_pager)
		buf_adds(out, "none (--no-pager)");
	else if (o->pager == NULL) {
		const char *v = getenv(o->pager_from);

		buf_printf(out, "none (%s is %s)", o->pager_from,
		    v[strspn(v, " \t")] != '\0' ? "cat" : "empty");
	} else {
		text_field(out, o->pager, strlen(o->pager));
		buf_printf(out,
		    " (%s), for output longer than the terminal's height",
		    strcmp(o->pager_from, "default") == 0 ? "default" :
		                                            o->pager_from);
	}
}

enum { OPT_VERIFY = OPT_LOCAL };

int
cmd_info(int argc, char **argv, struct options *o)
{
	static const struct option longopts[] = {
		CLI_GLOBAL_LONG,
		{ "verify", no_argument, NULL, OPT_VERIFY },
		{ NULL, 0, NULL, 0 },
	};
	const struct index *ix = &o->ix;
	char err[BEQ_ERR_MAX];
	uint32_t i, count;
	struct slice s;
	int c, rc, verify = 0;

	while (
	    (c = cli_getopt(o, argc, argv, CLI_GLOBAL_SHORT, longopts)) != -1) {
		if (c == OPT_VERIFY)
			verify = 1;
		else if ((rc = cli_global(o, c, argv)) != 0)
			return rc == 1 ? 0 : rc;
	}
	if ((rc = cli_no_operands(o, argc, argv)) != 0)
		return rc;
	if ((rc = cli_open(o)) != 0)
		return rc;
	/* the message, with the index's name, is cli_index_fault's */
	if (verify && index_verify(ix, err, sizeof err) == -1)
		return 2;
	/* cli_open looks the pager up only for a terminal */
	o->pager = pager_command(&o->pager_from);
	if (o->json) {
		buf_adds(&o->out, "{\"index\":");
		json_string(&o->out, ix->path, strlen(ix->path));
		buf_adds(&o->out, ",\"config\":");
		if (o->conf.path != NULL)
			json_string(
			    &o->out, o->conf.path, strlen(o->conf.path));
		else
			buf_adds(&o->out, "null");
		buf_adds(&o->out, ",\"pager\":");
		if (o->pager != NULL && !o->no_pager)
			json_string(&o->out, o->pager, strlen(o->pager));
		else
			buf_adds(&o->out, "null");
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
		buf_adds(&o->out, verify ? "],\"verified\":true}\n" : "]}\n");
		return 0;
	}
	buf_adds(&o->out, "index       ");
	text_field(&o->out, ix->path, strlen(ix->path));
	buf_adds(&o->out,
	    ix->embedded ? " (embedded)\nconfig      " : "\nconfig      ");
	if (o->conf.path != NULL) {
		text_field(&o->out, o->conf.path, strlen(o->conf.path));
		buf_printf(&o->out, " (%zu option%s)", o->conf.n,
		    o->conf.n == 1 ? "" : "s");
	} else
		text_field(&o->out, o->config_note, strlen(o->config_note));
	buf_adds(&o->out, "\npager       ");
	pager_note(&o->out, o);
	buf_printf(&o->out,
	    "\nformat      %d\nsize        %zu bytes\n"
	    "records     %u\ncategories  %u\ntrigrams    %u\n"
	    "text        %llu bytes\npostings    %llu bytes\n",
	    BEQ_FORMAT_VERSION, ix->size, ix->nrecords, ix->ncategories,
	    ix->ntrigrams, (unsigned long long)ix->len[IDX_STRINGS],
	    (unsigned long long)ix->len[IDX_POSTINGS]);
	for (i = 0; i < ix->nsources; i++) {
		s = index_source(ix, i, &count);
		buf_adds(&o->out, "source      ");
		text_field(&o->out, s.p, s.len);
		buf_printf(
		    &o->out, " (%u record%s)\n", count, count == 1 ? "" : "s");
	}
	if (verify)
		buf_adds(&o->out,
		    "verified    every record, category, source, "
		    "posting list and word\n");
	return 0;
}
