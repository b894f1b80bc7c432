/* Differential test: every generated pattern, with every option mix (case,
 * -F, -w, categories, several patterns, --not patterns, --in fields, -q's
 * first hit), must give exactly the same hits (ids, order, scores, match
 * offsets) through the trigram index as through a brute-force PCRE2 scan
 * of every record, and through the scan path (scan.c) forced; and -q's
 * first hit must be the first of the full search in corpus order; in
 * corpus order, hits streamed one by one and bare ones (no spans) must be
 * the same; in score order, the best few (-m) the first of them all, and
 * bare hits (--ids) in the same order. Prints TAP, one line per pattern
 * family.
 * Usage: difftest [-d DIVISOR] [-q QUERIES] INDEX...
 * -d runs 1/DIVISOR of the generated patterns of each family (at least
 * one; -d 0, none), the short ones of two letters only, for a large
 * index; -q first runs each query of a file in the form of
 * tests/bench/queries.tsv (the benchmark's) under the same option mixes,
 * one TAP line per query. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "index.h"
#include "search.h"
#include "util.h"

#define SEED 20261127ull

static unsigned long long rng = SEED;

static unsigned long long
rnd(void)
{
	unsigned long long x = (rng += 0x9e3779b97f4a7c15ull);

	x = (x ^ x >> 30) * 0xbf58476d1ce4e5b9ull;
	x = (x ^ x >> 27) * 0x94d049bb133111ebull;
	return x ^ x >> 31;
}

static size_t
pick(size_t n)
{
	return (size_t)(rnd() % n);
}

static int
isalnum_ascii(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z');
}

struct words {
	char **v;
	size_t n, cap;
};

static void
words_add(struct words *w, const char *p, size_t n)
{
	if (w->n == w->cap) {
		w->cap = w->cap ? 2 * w->cap : 1024;
		w->v = xreallocarray(w->v, w->cap, sizeof *w->v);
	}
	w->v[w->n++] = xstrndup(p, n);
}

/* Words (runs of letters, digits and non-ASCII bytes) and the pairs of
 * adjacent words, from every field of the index. */
static void
vocabulary(const struct index *ix, struct words *w, struct words *pairs)
{
	uint32_t i;

	for (i = 0; i < ix->nrecords; i++) {
		struct index_record r;
		struct slice f[3];
		int k;

		index_record(ix, i, &r);
		f[0] = r.question;
		f[1] = r.answer;
		f[2] = r.body;
		for (k = 0; k < 3; k++) {
			size_t a = 0, prev_a = 0, prev_b = 0, n = f[k].len;
			const unsigned char *s = (const unsigned char *)f[k].p;

			while (a < n) {
				size_t b = a;

				while (b < n &&
				    (isalnum_ascii(s[b]) || s[b] >= 0x80))
					b++;
				if (b - a >= 2) {
					words_add(w, f[k].p + a, b - a);
					if (prev_b > prev_a &&
					    a == prev_b + 1 && s[prev_b] == ' ')
						words_add(pairs,
						    f[k].p + prev_a,
						    b - prev_a);
					prev_a = a;
					prev_b = b;
				}
				a = b + 1;
			}
		}
	}
}

/* Escapes regex syntax so that a slice of text matches itself. */
static void
quote(struct buf *b, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (strchr("\\^$.|?*+()[]{}#", s[i]) != NULL && s[i] != '\0')
			buf_addc(b, '\\');
		buf_addc(b, s[i]);
	}
}

/* Returns a slice of random text of 1..max bytes cut at UTF-8 character
 * boundaries, from a random field. */
