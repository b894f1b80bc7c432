/* Index builder: serialises a corpus into the format described in index.h.
 * Deterministic: the same corpus gives the same bytes. */
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "index.h"
#include "strmap.h"
#include "util.h"
#include "varint.h"

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
 * another in tris, and how many records hold each trigram. */
struct distinct {
	uint64_t *bits;
	uint32_t *tris;
	size_t n, cap, from;
	size_t *ends; /* per record: where its trigrams end in tris */
	uint32_t *count; /* per trigram: how many records hold it */
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
	d->count[t]++;
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

/* The posting lists, by a counting sort: the records of every trigram
 * (counted while collecting) get their places from prefix sums, and a
 * pass over the records, in order, fills them in ascending order. */
static int
postings(const struct corpus *c, struct distinct *d, struct index_image *img,
    uint32_t *ntri)
{
	uint32_t *at = d->count, *ids, t, rec;
	unsigned char e[20];
	size_t i, sum = 0, k;

	for (t = 0; t < (1u << 24); t++) {
		uint32_t n = at[t];

		at[t] = (uint32_t)sum;
		sum += n;
	}
	ids = xreallocarray(NULL, d->n ? d->n : 1, sizeof *ids);
	for (rec = 0, i = 0; rec < c->nrecords; rec++)
		for (; i < d->n && i < d->ends[rec]; i++)
			ids[at[d->tris[i]]++] = rec;
	/* at[t] is now the end of t's run; runs follow in trigram order */
	buf_grow(&img->sec[IDX_POSTINGS], d->n * 5);
	*ntri = 0;
	for (t = 0, k = 0; t < (1u << 24); t++) {
		struct buf *p = &img->sec[IDX_POSTINGS];
		size_t start = p->len, first = k;
		uint32_t prev = 0;

		for (; k < at[t]; k++) {
			p->len += varint_put((unsigned char *)p->data + p->len,
			    k == first ? ids[k] : ids[k] - prev);
			prev = ids[k];
		}
		if (k == first)
			continue;
		if (p->len - start > UINT32_MAX) {
			free(ids);
			return -1;
		}
		le32_put(e, t);
		le32_put(e + 4, (uint32_t)(k - first));
		le64_put(e + 8, start);
		le32_put(e + 16, (uint32_t)(p->len - start));
		buf_add(&img->sec[IDX_TRIGRAMS], e, 20);
		(*ntri)++;
	}
	free(ids);
	return 0;
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
	dist.count = xcalloc(1u << 24, sizeof *dist.count);
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
	free(dist.count);
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
