/* beq quiz: practice on a terminal with spaced repetition (src/practice/srs.h),
 * the state kept per index in $XDG_STATE_HOME/beq; --stats and --reset. */
#define _XOPEN_SOURCE 700 /* realpath(3) */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "cmds.h"
#include "config.h"
#include "json.h"
#include "quiz.h"
#include "srs.h"
#include "srs_state.h"
#include "text.h"
#include "utf8.h"
#include "util.h"

enum { OPT_COUNT = OPT_LOCAL, OPT_SEED, OPT_STATS, OPT_RESET };

/* The state file of the index in use: builtin.state for the built-in
 * one, index-HASH.state for a user index, HASH being srs_key of its
 * canonical path (so rebuilding the index in place keeps the progress,
 * and the same file named two ways is one index). */
static int
state_path(struct quiz *q)
{
	const char *xdg = getenv("XDG_STATE_HOME"), *home = getenv("HOME");
	struct buf b = { 0 };
	char *real = NULL;

	/* the XDG spec: a relative path is invalid and ignored */
	if (xdg != NULL && xdg[0] == '/')
		buf_adds(&b, xdg);
	else if (home != NULL && home[0] != '\0')
		buf_printf(&b, "%s/.local/state", home);
	else {
		warnx("quiz: neither XDG_STATE_HOME nor HOME is set: no place "
		      "for the state");
		return 2;
	}
	buf_adds(&b, "/beq");
	q->dir = xstrdup(buf_cstr(&b));
	if (q->o->ix.embedded) {
		buf_adds(&b, "/builtin.state");
		q->comment = xstrdup("index: built-in");
	} else {
		struct buf cm = { 0 };
		const char *name;

		real = realpath(q->o->ix.path, NULL);
		name = real != NULL ? real : q->o->ix.path;
		buf_printf(&b, "/index-%016llx.state",
		    (unsigned long long)srs_key(name, strlen(name)));
		buf_printf(&cm, "index: %s", name);
		q->comment = buf_take(&cm);
		free(real);
	}
	q->path = buf_take(&b);
	return 0;
}

/* Loads the deck; a corrupt file is set aside and reported, and the quiz
 * starts afresh. Returns 0, or 2 with the message printed. */
static int
load(struct quiz *q)
{
	char err[BEQ_ERR_MAX], err2[BEQ_ERR_MAX];
	char *aside;

	switch (srs_state_load(q->path, &q->deck, err, sizeof err)) {
	case SRS_STATE_OK:
	case SRS_STATE_MISSING: return 0;
	case SRS_STATE_CORRUPT:
		if (srs_state_set_aside(q->path, &aside, err2, sizeof err2) ==
		    -1) {
			warnx("%s: corrupt state (%s); %s", q->path, err, err2);
			return 2;
		}
		warnx("%s: corrupt state (%s); set aside as %s", q->path, err,
		    aside);
		free(aside);
		return 0;
	default: warnx("%s: %s", q->path, err); return 2;
	}
}

int
quiz_save(struct quiz *q)
{
	char err[BEQ_ERR_MAX];

	if (srs_state_mkdirs(q->dir, err, sizeof err) == -1 ||
	    srs_state_save(q->path, &q->deck, q->comment, err, sizeof err) ==
	        -1) {
		warnx("%s: cannot save the state: %s", q->path, err);
		return 2;
	}
	return 0;
}

/* The questions on offer, in corpus order: their record indexes and
 * keys. */
static void
offer(struct quiz *q, const unsigned char *flags)
{
	uint32_t i;

	q->recs = xcalloc(q->o->ix.nrecords + 1, sizeof *q->recs);
	q->keys = xcalloc(q->o->ix.nrecords + 1, sizeof *q->keys);
	for (i = 0; i < q->o->ix.nrecords; i++) {
		struct index_record r;

		index_record(&q->o->ix, i, &r);
		if (flags != NULL && !flags[r.category])
			continue;
		q->recs[q->n] = i;
		q->keys[q->n++] = srs_key(r.question.p, r.question.len);
	}
}

struct counts {
	unsigned long long due, learned, fresh, total;
};

/* The terminal columns of s[0..n), at most max: *len is set to the bytes
 * that fit in them, whole characters only. */