static void
slice_of(const struct index *ix, size_t max, const char **p, size_t *n)
{
	struct index_record r;
	struct slice f;
	size_t a, len;

	index_record(ix, (uint32_t)pick(ix->nrecords), &r);
	f = pick(3)                   ? r.answer :
	    pick(2) && r.body.len > 0 ? r.body :
	                                r.question;
	if (f.len == 0)
		f = r.question;
	a = pick(f.len);
	while (a > 0 && ((unsigned char)f.p[a] & 0xc0) == 0x80)
		a--;
	len = 1 + pick(max);
	if (a + len > f.len)
		len = f.len - a;
	while (a + len < f.len && ((unsigned char)f.p[a + len] & 0xc0) == 0x80)
		len++;
	*p = f.p + a;
	*n = len;
}

enum {
	F_WORD,
	F_CASE,
	F_PHRASE,
	F_ALT,
	F_CLASS,
	F_QUANT,
	F_ANCHOR,
	F_SHORT,
	F_SLICE,
	F_ESCAPE,
	F_RANDOM,
	F_NFAMILIES
};

static const char *const family[F_NFAMILIES] = {
	"words",
	"upper-case words",
	"phrases",
	"alternations",
	"classes",
	"quantifiers",
	"anchors and word boundaries",
	"1- and 2-letter patterns",
	"slices of the text",
	"escapes and properties",
	"random regex syntax",
};

/* set by -d: fewer patterns, and none that matches nearly every byte */
static int large;

static int per_family[F_NFAMILIES] = {
	120,
	30,
	50,
	50,
	50,
	50,
	40,
	50,
	80,
	30,
	150,
};

static const char *const escapes[] = {
	"\\d+",
	"\\s\\w{5}\\s",
	"[[:upper:]]{3}",
	"\\p{Lu}\\w+",
	"\\w+tion\\b",
	"[aeiou]{3}",
	"\\.\\s+[A-Z]",
	"\\(e\\.g\\.",
	"(?i)TCP|udp",
	"(\\w)\\1",
	"\\bO\\(\\w+\\)",
	"[^\\x00-\\x7f]+",
	"\\x{2019}",
	"(?s)a.b",
	"[0-9]{3}",
	"\\Qe.g.\\E",
	"(?=lock)\\w",
	"(?<!dead)lock",
	"\\N{U+0027}",
	"\\S+@",
};

