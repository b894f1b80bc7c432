/* beq search: records where every pattern matches. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cmds.h"
#include "config.h"
#include "json.h"
#include "pattern.h"
#include "search.h"
#include "suggest.h"
#include "text.h"
#include "util.h"

enum {
	OPT_SORT = OPT_LOCAL,
	OPT_COUNT,
	OPT_IDS,
	OPT_ONELINE,
	OPT_FUZZY,
	OPT_NOT,
	OPT_IN
};

/* A growable list of patterns; owned marks the ones read from a file. */
struct patterns {
	char **v;
	unsigned char *owned;
	size_t n, cap;
};

static void
patterns_add(struct patterns *l, char *pat, int owned)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 16;
		l->v = xreallocarray(l->v, l->cap + 1, sizeof *l->v);
		l->owned = xreallocarray(l->owned, l->cap, 1);
	}
	l->owned[l->n] = (unsigned char)owned;
	l->v[l->n++] = pat;
}

static void
patterns_free(struct patterns *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (l->owned[i])
			free(l->v[i]);
	free(l->v);
	free(l->owned);
	memset(l, 0, sizeof *l);
}

/* Adds to l a pattern per line of the file at path ("-": standard input),
 * as grep -f does: without its newline (and a CR before it), an empty
 * line an empty pattern. Returns 0, or 2 with the message printed. */
static int
read_patterns(struct patterns *l, const char *path)
{
	const char *name = strcmp(path, "-") == 0 ? "(standard input)" : path;
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	unsigned long lineno = 0;
	ssize_t n;
	int rc = 2;

	if (f == NULL) {
		warnx("search: %s: %s", name, strerror(errno));
		return 2;
	}
	errno = 0;
	while ((n = getline(&line, &cap, f)) != -1) {
		lineno++;
		if (n > 0 && line[n - 1] == '\n')
			line[--n] = '\0';
		if (n > 0 && line[n - 1] == '\r')
			line[--n] = '\0';
		if (strlen(line) != (size_t)n) {
			warnx("search: %s:%lu: a pattern holds a NUL byte",
			    name, lineno);
			goto out;
		}
		patterns_add(l, xstrndup(line, (size_t)n), 1);
		errno = 0;
	}
	if (ferror(f) || errno != 0) {
		warnx("search: %s: %s", name, strerror(errno ? errno : EIO));
		goto out;
	}
	rc = 0;
out:
	free(line);
	if (f != stdin)
		fclose(f);
	return rc;
}

/* Parses the value of --in (a comma-separated list of question, body,
 * answer and all; question is the question with its body) into *fields.
 * Returns 0, or -1. */
static int
parse_in(const char *arg, unsigned *fields)
{
	static const struct {
		const char *name;
		unsigned fields;
	} names[] = {
		{ "question",
		    SEARCH_FIELD(FIELD_QUESTION) | SEARCH_FIELD(FIELD_BODY) },
		{ "body", SEARCH_FIELD(FIELD_BODY) },
		{ "answer", SEARCH_FIELD(FIELD_ANSWER) },
		{ "all", SEARCH_ALL_FIELDS },
	};
	const char *p = arg;
	size_t i, len;

	*fields = 0;
	for (;;) {
		len = strcspn(p, ",");
		for (i = 0; i < sizeof names / sizeof names[0]; i++)
			if (strlen(names[i].name) == len &&
			    strncmp(names[i].name, p, len) == 0)
				break;
		if (i == sizeof names / sizeof names[0])
			return -1;
		*fields |= names[i].fields;
		if (p[len] == '\0')
			return 0;
		p += len + 1;
	}
}

/* What a search that found nothing restricted, where the user may not
 * see that it did, other than its patterns: smart case (an upper-case
 * letter asks for exact case), and -c (the word is spelt right, just
 * elsewhere). -s and -w say how to match, and a user who wrote them
 * knows; -w still gets words suggested, which are whole words. For each:
 * what lifting it finds, and how to ask for that. */
