/* The scan path: the literal a pattern requires, which patterns may run
 * over several fields, the literal search, and scans over an index
 * against PCRE2 run on every field alone (matches that cross from one
 * field or record into the next count for neither). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "corpus.h"
#include "index.h"
#include "index_write.h"
#include "match.h"
#include "scan.h"
#include "scan_lit.h"
#include "t.h"
#include "util.h"
#include "varint.h"

void test_scan_literal_reads_what_every_match_holds(void);
void
test_scan_literal_reads_what_every_match_holds(void)
{
	static const struct {
		const char *pat;
		int fixed, word, caseless;
		const char *lit; /* NULL: none */
		int whole, ks;
	} cases[] = {
		{ "memory", 0, 0, 1, "memory", 1, 0 },
		{ "Qt", 0, 0, 0, "Qt", 1, 0 },
		{ "deadlock", 0, 0, 1, "deadlock", 1, 1 },
		{ "deadlock", 0, 1, 1, "deadlock", 0, 1 },
		{ "dead ?lock", 0, 0, 1, "dead", 0, 0 },
		{ "colou?r", 0, 0, 1, "colo", 0, 0 },
		{ "ab*cdef", 0, 0, 1, "cdef", 0, 0 },
		{ "abc+d", 0, 0, 1, "abc", 0, 0 },
		{ "x{0,3}yz", 0, 0, 1, "yz", 0, 0 },
		{ "wxy{2}z", 0, 0, 1, "wxy", 0, 0 },
		{ "a|memory", 0, 0, 1, NULL, 0, 0 },
		{ "(a|b)mutex", 0, 0, 1, "mutex", 0, 0 },
		{ "[0-9]{4}-[0-9]{2}", 0, 0, 1, "-", 0, 0 },
		{ "\\d+ms", 0, 0, 1, "ms", 0, 1 },
		{ "\\x{41}BCD", 0, 0, 0, NULL, 0, 0 },
		{ "\\Qa.b\\E", 0, 0, 1, NULL, 0, 0 },
		{ "(?i)Mutex", 0, 0, 0, NULL, 0, 0 },
		{ "(*UCP)mutex", 0, 0, 1, NULL, 0, 0 },
		{ "a.b", 1, 0, 1, "a.b", 1, 0 },
		{ "O(1)", 1, 0, 0, "O(1)", 1, 0 },
		{ "don't", 0, 0, 1, "don", 0, 0 },
		{ "caf\xc3\xa9s", 0, 0, 1, "caf", 0, 0 },
		{ "Caf\xc3\xa9", 0, 0, 0, "Caf\xc3\xa9", 1, 0 },
		{ "", 0, 0, 1, NULL, 0, 0 },
		{ "a\\.b", 0, 0, 1, "a", 0, 0 },
		{ "[]a]bcd", 0, 0, 1, "bcd", 0, 0 },
		{ "x}", 0, 0, 1, NULL, 0, 0 },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct scan_lit lit;
		char got[64] = "";

		scan_literal(cases[i].pat, cases[i].fixed, cases[i].word,
		    cases[i].caseless, &lit);
		if (lit.p != NULL)
			memcpy(got, lit.p, lit.len < 63 ? lit.len : 63);
		if ((cases[i].lit == NULL) != (lit.p == NULL) ||
		    (lit.p != NULL &&
		        (strcmp(got, cases[i].lit) != 0 ||
		            lit.whole != cases[i].whole ||
		            lit.ks != cases[i].ks)))
			t_fail(__FILE__, __LINE__,
			    "/%s/: literal '%s' whole %d ks %d, want '%s' %d "
			    "%d",
			    cases[i].pat, lit.p != NULL ? got : "(none)",
			    lit.whole, lit.ks,
			    cases[i].lit != NULL ? cases[i].lit : "(none)",
			    cases[i].whole, cases[i].ks);
	}
}