/* Fills b with one pattern of family f. */
static void
generate(int f, const struct index *ix, const struct words *w,
    const struct words *pairs, struct buf *b)
{
	const char *word = w->v[pick(w->n)], *p;
	size_t n, k, i;
	static const char meta[] = "ab.*+?|()[]^$\\{}0-9dwsxl ";

	b->len = 0;
	switch (f) {
	case F_WORD: buf_adds(b, word); break;
	case F_CASE:
		for (p = word; *p != '\0'; p++)
			buf_addc(b,
			    p == word || pick(2) ?
			        (*p >= 'a' && *p <= 'z' ? *p - 32 : *p) :
			        *p);
		break;
	case F_PHRASE:
		buf_adds(b, pairs->v[pick(pairs->n)]);
		if (pick(3) == 0) {
			char *sp = strchr(b->data, ' ');

			if (sp != NULL) {
				size_t at = (size_t)(sp - b->data);

				buf_add(b, "", 0);
				memmove(sp + 2, sp + 1, b->len - at);
				sp[1] = '?';
				b->len++;
			}
		}
		break;
	case F_ALT:
		buf_adds(b, word);
		for (k = 1 + pick(3); k > 0; k--) {
			buf_addc(b, '|');
			buf_adds(b, w->v[pick(w->n)]);
		}
		break;
	case F_CLASS:
	case F_QUANT:
		n = strlen(word);
		k = pick(n);
		for (i = 0; i < n; i++) {
			if (i == k && f == F_CLASS) {
				char tmp[16];
				int c = (unsigned char)word[i] < 0x80 ?
				    word[i] :
				    'e',
				    r = 'a' + (int)pick(26);

				switch (pick(6)) {
				case 0:
					snprintf(
					    tmp, sizeof tmp, "[%c%c]", c, r);
					break;
				case 1:
					snprintf(tmp, sizeof tmp, "[^%c]", c);
					break;
				case 2: snprintf(tmp, sizeof tmp, "\\w"); break;
				case 3: snprintf(tmp, sizeof tmp, "."); break;
				case 4:
					snprintf(tmp, sizeof tmp, "[a-%c]", c);
					break;
				default:
					snprintf(tmp, sizeof tmp, "[%c-z]", c);
					break;
				}
				buf_adds(b, tmp);
				if ((unsigned char)word[i] >= 0x80)
					while (i + 1 < n &&
					    ((unsigned char)word[i + 1] &
					        0xc0) == 0x80)
						i++;
				continue;
			}
			buf_addc(b, word[i]);
			if (i == k && ((unsigned char)word[i] < 0x80)) {
				static const char *const q[] = { "?", "*", "+",
					"{1,2}", "{0}", "{2,}", "??", "*+" };

				buf_adds(b, q[pick(8)]);
			}
		}
		break;
	case F_ANCHOR:
		switch (pick(5)) {
		case 0: buf_printf(b, "^%s", word); break;
		case 1: buf_printf(b, "%s$", word); break;
		case 2: buf_printf(b, "\\b%s\\b", word); break;
		case 3: buf_printf(b, "^%s|%s$", word, w->v[pick(w->n)]); break;
		default: buf_adds(b, pick(2) ? "^" : "\\.$"); break;
		}
		break;
	case F_SHORT:
		/* on a large index, two letters: one letter or a space
		 * matches a million times in 10 MB, and the spans of each
		 * case take seconds */
		if (large) {
			buf_addc(
			    b, "abcdefghijklmnopqrstuvwxyzAEIOU"[pick(31)]);
			buf_addc(
			    b, "abcdefghijklmnopqrstuvwxyzAEIOU"[pick(31)]);
			break;
		}
		for (k = 1 + pick(2); k > 0; k--)
			buf_addc(b,
			    "abcdefghijklmnopqrstuvwxyzAEIOU0123 ,.-'"[pick(
			        40)]);
		break;
	case F_SLICE:
		slice_of(ix, 12, &p, &n);
		quote(b, p, n);
		break;
	case F_ESCAPE:
		buf_adds(b, escapes[pick(sizeof escapes / sizeof escapes[0])]);
		break;
	default:
		for (k = 1 + pick(8); k > 0; k--)
			buf_addc(b, meta[pick(sizeof meta - 1)]);
		if (pick(2))
			buf_adds(b, word);
		break;
	}
}

struct stats {
	size_t cases, narrowed, errors, diffs;
};

static int
same(const struct search_result *a, const struct search_result *b)
{
	size_t i;

	if (a->n != b->n)
		return 0;
	for (i = 0; i < a->n; i++) {
		const struct hit *x = &a->hits[i], *y = &b->hits[i];

		if (x->rec != y->rec || x->score != y->score ||
		    x->nspans != y->nspans ||
		    (x->nspans > 0 &&
		        memcmp(
		            x->spans, y->spans, x->nspans * sizeof *x->spans)))
			return 0;
	}
	return 1;
}

/* Hits as streamed (search_opts.emit), copied into a result. */
static int
keep(void *ctx, const struct hit *h)
{
	struct search_result *r = ctx;
	struct hit *c;

	if (h == NULL)
		return 0;
	r->hits = xreallocarray(r->hits, r->n + 1, sizeof *r->hits);
	c = &r->hits[r->n++];
	*c = *h;
	c->spans = NULL;
	if (h->nspans > 0) {
		c->spans = xreallocarray(NULL, h->nspans, sizeof *c->spans);
		memcpy(c->spans, h->spans, h->nspans * sizeof *c->spans);
	}
	return 0;
}

/* The other ways of the same search, each against the brute-force
 * result b of o (none of them with -q): the scan path forced; in corpus
 * order, streamed (without scores); bare (--ids: no spans) and counted
 * (--count: no hits listed); in
 * score order with -m, the best few. Returns 1 when all agree. */
