/* Index builder: serialises a corpus into the format described in index.h.
 * Deterministic: the same corpus gives the same bytes. */
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "index.h"
#include "util.h"
#include "varint.h"

struct u64vec {
	uint64_t *v;
	size_t n, cap;
};

static void
u64_push(struct u64vec *a, uint64_t x)
{
	if (a->n == a->cap) {
		a->cap = a->cap ? 2 * a->cap : 1024;
		a->v = xreallocarray(a->v, a->cap, sizeof *a->v);
	}
	a->v[a->n++] = x;
}

/* LSD radix sort on the low 56 bits (24-bit trigram << 32 | record): the
 * pair array grows with the corpus, and sorting it dominates indexing. */
static void
radix_sort(uint64_t *v, size_t n)
{
	uint64_t *tmp = xreallocarray(NULL, n ? n : 1, sizeof *tmp), *src = v,
	         *dst = tmp, *t;
	size_t count[256];
	int pass;

	if (n == 0) {
		free(tmp);
		return;
	}
	for (pass = 0; pass < 7; pass++) {
		unsigned shift = 8 * (unsigned)pass;
		size_t i, sum = 0;

		memset(count, 0, sizeof count);
		for (i = 0; i < n; i++)
			count[(src[i] >> shift) & 0xff]++;
		if (count[(src[0] >> shift) & 0xff] == n)
			continue; /* every key has the same byte here */
		for (i = 0; i < 256; i++) {
			size_t c = count[i];

			count[i] = sum;
			sum += c;
		}
		for (i = 0; i < n; i++)
			dst[count[(src[i] >> shift) & 0xff]++] = src[i];
		t = src, src = dst, dst = t;
	}
	if (src != v)
		memcpy(v, src, n * sizeof *v);
	free(tmp);
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

static void
collect(void *ctx, uint32_t t)
{
	u64_push(ctx, (uint64_t)t);
}

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

/* The slug of name, made unique among the n slugs before it by a "-2",
 * "-3"... suffix: two names can share a slug ("C++" and "C"), and -c SLUG
 * must name one category. */
static char *
unique_slug(const char *name, char *const *slugs, size_t n)
{
	char *slug = corpus_slug(name), *try = xstrdup(slug);
	size_t i, k = 1;

	for (i = 0; i < n; i++)
		if (strcmp(slugs[i], try) == 0) {
			struct buf b = { 0 };

			buf_printf(
			    &b, "%s%s%zu", slug, slug[0] ? "-" : "", ++k);
			free(try);
			try = buf_take(&b);
			i = (size_t)-1; /* start over */
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

int
index_write(const struct corpus *c, struct buf *out, char *err, size_t errsz)
{
	struct buf sec[6] = { { 0 } };
	struct u64vec pairs = { 0 }, tri = { 0 };
	uint32_t *catcount = NULL, *srccount = NULL;
	char **slugs = NULL;
	unsigned char e[28], hdr[BEQ_INDEX_HEADER];
	uint64_t off;
	size_t i, j, ntri = 0;
	int s, rc = -1;

	if (c->nrecords > UINT32_MAX / 2 || c->ncategories > UINT32_MAX / 2 ||
	    c->nsources > UINT32_MAX / 2) {
		errorf(err, errsz, "corpus too large for the index format");
		goto out;
	}
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
		if (put_str(&sec[IDX_STRINGS], e + 12, r->question) == -1 ||
		    put_str(&sec[IDX_STRINGS], e + 20, r->answer) == -1)
			goto toolarge;
		buf_add(&sec[IDX_RECORDS], e, 28);

		tri.n = 0;
		index_trigrams(r->question, strlen(r->question), collect, &tri);
		index_trigrams(r->answer, strlen(r->answer), collect, &tri);
		if (tri.n > 1)
			qsort(tri.v, tri.n, sizeof *tri.v, cmp_u64);
		for (j = 0; j < tri.n; j++)
			if (j == 0 || tri.v[j] != tri.v[j - 1])
				u64_push(&pairs, tri.v[j] << 32 | i);
	}
	slugs = xcalloc(c->ncategories + 1, sizeof *slugs);
	for (i = 0; i < c->ncategories; i++) {
		int bad;

		slugs[i] = unique_slug(c->categories[i], slugs, i);
		bad = put_str(&sec[IDX_STRINGS], e, c->categories[i]) ||
		    put_str(&sec[IDX_STRINGS], e + 8, slugs[i]);
		if (bad)
			goto toolarge;
		le32_put(e + 16, catcount[i]);
		buf_add(&sec[IDX_CATEGORIES], e, 20);
	}
	for (i = 0; i < c->nsources; i++) {
		if (put_str(&sec[IDX_STRINGS], e, c->sources[i]) == -1)
			goto toolarge;
		le32_put(e + 8, srccount[i]);
		buf_add(&sec[IDX_SOURCES], e, 12);
	}

	radix_sort(pairs.v, pairs.n);
	for (i = 0; i < pairs.n; i = j) {
		uint32_t t = (uint32_t)(pairs.v[i] >> 32), prev = 0;
		size_t start = sec[IDX_POSTINGS].len;
		unsigned char v[VARINT_MAX];

		for (j = i; j < pairs.n && (uint32_t)(pairs.v[j] >> 32) == t;
		     j++) {
			uint32_t rec = (uint32_t)pairs.v[j];

			buf_add(&sec[IDX_POSTINGS], v,
			    varint_put(v, j == i ? rec : rec - prev));
			prev = rec;
		}
		if (sec[IDX_POSTINGS].len - start > UINT32_MAX)
			goto toolarge;
		le32_put(e, t);
		le32_put(e + 4, (uint32_t)(j - i));
		le64_put(e + 8, start);
		le32_put(e + 16, (uint32_t)(sec[IDX_POSTINGS].len - start));
		buf_add(&sec[IDX_TRIGRAMS], e, 20);
		ntri++;
	}

	memset(hdr, 0, sizeof hdr);
	memcpy(hdr, BEQ_INDEX_MAGIC, 8);
	le32_put(hdr + 8, BEQ_FORMAT_VERSION);
	le32_put(hdr + 12, BEQ_INDEX_HEADER);
	le32_put(hdr + 16, (uint32_t)c->nrecords);
	le32_put(hdr + 20, (uint32_t)c->ncategories);
	le32_put(hdr + 24, (uint32_t)c->nsources);
	le32_put(hdr + 28, (uint32_t)ntri);
	off = BEQ_INDEX_HEADER;
	for (s = 0; s < 6; s++) {
		le64_put(hdr + 40 + 16 * s, off);
		le64_put(hdr + 48 + 16 * s, sec[s].len);
		off += sec[s].len;
	}
	le64_put(hdr + 32, off);
	out->len = 0;
	buf_grow(out, off);
	buf_add(out, hdr, sizeof hdr);
	for (s = 0; s < 6; s++)
		buf_add(out, sec[s].data, sec[s].len);
	rc = 0;
	goto out;
toolarge:
	errorf(err, errsz, "corpus too large for the index format");
out:
	for (s = 0; s < 6; s++)
		buf_free(&sec[s]);
	free(pairs.v);
	free(tri.v);
	for (i = 0; slugs != NULL && i < c->ncategories; i++)
		free(slugs[i]);
	free(slugs);
	free(catcount);
	free(srccount);
	return rc;
}