void test_scan_spanable_refuses_what_looks_outside_a_match(void);
void
test_scan_spanable_refuses_what_looks_outside_a_match(void)
{
	static const char *const yes[] = { "memory", "[0-9]{4}-[0-9]{2}",
		"a.*b", "(?:x|y)z", "dead ?lock|livelock", "\\d+" };
	static const char *const no[] = { "^memory", "memory$", "\\bword",
		"\\Bx", "(?<!\\w)(?:x)(?!\\w)", "a(?=b)", "(*COMMIT)a", "\\Aa",
		"a\\z", "a\\Kb", "\\Ga", "(?i)a" };
	size_t i;

	for (i = 0; i < sizeof yes / sizeof yes[0]; i++)
		if (!scan_spanable(yes[i], strlen(yes[i])))
			t_fail(__FILE__, __LINE__, "/%s/ refused", yes[i]);
	for (i = 0; i < sizeof no / sizeof no[0]; i++)
		if (scan_spanable(no[i], strlen(no[i])))
			t_fail(__FILE__, __LINE__, "/%s/ taken", no[i]);
}

void test_scan_find_folds_ascii_case_at_every_place(void);
void
test_scan_find_folds_ascii_case_at_every_place(void)
{
	struct scan_lit lit = { "MeMory", 6, 1, 1, 0 };
	char s[100];
	size_t at, n;

	/* the literal at every place of texts of every length, across the
	 * 16-byte steps of the vector search and at the very end */
	for (n = 6; n < sizeof s; n++)
		for (at = 0; at + 6 <= n; at++) {
			memset(s, 'm', n);
			memcpy(s + at, "mEMORY", 6);
			if (scan_find(&lit, s, n, 0) != at ||
			    scan_find(&lit, s, n, at) != at ||
			    scan_find(&lit, s, n, at + 1) != n) {
				t_fail(__FILE__, __LINE__,
				    "memory at %zu of %zu: found at %zu", at, n,
				    scan_find(&lit, s, n, 0));
				return;
			}
		}
	/* only ASCII letters fold: '[' is '{' with 0x20 off, '@' not 'm' */
	CHECK_INT(scan_find(&lit, "@emory", 6, 0), 6);
	lit.p = "a[b";
	lit.len = 3;
	CHECK_INT(scan_find(&lit, "a{b a[b", 7, 0), 4);
	CHECK_INT(scan_find(&lit, "A[B", 3, 0), 0);
	lit.caseless = 0;
	CHECK_INT(scan_find(&lit, "A[B a[b", 7, 0), 4);
	lit.p = "x";
	lit.len = 1;
	CHECK_INT(scan_find(&lit, "", 0, 0), 0);
	CHECK_INT(scan_find(&lit, "abcx", 4, 0), 3);
	CHECK_INT(scan_find(&lit, "abcx", 4, 4), 4);
}

/* An index of the records q[i], a[i], b[i] (b NULL: none) in b->data. */
static void
build(struct buf *out, struct index *ix, const char *const *q,
    const char *const *a, const char *const *b, size_t n)
{
	struct corpus c = { 0 };
	char err[BEQ_ERR_MAX];
	size_t i;

	for (i = 0; i < n; i++) {
		struct corpus_record *r = corpus_record_new(&c);

		r->category = corpus_category(&c, "Cat");
		r->source = corpus_source(&c, "t.md");
		r->line = (uint32_t)i + 1;
		r->question = xstrdup(q[i]);
		r->answer = xstrdup(a[i]);
		r->body = b[i] != NULL ? xstrdup(b[i]) : NULL;
	}
	out->len = 0;
	CHECK(index_write(&c, out, err, sizeof err) == 0);
	CHECK(index_open_mem(ix, out->data, out->len, err, sizeof err) == 0);
	corpus_free(&c);
}

struct got {
	struct scan_out all;
	size_t pieces;
	uint32_t last; /* the last record + 1, to check the order */
	int ordered;
};

