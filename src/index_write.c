/* Index builder: serialises a corpus into the format described in index.h.
 * Deterministic: the same corpus gives the same bytes. */
#define _DEFAULT_SOURCE /* madvise(MADV_HUGEPAGE) */
#include <sys/mman.h>

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "index.h"
#include "strmap.h"
#include "util.h"
#include "varint.h"

/* An array of n u32 for the counting sort's scattered writes, on huge
 * pages where the system has them: with 4 KiB pages (1,024 entries each)
 * nearly every one of those writes misses the TLB. Free with free(). */
static uint32_t *
scatter_array(size_t n)
{
	size_t size = (n ? n : 1) * sizeof(uint32_t), huge = 2u << 20;
	void *p;

	if (size < huge ||
	    posix_memalign(&p, huge, (size + huge - 1) / huge * huge) != 0)
		return xreallocarray(NULL, n ? n : 1, sizeof(uint32_t));
#ifdef MADV_HUGEPAGE
	madvise(p, (size + huge - 1) / huge * huge, MADV_HUGEPAGE);
#endif
	return p;
}

/* Bits set in x (SWAR: no popcnt instruction is assumed, and the
 * compiler's fallback is a function call per use). */
static uint32_t
pop64(uint64_t x)
{
	x -= (x >> 1) & 0x5555555555555555ull;
	x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
	x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
	return (uint32_t)((x * 0x0101010101010101ull) >> 56);
}

static unsigned char
fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

static void
trigrams_of(
    const unsigned char *s, size_t n, void (*fn)(void *, uint32_t), void *ctx)
{
	uint32_t t;
	size_t i;

	if (n < 3)
		return;
	t = (uint32_t)fold(s[0]) << 8 | fold(s[1]);
	for (i = 2; i < n; i++) {
		t = (t << 8 | fold(s[i])) & 0xffffff;
		fn(ctx, t);
	}
}

void
index_trigrams(
    const char *s, size_t len, void (*fn)(void *, uint32_t), void *ctx)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned char *m;
	size_t i, j;

	trigrams_of(u, len, fn, ctx);
	/* U+212A (e2 84 aa) and U+017F (c5 bf) match 'k' and 's' caselessly;
	 * index the field once more with them spelled that way. */
	for (i = 0; i + 1 < len; i++)
		if ((u[i] == 0xc5 && u[i + 1] == 0xbf) ||
		    (u[i] == 0xe2 && i + 2 < len && u[i + 1] == 0x84 &&
		        u[i + 2] == 0xaa))
			break;
	if (i + 1 >= len)
		return;
	m = xmalloc(len);
	for (i = j = 0; i < len; i++) {
		if (i + 1 < len && u[i] == 0xc5 && u[i + 1] == 0xbf) {
			m[j++] = 's';
			i++;
		} else if (i + 2 < len && u[i] == 0xe2 && u[i + 1] == 0x84 &&
		    u[i + 2] == 0xaa) {
			m[j++] = 'k';
			i += 2;
		} else
			m[j++] = u[i];
	}
	trigrams_of(m, j, fn, ctx);
	free(m);
}

/* The distinct trigrams of each record of a part of the corpus: a bit
 * per trigram (2 MiB, reused and cleared after each record), the
 * trigrams of the part's records one after another in tris, and a bit per
 * trigram seen anywhere in the part. */
struct distinct {
	uint64_t *bits;
	uint64_t *any;
	uint32_t *tris;
	size_t n, cap;
	size_t *ends; /* per record of the part: where its trigrams end */
};

static void
collect(void *ctx, uint32_t t)
{
	struct distinct *d = ctx;
	uint64_t bit = (uint64_t)1 << (t & 63);

	if (d->bits[t >> 6] & bit)
		return;
	d->bits[t >> 6] |= bit;
	if (d->n == d->cap) {
		d->cap = d->cap ? 2 * d->cap : 1 << 16;
		d->tris = xreallocarray(d->tris, d->cap, sizeof *d->tris);
	}
	d->tris[d->n++] = t;
	d->any[t >> 6] |= bit;
}

