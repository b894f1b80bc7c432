/* The word table's writer (wordtab.h): the distinct words of a corpus's
 * records, counted a batch of records at a time as the index writer
 * takes them (on a thread of their own, beside the writer's trigrams:
 * wordcount.h), sorted, and each trigram's words. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "varint.h"
#include "wordcount.h"
#include "wordtab.h"

#define HEAD 16 /* the section's header */
/* trigrams of words: bytes ' ' and 'a'..'z', 27 values each */
#define NCODES (27 * 27 * 27)

struct entry {
	uint64_t key; /* the first 8 bytes, big-endian, zero-padded */
	const char *p; /* lower-cased, in the count's text */
	uint32_t len, df;
};

/* Byte order, then shorter first. By the first 8 bytes as one number
 * first: the word's bytes are elsewhere (a cache miss), and memcmp for
 * each comparison took a third of the table's writing. */
static int
cmp_entry(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;
	int c;

	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	/* the same first 8 bytes: both are longer (words hold no NUL) */
	c = memcmp(x->p + 8, y->p + 8, (x->len < y->len ? x->len : y->len) - 8);
	return c != 0 ? c : (x->len > y->len) - (x->len < y->len);
}

static uint64_t
key_of(const char *p, size_t len)
{
	uint64_t k = 0;
	size_t i;

	for (i = 0; i < 8; i++)
		k = k << 8 | (i < len ? (unsigned char)p[i] : 0);
	return k;
}

/* Writes to out the distinct codes (b0 * 27 + b1) * 27 + b2, each byte
 * 0 for ' ' and 1 to 26 for 'a' to 'z', of the trigrams of the
 * word p[0..len) (lower-case letters), as trgm_set takes them, in no
 * order, and returns how many: stamp[code] == mark marks one taken (its
 * caller gives every word a mark of its own). trgm_set sorts them, twice
 * a word, which was a third of the table's writing. */
static size_t
codes_of(
    const char *p, size_t len, unsigned *out, uint32_t *stamp, uint32_t mark)
{
	unsigned b0 = 0, b1 = 0, b2;
	size_t i, n = 0;

	for (i = 0; i <= len; i++) {
		unsigned code;

		b2 = i < len ? (unsigned char)p[i] - 'a' + 1 : 0;
		code = (b0 * 27 + b1) * 27 + b2;
		if (stamp[code] != mark) {
			stamp[code] = mark;
			out[n++] = code;
		}
		b0 = b1;
		b1 = b2;
	}
	return n;
}

static uint32_t
trigram_of(unsigned code)
{
	unsigned b[3], i;

	for (i = 3; i-- > 0; code /= 27)
		b[i] = code % 27 == 0 ? ' ' : 'a' + code % 27 - 1;
	return (uint32_t)b[0] << 16 | (uint32_t)b[1] << 8 | b[2];
}

struct wordtab_acc {
	struct wordcount wc; /* the words so far, their counts */
	uint32_t next; /* the number of the next record */
	const struct corpus *c; /* the batch being counted */
	pthread_t th;
	int started; /* th counts c */
};

static int build(struct wordtab_acc *a, struct buf *out);

static void
count_batch(struct wordtab_acc *a, const struct corpus *c)
{
	size_t i;

	for (i = 0; i < c->nrecords; i++, a->next++) {
		const struct corpus_record *r = &c->records[i];
		const char *f[3];
		size_t len[3];

		f[0] = r->question;
		len[0] = corpus_qlen(r);
		f[1] = r->body != NULL ? r->body : "";
		len[1] = r->body != NULL ? corpus_blen(r) : 0;
		f[2] = r->answer;
		len[2] = corpus_alen(r);
		wordcount_record(&a->wc, f, len, 3, a->next);
	}
}

static void *
counting(void *arg)
{
	struct wordtab_acc *a = arg;

	count_batch(a, a->c);
	return NULL;
}

struct wordtab_acc *
wordtab_acc_new(void)
{
	return xcalloc(1, sizeof(struct wordtab_acc));
}

void
wordtab_acc_add(struct wordtab_acc *a, const struct corpus *c)
{
	wordtab_acc_wait(a);
	a->c = c;
	a->started = pthread_create(&a->th, NULL, counting, a) == 0;
	if (!a->started)
		count_batch(a, c);
}

void
wordtab_acc_wait(struct wordtab_acc *a)
{
	if (a->started)
		pthread_join(a->th, NULL);
	a->started = 0;
	a->c = NULL;
}

