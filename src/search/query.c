/* Regex -> trigram query planner and evaluator. The parser reads the PCRE2
 * syntax it knows into per-node facts (after codesearch's regexpInfo):
 *   emptyable  the node can match the empty string
 *   exact      the complete set of strings it matches, when small
 *   prefix     strings every match starts with one of (when not exact)
 *   suffix     strings every match ends with one of (when not exact)
 *   match      a trigram query every match satisfies
 * All strings are ASCII-lower-cased bytes, as the index's trigrams are. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "query.h"
#include "query_impl.h"
#include "utf8.h"
#include "util.h"

void *
qi_alloc(struct arena **ar, size_t n)
{
	struct arena *a = *ar;

	n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) *
	    sizeof(max_align_t);
	if (a == NULL || a->cap - a->used < n) {
		size_t cap = n > 65536 ? n : 65536;

		a = xmalloc(sizeof *a + cap);
		a->next = *ar;
		a->used = 0;
		a->cap = cap;
		*ar = a;
	}
	a->used += n;
	return (char *)a->data + a->used - n;
}

struct query qi_all = { Q_ALL, NULL, 0, NULL, 0 };
static struct query q_none = { Q_NONE, NULL, 0, NULL, 0 };

/* ---- queries ---- */

static struct query *
q_new(struct arena **ar, int op, size_t ntri, size_t nsub)
{
	struct query *q = qi_alloc(ar, sizeof *q);

	q->op = op;
	q->tri = qi_alloc(ar, (ntri ? ntri : 1) * sizeof *q->tri);
	q->ntri = 0;
	q->sub = qi_alloc(ar, (nsub ? nsub : 1) * sizeof *q->sub);
	q->nsub = 0;
	return q;
}

static void
q_addtri(struct query *q, uint32_t t)
{
	size_t i;

	for (i = 0; i < q->ntri; i++)
		if (q->tri[i] == t)
			return;
	q->tri[q->ntri++] = t;
}

/* Combines a and b with op (Q_AND or Q_OR), flattening and simplifying. */
static struct query *
q_op(struct arena **ar, int op, struct query *a, struct query *b)
{
	int other = op == Q_AND ? Q_OR : Q_AND;
	struct query *q, *parts[2] = { a, b };
	size_t ntri = 0, nsub = 0, i, j;

	/* ALL is AND's identity and OR's zero; NONE the reverse. */
	for (i = 0; i < 2; i++) {
		int id = op == Q_AND ? Q_ALL : Q_NONE;

		if (parts[i]->op == id)
			return parts[1 - i];
		if (parts[i]->op == (op == Q_AND ? Q_NONE : Q_ALL))
			return parts[i];
	}
	for (i = 0; i < 2; i++) {
		if (parts[i]->op == op) {
			ntri += parts[i]->ntri;
			nsub += parts[i]->nsub;
		} else if (parts[i]->op == other && parts[i]->nsub == 0 &&
		    parts[i]->ntri == 1)
			ntri++;
		else
			nsub++;
	}
	/* An AND may drop terms and still hold for every match: a long
	 * literal keeps BEQ_PLAN_MAX_AND of them, and planning stays linear
	 * (each step copies the AND). An OR may drop none. */
	q = q_new(ar, op, ntri, nsub);
	for (i = 0; i < 2; i++) {
		struct query *p = parts[i];

		if (p->op == op) {
			for (j = 0; j < p->ntri; j++)
				if (op == Q_OR || q->ntri < BEQ_PLAN_MAX_AND)
					q_addtri(q, p->tri[j]);
			for (j = 0; j < p->nsub; j++)
				if (op == Q_OR || q->nsub < BEQ_PLAN_MAX_AND)
					q->sub[q->nsub++] = p->sub[j];
		} else if (p->nsub == 0 && p->ntri == 1) {
			if (op == Q_OR || q->ntri < BEQ_PLAN_MAX_AND)
				q_addtri(q, p->tri[0]);
		} else if (op == Q_OR || q->nsub < BEQ_PLAN_MAX_AND)
			q->sub[q->nsub++] = p;
	}
	return q;
}