/* A part of the records, [lo, hi), that one thread reads the trigrams of
 * and, later, files under them. */
struct part {
	const struct corpus *c;
	const size_t *len; /* per record: its question's and answer's */
	size_t lo, hi;
	struct distinct d;
	const uint64_t *any; /* of all parts, for the dense numbers */
	const uint32_t *rank;
	uint32_t *count, *at; /* per dense trigram number */
	uint32_t *ids; /* the posting lists being filled */
	int stage;
};

static void
part_collect(struct part *p)
{
	size_t i, j, from;

	p->d.bits = xcalloc((1u << 24) / 64, sizeof *p->d.bits);
	p->d.any = xcalloc((1u << 24) / 64, sizeof *p->d.any);
	p->d.ends = xcalloc(p->hi - p->lo + 1, sizeof *p->d.ends);
	for (i = p->lo; i < p->hi; i++) {
		const struct corpus_record *r = &p->c->records[i];

		from = p->d.n;
		index_trigrams(r->question, p->len[2 * i], collect, &p->d);
		index_trigrams(r->answer, p->len[2 * i + 1], collect, &p->d);
		for (j = from; j < p->d.n; j++)
			p->d.bits[p->d.tris[j] >> 6] = 0;
		p->d.ends[i - p->lo] = p->d.n;
	}
	free(p->d.bits);
	p->d.bits = NULL;
}

/* Replaces each trigram by its dense number (its rank among the trigrams
 * that occur), counting the part's records per number. */
static void
part_number(struct part *p, uint32_t n)
{
	size_t i;

	p->count = xcalloc((size_t)n + 1, sizeof *p->count);
	for (i = 0; i < p->d.n; i++) {
		uint32_t t = p->d.tris[i], id;
		uint64_t below = p->any[t >> 6] &
		    (((uint64_t)1 << (t & 63)) - 1);

		id = p->rank[t >> 6] + pop64(below);
		p->d.tris[i] = id;
		p->count[id]++;
	}
}

static void
part_fill(struct part *p)
{
	size_t i = 0, rec;

	for (rec = p->lo; rec < p->hi; rec++)
		for (; i < p->d.ends[rec - p->lo]; i++)
			p->ids[p->at[p->d.tris[i]]++] = (uint32_t)rec;
}

static void *
part_run(void *arg)
{
	struct part *p = arg;

	if (p->stage == 0)
		part_collect(p);
	else if (p->stage == 1)
		part_number(p, (uint32_t)(uintptr_t)p->count);
	else
		part_fill(p);
	return NULL;
}

/* Runs stage of every part, the first in this thread and the others in
 * threads of their own (or here too, when a thread cannot be had). */
static void
parts_run(struct part *parts, int nparts, int stage, uint32_t n)
{
	pthread_t th[BEQ_INDEX_THREADS];
	int started[BEQ_INDEX_THREADS] = { 0 }, k;

	for (k = 0; k < nparts; k++) {
		parts[k].stage = stage;
		if (stage == 1)
			parts[k].count = (uint32_t *)(uintptr_t)n;
	}
	for (k = 1; k < nparts; k++)
		started[k] = pthread_create(
		                 &th[k], NULL, part_run, &parts[k]) == 0;
	part_run(&parts[0]);
	for (k = 1; k < nparts; k++) {
		if (started[k])
			pthread_join(th[k], NULL);
		else
			part_run(&parts[k]);
	}
}

/* The posting lists, by a counting sort over dense trigram numbers. The
 * trigrams that occur are numbered in trigram order by rank (the set bits
 * before a trigram's bit in the "any" map: a popcount per 64-bit word), so
 * counts fit a small array (60k trigrams for 100 MB; one per possible
 * trigram took 64 MiB and as long to sum as small corpora take to index).
 * Each part counts its records per number; prefix sums give every part its
 * own places in every list, after those of the parts before it, and each
 * part fills its places with its records in ascending order. */