static int
same_other_ways(const struct index *ix, char **pats, size_t npats,
    const struct search_opts *o, const struct search_result *b)
{
	struct search_opts v = *o;
	struct search_result r = { 0 }, s = { 0 };
	char e[BEQ_ERR_MAX];
	size_t i;
	int ok = 1;

	v.brute = 0;
	v.scan = SEARCH_SCAN_ALWAYS;
	ok &= search_run(ix, pats, npats, &v, &r, e, sizeof e) == 0 &&
	    same(&r, b);
	search_result_free(&r);
	if (o->sort_id) {
		v.scan = SEARCH_SCAN_AUTO + (int)pick(2);
		v.emit = keep;
		v.emit_ctx = &s;
		ok &= search_run(ix, pats, npats, &v, &r, e, sizeof e) == 0 &&
		    r.n == b->n && s.n == b->n;
		for (i = 0; ok && i < b->n; i++)
			s.hits[i].score = b->hits[i].score;
		ok &= same(&s, b);
		search_result_free(&r);
		search_result_free(&s);
		v.emit = NULL;
		v.nospans = 1;
		ok &= search_run(ix, pats, npats, &v, &r, e, sizeof e) == 0 &&
		    r.n == b->n;
		for (i = 0; ok && i < b->n; i++)
			ok &= r.hits[i].rec == b->hits[i].rec &&
			    r.hits[i].nspans == 0;
		search_result_free(&r);
		/* --count: counted, none listed */
		v.count = 1;
		ok &= search_run(ix, pats, npats, &v, &r, e, sizeof e) == 0 &&
		    r.n == b->n && r.hits == NULL;
		search_result_free(&r);
		v.count = 0;
	} else {
		/* --ids in score order: the same order and scores, no spans */
		v.nospans = 1;
		ok &= search_run(ix, pats, npats, &v, &r, e, sizeof e) == 0 &&
		    r.n == b->n;
		for (i = 0; ok && i < b->n; i++)
			ok &= r.hits[i].rec == b->hits[i].rec &&
			    r.hits[i].score == b->hits[i].score &&
			    r.hits[i].nspans == 0;
		search_result_free(&r);
		v.nospans = 0;
	}
	if (!o->sort_id && b->n > 1) {
		/* the best n - 1, then the best one */
		for (v.max = b->n - 1; v.max > 0; v.max = v.max > 1 ? 1 : 0) {
			struct search_result cut = *b;

			cut.n = v.max;
			v.scan = SEARCH_SCAN_AUTO + (int)pick(2);
			ok &= search_run(
			          ix, pats, npats, &v, &r, e, sizeof e) == 0 &&
			    same(&r, &cut);
			search_result_free(&r);
		}
	}
	return ok;
}

/* -q's first hit (first, one hit or none) against the full search in
 * corpus order (full): the same record, or none in both. */
static int
same_first(const struct search_result *first, const struct search_result *full)
{
	if (first->n != (full->n > 0))
		return 0;
	return first->n == 0 || first->hits[0].rec == full->hits[0].rec;
}

/* Runs one case through the index and by brute force, and returns the
 * number of hits through the index (0 on an error). */
static size_t
one_case(const struct index *ix, char **pats, size_t npats,
    struct search_opts *o, struct stats *st)
{
	struct search_result fast, brute, full = { 0 };
	struct search_opts byid;
	char e1[BEQ_ERR_MAX], e2[BEQ_ERR_MAX], e3[BEQ_ERR_MAX];
	int r1, r2, r3 = 0, ok;
	size_t j, nhits;