static uint32_t
tri_at(const char *p)
{
	return (uint32_t)(unsigned char)p[0] << 16 |
	    (uint32_t)(unsigned char)p[1] << 8 | (unsigned char)p[2];
}

/* The query that a match containing one of the strings of s satisfies:
 * OR over the strings of the AND of their trigrams. */
static struct query *
q_strings(struct arena **ar, const struct sset *s)
{
	struct query * or = &q_none;
	size_t i, j;

	if (s->n == 0)
		return &qi_all; /* no information */
	for (i = 0; i < s->n; i++) {
		struct query *and;

		if (s->s[i].n < 3)
			return &qi_all;
		and = q_new(ar, Q_AND, s->s[i].n - 2, 0);
		for (j = 0; j + 3 <= s->s[i].n; j++)
			q_addtri(and, tri_at(s->s[i].p + j));
		or = q_op(ar, Q_OR, or, and);
	}
	return or ;
}

/* The plan of pairs, for a pattern whose trigrams admit every record: a
 * match holds one of the strings of s, so a record holds a pair of bytes
 * of it (the index finds a pair in every trigram that starts or ends
 * with it: index_pair), or all of its trigrams when it has some. A
 * string shorter than a pair, or no string, tells nothing. */
static struct query *
q_pairs(struct arena **ar, const struct sset *s)
{
	struct query * or = &q_none;
	size_t i;

	if (s->n == 0)
		return &qi_all;
	for (i = 0; i < s->n; i++) {
		struct sset one = { s->s + i, 1 };
		struct query *q;

		if (s->s[i].n < 2)
			return &qi_all;
		if (s->s[i].n >= 3)
			q = q_strings(ar, &one);
		else {
			q = q_new(ar, Q_AND, 1, 0);
			q_addtri(q,
			    Q_PAIR |
			        (uint32_t)(unsigned char)s->s[i].p[0] << 8 |
			        (unsigned char)s->s[i].p[1]);
		}
		or = q_op(ar, Q_OR, or, q);
	}
	return or ;
}

struct query *
qi_fallback(struct arena **ar, const struct info *in)
{
	if (in->match->op != Q_ALL)
		return in->match;
	if (in->has_exact)
		return q_pairs(ar, &in->exact);
	return q_op(
	    ar, Q_AND, q_pairs(ar, &in->prefix), q_pairs(ar, &in->suffix));
}

/* ---- string sets ---- */

static int
str_cmp(struct str a, struct str b, int rev)
{
	size_t i, n = a.n < b.n ? a.n : b.n;

	for (i = 0; i < n; i++) {
		unsigned char x = (unsigned char)a.p[rev ? a.n - 1 - i : i];
		unsigned char y = (unsigned char)b.p[rev ? b.n - 1 - i : i];

		if (x != y)
			return x < y ? -1 : 1;
	}
	return a.n < b.n ? -1 : a.n > b.n;
}

static int
cmp_fwd(const void *a, const void *b)
{
	return str_cmp(*(const struct str *)a, *(const struct str *)b, 0);
}

static int
cmp_rev(const void *a, const void *b)
{
	return str_cmp(*(const struct str *)a, *(const struct str *)b, 1);
}

/* Sorts (by suffix when rev) and removes duplicates. */
static void
set_clean(struct sset *s, int rev)
{
	size_t i, w = 0;

	if (s->n < 2)
		return;
	qsort(s->s, s->n, sizeof *s->s, rev ? cmp_rev : cmp_fwd);
	for (i = 0; i < s->n; i++)
		if (w == 0 || str_cmp(s->s[w - 1], s->s[i], 0) != 0)
			s->s[w++] = s->s[i];
	s->n = w;
}

static size_t
set_minlen(const struct sset *s)
{
	size_t i, m = SIZE_MAX;

	for (i = 0; i < s->n; i++)
		if (s->s[i].n < m)
			m = s->s[i].n;
	return s->n ? m : 0;
}

struct sset
qi_set_one(struct arena **ar, const char *p, size_t n)
{
	struct sset s;

	s.s = qi_alloc(ar, sizeof *s.s);
	s.s[0].p = p;
	s.s[0].n = n;
	s.n = 1;
	return s;
}