static int
postings(
    struct part *parts, int nparts, struct index_image *img, uint32_t *ntri)
{
	const size_t words = (1u << 24) / 64;
	uint64_t *any = xcalloc(words, sizeof *any);
	uint32_t *rank = xreallocarray(NULL, words, sizeof *rank), *ends, *ids;
	uint32_t *tri, n = 0, id;
	unsigned char e[20];
	size_t w, sum = 0, total = 0, k;
	int rc = -1, q;

	for (q = 0; q < nparts; q++) {
		for (w = 0; w < words; w++)
			any[w] |= parts[q].d.any[w];
		total += parts[q].d.n;
	}
	if (total > UINT32_MAX) {
		/* places in the lists are u32: corpus too large */
		free(any);
		free(rank);
		return -1;
	}
	for (w = 0; w < words; w++) {
		rank[w] = n;
		n += pop64(any[w]);
	}
	tri = xreallocarray(NULL, (size_t)n + 1, sizeof *tri);
	for (w = 0, id = 0; w < words; w++)
		for (uint64_t bits = any[w]; bits != 0; bits &= bits - 1)
			tri[id++] = (uint32_t)(w * 64) +
			    pop64((bits & (~bits + 1)) - 1);
	*ntri = n;
	for (q = 0; q < nparts; q++) {
		parts[q].any = any;
		parts[q].rank = rank;
	}
	parts_run(parts, nparts, 1, n);
	for (q = 0; q < nparts; q++)
		parts[q].at = xcalloc((size_t)n + 1, sizeof *parts[q].at);
	ends = xcalloc((size_t)n + 1, sizeof *ends);
	for (id = 0; id < n; id++) {
		for (q = 0; q < nparts; q++) {
			parts[q].at[id] = (uint32_t)sum;
			sum += parts[q].count[id];
		}
		ends[id] = (uint32_t)sum;
	}
	ids = scatter_array(total);
	for (q = 0; q < nparts; q++)
		parts[q].ids = ids;
	parts_run(parts, nparts, 2, n);
	buf_grow(&img->sec[IDX_POSTINGS], total * 5);
	for (id = 0, k = 0; id < n; id++) {
		struct buf *p = &img->sec[IDX_POSTINGS];
		size_t start = p->len, first = k;
		uint32_t prev = 0;

		for (; k < ends[id]; k++) {
			p->len += varint_put((unsigned char *)p->data + p->len,
			    k == first ? ids[k] : ids[k] - prev);
			prev = ids[k];
		}
		if (p->len - start > UINT32_MAX)
			goto out;
		le32_put(e, tri[id]);
		le32_put(e + 4, (uint32_t)(k - first));
		le64_put(e + 8, start);
		le32_put(e + 16, (uint32_t)(p->len - start));
		buf_add(&img->sec[IDX_TRIGRAMS], e, 20);
	}
	rc = 0;
out:
	free(any);
	free(rank);
	free(tri);
	free(ends);
	free(ids);
	return rc;
}

/* Cuts the records into parts of about the same text, one per thread
 * (fewer for a small corpus). Returns how many. */
static int
split(const struct corpus *c, const size_t *len, struct part *parts)
{
	size_t total = 0, i, sum = 0;
	int n = BEQ_INDEX_THREADS, k = 0;

	for (i = 0; i < c->nrecords; i++)
		total += len[2 * i] + len[2 * i + 1] + 1;
	if (total < (1u << 20))
		n = 1; /* a thread costs more than it saves */
	memset(parts, 0, (size_t)n * sizeof *parts);
	for (k = 0; k < n; k++) {
		parts[k].c = c;
		parts[k].len = len;
	}
	for (i = 0, k = 0; i < c->nrecords; i++) {
		sum += len[2 * i] + len[2 * i + 1] + 1;
		if (k + 1 < n && sum * (size_t)n >= total * (size_t)(k + 1)) {
			parts[k].hi = i + 1;
			parts[++k].lo = i + 1;
		}
	}
	parts[k].hi = c->nrecords;
	for (k++; k < n; k++)
		parts[k].lo = parts[k].hi = c->nrecords;
	return n;
}