static int
take(void *ctx, const struct scan_out *o)
{
	struct got *g = ctx;
	size_t i;

	g->pieces++;
	for (i = 0; i < o->n; i++) {
		if (o->recs[i] + 1 <= g->last)
			g->ordered = 0;
		g->last = o->recs[i] + 1;
		if (g->all.n == g->all.cap) {
			g->all.cap = g->all.cap ? 2 * g->all.cap : 64;
			g->all.recs = xreallocarray(
			    g->all.recs, g->all.cap, sizeof *g->all.recs);
		}
		g->all.recs[g->all.n++] = o->recs[i];
	}
	for (i = 0; i < o->nm; i++) {
		if (g->all.nm == g->all.capm) {
			g->all.capm = g->all.capm ? 2 * g->all.capm : 64;
			g->all.m = xreallocarray(
			    g->all.m, g->all.capm, sizeof *g->all.m);
		}
		g->all.m[g->all.nm++] = o->m[i];
	}
	return 0;
}

static int
cmp_match(const void *x, const void *y)
{
	const struct scan_match *a = x, *b = y;

	if (a->rec != b->rec)
		return a->rec < b->rec ? -1 : 1;
	if (a->field != b->field)
		return a->field < b->field ? -1 : 1;
	return a->start < b->start ? -1 : a->start > b->start;
}

struct brute {
	struct scan_out *o;
	uint32_t rec, field;
};

static void
brute_match(void *ctx, size_t s, size_t e)
{
	struct brute *b = ctx;
	struct scan_out *o = b->o;

	if (o->nm == o->capm) {
		o->capm = o->capm ? 2 * o->capm : 64;
		o->m = xreallocarray(o->m, o->capm, sizeof *o->m);
	}
	o->m[o->nm].rec = b->rec;
	o->m[o->nm].field = b->field;
	o->m[o->nm].start = s;
	o->m[o->nm++].end = e;
}

/* PCRE2 on every field of records [r0, r1) alone, into o. */
static void
brute(const struct index *ix, struct matcher *m, unsigned fields, uint32_t r0,
    uint32_t r1, struct scan_out *o)
{
	struct brute b = { o, 0, 0 };
	uint32_t rec;

	for (rec = r0; rec < r1; rec++) {
		struct index_record r;
		const struct slice *f[FIELDS];
		long found = 0;
		int k;

		index_record(ix, rec, &r);
		f[FIELD_QUESTION] = &r.question;
		f[FIELD_BODY] = &r.body;
		f[FIELD_ANSWER] = &r.answer;
		b.rec = rec;
		for (k = 0; k < FIELDS; k++) {
			if (!(fields & SEARCH_FIELD(k)))
				continue;
			b.field = (uint32_t)k;
			found += matcher_scan(m, f[k]->p, f[k]->len,
			             brute_match, &b, NULL, 0) > 0;
		}
		if (found) {
			if (o->n == o->cap) {
				o->cap = o->cap ? 2 * o->cap : 64;
				o->recs = xreallocarray(
				    o->recs, o->cap, sizeof *o->recs);
			}
			o->recs[o->n++] = rec;
		}
	}
}

/* Scans pattern pat (caseless as said) over records [r0, r1) of ix in
 * every way the scan path may take it (its literal, PCRE2 over spans,
 * field by field, and as the index path's candidates), with spans,
 * tallies or neither, on one and two threads, and checks each against
 * brute(); returns the records found (the caller frees them). */