static const struct {
	const char *found, *fuzzy;
} lift[] = {
	{ "ignoring case: -i", "ignoring case (-i)" },
	{ "in other categories: drop -c", "in every category (without -c)" },
	{ "ignoring case in other categories: -i without -c",
	    "ignoring case in every category (-i without -c)" },
};

/* Reports a search that failed, unless on a corrupt index: each command
 * ends by saying that, naming the index (cli_index_fault). */
static void
failed(const struct options *o, const char *err)
{
	if (index_fault(&o->ix, NULL, 0) == 0)
		warnx("search: %s", err);
}

/* Whether smart case makes the search (options so) tell case apart: a
 * pattern or --not pattern has an upper-case letter. */
static int
tells_case(char **pats, size_t npats, const struct search_opts *so)
{
	struct buf re = { 0 };
	size_t j;
	int upper = 0;

	for (j = 0; j < npats + so->nnots && !upper; j++) {
		re.len = 0;
		upper = pattern_prepare(
		    j < npats ? pats[j] : so->nots[j - npats], so->fixed,
		    so->word, &re, NULL);
	}
	buf_free(&re);
	return upper;
}

/* Sets *k to the first of lift[] without which the search finds records,
 * with r the options without it and *count those records; *k is -1 when
 * none does. Returns 0, or -1 with err set. A search that already
 * ignores case is not run again ignoring case: it would find the same
 * nothing, scanning every record again where the index narrows none
 * (hyperfine, one run: search --count zz.qq at 100 MB 448 -> 212 ms). */
static int
lifted(const struct index *ix, char **pats, size_t npats,
    const struct search_opts *so, struct search_opts *r, int *k, size_t *count,
    char *err, size_t errsz)
{
	struct search_result res = { 0 };
	int rc = 0,
	    cased = so->case_mode == CASE_SMART && tells_case(pats, npats, so);

	for (*k = 0; *k < 3; ++*k) {
		/* bit 1: case, bit 2: categories */
		int what = *k + 1;

		*r = *so;
		r->max = 0;
		if ((what & 1) && !cased)
			continue;
		if ((what & 2) && so->cats == NULL)
			continue;
		if (what & 1)
			r->case_mode = CASE_INSENSITIVE;
		if (what & 2)
			r->cats = NULL;
		rc = search_run(ix, pats, npats, r, &res, err, errsz);
		*count = res.n;
		search_result_free(&res);
		if (rc == -1 || *count > 0)
			return rc;
	}
	*k = -1;
	return 0;
}

/* Writes to b what found nothing: "no match for 'P'", or with several
 * patterns "no record matches 'P1' and 'P2'". */
static void
nothing(struct buf *b, char **pats, size_t npats)
{
	size_t j;

	b->len = 0;
	if (npats == 1) {
		buf_printf(b, "no match for '%s'", pats[0]);
		return;
	}
	buf_adds(b, "no record matches ");
	for (j = 0; j < npats; j++)
		buf_printf(b, "%s'%s'",
		    j == 0             ? "" :
		        j + 1 == npats ? " and " :
		                         ", ",
		    pats[j]);
}

/* The path of a search that found nothing, and the only one that pays for
 * the vocabulary: says on stderr what could be meant, a restriction of
 * the search that kept records out (-i, -w, -c) or else the patterns
 * that match when spelt otherwise; with fuzzy, searches (into res) what
 * it would suggest, instead. Returns 0, or 2 with the message printed. */
