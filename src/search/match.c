/* PCRE2 matching: the only module that sees pcre2.h. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <stdlib.h>
#include <string.h>

#include <pcre2.h>

#include "config.h"
#include "match.h"
#include "util.h"

struct matcher {
	pcre2_code *code;
	pcre2_match_data *md;
	pcre2_match_context *mc;
	pcre2_jit_stack *jit;
	int trusted;
	int shared; /* code belongs to the matcher this one is a clone of */
};

void
matcher_free(struct matcher *m)
{
	if (m == NULL)
		return;
	pcre2_match_data_free(m->md);
	pcre2_match_context_free(m->mc);
	pcre2_jit_stack_free(m->jit);
	if (!m->shared)
		pcre2_code_free(m->code);
	free(m);
}

int
matcher_new(struct matcher **mp, const char *re, size_t len, int flags,
    size_t *erroff, char *err, size_t errsz)
{
	uint32_t opt = PCRE2_UTF | PCRE2_UCP | PCRE2_MULTILINE;
	pcre2_compile_context *cc;
	struct matcher *m;
	PCRE2_UCHAR msg[256];
	PCRE2_SIZE off;
	int code;

	*mp = NULL;
	if (flags & MATCH_CASELESS)
		opt |= PCRE2_CASELESS;
	cc = pcre2_compile_context_create(NULL);
	if (cc == NULL)
		return errorf(err, errsz, "out of memory");
	m = xcalloc(1, sizeof *m);
	m->code = pcre2_compile((PCRE2_SPTR)re, len, opt, &code, &off, cc);
	pcre2_compile_context_free(cc);
	if (m->code == NULL) {
		pcre2_get_error_message(code, msg, sizeof msg);
		*erroff = off;
		free(m);
		return errorf(err, errsz, "%s", (char *)msg);
	}
	m->md = pcre2_match_data_create_from_pattern(m->code, NULL);
	m->mc = pcre2_match_context_create(NULL);
	if (m->md == NULL || m->mc == NULL) {
		matcher_free(m);
		return errorf(err, errsz, "out of memory");
	}
	pcre2_set_match_limit(m->mc, BEQ_MATCH_LIMIT);
	pcre2_set_depth_limit(m->mc, BEQ_DEPTH_LIMIT);
	pcre2_set_heap_limit(m->mc, BEQ_HEAP_LIMIT_KIB);
	m->trusted = (flags & MATCH_TRUSTED) != 0;
	*mp = m;
	return 0;
}

void
matcher_jit(struct matcher *m)
{
	if (m->jit != NULL ||
	    pcre2_jit_compile(m->code, PCRE2_JIT_COMPLETE) != 0)
		return;
	m->jit = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
	if (m->jit != NULL)
		pcre2_jit_stack_assign(m->mc, NULL, m->jit);
}

struct matcher *
matcher_clone(const struct matcher *m)
{
	struct matcher *c = xcalloc(1, sizeof *c);

	c->code = m->code;
	c->shared = 1;
	c->trusted = m->trusted;
	c->md = pcre2_match_data_create_from_pattern(c->code, NULL);
	c->mc = pcre2_match_context_copy(m->mc);
	if (c->md == NULL || c->mc == NULL)
		goto fail;
	if (m->jit != NULL) {
		c->jit = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
		if (c->jit == NULL)
			goto fail;
		pcre2_jit_stack_assign(c->mc, NULL, c->jit);
	}
	return c;
fail:
	matcher_free(c);
	return NULL;
}

/* Sets err for PCRE2 error rc; returns -1. */
static int
match_error(int rc, char *err, size_t errsz)
{
	PCRE2_UCHAR msg[256];

	if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
	    rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT)
		return errorf(err, errsz, "pattern too complex");
	pcre2_get_error_message(rc, msg, sizeof msg);
	return errorf(err, errsz, "%s", (char *)msg);
}

long
matcher_scan(struct matcher *m, const char *subj, size_t len,
    void (*fn)(void *, size_t, size_t), void *ctx, char *err, size_t errsz)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md), start = 0;
	uint32_t opt = m->trusted ? PCRE2_NO_UTF_CHECK : 0, extra = 0;
	long count = 0;
	int rc;

	for (;;) {
		rc = pcre2_match(m->code, (PCRE2_SPTR)subj, len, start,
		    opt | extra, m->md, m->mc);
		if (rc == PCRE2_ERROR_NOMATCH) {
			if (extra == 0 || start >= len)
				break;
			/* No non-empty match at an empty match's place: move
			 * on one character (two for CRLF, as grep does). */
			extra = 0;
			start++;
			while (start < len &&
			    ((unsigned char)subj[start] & 0xc0) == 0x80)
				start++;
			continue;
		}
		if (rc < 0)
			return match_error(rc, err, errsz);
		count++;
		if (ov[1] < ov[0]) {
			/* \K in a lookahead can end a match before its
			 * start; report nothing for it and move on. */
			start = ov[0] + 1 > len ? len : ov[0] + 1;
			extra = 0;
			if (start >= len)
				break;
			continue;
		}
		if (ov[1] > ov[0] && fn != NULL)
			fn(ctx, ov[0], ov[1]);
		/* After an empty match, look for a non-empty one at the same
		 * place before moving on. */
		extra = ov[0] == ov[1] ?
		    PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED :
		    0;
		start = ov[1];
		if (start > len || (extra && start == len))
			break;
		opt |= PCRE2_NO_UTF_CHECK; /* checked on the first call */
	}
	return count;
}

int
matcher_next(struct matcher *m, const char *subj, size_t len, size_t start,
    int checked, size_t *ms, size_t *me, char *err, size_t errsz)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
	int rc = pcre2_match(m->code, (PCRE2_SPTR)subj, len, start,
	    checked ? PCRE2_NO_UTF_CHECK : 0, m->md, m->mc);

	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	if (rc < 0)
		return match_error(rc, err, errsz);
	*ms = ov[0];
	/* \K in a lookahead can end a match before its start */
	*me = ov[1] < ov[0] ? ov[0] : ov[1];
	return 1;
}

int
matcher_find(
    struct matcher *m, const char *subj, size_t len, char *err, size_t errsz)
{
	int rc = pcre2_match(m->code, (PCRE2_SPTR)subj, len, 0,
	    m->trusted ? PCRE2_NO_UTF_CHECK : 0, m->md, m->mc);

	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	return rc < 0 ? match_error(rc, err, errsz) : 1;
}

int
match_has_upper(const char *s, size_t len)
{
	struct matcher *m;
	size_t off;
	long n;

	if (matcher_new(&m, "[\\p{Lu}\\p{Lt}]", 14, 0, &off, NULL, 0) == -1)
		return 0;
	n = matcher_scan(m, s, len, NULL, NULL, NULL, 0);
	matcher_free(m);
	return n > 0;
}