static struct scan_out
scan_all_ways(const struct index *ix, const char *pat, int caseless,
    unsigned fields, uint32_t r0, uint32_t r1)
{
	struct scan_out want = { 0 }, tally, *w;
	struct matcher *m = NULL;
	uint32_t *ids;
	struct scan_pat p = { 0 };
	char err[BEQ_ERR_MAX];
	size_t off, i;
	int way, spans, threads;

	if (matcher_new(&m, pat, strlen(pat), caseless ? MATCH_CASELESS : 0,
	        &off, err, sizeof err) == -1) {
		t_fail(__FILE__, __LINE__, "/%s/: %s", pat, err);
		return want;
	}
	brute(ix, m, fields, r0, r1, &want);
	if (want.nm > 1)
		qsort(want.m, want.nm, sizeof *want.m, cmp_match);
	/* the tallies: matches per record and field */
	tally = want;
	tally.m = xreallocarray(NULL, want.nm + 1, sizeof *tally.m);
	for (i = tally.nm = 0; i < want.nm; i++) {
		struct scan_match *l = tally.nm > 0 ? &tally.m[tally.nm - 1] :
		                                      NULL;

		if (l != NULL && l->rec == want.m[i].rec &&
		    l->field == want.m[i].field)
			l->end++;
		else {
			tally.m[tally.nm] = want.m[i];
			tally.m[tally.nm].start = 0;
			tally.m[tally.nm++].end = 1;
		}
	}
	/* way 3: every record of [r0, r1) as the index path's candidates */
	ids = xreallocarray(NULL, r1 - r0 + 1, sizeof *ids);
	for (i = 0; i < r1 - r0; i++)
		ids[i] = r0 + (uint32_t)i;
	for (way = 0; way < 4; way++)
		for (spans = SCAN_RECORDS; spans <= SCAN_TALLY; spans++)
			for (threads = 1; threads <= 2; threads++) {
				struct got g = { { 0 }, 0, 0, 1 };
				int rc;

				p.m = m;
				memset(&p.lit, 0, sizeof p.lit);
				p.spanable = 0;
				if (way == 0 || way == 3)
					scan_literal(
					    pat, 0, 0, caseless, &p.lit);
				if (way == 0 && p.lit.p == NULL)
					continue;
				if (way == 1)
					p.spanable = scan_spanable(
					    pat, strlen(pat));
				if (way == 1 && !p.spanable)
					continue;
				rc = way == 3 ?
				    scan_confirm(ix, &p, fields, spans, threads,
				        ids, r1 - r0, take, &g, err,
				        sizeof err) :
				    scan_run(ix, &p, fields, spans, threads, r0,
				        r1, take, &g, err, sizeof err);
				if (g.all.nm > 1)
					qsort(g.all.m, g.all.nm,
					    sizeof *g.all.m, cmp_match);
				if (rc != 0 || !g.ordered ||
				    g.all.n != want.n ||
				    (want.n > 0 &&
				        memcmp(g.all.recs, want.recs,
				            want.n * sizeof *want.recs) != 0) ||
				    (spans != SCAN_RECORDS &&
				        (g.all.nm !=
				                (w = spans == SCAN_TALLY ?
				                        &tally :
				                        &want)
				                    ->nm ||
				            (w->nm > 0 &&
				                memcmp(g.all.m, w->m,
				                    w->nm * sizeof *w->m) !=
				                    0))))
					t_fail(__FILE__, __LINE__,
					    "/%s/ way %d spans %d threads %d: "
					    "%zu records %zu matches, want "
					    "%zu %zu",
					    pat, way, spans, threads, g.all.n,
					    g.all.nm, want.n, want.nm);
				scan_out_free(&g.all);
			}
	matcher_free(m);
	free(ids);
	free(want.m);
	free(tally.m);
	want.m = NULL;
	want.nm = want.capm = 0;
	return want;
}

/* The naive search scan_lit_next must agree with: the first place from
 * 'from' where every byte of the literal is (ASCII case folded). */
static size_t
naive_find(const struct scan_lit *lit, const char *s, size_t n, size_t from)
{
	size_t at, i;

	for (at = from; at + lit->len <= n; at++) {
		for (i = 0; i < lit->len; i++) {
			unsigned char a = (unsigned char)s[at + i],
			              b = (unsigned char)lit->p[i];
			int letter = (b | 0x20) >= 'a' && (b | 0x20) <= 'z';

			if (lit->caseless && letter ? (a | 0x20) != (b | 0x20) :
			                              a != b)
				break;
		}
		if (i == lit->len)
			return at;
	}
	return n;
}