static struct sset
set_union(
    struct arena **ar, const struct sset *a, const struct sset *b, int rev)
{
	struct sset s;

	s.s = qi_alloc(ar, (a->n + b->n + 1) * sizeof *s.s);
	if (a->n > 0)
		memcpy(s.s, a->s, a->n * sizeof *s.s);
	if (b->n > 0)
		memcpy(s.s + a->n, b->s, b->n * sizeof *s.s);
	s.n = a->n + b->n;
	set_clean(&s, rev);
	return s;
}

static struct sset
set_cross(
    struct arena **ar, const struct sset *a, const struct sset *b, int rev)
{
	struct sset s;
	size_t i, j;

	s.s = qi_alloc(ar, (a->n * b->n + 1) * sizeof *s.s);
	s.n = 0;
	for (i = 0; i < a->n; i++)
		for (j = 0; j < b->n; j++) {
			char *p = qi_alloc(ar, a->s[i].n + b->s[j].n + 1);

			memcpy(p, a->s[i].p, a->s[i].n);
			memcpy(p + a->s[i].n, b->s[j].p, b->s[j].n);
			s.s[s.n].p = p;
			s.s[s.n++].n = a->s[i].n + b->s[j].n;
		}
	set_clean(&s, rev);
	return s;
}

/* ---- facts ---- */

void
qi_add_exact(struct arena **ar, struct info *in)
{
	if (in->has_exact)
		in->match = q_op(
		    ar, Q_AND, in->match, q_strings(ar, &in->exact));
}

/* Moves a too-large prefix or suffix set into the match query and cuts its
 * strings down to two bytes, keeping only the shortest of each family. */
static void
simplify_set(struct arena **ar, struct info *in, struct sset *t, int rev)
{
	size_t n, i, w;

	set_clean(t, rev);
	in->match = q_op(ar, Q_AND, in->match, q_strings(ar, t));
	for (n = 3; n == 3 || t->n > BEQ_PLAN_MAX_SET; n--) {
		for (i = 0; i < t->n; i++)
			if (t->s[i].n >= n) {
				if (rev)
					t->s[i].p += t->s[i].n - (n - 1);
				t->s[i].n = n - 1;
			}
		set_clean(t, rev);
		if (n == 1)
			break;
	}
	for (i = w = 0; i < t->n; i++) {
		struct str prev = w ? t->s[w - 1] : t->s[0];
		int redundant = w > 0 && prev.n <= t->s[i].n &&
		    memcmp(prev.p, t->s[i].p + (rev ? t->s[i].n - prev.n : 0),
		        prev.n) == 0;

		if (!redundant)
			t->s[w++] = t->s[i];
	}
	t->n = w;
}

void
qi_simplify(struct arena **ar, struct info *in, int force)
{
	size_t i, m;

	if (in->has_exact) {
		set_clean(&in->exact, 0);
		m = set_minlen(&in->exact);
		if (in->exact.n > BEQ_PLAN_MAX_EXACT || (force && m >= 3) ||
		    m >= 16) {
			struct sset p, s;

			qi_add_exact(ar, in);
			p.s = qi_alloc(ar, (in->exact.n + 1) * sizeof *p.s);
			s.s = qi_alloc(ar, (in->exact.n + 1) * sizeof *s.s);
			p.n = s.n = in->exact.n;
			for (i = 0; i < in->exact.n; i++) {
				struct str x = in->exact.s[i];

				p.s[i] = s.s[i] = x;
				if (x.n >= 3) {
					p.s[i].n = s.s[i].n = 2;
					s.s[i].p = x.p + x.n - 2;
				}
			}
			in->prefix = p;
			in->suffix = s;
			in->has_exact = 0;
		}
	}
	if (!in->has_exact) {
		simplify_set(ar, in, &in->prefix, 0);
		simplify_set(ar, in, &in->suffix, 1);
	}
}

struct info
qi_any_string(struct arena **ar, int emptyable)
{
	struct info in = { 0 };

	in.emptyable = emptyable;
	in.prefix = qi_set_one(ar, "", 0);
	in.suffix = qi_set_one(ar, "", 0);
	in.match = &qi_all;
	return in;
}

