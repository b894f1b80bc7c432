/* Internals shared by the planner's parser (query_parse.c) and its facts,
 * sets and queries (query.c); see query.c for what the facts mean. */
#ifndef BEQ_QUERY_IMPL_H
#define BEQ_QUERY_IMPL_H

#include <stddef.h>
#include <stdint.h>

enum { Q_ALL, Q_NONE, Q_AND, Q_OR };

/* A term of a query's tri that is a pair of bytes (b0<<8 | b1 below the
 * flag), not a trigram: what plan_build falls back on (query.c). */
#define Q_PAIR 0x80000000u

struct query {
	int op;
	uint32_t *tri;
	size_t ntri;
	struct query **sub;
	size_t nsub;
};

struct str {
	const char *p;
	size_t n;
};

struct sset {
	struct str *s;
	size_t n;
};

struct info {
	int emptyable;
	int has_exact;
	struct sset exact, prefix, suffix;
	struct query *match;
};

/* All memory of one plan comes from an arena freed at once. */
struct arena {
	struct arena *next;
	size_t used, cap;
	max_align_t data[];
};

void *qi_alloc(struct arena **ar, size_t n);
struct sset qi_set_one(struct arena **ar, const char *p, size_t n);
struct info qi_any_string(struct arena **ar, int emptyable);
struct info qi_exact_set(struct sset s);
struct info qi_empty_string(struct arena **ar);
struct info qi_concat(struct arena **ar, struct info x, struct info y);
struct info qi_alternate(struct arena **ar, struct info x, struct info y);
struct info qi_plus(struct arena **ar, struct info x);
void qi_simplify(struct arena **ar, struct info *in, int force);
void qi_add_exact(struct arena **ar, struct info *in);
/* The query of in, or when its trigrams admit every record, the plan of
 * pairs of its strings. */
struct query *qi_fallback(struct arena **ar, const struct info *in);
extern struct query qi_all;

#endif
