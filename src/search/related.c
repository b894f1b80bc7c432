/* Related records by TF-IDF cosine. A word's weight in a record is
 * (1 + ln tf) * ln(N / df), where tf counts its occurrences with those in
 * the question weighted BEQ_RELATED_QUESTION_WEIGHT and df is the number
 * of records it occurs in: a word in every record (the, is) weighs 0,
 * so no stop-word list is needed. */
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "num.h"
#include "related.h"
#include "util.h"

/* English function words and the words interview questions and their
 * answers are phrased with ("X occurs when", "prevention includes"),
 * lower-case and sorted: in short records idf alone leaves them too
 * much weight ("what is the difference between X and Y" made every such
 * question the nearest to every other). An array of arrays, not of
 * pointers: pointers would cost every run of beq a relocation each. */
static const char stop[][12] = {
	"a",
	"about",
	"above",
	"after",
	"again",
	"all",
	"allow",
	"allows",
	"also",
	"an",
	"and",
	"any",
	"are",
	"as",
	"at",
	"avoid",
	"avoidance",
	"avoided",
	"be",
	"because",
	"been",
	"before",
	"being",
	"below",
	"between",
	"both",
	"but",
	"by",
	"can",
	"common",
	"commonly",
	"concept",
	"could",
	"describe",
	"did",
	"difference",
	"differences",
	"do",
	"does",
	"doing",
	"done",
	"down",
	"during",
	"each",
	"eg",
	"either",
	"else",
	"ensure",
	"ensures",
	"etc",
	"even",
	"every",
	"example",
	"examples",
	"explain",
	"few",
	"for",
	"from",
	"further",
	"had",
	"has",
	"have",
	"having",
	"help",
	"helps",
	"how",
	"however",
	"ie",
	"if",
	"in",
	"include",
	"included",
	"includes",
	"including",
	"into",
	"involve",
	"involves",
	"is",
	"it",
	"its",
	"itself",
	"just",
	"like",
	"make",
	"makes",
	"may",
	"might",
	"more",
	"most",
	"much",
	"must",
	"no",
	"nor",
	"not",
	"occur",
	"occurs",
	"of",
	"off",
	"often",
	"on",
	"once",
	"only",
	"or",
	"other",
	"others",
	"our",
	"out",
	"over",
	"own",
	"per",
	"prevent",
	"prevented",
	"prevention",
	"provide",
	"provides",
	"purpose",
	"rather",
	"same",
	"several",
	"should",
	"since",
	"so",
	"some",
	"such",
	"than",
	"that",
	"the",
	"their",
	"them",
	"then",
	"there",
	"these",
	"they",
	"this",
	"those",
	"through",
	"thus",
	"to",
	"too",
	"typically",
	"under",
	"until",
	"up",
	"upon",
	"us",
	"use",
	"used",
	"uses",
	"using",
	"usually",
	"very",
	"via",
	"was",
	"we",
	"well",
	"were",
	"what",
	"when",
	"where",
	"whether",
	"which",
	"while",
	"who",
	"whom",
	"whose",
	"why",
	"will",
	"with",
	"within",
	"without",
	"would",
	"yet",
	"you",
	"your",
};

static int
cmp_stop(const void *key, const void *elem)
{
	const struct slice *k = key;
	const char *w = elem;
	size_t i;

	for (i = 0; i < k->len && w[i] != '\0'; i++) {
		int a = (unsigned char)k->p[i] | 0x20, b = (unsigned char)w[i];

		if (a != b)
			return a - b;
	}
	return i < k->len ? 1 : w[i] != '\0' ? -1 : 0;
}

static int
is_stop(const char *p, size_t len)
{
	struct slice k = { p, len };

	return bsearch(&k, stop, sizeof stop / sizeof stop[0], sizeof stop[0],
	           cmp_stop) != NULL;
}

/* Harman's S stemmer (1991), the mildest there is: plurals become
 * singular, so that "locks" is "lock" and "queries" is "query". Writes the
 * stem of p[0..len), lower-cased, into buf and returns its length. */
static size_t
stem(const char *p, size_t len, char *buf)
{
	size_t i;

	for (i = 0; i < len; i++)
		buf[i] = (char)(p[i] | 0x20);
	if (len > 4 && memcmp(buf + len - 3, "ies", 3) == 0 &&
	    buf[len - 4] != 'e' && buf[len - 4] != 'a') {
		buf[len - 3] = 'y';
		return len - 2;
	}
	if (len > 3 && memcmp(buf + len - 2, "es", 2) == 0 &&
	    buf[len - 3] != 'a' && buf[len - 3] != 'e' && buf[len - 3] != 'o')
		return len - 1;
	if (len > 3 && buf[len - 1] == 's' && buf[len - 2] != 'u' &&
	    buf[len - 2] != 's')
		return len - 1;
	return len;
}