void test_scan_lit_wide_and_narrow_steps_agree(void);
void
test_scan_lit_wide_and_narrow_steps_agree(void)
{
	/* texts of few letters, so that the rare pair stands often where
	 * the literal would and the whole must be compared; both the 64-byte
	 * steps of AVX2 (where the CPU has it) and the portable 32- and
	 * 16-byte steps, which are forced by turning wide off */
	static const char *pats[] = { "Qt", "abba", "q", "babab", "aQb",
		"abababababababababababababababababababababababababab" };
	static const char alpha[] = "abQtAB";
	char *s;
	unsigned seed = 12345;
	size_t k, n, from;
	int wide, caseless;

	for (k = 0; k < sizeof pats / sizeof pats[0]; k++)
		for (caseless = 0; caseless < 2; caseless++)
			for (n = 0; n < 700; n += 7) {
				struct scan_lit lit = { pats[k],
					strlen(pats[k]), caseless, 1, 0 };
				struct scan_lit_finder f;
				size_t i;

				/* exactly n bytes: a read past them is
				 * caught under make sanitize */
				s = xmalloc(n > 0 ? n : 1);
				for (i = 0; i < n; i++) {
					seed = seed * 1103515245u + 12345u;
					s[i] = alpha[(seed >> 16) % 6];
				}
				scan_lit_init(&f, &lit);
				for (wide = f.wide; wide >= 0; wide--) {
					f.wide = wide;
					for (from = 0; from <= n; from += 13) {
						size_t got = scan_lit_next(
						           &f, s, n, from),
						       want = naive_find(
						           &lit, s, n, from);

						if (got != want) {
							t_fail(__FILE__,
							    __LINE__,
							    "%s in %zu bytes "
							    "from %zu (wide "
							    "%d): %zu, not "
							    "%zu",
							    pats[k], n, from,
							    wide, got, want);
							free(s);
							return;
						}
					}
				}
				free(s);
			}
}

void test_scan_maps_matches_to_records_and_not_across_fields(void);
void
test_scan_maps_matches_to_records_and_not_across_fields(void)
{
	static const char *const q[] = { "deadlock first", "a dead", "lock b",
		"x", "middle deadlock here", "no",
		("kelvin \xe2\x84\xaa"
		 "ernel") };
	static const char *const a[] = { "plain", "end deadlock", "one dead",
		"lockstep", "", "dead", "deadlock" };
	static const char *const b[] = { NULL, NULL, "lock", "deadlock", NULL,
		NULL, NULL };
	struct buf bytes = { 0 };
	struct index ix;
	struct scan_out o;

	build(&bytes, &ix, q, a, b, 7);
	/* at a question's start, an answer's end, in a body; never over
	 * "a dead|lock b" (two records) or "one dead|lock" (answer, body) */
	o = scan_all_ways(&ix, "deadlock", 1, SEARCH_ALL_FIELDS, 0, 7);
	CHECK_INT(o.n, 5);
	CHECK(o.n == 5 && o.recs[0] == 0 && o.recs[1] == 1 && o.recs[2] == 3 &&
	    o.recs[3] == 4 && o.recs[4] == 6);
	scan_out_free(&o);
	o = scan_all_ways(&ix, "dead.?lock", 1, SEARCH_ALL_FIELDS, 0, 7);
	CHECK_INT(o.n, 5);
	scan_out_free(&o);
	/* U+212A KELVIN SIGN matches k caselessly: record 7's question */
	o = scan_all_ways(&ix, "kernel", 1, SEARCH_ALL_FIELDS, 0, 7);
	CHECK(o.n == 1 && o.recs[0] == 6);
	scan_out_free(&o);
	/* only the fields asked for; and a range of the records */
	o = scan_all_ways(&ix, "deadlock", 1,
	    SEARCH_FIELD(FIELD_QUESTION) | SEARCH_FIELD(FIELD_BODY), 0, 7);
	CHECK(o.n == 3 && o.recs[0] == 0 && o.recs[1] == 3 && o.recs[2] == 4);
	scan_out_free(&o);
	o = scan_all_ways(&ix, "deadlock", 1, SEARCH_ALL_FIELDS, 1, 4);
	CHECK(o.n == 2 && o.recs[0] == 1 && o.recs[1] == 3);
	scan_out_free(&o);
	/* empty matches make hits, in empty fields too; ^ and $ at the
	 * edges of fields */
	o = scan_all_ways(&ix, "z*", 1, SEARCH_ALL_FIELDS, 0, 7);
	CHECK_INT(o.n, 7);
	scan_out_free(&o);
	o = scan_all_ways(&ix, "^lock", 1, SEARCH_ALL_FIELDS, 0, 7);
	CHECK_INT(o.n, 2);
	scan_out_free(&o);
	o = scan_all_ways(&ix, "dead$", 1, SEARCH_ALL_FIELDS, 0, 7);
	CHECK_INT(o.n, 3);
	scan_out_free(&o);
	index_close(&ix);
	buf_free(&bytes);
}