/* Slugs as made from names, before suffixes, and the last suffix each
 * was given. */
struct slugs {
	char **v;
	size_t *next;
	size_t n, cap;
	struct strmap map;
};

/* The slug of name, made unique among the n slugs before it by a "-2",
 * "-3"... suffix: two names can share a slug ("C++" and "C"), and -c SLUG
 * must name one category. */
static char *
unique_slug(
    const char *name, char **slugs, struct strmap *taken, struct slugs *bases)
{
	char *slug = corpus_slug(name), *try = xstrdup(slug);
	uint32_t b = strmap_get(&bases->map, bases->v, slug);
	size_t k;

	if (b == UINT32_MAX) {
		/* a new base: remember where its suffixes stand */
		if (bases->n == bases->cap) {
			bases->cap = bases->cap ? 2 * bases->cap : 64;
			bases->v = xreallocarray(
			    bases->v, bases->cap, sizeof *bases->v);
			bases->next = xreallocarray(
			    bases->next, bases->cap, sizeof *bases->next);
		}
		bases->v[bases->n] = xstrdup(slug);
		bases->next[bases->n] = 1;
		strmap_put(&bases->map, bases->v, (uint32_t)bases->n);
		b = (uint32_t)bases->n++;
	}
	/* "a!", "a#", ... all slug to "a": the suffixes go on from where
	 * they stopped, not from -2 each time (20,000 such names took a
	 * minute) */
	k = bases->next[b];
	while (strmap_get(taken, slugs, try) != UINT32_MAX) {
		struct buf s = { 0 };

		buf_printf(&s, "%s%s%zu", slug, slug[0] ? "-" : "", ++k);
		free(try);
		try = buf_take(&s);
	}
	bases->next[b] = k;
	free(slug);
	return try;
}

/* Appends s[0..n) to the strings blob and writes its str reference at
 * e. */
static int
put_strn(struct buf *strings, unsigned char *e, const char *s, size_t n)
{
	if (strings->len + n > UINT32_MAX)
		return -1;
	le32_put(e, (uint32_t)strings->len);
	le32_put(e + 4, (uint32_t)n);
	buf_add(strings, s, n);
	return 0;
}

static int
put_str(struct buf *strings, unsigned char *e, const char *s)
{
	return put_strn(strings, e, s, strlen(s));
}

void
index_image_free(struct index_image *img)
{
	int s;

	for (s = 0; s < 6; s++)
		buf_free(&img->sec[s]);
}

