/* Words of the corpus text and a table of distinct words: open
 * addressing, linear probing, FNV-1a over the lower-cased bytes. */
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "util.h"
#include "words.h"

/* A non-ASCII character other than general punctuation (U+2000 to
 * U+203F, E2 80 xx or E2 81 xx: the typographic quotes of "two’s")
 * touches the letters at b from before, or at i from after. */
static int
nonascii_before(const char *s, size_t b)
{
	const unsigned char *u = (const unsigned char *)s;

	if (b == 0 || u[b - 1] < 0x80)
		return 0;
	return !(b >= 3 && u[b - 3] == 0xe2 && (u[b - 2] & 0xfe) == 0x80);
}

static int
nonascii_after(const char *s, size_t n, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;

	if (i >= n || u[i] < 0x80)
		return 0;
	return !(i + 1 < n && u[i] == 0xe2 && (u[i + 1] & 0xfe) == 0x80);
}

int
words_next(const char *s, size_t n, size_t *pos, size_t *start, size_t *len)
{
	size_t i = *pos, b;

	while (i < n) {
		while (i < n && !words_letter((unsigned char)s[i]))
			i++;
		if (i == n)
			break;
		b = i;
		while (i < n && words_letter((unsigned char)s[i]))
			i++;
		if (i - b < BEQ_WORD_MIN || i - b > BEQ_WORD_MAX)
			continue;
		if (nonascii_before(s, b) || nonascii_after(s, n, i))
			continue;
		*start = b;
		*len = i - b;
		*pos = i;
		return 1;
	}
	*pos = n;
	return 0;
}

/* Of the lower-cased bytes (the letters' | 0x20), eight at a time: FNV-1a
 * a byte at a time was most of the cost of words_add, which was a sixth
 * of beq index's CPU time on a 100 MB corpus (perf). */
static uint64_t
hash(const char *s, size_t len)
{
	uint64_t h = 0x9e3779b97f4a7c15ull ^ len, x;
	size_t i = 0, k;

	for (; i + 8 <= len; i += 8) {
		memcpy(&x, s + i, 8);
		h = (h ^ (x | 0x2020202020202020ull)) * 0xff51afd7ed558ccdull;
		h ^= h >> 29;
	}
	if (i < len) {
		for (x = 0, k = 0; i + k < len; k++)
			x |= (uint64_t)((unsigned char)s[i + k] | 0x20)
			    << 8 * k;
		h = (h ^ x) * 0xff51afd7ed558ccdull;
		h ^= h >> 29;
	}
	return h ^ h >> 32;
}

/* s (letters as written) equals the lower-cased word id. */
static int
same(const struct words *w, uint32_t id, const char *s, size_t len)
{
	const char *t = w->text.data + w->off[id];
	size_t i;

	if (w->len[id] != len)
		return 0;
	for (i = 0; i < len; i++)
		if (((unsigned char)s[i] | 0x20) != (unsigned char)t[i])
			return 0;
	return 1;
}

uint32_t
words_find(const struct words *w, const char *s, size_t len)
{
	size_t i;

	if (w->nslots == 0)
		return UINT32_MAX;
	for (i = hash(s, len) & (w->nslots - 1); w->slots[i] != 0;
	     i = (i + 1) & (w->nslots - 1))
		if (same(w, w->slots[i] - 1, s, len))
			return w->slots[i] - 1;
	return UINT32_MAX;
}

static void
grow(struct words *w)
{
	size_t cap = w->nslots ? 2 * w->nslots : 1024, i, k;
	uint32_t *slots = xcalloc(cap, sizeof *slots);

	for (k = 0; k < w->nslots; k++) {
		uint32_t id = w->slots[k];

		if (id == 0)
			continue;
		i = hash(w->text.data + w->off[id - 1], w->len[id - 1]) &
		    (cap - 1);
		while (slots[i] != 0)
			i = (i + 1) & (cap - 1);
		slots[i] = id;
	}
	free(w->slots);
	w->slots = slots;
	w->nslots = cap;
}

uint32_t
words_add(struct words *w, const char *s, size_t len)
{
	size_t i, k;

	if (2 * ((size_t)w->n + 1) > w->nslots)
		grow(w);
	for (i = hash(s, len) & (w->nslots - 1); w->slots[i] != 0;
	     i = (i + 1) & (w->nslots - 1))
		if (same(w, w->slots[i] - 1, s, len))
			return w->slots[i] - 1;
	if (w->n == w->cap) {
		w->cap = w->cap ? 2 * w->cap : 256;
		w->off = xreallocarray(w->off, w->cap, sizeof *w->off);
		w->len = xreallocarray(w->len, w->cap, sizeof *w->len);
	}
	w->off[w->n] = (uint32_t)w->text.len;
	w->len[w->n] = (uint8_t)len;
	buf_grow(&w->text, len);
	for (k = 0; k < len; k++)
		w->text.data[w->text.len++] = (char)((unsigned char)s[k] |
		    0x20);
	w->slots[i] = ++w->n;
	return w->n - 1;
}

size_t
words_get(const struct words *w, uint32_t id, const char **p)
{
	*p = w->text.data + w->off[id];
	return w->len[id];
}

void
words_free(struct words *w)
{
	buf_free(&w->text);
	free(w->off);
	free(w->len);
	free(w->slots);
	memset(w, 0, sizeof *w);
}