static int
no_hit(struct options *o, char **pats, size_t npats,
    const struct search_opts *so, int fuzzy, struct search_result *res)
{
	struct suggest sg = { 0 };
	struct suggest_pattern sp = { 0 };
	struct search_opts r;
	struct buf msg = { 0 }, what = { 0 };
	char **fz = NULL, err[BEQ_ERR_MAX];
	size_t i, j, k, count;
	int rc = 2, l;

	if (lifted(&o->ix, pats, npats, so, &r, &l, &count, err, sizeof err) ==
	    -1) {
		failed(o, err);
		goto out;
	}
	if (l >= 0) {
		nothing(&what, pats, npats);
		if (!fuzzy) {
			warnx("search: %s; %zu record%s %s %s", buf_cstr(&what),
			    count, count == 1 ? "" : "s",
			    count == 1 ? "matches" : "match", lift[l].found);
			rc = 0;
			goto out;
		}
		warnx("search: %s; searching %s instead", buf_cstr(&what),
		    lift[l].fuzzy);
		r.max = so->max;
		search_result_free(res);
		if (search_run(&o->ix, pats, npats, &r, res, err, sizeof err) ==
		    -1) {
			failed(o, err);
			goto out;
		}
		rc = 0;
		goto out;
	}
	if (suggest_run(&o->ix, pats, npats, so, BEQ_SUGGEST_THRESHOLD, &sg,
	        err, sizeof err) == -1) {
		failed(o, err);
		goto out;
	}
	fz = xcalloc(npats + 1, sizeof *fz);
	for (i = 0; i < sg.n;) {
		if (suggest_patterns(&o->ix, pats, so, &sg, &i, &sp, err,
		        sizeof err) == -1) {
			failed(o, err);
			goto out;
		}
		j = sp.pat;
		if (sp.n > 0 && fuzzy) {
			warnx("search: no match for '%s'; searching for '%s' "
			      "instead",
			    pats[j], sp.alt[0]);
			fz[j] = sp.alt[0];
			sp.alt[0] = NULL;
		} else if (sp.n > 0) {
			msg.len = 0;
			for (k = 0; k < sp.n; k++)
				buf_printf(&msg, "%s'%s'",
				    k == 0            ? "" :
				        k + 1 == sp.n ? " or " :
				                        ", ",
				    sp.alt[k]);
			warnx("search: no match for '%s'; did you mean %s?",
			    pats[j], buf_cstr(&msg));
		}
		suggest_pattern_free(&sp);
	}
	rc = 0;
	for (j = 0; j < npats && fz[j] == NULL; j++)
		;
	if (j == npats)
		goto out;
	for (j = 0; j < npats; j++)
		if (fz[j] == NULL)
			fz[j] = xstrdup(pats[j]);
	search_result_free(res);
	if (search_run(&o->ix, fz, npats, so, res, err, sizeof err) == -1) {
		failed(o, err);
		rc = 2;
	}
out:
	for (j = 0; fz != NULL && j < npats; j++)
		free(fz[j]);
	free(fz);
	buf_free(&msg);
	buf_free(&what);
	suggest_pattern_free(&sp);
	suggest_free(&sg);
	return rc;
}

/* What prints hits, and how many it printed. */
struct printer {
	struct options *o;
	struct text_style st;
	int ids, oneline, null;
	size_t n;
	/* the hits of a large index, when few, read with pread (as their
	 * candidates were: index_fetch.c) rather than faulted in */
	struct index_fetch fetch;
};

/* Prints hit h. Returns 0, or -1 when its record is corrupt (noted in the
 * index: index_fault). */
static int
print_hit(struct printer *pr, const struct hit *h)
{
	struct options *o = pr->o;
	struct index_record r;

	/* an id needs no text, but its entry is checked all the same */
	if (index_fetch_record(&o->ix, &pr->fetch, h->rec, !pr->ids, &r) == -1)
		return -1;
	if (pr->ids)
		buf_printf(&o->out, o->json ? "{\"id\":%u}\n" : "%u\n", r.id);
	else if (o->json)
		json_record(&o->out, &o->ix, &r, h);
	else if (pr->oneline)
		text_list_line(&o->out, &o->ix, &r);
	else {
		if (pr->n > 0 && !pr->null)
			buf_addc(&o->out, '\n');
		text_record(&o->out, &o->ix, &r, h, &pr->st);
	}
	pr->n++;
	cli_end_record(o, pr->null);
	if (o->out.len >= 65536)
		cli_flush(o);
	return 0;
}