	o->brute = 0;
	r1 = search_run(ix, pats, npats, o, &fast, e1, sizeof e1);
	o->brute = 1;
	r2 = search_run(ix, pats, npats, o, &brute, e2, sizeof e2);
	if (o->first && r1 == 0) {
		byid = *o;
		byid.first = 0;
		byid.sort_id = 1;
		byid.brute = 0;
		r3 = search_run(ix, pats, npats, &byid, &full, e3, sizeof e3);
	}
	st->cases++;
	if (r1 == -1 || r2 == -1) {
		ok = r1 == r2 && strcmp(e1, e2) == 0;
		st->errors++;
	} else {
		ok = same(&fast, &brute) &&
		    (!o->first || (r3 == 0 && same_first(&fast, &full))) &&
		    (o->first || o->max > 0 ||
		        same_other_ways(ix, pats, npats, o, &brute));
		if (fast.candidates < ix->nrecords)
			st->narrowed++;
	}
	if (!ok) {
		st->diffs++;
		if (st->diffs <= 5) {
			printf("#   differs:");
			for (j = 0; j < npats; j++)
				printf(" /%s/", pats[j]);
			for (j = 0; j < o->nnots; j++)
				printf(" --not /%s/", o->nots[j]);
			printf(" case=%d fields=%u first=%d: index %zu hits, "
			       "brute %zu hits\n",
			    o->case_mode, o->fields, o->first,
			    r1 == -1 ? 0 : fast.n, r2 == -1 ? 0 : brute.n);
		}
	}
	nhits = r1 == -1 ? 0 : fast.n;
	search_result_free(&fast);
	search_result_free(&brute);
	search_result_free(&full);
	return nhits;
}

/* Runs one pattern of family f under every option mix worth covering. */
static void
run_family(const struct index *ix, int f, const struct words *w,
    const struct words *pairs, struct stats *st)
{
	unsigned char *cats = xcalloc(ix->ncategories + 1, 1);
	struct buf b1 = { 0 }, b2 = { 0 }, b3 = { 0 }, n1 = { 0 }, n2 = { 0 };
	int i;

	for (i = 0; i < per_family[f]; i++) {
		struct search_opts o = { 0 };
		char *pats[3], *nots[2];

		generate(f, ix, w, pairs, &b1);
		pats[0] = (char *)buf_cstr(&b1);
		one_case(ix, pats, 1, &o, st); /* smart case */
		o.case_mode = CASE_INSENSITIVE;
		one_case(ix, pats, 1, &o, st);
		o.case_mode = CASE_SENSITIVE;
		one_case(ix, pats, 1, &o, st);
		o.case_mode = (int)pick(3);
		o.fixed = 1;
		one_case(ix, pats, 1, &o, st);
		o.fixed = (int)pick(2);
		o.word = 1;
		one_case(ix, pats, 1, &o, st);
		o.word = 0;
		memset(cats, 0, ix->ncategories);
		cats[pick(ix->ncategories)] = 1;
		cats[pick(ix->ncategories)] = 1;
		o.cats = cats;
		o.sort_id = (int)pick(2);
		one_case(ix, pats, 1, &o, st);
		o.cats = NULL;
		generate((int)pick(F_NFAMILIES), ix, w, pairs, &b2);
		pats[1] = (char *)buf_cstr(&b2);
		one_case(ix, pats, 2, &o, st);
		generate((int)pick(F_NFAMILIES), ix, w, pairs, &b3);
		pats[2] = (char *)buf_cstr(&b3);
		one_case(ix, pats, 3, &o, st);

		/* --in: one field, or two, or the question with its body */
		o.fields = 1 + (unsigned)pick(SEARCH_ALL_FIELDS);
		one_case(ix, pats, 1, &o, st);
		one_case(ix, pats, 2, &o, st);
		o.fields = 0;

		/* --not: a pattern of this family excluded, from a word (or
		 * a pattern) of any family, or alone */
		generate((int)pick(F_NFAMILIES), ix, w, pairs, &n1);
		nots[0] = (char *)buf_cstr(&n1);
		o.nots = nots;
		o.nnots = 1;
		one_case(ix, pats, 1, &o, st);
		nots[0] = pats[0];
		pats[0] = (char *)buf_cstr(&n1);
		one_case(ix, pats, 1, &o, st);
		pats[0] = (char *)buf_cstr(&b1);
		generate(f, ix, w, pairs, &n2);
		nots[1] = (char *)buf_cstr(&n2);
		o.nnots = 2;
		o.fields = 1 + (unsigned)pick(SEARCH_ALL_FIELDS);
		one_case(ix, pats, 0, &o, st);
		one_case(ix, pats, 2, &o, st);
		o.cats = cats;
		one_case(ix, pats, 1, &o, st);

		/* -q: the first hit, with all of the above and without */
		o.first = 1;
		one_case(ix, pats, 1, &o, st);
		one_case(ix, pats, 3, &o, st);
		o.nnots = 0;
		o.nots = NULL;
		o.cats = NULL;
		o.fields = 0;
		one_case(ix, pats, 1, &o, st);
		one_case(ix, pats, 2, &o, st);
	}
	buf_free(&b1);
	buf_free(&b2);
	buf_free(&b3);
	buf_free(&n1);
	buf_free(&n2);
	free(cats);
}