struct info
qi_exact_set(struct sset s)
{
	struct info in = { 0 };

	in.has_exact = 1;
	in.exact = s;
	in.match = &qi_all;
	in.emptyable = set_minlen(&s) == 0;
	return in;
}

struct info
qi_empty_string(struct arena **ar)
{
	return qi_exact_set(qi_set_one(ar, "", 0));
}

struct info
qi_concat(struct arena **ar, struct info x, struct info y)
{
	struct info xy = { 0 };

	xy.match = q_op(ar, Q_AND, x.match, y.match);
	if (x.has_exact && y.has_exact) {
		xy.has_exact = 1;
		xy.exact = set_cross(ar, &x.exact, &y.exact, 0);
	} else {
		if (x.has_exact)
			xy.prefix = set_cross(ar, &x.exact, &y.prefix, 0);
		else {
			xy.prefix = x.prefix;
			if (x.emptyable)
				xy.prefix = set_union(
				    ar, &xy.prefix, &y.prefix, 0);
		}
		if (y.has_exact)
			xy.suffix = set_cross(ar, &x.suffix, &y.exact, 1);
		else {
			xy.suffix = y.suffix;
			if (y.emptyable)
				xy.suffix = set_union(
				    ar, &xy.suffix, &x.suffix, 1);
		}
	}
	/* A match of xy holds some suffix of x followed by some prefix of
	 * y: when all such joins are trigram-long, one of them is there. */
	if (!x.has_exact && !y.has_exact && x.suffix.n <= BEQ_PLAN_MAX_SET &&
	    y.prefix.n <= BEQ_PLAN_MAX_SET &&
	    set_minlen(&x.suffix) + set_minlen(&y.prefix) >= 3) {
		struct sset j = set_cross(ar, &x.suffix, &y.prefix, 0);

		xy.match = q_op(ar, Q_AND, xy.match, q_strings(ar, &j));
	}
	xy.emptyable = x.emptyable && y.emptyable;
	qi_simplify(ar, &xy, 0);
	return xy;
}

struct info
qi_alternate(struct arena **ar, struct info x, struct info y)
{
	struct info xy = { 0 };

	if (x.has_exact && y.has_exact) {
		xy.has_exact = 1;
		xy.exact = set_union(ar, &x.exact, &y.exact, 0);
	} else if (x.has_exact) {
		xy.prefix = set_union(ar, &x.exact, &y.prefix, 0);
		xy.suffix = set_union(ar, &x.exact, &y.suffix, 1);
		qi_add_exact(ar, &x);
	} else if (y.has_exact) {
		xy.prefix = set_union(ar, &x.prefix, &y.exact, 0);
		xy.suffix = set_union(ar, &x.suffix, &y.exact, 1);
		qi_add_exact(ar, &y);
	} else {
		xy.prefix = set_union(ar, &x.prefix, &y.prefix, 0);
		xy.suffix = set_union(ar, &x.suffix, &y.suffix, 1);
	}
	xy.emptyable = x.emptyable || y.emptyable;
	xy.match = q_op(ar, Q_OR, x.match, y.match);
	qi_simplify(ar, &xy, 0);
	return xy;
}

/* x+: at least one x, so its prefixes and suffixes stay; no longer exact. */
struct info
qi_plus(struct arena **ar, struct info x)
{
	if (x.has_exact) {
		x.prefix = set_union(ar, &x.exact, &x.exact, 0);
		x.suffix = set_union(ar, &x.exact, &x.exact, 1);
		x.has_exact = 0;
	}
	return x;
}

/* ---- plans ---- */

void
plan_free(struct plan *p)
{
	struct arena *a = p->arena, *next;

	for (; a != NULL; a = next) {
		next = a->next;
		free(a);
	}
	p->arena = NULL;
	p->root = NULL;
}