void test_scan_agrees_with_pcre2_on_every_field_alone(void);
void
test_scan_agrees_with_pcre2_on_every_field_alone(void)
{
	static const char *const pats[] = { "ab", "ba", "abc", "a.b", "ab*c",
		"a+", "b{2}", "(ab|ca)c", "c.*a", "^ab", "b$", "\\bab", "[ab]c",
		"x?", "aaa", "cab", "AB", "s", "k" };
	static const char alpha[] = "abc sk\n";
	enum { N = 600 };
	const char *q[N], *a[N], *b[N];
	char *text[3 * N];
	unsigned long long seed = 42;
	struct buf bytes = { 0 };
	struct index ix;
	size_t i, j, k;

	for (i = 0; i < N; i++) {
		for (k = 0; k < 3; k++) {
			size_t len = (size_t)(t_rand(&seed) % 12);

			text[3 * i + k] = xcalloc(len + 1, 1);
			for (j = 0; j < len; j++)
				text[3 * i + k][j] = alpha[t_rand(&seed) % 7];
		}
		q[i] = text[3 * i];
		a[i] = text[3 * i + 1];
		b[i] = t_rand(&seed) % 3 == 0 ? NULL : text[3 * i + 2];
	}
	build(&bytes, &ix, q, a, b, N);
	for (i = 0; i < sizeof pats / sizeof pats[0]; i++) {
		struct scan_out o;
		int caseless;

		for (caseless = 0; caseless < 2; caseless++) {
			o = scan_all_ways(
			    &ix, pats[i], caseless, SEARCH_ALL_FIELDS, 0, N);
			scan_out_free(&o);
			o = scan_all_ways(&ix, pats[i], caseless,
			    SEARCH_FIELD(FIELD_ANSWER), 3, N - 5);
			scan_out_free(&o);
		}
	}
	for (i = 0; i < 3 * N; i++)
		free(text[i]);
	index_close(&ix);
	buf_free(&bytes);
}

/* Records whose text is not laid out in record order (beq index never
 * writes that; a hand-made index may): index_verify says so; the literal
 * over a piece's text at once sees it where it reads an entry out of
 * order, and then walks the piece record by record, so every way still
 * finds what PCRE2 on every field alone does here (an entry it does not
 * read, it cannot check: a hand-made index may hide a record from it, as
 * a posting list may from the index path). */