int
index_build(
    const struct corpus *c, struct index_image *img, char *err, size_t errsz)
{
	struct part parts[BEQ_INDEX_THREADS];
	int nparts = 0, q;
	struct strmap taken = { 0 };
	struct slugs bases = { 0 };
	uint32_t *catcount = NULL, *srccount = NULL, ntri = 0;
	char **slugs = NULL;
	size_t *len = NULL; /* each record's question's and answer's */
	unsigned char e[28], *hdr = img->header;
	uint64_t off;
	size_t i;
	int s, rc = -1;

	memset(img, 0, sizeof *img);
	if (c->nrecords > UINT32_MAX / 2 || c->ncategories > UINT32_MAX / 2 ||
	    c->nsources > UINT32_MAX / 2)
		goto toolarge;
	len = xcalloc(2 * c->nrecords + 1, sizeof *len);
	for (i = 0; i < c->nrecords; i++) {
		len[2 * i] = strlen(c->records[i].question);
		len[2 * i + 1] = strlen(c->records[i].answer);
	}
	nparts = split(c, len, parts);
	parts_run(parts, nparts, 0, 0);
	catcount = xcalloc(c->ncategories + 1, sizeof *catcount);
	srccount = xcalloc(c->nsources + 1, sizeof *srccount);
	for (i = 0; i < c->nrecords; i++) {
		const struct corpus_record *r = &c->records[i];

		catcount[r->category]++;
		srccount[r->source]++;
		memset(e, 0, sizeof e);
		le32_put(e, r->category);
		le32_put(e + 4, r->source);
		le32_put(e + 8, r->line);
		if (put_strn(&img->sec[IDX_STRINGS], e + 12, r->question,
		        len[2 * i]) == -1 ||
		    put_strn(&img->sec[IDX_STRINGS], e + 20, r->answer,
		        len[2 * i + 1]) == -1)
			goto toolarge;
		buf_add(&img->sec[IDX_RECORDS], e, 28);
	}
	slugs = xcalloc(c->ncategories + 1, sizeof *slugs);
	for (i = 0; i < c->ncategories; i++) {
		slugs[i] = unique_slug(c->categories[i], slugs, &taken, &bases);
		strmap_put(&taken, slugs, (uint32_t)i);
		if (put_str(&img->sec[IDX_STRINGS], e, c->categories[i]) ||
		    put_str(&img->sec[IDX_STRINGS], e + 8, slugs[i]))
			goto toolarge;
		le32_put(e + 16, catcount[i]);
		buf_add(&img->sec[IDX_CATEGORIES], e, 20);
	}
	for (i = 0; i < c->nsources; i++) {
		if (put_str(&img->sec[IDX_STRINGS], e, c->sources[i]) == -1)
			goto toolarge;
		le32_put(e + 8, srccount[i]);
		buf_add(&img->sec[IDX_SOURCES], e, 12);
	}
	if (postings(parts, nparts, img, &ntri) == -1)
		goto toolarge;

	memset(hdr, 0, BEQ_INDEX_HEADER);
	memcpy(hdr, BEQ_INDEX_MAGIC, 8);
	le32_put(hdr + 8, BEQ_FORMAT_VERSION);
	le32_put(hdr + 12, BEQ_INDEX_HEADER);
	le32_put(hdr + 16, (uint32_t)c->nrecords);
	le32_put(hdr + 20, (uint32_t)c->ncategories);
	le32_put(hdr + 24, (uint32_t)c->nsources);
	le32_put(hdr + 28, ntri);
	off = BEQ_INDEX_HEADER;
	for (s = 0; s < 6; s++) {
		le64_put(hdr + 40 + 16 * s, off);
		le64_put(hdr + 48 + 16 * s, img->sec[s].len);
		off += img->sec[s].len;
	}
	le64_put(hdr + 32, off);
	img->size = off;
	rc = 0;
	goto out;
toolarge:
	errorf(err, errsz, "corpus too large for the index format");
	index_image_free(img);
out:
	free(len);
	strmap_free(&taken);
	for (i = 0; i < bases.n; i++)
		free(bases.v[i]);
	free(bases.v);
	free(bases.next);
	strmap_free(&bases.map);
	for (q = 0; q < nparts; q++) {
		free(parts[q].d.bits);
		free(parts[q].d.any);
		free(parts[q].d.tris);
		free(parts[q].d.ends);
		free(parts[q].count);
		free(parts[q].at);
	}
	for (i = 0; slugs != NULL && i < c->ncategories; i++)
		free(slugs[i]);
	free(slugs);
	free(catcount);
	free(srccount);
	return rc;
}

int
index_write(const struct corpus *c, struct buf *out, char *err, size_t errsz)
{
	struct index_image img;
	int s;

	if (index_build(c, &img, err, errsz) == -1)
		return -1;
	out->len = 0;
	buf_grow(out, img.size);
	buf_add(out, img.header, BEQ_INDEX_HEADER);
	for (s = 0; s < 6; s++)
		buf_add(out, img.sec[s].data, img.sec[s].len);
	index_image_free(&img);
	return 0;
}
