/* "Did you mean": which words of a failed search to suggest for, and
 * what. Reads the records only for a pattern that qualifies. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "suggest.h"
#include "util.h"
#include "words.h"
#include "wordtab.h"

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

/* The words suggestions come from: the index's word table (wordtab.h),
 * which reads no record; with categories that narrow the search, those
 * of its words that records of the categories hold, counted in the
 * records that hold all of a word's trigrams (see in_cats). */
struct lexicon {
	const struct index *ix;
	const unsigned char *cats; /* NULL: the word table as it is */
	double threshold;
};

/* Whether field f holds word w[0..len) (lower-case), as words.h finds
 * words. */
static int
field_has(const struct slice *f, const char *w, size_t len)
{
	size_t pos = 0, start, l, k;

	while (words_next(f->p, f->len, &pos, &start, &l)) {
		if (l != len)
			continue;
		for (k = 0; k < len && (f->p[start + k] | 0x20) == w[k]; k++)
			;
		if (k == len)
			return 1;
	}
	return 0;
}

/* Sets *df to the number of records in the categories of lx that hold
 * word w[0..len) (lower-case, 3 letters or more), reading only those
 * that hold each of its trigrams: as many as hold the word, about, where
 * the categories' whole vocabulary read every record that could hold a
 * similar word (-c caching semafore at 1 GB: 0.8 s). */
static int
in_cats(const struct lexicon *lx, const char *w, size_t len, uint32_t *df,
    char *err, size_t errsz)
{
	struct postings p = { 0 };
	uint32_t t[BEQ_WORD_MAX];
	size_t i, n = 0;

	*df = 0;
	for (i = 0; i + 3 <= len; i++)
		t[n++] = (uint32_t)(unsigned char)w[i] << 16 |
		    (uint32_t)(unsigned char)w[i + 1] << 8 |
		    (unsigned char)w[i + 2];
	if (index_and(lx->ix, t, n, &p, err, errsz) == -1) {
		postings_free(&p);
		return -1;
	}
	for (i = 0; i < p.n; i++) {
		struct index_record r;

		if (index_record(lx->ix, p.ids[i], &r) == -1) {
			postings_free(&p);
			return index_fault(lx->ix, err, errsz);
		}
		if (lx->cats[r.category] &&
		    (field_has(&r.question, w, len) ||
		        field_has(&r.body, w, len) ||
		        field_has(&r.answer, w, len)))
			++*df;
	}
	postings_free(&p);
	return 0;
}

/* What lex_near finds, read from the records of the categories that can
 * hold a word similar to w[0..len) (vocab_build_near): for words under 3
 * letters, which no trigram narrows, and when the table's similar words
 * are too many to count one by one. */
static int
read_near(const struct lexicon *lx, const char *w, size_t len,
    struct wordtab_hit *out, size_t *n, int *has, char *err, size_t errsz)
{
	struct suggestion s[BEQ_SUGGEST_MAX];
	struct vocab v = { 0 };
	size_t k;

	*n = 0;
	if (vocab_build_near(&v, lx->ix, lx->cats, w, len, lx->threshold, err,
	        errsz) == -1) {
		vocab_free(&v);
		return -1;
	}
	*has = words_find(&v.w, w, len) != UINT32_MAX;
	if (!*has)
		*n = vocab_suggest(
		    &v, w, len, lx->threshold, s, BEQ_SUGGEST_MAX);
	for (k = 0; k < *n; k++) {
		const char *p;
		size_t wl = words_get(&v.w, s[k].word, &p);

		memcpy(out[k].word, p, wl);
		out[k].word[wl] = '\0';
		out[k].df = s[k].df;
		out[k].sim = s[k].sim;
	}
	vocab_free(&v);
	return 0;
}

/* Sets *has when w[0..len) is a word of the lexicon. */
static int
lex_has(const struct lexicon *lx, const char *w, size_t len, int *has,
    char *err, size_t errsz)
{
	struct wordtab_hit none[BEQ_SUGGEST_MAX];
	char low[BEQ_WORD_MAX];
	uint32_t df;
	size_t k;

	*has = 0;
	if (wordtab_find(lx->ix, w, len, &df, err, errsz) == -1)
		return -1;
	if (df > 0 && lx->cats != NULL) {
		if (len < 3)
			return read_near(lx, w, len, none, &k, has, err, errsz);
		for (k = 0; k < len; k++)
			low[k] = (char)(w[k] | 0x20);
		if (in_cats(lx, low, len, &df, err, errsz) == -1)
			return -1;
	}
	*has = df > 0;
	return 0;
}

/* Fills out (room for BEQ_SUGGEST_MAX) with the words of the lexicon
 * at least threshold similar to w[0..len), best first, and *has as
 * lex_has does; sets *n to how many. */
static int
lex_near(const struct lexicon *lx, const char *w, size_t len,
    struct wordtab_hit *out, size_t *n, int *has, char *err, size_t errsz)
{
	struct wordtab_hit *all;
	size_t k, nall;
	int rc = -1;

