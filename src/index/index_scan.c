/* The scan of a record's text into its distinct trigrams, as the index
 * takes them (ASCII lower-cased, U+212A and U+017F also spelled 'k' and
 * 's', a field of two bytes as them and a NUL; see index.h), for the
 * writer. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "index_run.h"
#include "index_write.h"
#include "util.h"

static unsigned char
fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

/* The trigram of a field of two bytes (index.h): them, then a NUL,
 * which no record's text holds. */
static uint32_t
pair_trigram(const unsigned char *u)
{
	return (uint32_t)fold(u[0]) << 16 | (uint32_t)fold(u[1]) << 8;
}

static void
trigrams_of(
    const unsigned char *s, size_t n, void (*fn)(void *, uint32_t), void *ctx)
{
	uint32_t t;
	size_t i;

	if (n == 2)
		fn(ctx, pair_trigram(s));
	if (n < 3)
		return;
	t = (uint32_t)fold(s[0]) << 8 | fold(s[1]);
	for (i = 2; i < n; i++) {
		t = (t << 8 | fold(s[i])) & 0xffffff;
		fn(ctx, t);
	}
}

/* The field u[0..len) with U+212A (e2 84 aa) and U+017F (c5 bf), which
 * match 'k' and 's' caselessly, spelled that way, in a new string of *n
 * bytes; NULL when it holds neither. */
static unsigned char *
ks_spelled(const unsigned char *u, size_t len, size_t *n)
{
	unsigned char *m;
	size_t i, j;

	for (i = 0; i + 1 < len; i++)
		if ((u[i] == 0xc5 && u[i + 1] == 0xbf) ||
		    (u[i] == 0xe2 && i + 2 < len && u[i + 1] == 0x84 &&
		        u[i + 2] == 0xaa))
			break;
	if (i + 1 >= len)
		return NULL;
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
	*n = j;
	return m;
}

void
index_trigrams(
    const char *s, size_t len, void (*fn)(void *, uint32_t), void *ctx)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned char *m;
	size_t n;

	trigrams_of(u, len, fn, ctx);
	/* index the field once more with 'k' and 's' spelled so */
	if ((m = ks_spelled(u, len, &n)) != NULL) {
		trigrams_of(m, n, fn, ctx);
		free(m);
	}
}

/* A byte's code when it is not one of the 96: any trigram with it then
 * has a place of at least 2^20 > SCAN_DENSE ((OUTSIDE * 96 + 95) * 96 +
 * 95 is still far below 2^64), with no bits kept of which of the last
 * three bytes were outside */
#define OUTSIDE ((uint64_t)1 << 20)

/* A byte's place among the 96, or 96 for any other. */
static uint32_t
dense_code(uint32_t x)
{
	return x == '\n' ? 0 : x - 0x20 < 0x5f ? x - 0x1f : 96;
}

uint32_t
index_scan_trigram(uint32_t key)
{
	uint32_t a = key / (96 * 96), b = key / 96 % 96, c = key % 96;

	if (key & SCAN_OTHER)
		return key & 0xffffff;
	return (a ? a + 0x1f : '\n') << 16 | (b ? b + 0x1f : '\n') << 8 |
	    (c ? c + 0x1f : '\n');
}

void
index_scan_init(struct index_scan *s)
{
	size_t i;

	memset(s, 0, sizeof *s);
	s->seen = xcalloc((1u << 24) / 64, sizeof *s->seen);
	s->dseen = xcalloc(SCAN_DENSE / 64, sizeof *s->dseen);
	for (i = 0; i < 256; i++)
		s->code[i] = dense_code(fold((unsigned char)i)) == 96 ?
		    OUTSIDE :
		    dense_code(fold((unsigned char)i));
	s->cap = 4096;
	s->keys = xreallocarray(NULL, s->cap, sizeof *s->keys);
}

void
index_scan_free(struct index_scan *s)
{
	free(s->seen);
	free(s->dseen);
	free(s->keys);
	memset(s, 0, sizeof *s);
}

/* Appends the trigrams of u[0..len) not yet in the current record's to
 * keys, by their place in the dense table (whose bits of "seen in this
 * record", 108 KiB, stay in the cache, where those by trigram, 2 MiB,
 * did not) or as SCAN_OTHER | t. No branch on "seen before": every
 * trigram is stored and the count moves on only for a new one (a branch
 * there is mispredicted on about every third trigram of prose). */
static void
collect(struct index_scan *s, const unsigned char *u, size_t len)
{
	const uint64_t *code = s->code;
	uint64_t *seen = s->seen, *dseen = s->dseen, d2, pb;
	uint32_t *keys;
	size_t i, n;

	if (len < 2)
		return;
	if (s->cap - s->nkeys < len) {
		s->cap = s->nkeys + len > 2 * s->cap ? s->nkeys + len :
		                                       2 * s->cap;
		s->keys = xreallocarray(s->keys, s->cap, sizeof *s->keys);
	}
	keys = s->keys;
	n = s->nkeys;
	if (len == 2) {
		uint32_t t = pair_trigram(u);

		keys[n] = SCAN_OTHER | t;
		n += (seen[t >> 6] & (uint64_t)1 << (t & 63)) == 0;
		seen[t >> 6] |= (uint64_t)1 << (t & 63);
		s->nkeys = n;
		return;
	}
	pb = code[u[1]];
	d2 = code[u[0]] * 96 + pb;
	for (i = 2; i < len; i++) {
		uint64_t c = code[u[i]], d = d2 * 96 + c, bit, *w;
		uint32_t key;

		d2 = pb * 96 + c;
		pb = c;
		/* OUTSIDE anywhere in it puts d past the table */
		if (d >= SCAN_DENSE) {
			/* rare outside CJK and the like: the trigram
			 * itself, from its bytes */
			uint32_t t = (uint32_t)fold(u[i - 2]) << 16 |
			    (uint32_t)fold(u[i - 1]) << 8 | fold(u[i]);

			key = SCAN_OTHER | t;
			w = &seen[t >> 6];
			bit = (uint64_t)1 << (t & 63);
		} else {
			key = (uint32_t)d;
			w = &dseen[d >> 6];
			bit = (uint64_t)1 << (d & 63);
		}
		keys[n] = key;
		n += (*w & bit) == 0;
		*w |= bit;
	}
	s->nkeys = n;
}

void
index_scan_record(
    struct index_scan *s, const char *const *f, const size_t *len, size_t n)
{
	size_t i, k;

	s->nkeys = 0;
	for (i = 0; i < n; i++) {
		const unsigned char *u = (const unsigned char *)f[i];
		unsigned char *m;
		size_t mn;

		collect(s, u, len[i]);
		if (memchr(u, 0xc5, len[i]) == NULL &&
		    memchr(u, 0xe2, len[i]) == NULL)
			continue;
		if ((m = ks_spelled(u, len[i], &mn)) != NULL) {
			collect(s, m, mn);
			free(m);
		}
	}
	/* clear the bits of "seen" for the next record: only the words
	 * touched */
	for (k = 0; k < s->nkeys; k++) {
		uint32_t key = s->keys[k];

		if (key & SCAN_OTHER)
			s->seen[(key & 0xffffff) >> 6] = 0;
		else
			s->dseen[key >> 6] = 0;
	}
}
