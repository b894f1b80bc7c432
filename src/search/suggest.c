/* "Did you mean": which words of a failed search to suggest for, and
 * what. Reads the records only for a pattern that qualifies. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "suggest.h"
#include "util.h"
#include "words.h"

/* Made of ASCII letters and spaces only, with at least one letter. */
static int
wordlike(const char *p)
{
	int letters = 0;

	for (; *p != '\0'; p++) {
		if (words_letter((unsigned char)*p))
			letters = 1;
		else if (*p != ' ')
			return 0;
	}
	return letters;
}

/* Whether pattern pat alone matches a record that o lets through. */
static int
matches_alone(const struct index *ix, char *pat, const struct search_opts *o,
    int *found, char *err, size_t errsz)
{
	struct search_opts one = *o;
	struct search_result res = { 0 };
	int rc;

	one.first = 1; /* any hit will do */
	rc = search_run(ix, &pat, 1, &one, &res, err, errsz);
	*found = res.n > 0;
	search_result_free(&res);
	return rc;
}

/* Appends to sg an entry for pattern j's bytes [start, start + len), and
 * returns it, empty. */
static struct suggest_word *
entry(struct suggest *sg, size_t *cap, size_t j, size_t start, size_t len)
{
	struct suggest_word *w;

	if (sg->n == *cap) {
		*cap = *cap ? 2 * *cap : 4;
		sg->w = xreallocarray(sg->w, *cap, sizeof *sg->w);
	}
	w = &sg->w[sg->n++];
	memset(w, 0, sizeof *w);
	w->pat = j;
	w->start = start;
	w->len = len;
	return w;
}

/* Adds to sg the suggestions for word w[0..len) of pattern j, unless it
 * is a word of the records (in v): first, for a word glued of two that
 * match as a phrase ("racecondition"), the two; then the words of v at
 * least threshold similar. */
static int
add(const struct index *ix, struct suggest *sg, size_t *cap,
    const struct vocab *v, size_t j, const char *pat, size_t start, size_t len,
    double threshold, const struct search_opts *o, char *err, size_t errsz)
{
	struct suggestion s[BEQ_SUGGEST_MAX];
	struct suggest_word *w;
	char split[BEQ_WORD_MAX + 2];
	size_t k, n, cut, at = 0;
	int found = 0;

	if (words_find(&v->w, pat + start, len) != UINT32_MAX)
		return 0;
	/* halves of 4 letters or more: shorter ones make phrases of most
	 * words ("theread": "the read") */
	for (cut = 4; len < BEQ_WORD_MAX && cut + 4 <= len && !found; cut++) {
		memcpy(split, pat + start, cut);
		split[cut] = ' ';
		memcpy(split + cut + 1, pat + start + cut, len - cut);
		split[len + 1] = '\0';
		if (matches_alone(ix, split, o, &found, err, errsz) == -1)
			return -1;
	}
	n = vocab_suggest(v, pat + start, len, threshold, s, BEQ_SUGGEST_MAX);
	if (n == 0 && !found)
		return 0;
	w = entry(sg, cap, j, start, len);
	if (found) {
		for (k = 0; k < len + 1; k++)
			w->word[0][k] = split[k] == ' ' ?
			    ' ' :
			    (char)(split[k] | 0x20);
		w->sim[0] = 1.0;
		at = 1;
	}
	for (k = 0; k < n && at < BEQ_SUGGEST_MAX; k++) {
		const char *p;
		size_t wl = words_get(&v->w, s[k].word, &p);

		memcpy(w->word[at], p, wl);
		w->word[at][wl] = '\0';
		w->sim[at++] = s[k].sim;
	}
	w->n = at;
	return 0;
}

/* Whether pattern bytes p[0..n) are spaces only. */
static int
spaces(const char *p, size_t n)
{
	while (n > 0 && p[n - 1] == ' ')
		n--;
	return n == 0;
}

/* Sets *joined when the words a[0..alen) and b[0..blen) written as one
 * are a word of the records in the categories of o (a phrase split in
 * two: "dead lock"), and copies it, lower-cased, to out. */
static int
join(const struct index *ix, const struct search_opts *o, const char *a,
    size_t alen, const char *b, size_t blen, double threshold, char *out,
    int *joined, char *err, size_t errsz)
{
	struct vocab v = { 0 };
	size_t k;
	int rc;

	*joined = 0;
	if (alen + blen > BEQ_WORD_MAX)
		return 0;
	memcpy(out, a, alen);
	memcpy(out + alen, b, blen);
	out[alen + blen] = '\0';
	for (k = 0; k < alen + blen; k++)
		out[k] = (char)(out[k] | 0x20);
	rc = vocab_build_near(
	    &v, ix, o->cats, out, alen + blen, threshold, err, errsz);
	if (rc == 0)
		*joined = words_find(&v.w, out, alen + blen) != UINT32_MAX;
	vocab_free(&v);
	return rc;
}

