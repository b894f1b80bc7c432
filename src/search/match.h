/* PCRE2 matching: the only module that sees pcre2.h. Patterns are UTF-8,
 * with Unicode properties, multi-line, and match/depth/heap limits. */
#ifndef BEQ_MATCH_H
#define BEQ_MATCH_H

#include <stddef.h>

struct matcher;

enum {
	MATCH_CASELESS = 1, /* letters match either case */
	/* the subjects of matcher_scan and matcher_find are known to be
	 * UTF-8 (checked by the caller): PCRE2 does not check them again,
	 * which was 30-60% of its time on short fields (search.c) */
	MATCH_TRUSTED = 4,
};

/* Compiles re[0..len) into *mp. Returns 0, or -1 with err set to PCRE2's
 * message and *erroff to the offset in re where it stopped. */
int matcher_new(struct matcher **mp, const char *re, size_t len, int flags,
    size_t *erroff, char *err, size_t errsz);
void matcher_free(struct matcher *m); /* NULL is fine */
/* JIT-compiles m where PCRE2 has a JIT for this machine; worth its cost
 * only on large inputs. Without one the interpreter runs. */
void matcher_jit(struct matcher *m);

/* Calls fn for every non-empty match in subj[0..len), left to right, and
 * returns how many matches there were (empty ones count: they make a hit),
 * or -1 with err set when a limit is reached or subj is not UTF-8. */
long matcher_scan(struct matcher *m, const char *subj, size_t len,
    void (*fn)(void *ctx, size_t start, size_t end), void *ctx, char *err,
    size_t errsz);

/* Returns a matcher that shares m's compiled (and JIT-compiled) pattern
 * but has match data, limits and a JIT stack of its own, for another
 * thread: m must outlive it and not be JIT-compiled after. Returns NULL
 * when out of memory; free it with matcher_free. */
struct matcher *matcher_clone(const struct matcher *m);

/* Looks for the first match in subj[0..len) that starts at or after
 * start: returns 1 with its offsets in *ms and *me, 0 when there is none,
 * or -1 with err set as matcher_scan does. subj is checked for UTF-8 (from
 * start on) unless checked says the caller or a call on the same subject
 * already did (whatever MATCH_TRUSTED says: a span is not a field). */
int matcher_next(struct matcher *m, const char *subj, size_t len, size_t start,
    int checked, size_t *ms, size_t *me, char *err, size_t errsz);

/* Returns 1 when re matches subj[0..len) at all (an empty match counts,
 * as for matcher_scan), 0 when not, or -1 with err set as matcher_scan
 * does. Stops at the first match. */
int matcher_find(
    struct matcher *m, const char *subj, size_t len, char *err, size_t errsz);

/* Reports whether the UTF-8 text s[0..len) holds an upper- or title-case
 * letter (Unicode properties Lu, Lt). */
int match_has_upper(const char *s, size_t len);

#endif