/* Runs one query of a queries file (its case option and pattern) as it
 * is, then under each option mix: each case, -w, -F, one field, two
 * categories, with another query's pattern, with a --not, -q and corpus
 * order. Returns the number of hits of the query as it is. */
static size_t
run_query(const struct index *ix, const char *flag, char *pat, char *other,
    struct stats *st)
{
	unsigned char *cats = xcalloc(ix->ncategories + 1, 1);
	struct search_opts o = { 0 };
	char *pats[2] = { pat, other }, *nots[1] = { (char *)"the" };
	int mode = strcmp(flag, "-i") == 0 ? CASE_INSENSITIVE :
	    strcmp(flag, "-s") == 0        ? CASE_SENSITIVE :
	                                     CASE_SMART;
	size_t hits;

	o.case_mode = mode;
	hits = one_case(ix, pats, 1, &o, st);
	o.case_mode = CASE_SMART;
	one_case(ix, pats, 1, &o, st);
	o.case_mode = CASE_INSENSITIVE;
	one_case(ix, pats, 1, &o, st);
	o.case_mode = CASE_SENSITIVE;
	one_case(ix, pats, 1, &o, st);
	o.case_mode = mode;
	o.word = 1;
	one_case(ix, pats, 1, &o, st);
	o.word = 0;
	o.fixed = 1;
	one_case(ix, pats, 1, &o, st);
	o.fixed = 0;
	o.fields = SEARCH_FIELD(FIELD_QUESTION);
	one_case(ix, pats, 1, &o, st);
	o.fields = SEARCH_FIELD(FIELD_ANSWER);
	one_case(ix, pats, 1, &o, st);
	o.fields = 0;
	cats[pick(ix->ncategories)] = 1;
	cats[pick(ix->ncategories)] = 1;
	o.cats = cats;
	one_case(ix, pats, 1, &o, st);
	o.cats = NULL;
	one_case(ix, pats, 2, &o, st);
	o.nots = nots;
	o.nnots = 1;
	one_case(ix, pats, 1, &o, st);
	o.nots = NULL;
	o.nnots = 0;
	o.first = 1;
	one_case(ix, pats, 1, &o, st);
	o.first = 0;
	o.sort_id = 1;
	one_case(ix, pats, 1, &o, st);
	free(cats);
	return hits;
}

/* Reads the queries file: slug, label, case option, pattern per line
 * (tab-separated; lines starting with # are comments), into *q, three
 * strings a query (label, option, pattern), the caller's to free.
 * Returns the number of queries, or -1 when the file cannot be read or a
 * line has fewer than four columns. */
