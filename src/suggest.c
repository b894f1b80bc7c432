/* "Did you mean": which words of a failed search to suggest for, and
 * what. Reads the records only for a pattern that qualifies. */
#include <stdlib.h>
#include <string.h>

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

/* Adds to sg the suggestions for word w[0..len) of pattern j, unless it
 * is a word of the records (in v). */
static void
add(struct suggest *sg, size_t *cap, const struct vocab *v, size_t j,
    const char *pat, size_t start, size_t len, double threshold)
{
	struct suggestion s[BEQ_SUGGEST_MAX];
	struct suggest_word *w;
	size_t k, n;

	if (words_find(&v->w, pat + start, len) != UINT32_MAX)
		return;
	n = vocab_suggest(v, pat + start, len, threshold, s, BEQ_SUGGEST_MAX);
	if (n == 0)
		return;
	if (sg->n == *cap) {
		*cap = *cap ? 2 * *cap : 4;
		sg->w = xreallocarray(sg->w, *cap, sizeof *sg->w);
	}
	w = &sg->w[sg->n++];
	memset(w, 0, sizeof *w);
	w->pat = j;
	w->start = start;
	w->len = len;
	w->n = n;
	for (k = 0; k < n; k++) {
		const char *p;
		size_t wl = words_get(&v->w, s[k].word, &p);

		memcpy(w->word[k], p, wl);
		w->word[k][wl] = '\0';
		w->sim[k] = s[k].sim;
	}
}

int
suggest_run(const struct index *ix, char *const *pats, size_t npats,
    const struct search_opts *o, double threshold, struct suggest *sg,
    char *err, size_t errsz)
{
	struct vocab all = { 0 }, near = { 0 };
	size_t j, pos, start, len, cap = 0;
	int found, built = 0, rc = -1;

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
		while (
		    words_next(pats[j], strlen(pats[j]), &pos, &start, &len)) {
			if (len >= 3) {
				if (vocab_build_near(&near, ix, o->cats,
				        pats[j] + start, len, threshold, err,
				        errsz) == -1)
					goto out;
				add(sg, &cap, &near, j, pats[j], start, len,
				    threshold);
				vocab_free(&near);
				continue;
			}
			if (!built) {
				vocab_build(&all, ix, o->cats);
				built = 1;
			}
			add(sg, &cap, &all, j, pats[j], start, len, threshold);
		}
	}
	rc = 0;
out:
	vocab_free(&near);
	vocab_free(&all);
	return rc;
}

void
suggest_free(struct suggest *sg)
{
	free(sg->w);
	memset(sg, 0, sizeof *sg);
}