void
wordtab_acc_free(struct wordtab_acc *a)
{
	if (a == NULL)
		return;
	wordtab_acc_wait(a);
	wordcount_free(&a->wc);
	free(a);
}

int
wordtab_acc_finish(
    struct wordtab_acc *a, struct buf *out, char *err, size_t errsz)
{
	wordtab_acc_wait(a);
	out->len = 0;
	if (build(a, out) == -1)
		return errorf(
		    err, errsz, "corpus too large for the index format");
	return 0;
}

/* Appends the section of the words counted to out, and frees the count.
 * Returns 0, or -1 when it exceeds the format's limits. */
static int
build(struct wordtab_acc *a, struct buf *out)
{
	struct wordcount *wc = &a->wc;
	struct entry *e = NULL;
	uint32_t *count = NULL, *start = NULL, *ids = NULL, *stamp = NULL;
	unsigned t[BEQ_WORD_MAX + 1];
	unsigned char h[HEAD], v[VARINT_MAX];
	uint64_t text = 0, total = 0, post = 0;
	size_t i, k, n;
	unsigned code;
	int rc = -1;

	if (wc->toolarge || wc->n > UINT32_MAX)
		goto toolarge;
	e = xreallocarray(NULL, wc->n + 1, sizeof *e);
	for (i = k = 0; i < wc->nslots; i++) {
		const struct wordcount_slot *s = &wc->slots[i];

		if (s->tag == 0)
			continue;
		e[k].len = (uint32_t)wordcount_word(wc, s, &e[k].p, &e[k].df);
		e[k].key = key_of(e[k].p, e[k].len);
		text += e[k++].len;
	}
	qsort(e, wc->n, sizeof *e, cmp_entry);
	/* the words of each trigram, in word order: counted, then placed */
	count = xcalloc(NCODES + 1, sizeof *count);
	start = xcalloc(NCODES + 1, sizeof *start);
	stamp = xcalloc(NCODES + 1, sizeof *stamp);
	for (i = 0; i < wc->n; i++) {
		n = codes_of(e[i].p, e[i].len, t, stamp, (uint32_t)i + 1);
		for (k = 0; k < n; k++)
			count[t[k]]++;
		total += n;
	}
	if (text > UINT32_MAX || total > UINT32_MAX)
		goto toolarge;
	for (code = 0, n = 0; code < NCODES; code++) {
		start[code] = (uint32_t)n;
		n += count[code];
	}
	ids = xreallocarray(NULL, (size_t)total + 1, sizeof *ids);
	memset(stamp, 0, (NCODES + 1) * sizeof *stamp);
	for (i = 0; i < wc->n; i++) {
		n = codes_of(e[i].p, e[i].len, t, stamp, (uint32_t)i + 1);
		for (k = 0; k < n; k++)
			ids[start[t[k]]++] = (uint32_t)i;
	}
	/* start[] now ends each list; its start is end - count */
	memset(h, 0, sizeof h);
	buf_add(out, h, HEAD);
	for (i = 0, text = 0; i < wc->n; i++) {
		le32_put(h, (uint32_t)text);
		le32_put(h + 4, e[i].df);
		buf_add(out, h, 8);
		text += e[i].len;
	}
	for (code = 0, n = 0; code < NCODES; code++) {
		uint32_t prev = 0;

		if (count[code] == 0)
			continue;
		le32_put(h, trigram_of(code));
		le32_put(h + 4, count[code]);
		le32_put(h + 8, (uint32_t)post);
		buf_add(out, h, 12);
		n++;
		for (k = start[code] - count[code]; k < start[code]; k++) {
			post += varint_put(v, ids[k] - prev);
			prev = ids[k];
		}
		if (post > UINT32_MAX)
			goto toolarge;
	}
	for (i = 0; i < wc->n; i++)
		buf_add(out, e[i].p, e[i].len);
	for (code = 0; code < NCODES; code++) {
		uint32_t prev = 0;

		for (k = start[code] - count[code]; k < start[code]; k++) {
			buf_add(out, v, varint_put(v, ids[k] - prev));
			prev = ids[k];
		}
	}
	le32_put((unsigned char *)out->data, (uint32_t)wc->n);
	le32_put((unsigned char *)out->data + 4, (uint32_t)n);
	le32_put((unsigned char *)out->data + 8, (uint32_t)text);
	le32_put((unsigned char *)out->data + 12, (uint32_t)post);
	rc = 0;
	goto out;
toolarge:
out:
	/* the count is in the section now: its memory is the merge's */
	wordcount_free(wc);
	free(e);
	free(count);
	free(start);
	free(stamp);
	free(ids);
	return rc;
}