static int
read_queries(const char *path, char ***q)
{
	FILE *f = fopen(path, "r");
	char line[4096];
	int n = 0;

	if (f == NULL)
		return -1;
	*q = NULL;
	while (fgets(line, sizeof line, f) != NULL) {
		char *c[4], *p = line;
		int k;

		if (line[0] == '#' || line[0] == '\n')
			continue;
		line[strcspn(line, "\n")] = '\0';
		for (k = 0; k < 4; k++) {
			c[k] = p;
			p += strcspn(p, "\t");
			if (*p == '\0' && k < 3) {
				fclose(f);
				return -1;
			}
			if (*p != '\0')
				*p++ = '\0';
		}
		*q = xreallocarray(*q, (size_t)n + 1, 3 * sizeof **q);
		(*q)[3 * n] = xstrdup(c[1]);
		(*q)[3 * n + 1] = xstrdup(c[2]);
		(*q)[3 * n + 2] = xstrdup(c[3]);
		n++;
	}
	fclose(f);
	return n;
}

int
main(int argc, char **argv)
{
	size_t total = 0, diffs = 0;
	int a = 1, f, t = 0, div = 1, nq = 0, j;
	char **q = NULL;

	for (; a + 1 < argc && argv[a][0] == '-'; a += 2) {
		if (strcmp(argv[a], "-d") == 0 && atoi(argv[a + 1]) >= 0) {
			div = atoi(argv[a + 1]);
			large = div != 1;
		} else if (strcmp(argv[a], "-q") == 0) {
			nq = read_queries(argv[a + 1], &q);
			if (nq <= 0) {
				printf("not ok 1 - diff: %s: cannot read "
				       "queries\n1..1\n",
				    argv[a + 1]);
				return 1;
			}
		} else {
			fputs("usage: difftest [-d DIVISOR] [-q QUERIES] "
			      "INDEX...\n",
			    stderr);
			return 2;
		}
	}
	for (f = 0; f < F_NFAMILIES; f++)
		per_family[f] = div == 0    ? 0 :
		    per_family[f] / div > 0 ? per_family[f] / div :
		                              1;
	for (; a < argc; a++) {
		struct index ix;
		struct words w = { 0 }, pairs = { 0 };
		char err[BEQ_ERR_MAX];
		size_t i;

		if (index_open_file(&ix, argv[a], err, sizeof err) == -1) {
			printf("not ok %d - diff: %s: %s\n", ++t, argv[a], err);
			diffs++;
			continue;
		}
		for (j = 0; j < nq; j++) {
			struct stats st = { 0 };
			size_t hits = run_query(&ix, q[3 * j + 1], q[3 * j + 2],
			    q[3 * ((j + 1) % nq) + 2], &st);

			printf("%s %d - diff: %s: %s: %s%s%s (%zu hits; %zu "
			       "cases, %zu differences)\n",
			    st.diffs ? "not ok" : "ok", ++t, argv[a], q[3 * j],
			    strcmp(q[3 * j + 1], "-") ? q[3 * j + 1] : "",
			    strcmp(q[3 * j + 1], "-") ? " " : "", q[3 * j + 2],
			    hits, st.cases, st.diffs);
			total += st.cases;
			diffs += st.diffs;
		}
		if (div > 0)
			vocabulary(&ix, &w, &pairs);
		for (f = 0; div > 0 && f < F_NFAMILIES; f++) {
			struct stats st = { 0 };

			run_family(&ix, f, &w, &pairs, &st);
			printf(
			    "%s %d - diff: %s: %s (%zu cases, %zu narrowed by "
			    "the index, %zu compile errors, %zu differences)\n",
			    st.diffs ? "not ok" : "ok", ++t, argv[a], family[f],
			    st.cases, st.narrowed, st.errors, st.diffs);
			total += st.cases;
			diffs += st.diffs;
		}
		for (i = 0; i < w.n; i++)
			free(w.v[i]);
		for (i = 0; i < pairs.n; i++)
			free(pairs.v[i]);
		free(w.v);
		free(pairs.v);
		index_close(&ix);
	}
	printf("# diff: %zu cases, %zu differences (seed %llu)\n", total, diffs,
	    SEED);
	for (j = 0; j < 3 * nq; j++)
		free(q[j]);
	free(q);
	printf("1..%d\n", t);
	return diffs ? 1 : 0;
}
