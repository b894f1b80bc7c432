/* beq search: records where every pattern matches. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cmds.h"
#include "config.h"
#include "json.h"
#include "search.h"
#include "suggest.h"
#include "text.h"
#include "util.h"

enum { OPT_SORT = OPT_LOCAL, OPT_COUNT, OPT_IDS, OPT_ONELINE, OPT_FUZZY };

/* The path of a search that found nothing, and the only one that pays for
 * the vocabulary: says on stderr which words could be meant; with fuzzy,
 * searches again (into res) with each such word replaced by its best
 * suggestion. Returns 0, or 2 with the message printed. */
static int
no_hit(struct options *o, char **pats, size_t npats,
    const struct search_opts *so, int fuzzy, struct search_result *res)
{
	struct suggest sg;
	struct buf msg = { 0 };
	char **fz = NULL, err[BEQ_ERR_MAX];
	size_t i, j, k, n;
	int rc = 2;

	if (suggest_run(&o->ix, pats, npats, so, BEQ_SUGGEST_THRESHOLD, &sg,
	        err, sizeof err) == -1) {
		warnx("search: %s", err);
		goto out;
	}
	if (!fuzzy || sg.n == 0) {
		for (i = 0; i < sg.n; i++) {
			const struct suggest_word *w = &sg.w[i];

			msg.len = 0;
			for (k = 0; k < w->n; k++) {
				if (k > 0)
					buf_adds(&msg,
					    k + 1 == w->n ? " or " : ", ");
				buf_printf(&msg, "'%s'", w->word[k]);
			}
			warnx("search: no match for '%.*s'; did you mean %s?",
			    (int)w->len, pats[w->pat] + w->start,
			    buf_cstr(&msg));
		}
		rc = 0;
		goto out;
	}
	/* sg.w is in pattern order, and by position within a pattern */
	fz = xcalloc(npats + 1, sizeof *fz);
	for (j = 0, i = 0; j < npats; j++) {
		size_t at = 0;

		msg.len = 0;
		for (n = i; i < sg.n && sg.w[i].pat == j; i++) {
			buf_add(&msg, pats[j] + at, sg.w[i].start - at);
			buf_adds(&msg, sg.w[i].word[0]);
			at = sg.w[i].start + sg.w[i].len;
		}
		buf_adds(&msg, pats[j] + at);
		fz[j] = buf_take(&msg);
		if (i > n)
			warnx("search: no match for '%s'; searching for '%s' "
			      "instead",
			    pats[j], fz[j]);
	}
	search_result_free(res);
	if (search_run(&o->ix, fz, npats, so, res, err, sizeof err) == -1) {
		warnx("search: %s", err);
		goto out;
	}
	rc = 0;
out:
	for (j = 0; fz != NULL && j < npats; j++)
		free(fz[j]);
	free(fz);
	buf_free(&msg);
	suggest_free(&sg);
	return rc;
}