/* search_opts.emit: prints a hit as soon as it is found, and lets out
 * what was printed at each pause; stops after an output error (which
 * cli_finish reports), and once a corrupt entry was read (index_fault):
 * what was streamed before was read from sound ones. */
static int
emit_hit(void *ctx, const struct hit *h)
{
	struct printer *pr = ctx;

	if (h == NULL)
		cli_flush(pr->o);
	else if (index_fault(&pr->o->ix, NULL, 0) == -1 ||
	    print_hit(pr, h) == -1)
		return -1;
	return pr->o->write_errno != 0;
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
		{ "file", required_argument, NULL, 'f' },
		{ "not", required_argument, NULL, OPT_NOT },
		{ "in", required_argument, NULL, OPT_IN },
		{ "category", required_argument, NULL, 'c' },
		{ "max-count", required_argument, NULL, 'm' },
		{ "sort", required_argument, NULL, OPT_SORT },
		{ "count", no_argument, NULL, OPT_COUNT },
		{ "ids", no_argument, NULL, OPT_IDS },
		{ "oneline", no_argument, NULL, OPT_ONELINE },
		{ "quiet", no_argument, NULL, 'q' },
		{ "null", no_argument, NULL, '0' },
		{ "fuzzy", no_argument, NULL, OPT_FUZZY },
		{ NULL, 0, NULL, 0 },
	};
	struct search_opts so = { 0 }, run;
	struct search_result res = { 0 };
	struct printer pr = { 0 };
	struct patterns pats = { 0 };
	char **cats = xcalloc((size_t)argc + 1, sizeof *cats),
	     **files = xcalloc((size_t)argc + 1, sizeof *files),
	     **nots = xcalloc((size_t)argc + 1, sizeof *nots);
	unsigned char *flags = NULL;
	size_t ncats = 0, nfiles = 0, nnots = 0, i;
	unsigned long long n;
	char err[BEQ_ERR_MAX];
	const char *scan;
	int c, rc = 2, count = 0, ids = 0, oneline = 0, null = 0, fuzzy = 0,
	       quiet = 0;
	/* whether -e, -f, --not, -c, and what to print, came from the
	 * command line */
	int pats_cli = 0, files_cli = 0, nots_cli = 0, cats_cli = 0;
	int mode_cli = 0;

	while ((c = cli_getopt(o, argc, argv, CLI_GLOBAL_SHORT "isFwe:f:c:m:q0",
	            longopts)) != -1) {
		switch (c) {
		case 'i': so.case_mode = CASE_INSENSITIVE; break;
		case 's': so.case_mode = CASE_SENSITIVE; break;
		case 'F': so.fixed = 1; break;
		case 'w': so.word = 1; break;
		case 'e':
			/* the command line's -e replace the config file's
			 * (cli_list_add), which are all pats holds so far */
			if (o->opt_line == 0 && !pats_cli) {
				pats_cli = 1;
				pats.n = 0;
			}
			patterns_add(&pats, optarg, 0);
			break;
		case 'f':
			cli_list_add(o, files, &nfiles, &files_cli, optarg, 0);
			break;
		case OPT_NOT:
			cli_list_add(o, nots, &nnots, &nots_cli, optarg, 0);
			break;
		case OPT_IN:
			if (parse_in(optarg, &so.fields) == -1) {
				rc = cli_usage_error(o,
				    "--in: '%s' is not question, body, answer "
				    "or all (or a comma-separated list of "
				    "them)",
				    optarg);
				goto out;
			}
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
		case 'q':
			/* what to print: the command line's replaces the
			 * config file's */
			if (o->opt_line == 0 && !mode_cli) {
				mode_cli = 1;
				count = ids = oneline = quiet = 0;
			}
			count |= c == OPT_COUNT;
			ids |= c == OPT_IDS;
			oneline |= c == OPT_ONELINE;
			quiet |= c == 'q';
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
	if (count && ids) {
		rc = cli_usage_error(o, "--count and --ids exclude each other");
		goto out;
	}
	for (i = 0; i < nfiles; i++)
		if ((rc = read_patterns(&pats, files[i])) != 0)
			goto out;
	for (i = (size_t)optind; i < (size_t)argc; i++)
		patterns_add(&pats, argv[i], 0);
	/* -f FILE with no line in it gives no pattern: as with grep -f
	 * /dev/null, nothing matches */
	if (pats.n == 0 && nnots == 0 && nfiles == 0) {
		rc = cli_usage_error(o, "no pattern given");
		goto out;
	}
	if ((rc = cli_open_in(o, cats, ncats, &flags)) != 0)
		goto out;
	rc = 2;
	so.cats = flags;
	so.nots = nots;
	so.nnots = nnots;
	so.first = quiet;
	/* -m limits the records printed; a count prints none */
	if (count)
		so.max = 0;
	so.brute = getenv("BEQ_BRUTE") != NULL &&
	    strcmp(getenv("BEQ_BRUTE"), "1") == 0;
	/* a knob for tests and measuring: the scan path always or never */
	if ((scan = getenv("BEQ_SCAN")) != NULL)
		so.scan = strcmp(scan, "always") == 0 ? SEARCH_SCAN_ALWAYS :
		    strcmp(scan, "never") == 0        ? SEARCH_SCAN_NEVER :
		                                        SEARCH_SCAN_AUTO;
	/* --count and --ids print no match and no score; a count, no
	 * order either */
	so.nospans = count || ids;
	so.count = count;
	if (count)
		so.sort_id = 1;
	pr.o = o;
	pr.st.color = o->color;
	pr.st.width = o->width;
	pr.ids = ids;
	pr.oneline = oneline;
	pr.null = null;
	/* in corpus order, hits are printed as they are found (JSON records
	 * carry a score, which needs every hit first) */
	run = so;
	if (so.sort_id && !o->json && !count && !quiet) {
		run.emit = emit_hit;
		run.emit_ctx = &pr;
	}
	if (search_run(&o->ix, pats.v, pats.n, &run, &res, err, sizeof err) ==
	    -1) {
		failed(o, err);
		goto out;
	}
	/* What could be meant is for a person reading, on stderr: text,
	 * --oneline, --ids and --json get it (their output goes on to a
	 * pager, fzf, xargs or jq, the hint to the terminal). -q and --count
	 * answer in full with a status or a number, as grep -q and grep -c
	 * do, mostly inside scripts: they say nothing more, and pay nothing
	 * for it (no word table or record is read). --fuzzy, asked for,
	 * still searches again, and says so. */
	if (res.n == 0 && pats.n > 0 && (!(quiet || count) || fuzzy) &&
	    no_hit(o, pats.v, pats.n, &so, fuzzy, &res) != 0)
		goto out;
	/* hits found over a corrupt entry may be wrong: print none (what
	 * was streamed was read before it was met) */
	if (index_fault(&o->ix, NULL, 0) == -1)
		goto out;
	if (quiet)
		;
	else if (count) {
		buf_printf(
		    &o->out, o->json ? "{\"count\":%zu}\n" : "%zu\n", res.n);
		cli_end_record(o, null);
		cli_flush(o);
	} else
		for (i = 0, index_fetch_init(&pr.fetch, &o->ix, res.n);
		     res.hits != NULL && i < res.n; i++)
			if (print_hit(&pr, &res.hits[i]) == -1)
				goto out;
	rc = res.n > 0 ? 0 : 1;
out:
	search_result_free(&res);
	index_fetch_free(&pr.fetch);
	free(flags);
	patterns_free(&pats);
	free(cats);
	free(files);
	free(nots);
	return rc;
}
