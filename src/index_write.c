/* Index builder: serialises a corpus into the format described in index.h.
 * Deterministic: the same corpus gives the same bytes. */
#define _DEFAULT_SOURCE /* madvise(MADV_HUGEPAGE) */
#include <sys/mman.h>

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

/* The distinct trigrams of each record: a bit per trigram (2 MiB, reused
 * and cleared after each record), the trigrams of all records one after
 * another in tris, and a bit per trigram seen anywhere. */
struct distinct {
	uint64_t *bits;
	uint64_t *any;
	uint32_t *tris;
	size_t n, cap, from;
	size_t *ends; /* per record: where its trigrams end in tris */
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

/* The slug of name, made unique among the n slugs before it by a "-2",
 * "-3"... suffix: two names can share a slug ("C++" and "C"), and -c SLUG
 * must name one category. */
static char *
unique_slug(const char *name, char **slugs, struct strmap *taken)
{
	char *slug = corpus_slug(name), *try = xstrdup(slug);
	size_t k = 1;

	while (strmap_get(taken, slugs, try) != UINT32_MAX) {
		struct buf b = { 0 };

		buf_printf(&b, "%s%s%zu", slug, slug[0] ? "-" : "", ++k);
		free(try);
		try = buf_take(&b);
	}
	free(slug);
	return try;
}

/* Appends s to the strings blob and writes its str reference at e. */
static int
put_str(struct buf *strings, unsigned char *e, const char *s)
{
	size_t n = strlen(s);

	if (strings->len + n > UINT32_MAX)
		return -1;
	le32_put(e, (uint32_t)strings->len);
	le32_put(e + 4, (uint32_t)n);
	buf_add(strings, s, n);
	return 0;
}

void
index_image_free(struct index_image *img)
{
	int s;

	for (s = 0; s < 6; s++)
		buf_free(&img->sec[s]);
}

/* The posting lists, by a counting sort. The trigrams that occur get
 * dense numbers in trigram order, found by rank (the set bits before a
 * trigram's bit in the "any" map: a popcount per 64-bit word); each gets
 * its count of records, places from prefix sums, and a pass over the
 * records, in order, fills them in ascending order. A dense count array
 * stays small (60k trigrams for 100 MB) where one per possible trigram
 * took 64 MiB and as long to sum as small corpora take to index. */
static int
postings(const struct corpus *c, struct distinct *d, struct index_image *img,
    uint32_t *ntri)
{
	const size_t words = (1u << 24) / 64;
	uint32_t *rank = xreallocarray(NULL, words, sizeof *rank), *at, *ids;
	uint32_t *tri, rec, n = 0, id;
	unsigned char e[20];
	size_t i, w, sum = 0, k;
	int rc = -1;

	for (w = 0; w < words; w++) {
		rank[w] = n;
		n += (uint32_t)__builtin_popcountll(d->any[w]);
	}
	*ntri = n;
	at = xcalloc((size_t)n + 1, sizeof *at);
	tri = xreallocarray(NULL, (size_t)n + 1, sizeof *tri);
	for (i = 0; i < d->n; i++) {
		uint32_t t = d->tris[i];
		uint64_t below = d->any[t >> 6] &
		    (((uint64_t)1 << (t & 63)) - 1);

		/* replaced by its dense number, for the fill below */
		id = rank[t >> 6] + (uint32_t)__builtin_popcountll(below);
		d->tris[i] = id;
		tri[id] = t;
		at[id]++;
	}
	for (id = 0; id < n; id++) {
		uint32_t cnt = at[id];

		at[id] = (uint32_t)sum;
		sum += cnt;
	}
	ids = scatter_array(d->n);
	for (rec = 0, i = 0; rec < c->nrecords; rec++)
		for (; i < d->ends[rec]; i++)
			ids[at[d->tris[i]]++] = rec;
	/* at[id] is now the end of id's run; runs follow in trigram order */
	buf_grow(&img->sec[IDX_POSTINGS], d->n * 5);
	for (id = 0, k = 0; id < n; id++) {
		struct buf *p = &img->sec[IDX_POSTINGS];
		size_t start = p->len, first = k;
		uint32_t prev = 0;

		for (; k < at[id]; k++) {
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
	free(rank);
	free(at);
	free(tri);
	free(ids);
	return rc;
}

int
index_build(
    const struct corpus *c, struct index_image *img, char *err, size_t errsz)
{
	struct distinct dist = { 0 };
	struct strmap taken = { 0 };
	uint32_t *catcount = NULL, *srccount = NULL, ntri = 0;
	char **slugs = NULL;
	unsigned char e[28], *hdr = img->header;
	uint64_t off;
	size_t i;
	int s, rc = -1;

	memset(img, 0, sizeof *img);
	if (c->nrecords > UINT32_MAX / 2 || c->ncategories > UINT32_MAX / 2 ||
	    c->nsources > UINT32_MAX / 2)
		goto toolarge;
	dist.bits = xcalloc((1u << 24) / 64, sizeof *dist.bits);
	dist.any = xcalloc((1u << 24) / 64, sizeof *dist.any);
	dist.ends = xcalloc(c->nrecords + 1, sizeof *dist.ends);
	catcount = xcalloc(c->ncategories + 1, sizeof *catcount);
	srccount = xcalloc(c->nsources + 1, sizeof *srccount);
	for (i = 0; i < c->nrecords; i++) {
		const struct corpus_record *r = &c->records[i];
		size_t j;

		catcount[r->category]++;
		srccount[r->source]++;
		memset(e, 0, sizeof e);
		le32_put(e, r->category);
		le32_put(e + 4, r->source);
		le32_put(e + 8, r->line);
		if (put_str(&img->sec[IDX_STRINGS], e + 12, r->question) ==
		        -1 ||
		    put_str(&img->sec[IDX_STRINGS], e + 20, r->answer) == -1)
			goto toolarge;
		buf_add(&img->sec[IDX_RECORDS], e, 28);

		dist.from = dist.n;
		index_trigrams(
		    r->question, strlen(r->question), collect, &dist);
		index_trigrams(r->answer, strlen(r->answer), collect, &dist);
		for (j = dist.from; j < dist.n; j++)
			dist.bits[dist.tris[j] >> 6] = 0;
		dist.ends[i] = dist.n;
	}
	slugs = xcalloc(c->ncategories + 1, sizeof *slugs);
	for (i = 0; i < c->ncategories; i++) {
		slugs[i] = unique_slug(c->categories[i], slugs, &taken);
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
	if (postings(c, &dist, img, &ntri) == -1)
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
	strmap_free(&taken);
	free(dist.bits);
	free(dist.tris);
	free(dist.any);
	free(dist.ends);
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