static int
columns(const char *s, size_t n, int max, size_t *len)
{
	size_t i = 0, k;
	int cols = 0, w;

	while (i < n) {
		uint32_t cp;

		k = utf8_decode(s + i, n - i, &cp);
		w = cp < 0x80 ? 1 : utf8_width(cp);
		if (cols + w > max)
			break;
		cols += w;
		i += k;
	}
	if (len != NULL)
		*len = i;
	return cols;
}

static void
stats_line(struct options *o, const struct index_category *c,
    const struct counts *k, int width)
{
	size_t len;
	int cols;

	if (o->json) {
		buf_adds(&o->out, "{\"name\":");
		json_string(&o->out, c->name.p, c->name.len);
		buf_adds(&o->out, ",\"slug\":");
		json_string(&o->out, c->slug.p, c->slug.len);
		buf_printf(&o->out,
		    ",\"due\":%llu,\"learned\":%llu,\"new\":%llu,"
		    "\"total\":%llu}\n",
		    k->due, k->learned, k->fresh, k->total);
		return;
	}
	/* padded by columns, not bytes: a slug keeps its non-ASCII
	 * letters (Cyrillic, CJK) */
	cols = columns(c->slug.p, c->slug.len, width, &len);
	buf_printf(&o->out, "%.*s%*s %7llu %7llu %7llu %7llu\n", (int)len,
	    c->slug.p, width - cols, "", k->due, k->learned, k->fresh,
	    k->total);
}

static int
stats(struct quiz *q)
{
	struct options *o = q->o;
	struct counts *k = xcalloc(o->ix.ncategories + 1, sizeof *k), all;
	unsigned char *seen = xcalloc(o->ix.ncategories + 1, 1);
	int64_t now = (int64_t)time(NULL);
	int width = 8, cols;
	uint32_t i;
	size_t j;

	memset(&all, 0, sizeof all);
	for (j = 0; j < q->n; j++) {
		struct index_record r;
		const struct srs_card *c = srs_find(&q->deck, q->keys[j]);
		struct counts *m;

		index_record(&o->ix, q->recs[j], &r);
		m = &k[r.category];
		seen[r.category] = 1;
		m->total++;
		if (c == NULL)
			m->fresh++;
		else {
			m->due += (unsigned long long)srs_is_due(c, now);
			m->learned += (unsigned long long)srs_is_learned(c);
		}
	}
	for (i = 0; i < o->ix.ncategories; i++) {
		struct index_category c;

		if (!seen[i])
			continue;
		index_category(&o->ix, i, &c);
		cols = columns(c.slug.p, c.slug.len, BEQ_STATS_SLUG_MAX, NULL);
		if (cols > width)
			width = cols;
	}
	if (!o->json)
		buf_printf(&o->out, "%-*s %7s %7s %7s %7s\n", width, "CATEGORY",
		    "DUE", "LEARNED", "NEW", "TOTAL");
	for (i = 0; i < o->ix.ncategories; i++) {
		struct index_category c;

		if (!seen[i])
			continue;
		index_category(&o->ix, i, &c);
		stats_line(o, &c, &k[i], width);
		all.due += k[i].due;
		all.learned += k[i].learned;
		all.fresh += k[i].fresh;
		all.total += k[i].total;
	}
	if (!o->json)
		buf_printf(&o->out, "%-*s %7llu %7llu %7llu %7llu\n", width,
		    "total", all.due, all.learned, all.fresh, all.total);
	free(seen);
	free(k);
	return 0;
}

/* --reset: without -c the state file goes; with -c, the state of those
 * categories' questions does. What was done is said on stderr, as a
 * message from beq (as index says what it wrote): stdout stays empty. */
static int
reset(struct quiz *q, int some)
{
	size_t j, n = 0;

	if (!some) {
		if (unlink(q->path) == 0) {
			warnx("quiz: forgot all progress: removed %s", q->path);
			return 0;
		}
		if (errno == ENOENT) {
			warnx("quiz: nothing to forget: no %s", q->path);
			return 0;
		}
		warnx("%s: %s", q->path, strerror(errno));
		return 2;
	}
	for (j = 0; j < q->n; j++)
		n += (size_t)srs_remove(&q->deck, q->keys[j]);
	if (n > 0 && quiz_save(q) != 0)
		return 2;
	warnx("quiz: forgot the progress of %zu question%s in %s", n,
	    n == 1 ? "" : "s", q->path);
	return 0;
}

