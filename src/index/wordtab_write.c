/* The word table's writer (wordtab.h): the distinct words of a corpus's
 * records, counted a batch of records at a time as the index writer
 * takes them (on its thread, beside the parsing), sorted, and each
 * trigram's words. */
#include <stdlib.h>
#include <string.h>

#include "trgm.h"
#include "util.h"
#include "varint.h"
#include "words.h"
#include "wordtab.h"

#define HEAD 16 /* the section's header */
/* trigrams of words: bytes ' ' and 'a'..'z', 27 values each */
#define NCODES (27 * 27 * 27)

struct entry {
	const char *p; /* lower-cased, in the words table */
	uint32_t len, df;
};

static int
cmp_entry(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;
	int c = memcmp(x->p, y->p, x->len < y->len ? x->len : y->len);

	return c != 0 ? c : (x->len > y->len) - (x->len < y->len);
}

static unsigned
code_of(uint32_t t)
{
	unsigned b0 = t >> 16, b1 = t >> 8 & 0xff, b2 = t & 0xff;

	return ((b0 == ' ' ? 0 : b0 - 'a' + 1) * 27 +
	           (b1 == ' ' ? 0 : b1 - 'a' + 1)) *
	    27 +
	    (b2 == ' ' ? 0 : b2 - 'a' + 1);
}

static uint32_t
trigram_of(unsigned code)
{
	unsigned b[3], i;

	for (i = 3; i-- > 0; code /= 27)
		b[i] = code % 27 == 0 ? ' ' : 'a' + code % 27 - 1;
	return (uint32_t)b[0] << 16 | (uint32_t)b[1] << 8 | b[2];
}

/* The words of the records so far and their record counts (last: the
 * record that counted each last). */
struct part {
	struct words w;
	uint32_t *df, *last;
	size_t cap;
};

/* The words of s[0..n) into p, counting record rec once per word. */
static void
add_field(struct part *p, const char *s, size_t n, uint32_t rec)
{
	size_t pos = 0, start, len;

	while (words_next(s, n, &pos, &start, &len)) {
		uint32_t id = words_add(&p->w, s + start, len);

		if (id >= p->cap) {
			size_t c = p->cap ? 2 * p->cap : 1024;

			p->df = xreallocarray(p->df, c, sizeof *p->df);
			p->last = xreallocarray(p->last, c, sizeof *p->last);
			memset(p->df + p->cap, 0, (c - p->cap) * sizeof *p->df);
			memset(p->last + p->cap, 0,
			    (c - p->cap) * sizeof *p->last);
			p->cap = c;
		}
		if (p->last[id] != rec + 1) {
			p->last[id] = rec + 1;
			p->df[id]++;
		}
	}
}

struct wordtab_acc {
	struct part p; /* the words so far, their counts */
	uint32_t next; /* the number of the next record */
};

struct wordtab_acc *
wordtab_acc_new(void)
{
	return xcalloc(1, sizeof(struct wordtab_acc));
}

void
wordtab_acc_add(struct wordtab_acc *a, const struct corpus *c)
{
	size_t i;

	for (i = 0; i < c->nrecords; i++, a->next++) {
		const struct corpus_record *r = &c->records[i];

		add_field(&a->p, r->question, corpus_qlen(r), a->next);
		if (r->body != NULL)
			add_field(&a->p, r->body, corpus_blen(r), a->next);
		add_field(&a->p, r->answer, corpus_alen(r), a->next);
	}
}

void
wordtab_acc_free(struct wordtab_acc *a)
{
	if (a == NULL)
		return;
	words_free(&a->p.w);
	free(a->p.df);
	free(a->p.last);
	free(a);
}

int
wordtab_acc_finish(
    struct wordtab_acc *a, struct buf *out, char *err, size_t errsz)
{
	struct part *parts = &a->p;
	struct words *w = &parts[0].w;
	struct entry *e = NULL;
	uint32_t *count = NULL, *start = NULL, *ids = NULL, t[BEQ_WORD_MAX + 1];
	unsigned char h[HEAD], v[VARINT_MAX];
	uint64_t text = 0, total = 0, post = 0;
	size_t i, k, n;
	unsigned code;
	int rc = -1;

	out->len = 0;
	e = xreallocarray(NULL, (size_t)w->n + 1, sizeof *e);
	for (i = 0; i < w->n; i++) {
		e[i].len = (uint32_t)words_get(w, (uint32_t)i, &e[i].p);
		e[i].df = parts[0].df[i];
		text += e[i].len;
	}
	qsort(e, w->n, sizeof *e, cmp_entry);
	/* the words of each trigram, in word order: counted, then placed */
	count = xcalloc(NCODES + 1, sizeof *count);
	start = xcalloc(NCODES + 1, sizeof *start);
	for (i = 0; i < w->n; i++) {
		n = trgm_set(e[i].p, e[i].len, t);
		for (k = 0; k < n; k++)
			count[code_of(t[k])]++;
		total += n;
	}
	if (text > UINT32_MAX || total > UINT32_MAX)
		goto toolarge;
	for (code = 0, n = 0; code < NCODES; code++) {
		start[code] = (uint32_t)n;
		n += count[code];
	}
	ids = xreallocarray(NULL, (size_t)total + 1, sizeof *ids);
	for (i = 0; i < w->n; i++) {
		n = trgm_set(e[i].p, e[i].len, t);
		for (k = 0; k < n; k++)
			ids[start[code_of(t[k])]++] = (uint32_t)i;
	}
	/* start[] now ends each list; its start is end - count */
	memset(h, 0, sizeof h);
	buf_add(out, h, HEAD);
	for (i = 0, text = 0; i < w->n; i++) {
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
	for (i = 0; i < w->n; i++)
		buf_add(out, e[i].p, e[i].len);
	for (code = 0; code < NCODES; code++) {
		uint32_t prev = 0;

		for (k = start[code] - count[code]; k < start[code]; k++) {
			buf_add(out, v, varint_put(v, ids[k] - prev));
			prev = ids[k];
		}
	}
	le32_put((unsigned char *)out->data, w->n);
	le32_put((unsigned char *)out->data + 4, (uint32_t)n);
	le32_put((unsigned char *)out->data + 8, (uint32_t)text);
	le32_put((unsigned char *)out->data + 12, (uint32_t)post);
	rc = 0;
	goto out;
toolarge:
	errorf(err, errsz, "corpus too large for the index format");
out:
	free(e);
	free(count);
	free(start);
	free(ids);
	return rc;
}