static void
format(const struct query *q, struct buf *out, int nested)
{
	const char *sep = q->op == Q_AND ? " " : "|";
	size_t i, k = 0;

	if (q->op == Q_ALL || q->op == Q_NONE) {
		buf_addc(out, q->op == Q_ALL ? '+' : '-');
		return;
	}
	if (q->op == Q_OR || nested)
		buf_addc(out, '(');
	for (i = 0; i < q->ntri; i++, k++) {
		int j;

		if (k > 0)
			buf_adds(out, sep);
		buf_addc(out, '"');
		for (j = q->tri[i] & Q_PAIR ? 8 : 16; j >= 0; j -= 8) {
			unsigned c = q->tri[i] >> j & 0xff;

			if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\')
				buf_printf(out, "\\x%02x", c);
			else
				buf_addc(out, (int)c);
		}
		buf_addc(out, '"');
	}
	for (i = 0; i < q->nsub; i++, k++) {
		if (k > 0)
			buf_adds(out, sep);
		format(q->sub[i], out, q->op == Q_OR && q->sub[i]->op == Q_AND);
	}
	if (q->op == Q_OR || nested)
		buf_addc(out, ')');
}

void
plan_format(const struct plan *p, struct buf *out)
{
	format(p->root, out, 0);
}

static void
swap(struct postings *a, struct postings *b)
{
	struct postings t = *a;

	*a = *b;
	*b = t;
}

/* The records of one term of a query's tri: a trigram's list, or a
 * pair's (*all when its lists hold a share of the records that the scan
 * path would take: reading them would cost more than it saves). */
static int
term(const struct index *ix, uint32_t t, struct postings *out, int *all,
    char *err, size_t errsz)
{
	*all = 0;
	if (t & Q_PAIR)
		return index_pair(ix, t & 0xffff,
		    (uint64_t)((double)ix->nrecords * BEQ_SCAN_MIN_PERCENT /
		        100.0),
		    out, all, err, errsz);
	return index_postings(ix, t, out, err, errsz);
}

static int
eval(const struct query *q, const struct index *ix, struct postings *out,
    int *all, char *err, size_t errsz)
{
	struct postings got = { 0 }, res = { 0 };
	size_t i, n = q->ntri + q->nsub, ntri = 0;
	int sub_all, rc = 0;

	out->n = 0;
	*all = q->op == Q_ALL || q->op == Q_AND;
	if (q->op == Q_ALL || q->op == Q_NONE)
		return 0;
	/* an AND's trigrams at once: the index intersects their lists
	 * rarest first, skipping through the longer ones, and passes over
	 * those that would take out too few candidates (postings_narrow.c:
	 * the candidates may be more, never fewer); its pairs after them */
	for (i = 0; i < q->ntri && q->op == Q_AND; i++)
		ntri += (q->tri[i] & Q_PAIR) == 0;
	if (ntri > 0) {
		uint32_t *tri = xreallocarray(NULL, ntri, sizeof *tri);
		size_t k = 0;

		for (i = 0; i < q->ntri; i++)
			if ((q->tri[i] & Q_PAIR) == 0)
				tri[k++] = q->tri[i];
		rc = index_narrow(ix, tri, ntri, out, err, errsz);
		free(tri);
		if (rc == -1)
			return -1;
		*all = 0;
		if (out->n == 0)
			return 0;
	}
	for (i = 0; i < n; i++) {
		if (i < q->ntri) {
			if (q->op == Q_AND && (q->tri[i] & Q_PAIR) == 0)
				continue;
			rc = term(ix, q->tri[i], &got, &sub_all, err, errsz);
		} else
			rc = eval(q->sub[i - q->ntri], ix, &got, &sub_all, err,
			    errsz);
		if (rc == -1)
			break;
		if (q->op == Q_AND) {
			if (sub_all)
				continue;
			if (*all) {
				swap(out, &got);
				*all = 0;
			} else {
				postings_and(out, &got, &res);
				swap(out, &res);
			}
			if (out->n == 0)
				break;
		} else {
			if (sub_all) {
				*all = 1;
				out->n = 0;
				break;
			}
			postings_or(out, &got, &res);
			swap(out, &res);
		}
	}
	postings_free(&got);
	postings_free(&res);
	return rc;
}

int
plan_eval(const struct plan *p, const struct index *ix, struct postings *out,
    int *all, char *err, size_t errsz)
{
	return eval(p->root, ix, out, all, err, errsz);
}