	*n = 0;
	if (lx->cats != NULL && len < 3)
		return read_near(lx, w, len, out, n, has, err, errsz);
	if (lex_has(lx, w, len, has, err, errsz) == -1)
		return -1;
	if (*has)
		return 0;
	if (lx->cats == NULL)
		return wordtab_near(lx->ix, w, len, lx->threshold, out,
		    BEQ_SUGGEST_MAX, n, err, errsz);
	/* the table's similar words, each counted in the categories */
	all = xcalloc(BEQ_SUGGEST_NEAR, sizeof *all);
	if (wordtab_near(lx->ix, w, len, lx->threshold, all, BEQ_SUGGEST_NEAR,
	        &nall, err, errsz) == -1)
		goto out;
	for (k = 0; k < nall && strlen(all[k].word) >= 3; k++)
		;
	if (k < nall) {
		rc = read_near(lx, w, len, out, n, has, err, errsz);
		goto out;
	}
	for (k = 0; k < nall; k++) {
		if (in_cats(lx, all[k].word, strlen(all[k].word), &all[k].df,
		        err, errsz) == -1)
			goto out;
		if (all[k].df > 0)
			wordtab_keep(&all[k], out, BEQ_SUGGEST_MAX, n);
	}
	/* those left out of all[] are no more similar than its last: they
	 * lose to the words found when these are more similar */
	if (nall == BEQ_SUGGEST_NEAR &&
	    !(*n == BEQ_SUGGEST_MAX && out[*n - 1].sim > all[nall - 1].sim)) {
		rc = read_near(lx, w, len, out, n, has, err, errsz);
		goto out;
	}
	rc = 0;
out:
	free(all);
	return rc;
}

/* Adds to sg the suggestions for word w[0..len) of pattern j, unless it
 * is a word of the lexicon: first, for a word glued of two that match
 * as a phrase ("racecondition"), the two; then the words of the lexicon
 * at least threshold similar. */
static int
add(const struct lexicon *lx, struct suggest *sg, size_t *cap, size_t j,
    const char *pat, size_t start, size_t len, const struct search_opts *o,
    char *err, size_t errsz)
{
	struct wordtab_hit s[BEQ_SUGGEST_MAX];
	struct suggest_word *w;
	char split[BEQ_WORD_MAX + 2];
	size_t k, n, cut, at = 0;
	int found = 0, has;

	if (lex_near(lx, pat + start, len, s, &n, &has, err, errsz) == -1)
		return -1;
	if (has)
		return 0;
	/* halves of 4 letters or more: shorter ones make phrases of most
	 * words ("theread": "the read") */
	for (cut = 4; len < BEQ_WORD_MAX && cut + 4 <= len && !found; cut++) {
		memcpy(split, pat + start, cut);
		split[cut] = ' ';
		memcpy(split + cut + 1, pat + start + cut, len - cut);
		split[len + 1] = '\0';
		if (matches_alone(lx->ix, split, o, &found, err, errsz) == -1)
			return -1;
	}
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
		memcpy(w->word[at], s[k].word, strlen(s[k].word) + 1);
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
 * are a word of the lexicon (a phrase split in two: "dead lock"), and
 * copies it, lower-cased, to out. */
static int
join(const struct lexicon *lx, const char *a, size_t alen, const char *b,
    size_t blen, char *out, int *joined, char *err, size_t errsz)
{
	size_t k;

	*joined = 0;
	if (alen + blen > BEQ_WORD_MAX)
		return 0;
	memcpy(out, a, alen);
	memcpy(out + alen, b, blen);
	out[alen + blen] = '\0';
	for (k = 0; k < alen + blen; k++)
		out[k] = (char)(out[k] | 0x20);
	return lex_has(lx, out, alen + blen, joined, err, errsz);
}

int
suggest_run(const struct index *ix, char *const *pats, size_t npats,
    const struct search_opts *o, double threshold, struct suggest *sg,
    char *err, size_t errsz)
{
	struct lexicon lx = { ix, o->cats, threshold };
	struct suggest_word *w;
	char word[BEQ_WORD_MAX + 1], one[BEQ_WORD_MAX + 1];
	size_t j, pos, start, len, cap = 0, nw, k, span;
	size_t ws[BEQ_SUGGEST_WORDS], wl[BEQ_SUGGEST_WORDS];
	int found, joined, pair, rc = -1;
	uint32_t c;

	memset(sg, 0, sizeof *sg);
	/* categories that leave out none narrow nothing */
	for (c = 0; lx.cats != NULL && c < ix->ncategories && lx.cats[c]; c++)
		;
	if (c == ix->ncategories)
		lx.cats = NULL;
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
				        join(&lx, pats[j] + start, len,
				            pats[j] + ws[k + 1], wl[k + 1],
				            word, &joined, err, errsz) == -1))
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
			if (add(&lx, sg, &cap, j, pats[j], start, len, o, err,
			        errsz) == -1)
				goto out;
		}
	}
	rc = 0;
out:
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