int
suggest_run(const struct index *ix, char *const *pats, size_t npats,
    const struct search_opts *o, double threshold, struct suggest *sg,
    char *err, size_t errsz)
{
	struct vocab all = { 0 }, near = { 0 };
	struct suggest_word *w;
	char word[BEQ_WORD_MAX + 1], one[BEQ_WORD_MAX + 1];
	size_t j, pos, start, len, cap = 0, nw, k, span;
	size_t ws[BEQ_SUGGEST_WORDS], wl[BEQ_SUGGEST_WORDS];
	int found, joined, pair, built = 0, rc = -1;

	memset(sg, 0, sizeof *sg);
	for (j = 0; j < npats; j++) {
		if (!wordlike(pats[j]))
			continue;
		/* one pattern that found nothing found nothing alone */
		if (npats > 1) {
			if (matches_alone(ix, pats[j], o, &found, err, errsz) ==
			    -1)
				goto out;
			if (found)
				continue;
		}
		pos = 0;
		nw = 0;
		while (nw < BEQ_SUGGEST_WORDS &&
		    words_next(pats[j], strlen(pats[j]), &pos, &start, &len)) {
			ws[nw] = start;
			wl[nw++] = len;
		}
		for (k = 0; k < nw; k++) {
			start = ws[k];
			len = wl[k];
			/* "dead lock": each word matches, the phrase does not,
			 * the two as one word do */
			span = k + 1 < nw ? ws[k + 1] + wl[k + 1] - start : 0;
			pair = span > 0 && span <= BEQ_WORD_MAX &&
			    spaces(
			        pats[j] + start + len, ws[k + 1] - start - len);
			if (pair) {
				memcpy(one, pats[j] + start, span);
				one[span] = '\0';
				if (matches_alone(
				        ix, one, o, &found, err, errsz) == -1 ||
				    (!found &&
				        join(ix, o, pats[j] + start, len,
				            pats[j] + ws[k + 1], wl[k + 1],
				            threshold, word, &joined, err,
				            errsz) == -1))
					goto out;
				if (!found && joined) {
					w = entry(sg, &cap, j, start, span);
					memcpy(w->word[0], word,
					    len + wl[k + 1] + 1);
					w->sim[0] = 1.0;
					w->n = 1;
					k++;
					continue;
				}
			}
			/* a word of a phrase that matches on its own is no
			 * misspelling ("lock" in "deadlock") */
			if (nw > 1) {
				memcpy(one, pats[j] + start, len);
				one[len] = '\0';
				if (matches_alone(
				        ix, one, o, &found, err, errsz) == -1)
					goto out;
				if (found)
					continue;
			}
			if (len >= 3) {
				if (vocab_build_near(&near, ix, o->cats,
				        pats[j] + start, len, threshold, err,
				        errsz) == -1)
					goto out;
				if (add(ix, sg, &cap, &near, j, pats[j], start,
				        len, threshold, o, err, errsz) == -1)
					goto out;
				vocab_free(&near);
				continue;
			}
			if (!built) {
				vocab_build(&all, ix, o->cats);
				built = 1;
			}
			if (add(ix, sg, &cap, &all, j, pats[j], start, len,
			        threshold, o, err, errsz) == -1)
				goto out;
		}
	}
	rc = 0;
out:
	vocab_free(&near);
	vocab_free(&all);
	return rc;
}

int
suggest_patterns(const struct index *ix, char *const *pats,
    const struct search_opts *o, const struct suggest *sg, size_t *i,
    struct suggest_pattern *sp, char *err, size_t errsz)
{
	struct buf b = { 0 };
	size_t first = *i, last, j, at, k, alts;
	int found;

	memset(sp, 0, sizeof *sp);
	if (*i >= sg->n)
		return 0;
	j = sp->pat = sg->w[first].pat;
	for (last = first; last < sg->n && sg->w[last].pat == j; last++)
		;
	*i = last;
	/* one place to change: each of its words; several: the best of
	 * each (their product is too many to try) */
	alts = last - first == 1 ? sg->w[first].n : 1;
	for (k = 0; k < alts; k++) {
		size_t m;

		b.len = 0;
		at = 0;
		for (m = first; m < last; m++) {
			buf_add(&b, pats[j] + at, sg->w[m].start - at);
			buf_adds(&b, sg->w[m].word[m == first ? k : 0]);
			at = sg->w[m].start + sg->w[m].len;
		}
		buf_adds(&b, pats[j] + at);
		if (matches_alone(ix, (char *)buf_cstr(&b), o, &found, err,
		        errsz) == -1) {
			buf_free(&b);
			suggest_pattern_free(sp);
			return -1;
		}
		if (found)
			sp->alt[sp->n++] = xstrdup(buf_cstr(&b));
	}
	buf_free(&b);
	return 0;
}

void
suggest_pattern_free(struct suggest_pattern *sp)
{
	size_t k;

	for (k = 0; k < sp->n; k++)
		free(sp->alt[k]);
	memset(sp, 0, sizeof *sp);
}

void
suggest_free(struct suggest *sg)
{
	free(sg->w);
	memset(sg, 0, sizeof *sg);
}