int
cmd_quiz(int argc, char **argv, struct options *o)
{
	static const struct option longopts[] = {
		CLI_GLOBAL_LONG,
		{ "category", required_argument, NULL, 'c' },
		{ "count", required_argument, NULL, OPT_COUNT },
		{ "seed", required_argument, NULL, OPT_SEED },
		{ "stats", no_argument, NULL, OPT_STATS },
		{ "reset", no_argument, NULL, OPT_RESET },
		{ NULL, 0, NULL, 0 },
	};
	char **cats = xcalloc((size_t)argc + 1, sizeof *cats);
	unsigned char *flags = NULL;
	unsigned long long count = BEQ_QUIZ_DEFAULT_COUNT, seed = 0;
	struct quiz q;
	size_t ncats = 0;
	/* counted, seeded: 1 from the config file, 2 from the command line */
	int c, rc = 2, do_stats = 0, do_reset = 0, counted = 0, seeded = 0;
	int cats_cli = 0;

	memset(&q, 0, sizeof q);
	q.o = o;
	while ((c = cli_getopt(
	            o, argc, argv, CLI_GLOBAL_SHORT "c:", longopts)) != -1) {
		switch (c) {
		case 'c':
			cli_list_add(o, cats, &ncats, &cats_cli, optarg, 1);
			break;
		case OPT_COUNT:
			if (cli_number(optarg, 1000000, &count) == -1 ||
			    count == 0) {
				rc = cli_usage_error(o,
				    "--count: '%s' is not a positive number",
				    optarg);
				goto out;
			}
			counted = o->opt_line != 0 ? 1 : 2;
			break;
		case OPT_SEED:
			if (cli_number(optarg, UINT64_MAX, &seed) == -1) {
				rc = cli_usage_error(
				    o, "--seed: '%s' is not a number", optarg);
				goto out;
			}
			seeded = o->opt_line != 0 ? 1 : 2;
			break;
		case OPT_STATS: do_stats = 1; break;
		case OPT_RESET: do_reset = 1; break;
		default:
			if ((c = cli_global(o, c, argv)) != 0) {
				rc = c == 1 ? 0 : c;
				goto out;
			}
		}
	}
	if ((rc = cli_no_operands(o, argc, argv)) != 0)
		goto out;
	if (do_stats && do_reset) {
		rc = cli_usage_error(
		    o, "--stats and --reset do not go together");
		goto out;
	}
	/* the config file's --count, --seed and --json are defaults for
	 * the mode they go with: another mode leaves them unused */
	if ((do_stats || do_reset) && (counted == 2 || seeded == 2)) {
		rc = cli_usage_error(o,
		    "--%s only goes with a quiz, not with --%s",
		    counted == 2 ? "count" : "seed",
		    do_stats ? "stats" : "reset");
		goto out;
	}
	if (o->json && !do_stats && o->json_cfg)
		o->json = 0;
	if (o->json && !do_stats) {
		rc = cli_usage_error(o, "--json only goes with --stats");
		goto out;
	}
	/* before anything is read or written: no terminal, no session */
	if (!do_stats && !do_reset &&
	    (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))) {
		warnx("quiz: standard input and output must be a terminal "
		      "(for the counts, try 'beq quiz --stats')");
		rc = 2;
		goto out;
	}
	if ((rc = cli_open_in(o, cats, ncats, &flags)) != 0)
		goto out;
	if ((rc = state_path(&q)) != 0 || (rc = load(&q)) != 0)
		goto out;
	offer(&q, flags);
	if (do_stats)
		rc = stats(&q);
	else if (do_reset)
		rc = reset(&q, ncats > 0);
	else
		rc = quiz_session(&q, (size_t)count, seeded, seed);
out:
	srs_deck_free(&q.deck);
	free(q.recs);
	free(q.keys);
	free(q.path);
	free(q.dir);
	free(q.comment);
	free(flags);
	free(cats);
	return rc;
}