int
cmd_search(int argc, char **argv, struct options *o)
{
	static const struct option longopts[] = {
		CLI_GLOBAL_LONG,
		{ "ignore-case", no_argument, NULL, 'i' },
		{ "case-sensitive", no_argument, NULL, 's' },
		{ "fixed-strings", no_argument, NULL, 'F' },
		{ "word-regexp", no_argument, NULL, 'w' },
		{ "regexp", required_argument, NULL, 'e' },
		{ "category", required_argument, NULL, 'c' },
		{ "max-count", required_argument, NULL, 'm' },
		{ "sort", required_argument, NULL, OPT_SORT },
		{ "count", no_argument, NULL, OPT_COUNT },
		{ "ids", no_argument, NULL, OPT_IDS },
		{ "oneline", no_argument, NULL, OPT_ONELINE },
		{ "null", no_argument, NULL, '0' },
		{ "fuzzy", no_argument, NULL, OPT_FUZZY },
		{ NULL, 0, NULL, 0 },
	};
	struct search_opts so = { 0 };
	struct search_result res = { 0 };
	struct text_style st;
	char **pats = xcalloc((size_t)argc + 1, sizeof *pats),
	     **cats = xcalloc((size_t)argc + 1, sizeof *cats);
	unsigned char *flags = NULL;
	size_t npats = 0, ncats = 0, i;
	unsigned long long n;
	char err[BEQ_ERR_MAX];
	int c, rc = 2, count = 0, ids = 0, oneline = 0, null = 0, fuzzy = 0;
	/* whether -e, -c, and what to print, came from the command line */
	int pats_cli = 0, cats_cli = 0, mode_cli = 0;

	while ((c = cli_getopt(o, argc, argv, CLI_GLOBAL_SHORT "isFwe:c:m:0",
	            longopts)) != -1) {
		switch (c) {
		case 'i': so.case_mode = CASE_INSENSITIVE; break;
		case 's': so.case_mode = CASE_SENSITIVE; break;
		case 'F': so.fixed = 1; break;
		case 'w': so.word = 1; break;
		case 'e':
			cli_list_add(o, pats, &npats, &pats_cli, optarg, 0);
			break;
		case 'c':
			cli_list_add(o, cats, &ncats, &cats_cli, optarg, 1);
			break;
		case 'm':
			if (cli_number(optarg, 1000000000, &n) == -1 ||
			    n == 0) {
				rc = cli_usage_error(o,
				    "-m: '%s' is not a "
				    "positive number",
				    optarg);
				goto out;
			}
			so.max = (size_t)n;
			break;
		case OPT_SORT:
			if (strcmp(optarg, "id") == 0)
				so.sort_id = 1;
			else if (strcmp(optarg, "score") == 0)
				so.sort_id = 0;
			else {
				rc = cli_usage_error(o,
				    "--sort: '%s' is not "
				    "score or id",
				    optarg);
				goto out;
			}
			break;
		case OPT_COUNT:
		case OPT_IDS:
		case OPT_ONELINE:
			/* what to print: the command line's replaces the
			 * config file's */
			if (o->opt_line == 0 && !mode_cli) {
				mode_cli = 1;
				count = ids = oneline = 0;
			}
			count |= c == OPT_COUNT;
			ids |= c == OPT_IDS;
			oneline |= c == OPT_ONELINE;
			break;
		case '0': null = 1; break;
		case OPT_FUZZY: fuzzy = 1; break;
		default:
			if ((c = cli_global(o, c, argv)) != 0) {
				rc = c == 1 ? 0 : c;
				goto out;
			}
		}
	}
	for (i = (size_t)optind; i < (size_t)argc; i++)
		pats[npats++] = argv[i];
	if (npats == 0) {
		rc = cli_usage_error(o, "no pattern given");
		goto out;
	}
	if (count && ids) {
		rc = cli_usage_error(o, "--count and --ids exclude each other");
		goto out;
	}
	if ((rc = cli_open_in(o, cats, ncats, &flags)) != 0)
		goto out;
	rc = 2;
	so.cats = flags;
	/* -m limits the records printed; a count prints none */
	if (count)
		so.max = 0;
	so.brute = getenv("BEQ_BRUTE") != NULL &&
	    strcmp(getenv("BEQ_BRUTE"), "1") == 0;
	if (search_run(&o->ix, pats, npats, &so, &res, err, sizeof err) == -1) {
		warnx("search: %s", err);
		goto out;
	}
	if (res.n == 0 && no_hit(o, pats, npats, &so, fuzzy, &res) != 0)
		goto out;
	st.color = o->color;
	st.width = o->width;
	if (count) {
		buf_printf(
		    &o->out, o->json ? "{\"count\":%zu}\n" : "%zu\n", res.n);
		cli_end_record(o, null);
		cli_flush(o);
	} else {
		for (i = 0; i < res.n; i++) {
			struct index_record r;

			index_record(&o->ix, res.hits[i].rec, &r);
			if (ids)
				buf_printf(&o->out,
				    o->json ? "{\"id\":%u}\n" : "%u\n", r.id);
			else if (o->json)
				json_record(&o->out, &o->ix, &r, &res.hits[i]);
			else if (oneline)
				text_list_line(&o->out, &o->ix, &r);
			else {
				if (i > 0 && !null)
					buf_addc(&o->out, '\n');
				text_record(
				    &o->out, &o->ix, &r, &res.hits[i], &st);
			}
			cli_end_record(o, null);
			if (o->out.len >= 65536)
				cli_flush(o);
		}
	}
	rc = res.n > 0 ? 0 : 1;
out:
	search_result_free(&res);
	free(flags);
	free(pats);
	free(cats);
	return rc;
}