struct build {
	size_t n, cap;
	uint32_t *last; /* word -> last record seen + 1 */
	size_t *slot; /* word -> its term slot in that record */
	size_t nwords;
};

static void
add_field(struct related *m, struct build *b, const struct slice *s,
    uint32_t rec, double weight)
{
	size_t pos = 0, start, len;
	char buf[BEQ_WORD_MAX + 1];

	while (words_next(s->p, s->len, &pos, &start, &len)) {
		uint32_t id;

		if (is_stop(s->p + start, len))
			continue;
		len = stem(s->p + start, len, buf);
		id = words_add(&m->w, buf, len);
		if (id >= b->nwords) {
			size_t n = b->nwords ? 2 * b->nwords : 1024;

			b->last = xreallocarray(b->last, n, sizeof *b->last);
			b->slot = xreallocarray(b->slot, n, sizeof *b->slot);
			m->df = xreallocarray(m->df, n, sizeof *m->df);
			memset(b->last + b->nwords, 0,
			    (n - b->nwords) * sizeof *b->last);
			memset(m->df + b->nwords, 0,
			    (n - b->nwords) * sizeof *m->df);
			b->nwords = n;
		}
		if (b->last[id] != rec + 1) {
			if (b->n == b->cap) {
				b->cap = b->cap ? 2 * b->cap : 4096;
				m->term = xreallocarray(
				    m->term, b->cap, sizeof *m->term);
				m->tf = xreallocarray(
				    m->tf, b->cap, sizeof *m->tf);
			}
			b->last[id] = rec + 1;
			b->slot[id] = b->n;
			m->term[b->n] = id;
			m->tf[b->n++] = 0;
			m->df[id]++;
		}
		m->tf[b->slot[id]] += weight;
	}
}

void
related_build(struct related *m, const struct index *ix)
{
	struct build b = { 0 };
	uint32_t i;
	size_t k;

	memset(m, 0, sizeof *m);
	m->nrecords = ix->nrecords;
	m->start = xcalloc((size_t)ix->nrecords + 1, sizeof *m->start);
	m->norm = xcalloc((size_t)ix->nrecords + 1, sizeof *m->norm);
	for (i = 0; i < ix->nrecords; i++) {
		struct index_record r;

		index_record(ix, i, &r);
		m->start[i] = b.n;
		add_field(m, &b, &r.question, i, BEQ_RELATED_QUESTION_WEIGHT);
		add_field(m, &b, &r.body, i, 1.0);
		add_field(m, &b, &r.answer, i, 1.0);
	}
	m->start[ix->nrecords] = b.n;
	for (i = 0; i < ix->nrecords; i++) {
		double sum = 0;

		for (k = m->start[i]; k < m->start[i + 1]; k++) {
			double idf = num_ln(
			    (double)ix->nrecords / (double)m->df[m->term[k]]);

			m->tf[k] = (1 + num_ln(m->tf[k])) * idf;
			sum += m->tf[k] * m->tf[k];
		}
		m->norm[i] = num_sqrt(sum);
	}
	free(b.last);
	free(b.slot);
}

void
related_free(struct related *m)
{
	words_free(&m->w);
	free(m->start);
	free(m->term);
	free(m->tf);
	free(m->norm);
	free(m->df);
	memset(m, 0, sizeof *m);
}

static int
better(const struct related_hit *x, const struct related_hit *y)
{
	if (x->score != y->score)
		return x->score > y->score;
	return x->rec < y->rec;
}

size_t
related_find(
    const struct related *m, uint32_t rec, struct related_hit *out, size_t max)
{
	double *w; /* word -> its weight in rec */
	size_t n = 0, k;
	uint32_t i;

	if (rec >= m->nrecords || max == 0 || m->norm[rec] == 0)
		return 0;
	w = xcalloc((size_t)m->w.n + 1, sizeof *w);
	for (k = m->start[rec]; k < m->start[rec + 1]; k++)
		w[m->term[k]] = m->tf[k];
	for (i = 0; i < m->nrecords; i++) {
		struct related_hit h;
		double dot = 0;
		size_t j;

		if (i == rec || m->norm[i] == 0)
			continue;
		for (k = m->start[i]; k < m->start[i + 1]; k++)
			dot += w[m->term[k]] * m->tf[k];
		if (dot <= 0)
			continue;
		h.rec = i;
		/* rounded first, so that ties are ties as printed */
		h.score = (double)(long long)(dot /
		                  (m->norm[rec] * m->norm[i]) * 1000 +
		              0.5) /
		    1000;
		if (h.score <= 0)
			continue;
		if (n == max && !better(&h, &out[n - 1]))
			continue;
		j = n < max ? n++ : n - 1;
		while (j > 0 && better(&h, &out[j - 1])) {
			out[j] = out[j - 1];
			j--;
		}
		out[j] = h;
	}
	free(w);
	return n;
}