void test_scan_walks_text_out_of_record_order(void);
void
test_scan_walks_text_out_of_record_order(void)
{
	static const char *const q[] = { "deadlock one", "two", "three",
		"four deadlock" };
	static const char *const a[] = { "a", "deadlock b", "c", "d" };
	static const char *const b[] = { NULL, NULL, NULL, NULL };
	struct buf bytes = { 0 };
	struct index ix;
	struct scan_out o;
	char err[BEQ_ERR_MAX];
	unsigned char *e0, *e2, t[24];

	build(&bytes, &ix, q, a, b, 4);
	/* records 0 and 2 trade their text */
	e0 = (unsigned char *)bytes.data + ix.off[IDX_RECORDS] + 12;
	e2 = e0 + 2 * 36;
	memcpy(t, e0, 24);
	memcpy(e0, e2, 24);
	memcpy(e2, t, 24);
	index_close(&ix);
	CHECK(index_open_mem(&ix, bytes.data, bytes.len, err, sizeof err) == 0);
	/* beq info --verify tells */
	CHECK(index_verify(&ix, err, sizeof err) == -1);
	CHECK_STR(err, "corrupt index (record text out of order)");
	index_close(&ix);
	CHECK(index_open_mem(&ix, bytes.data, bytes.len, err, sizeof err) == 0);
	o = scan_all_ways(&ix, "deadlock", 1, SEARCH_ALL_FIELDS, 0, 4);
	CHECK(o.n == 3 && o.recs[0] == 1 && o.recs[1] == 2 && o.recs[2] == 3);
	scan_out_free(&o);
	o = scan_all_ways(&ix, "three", 1, SEARCH_ALL_FIELDS, 0, 4);
	CHECK(o.n == 1 && o.recs[0] == 0);
	scan_out_free(&o);
	index_close(&ix);
	buf_free(&bytes);
}

void test_scan_reports_text_that_is_not_utf8_as_corrupt(void);
void
test_scan_reports_text_that_is_not_utf8_as_corrupt(void)
{
	/* written as "ab’" and "cd", then the question made to end inside
	 * the character that the answer completes: one valid span, two
	 * invalid fields (beq index writes no such thing; a hostile file
	 * may hold it) */
	static const char *const q[] = { "ok", "ab\xe2\x80\x99" },
	                         *const a[] = { "fine", "cd" },
	                         *const b[] = { NULL, NULL };
	struct buf bytes = { 0 };
	struct index ix;
	struct matcher *m = NULL;
	struct scan_pat p = { 0 };
	struct got g = { { 0 }, 0, 0, 1 };
	char err[BEQ_ERR_MAX] = "";
	unsigned char *e;
	size_t off;
	int way;

	build(&bytes, &ix, q, a, b, 2);
	e = (unsigned char *)bytes.data + ix.off[IDX_RECORDS] + 36;
	CHECK(le32_get(e + 16) == 5 && le32_get(e + 24) == 2);
	le32_put(e + 16, 4);
	le32_put(e + 20, le32_get(e + 20) - 1);
	le32_put(e + 24, 3);
	index_close(&ix);
	CHECK(index_open_mem(&ix, bytes.data, bytes.len, err, sizeof err) == 0);
	CHECK(matcher_new(
	          &m, "[x]y", 4, MATCH_TRUSTED, &off, err, sizeof err) == 0);
	/* ways 0 and 1: the scan path, over spans or field by field; 2: the
	 * index path's candidates */
	for (way = 0; way < 3; way++) {
		static const uint32_t ids[] = { 0, 1 };

		p.m = m;
		p.spanable = way == 0;
		err[0] = '\0';
		CHECK((way == 2 ?
		              scan_confirm(&ix, &p, SEARCH_ALL_FIELDS,
		                  SCAN_RECORDS, 2, ids, 2, take, &g, err,
		                  sizeof err) :
		              scan_run(&ix, &p, SEARCH_ALL_FIELDS, SCAN_RECORDS,
		                  1, 0, 2, take, &g, err, sizeof err)) == -1);
		CHECK_STR(err, "corrupt index (record text is not UTF-8)");
		scan_out_free(&g.all);
	}
	matcher_free(m);
	index_close(&ix);
	buf_free(&bytes);
}
