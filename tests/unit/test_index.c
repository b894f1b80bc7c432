/* Index writer and reader tests: a golden byte image, validation of
 * truncated and corrupted bytes, posting lists read back. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "corpus.h"
#include "index.h"
#include "index_write.h"
#include "t.h"
#include "utf8.h"
#include "util.h"
#include "varint.h"

/* Three records ("Ab?"/"abc" with the body "b2" in DB, "cab"/"" in DB,
 * "x"/"" in Net), all from f.md, lines 1..3; checked field by field
 * against index.h (format version 6: the body "b2", a field of two bytes,
 * has the trigram "b2\0"; at 3 records every posting list is a bitmap:
 * postings.c's tests hold the Elias-Fano lists' bytes). */
static const unsigned char golden[] = {
	0x42,
	0x45,
	0x51,
	0x49,
	0x44,
	0x58,
	0x0d,
	0x0a,
	0x06,
	0x00,
	0x00,
	0x00,
	0x98,
	0x00,
	0x00,
	0x00,
	0x03,
	0x00,
	0x00,
	0x00,
	0x02,
	0x00,
	0x00,
	0x00,
	0x01,
	0x00,
	0x00,
	0x00,
	0x04,
	0x00,
	0x00,
	0x00,
	0x41,
	0x02,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x98,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x1a,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0xb2,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x28,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0xda,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x0c,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0xe6,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x6c,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x52,
	0x01,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x50,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0xa2,
	0x01,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x9b,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x3d,
	0x02,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x04,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x41,
	0x62,
	0x3f,
	0x61,
	0x62,
	0x63,
	0x62,
	0x32,
	0x63,
	0x61,
	0x62,
	0x78,
	0x44,
	0x42,
	0x64,
	0x62,
	0x4e,
	0x65,
	0x74,
	0x6e,
	0x65,
	0x74,
	0x66,
	0x2e,
	0x6d,
	0x64,
	0x0c,
	0x00,
	0x00,
	0x00,
	0x02,
	0x00,
	0x00,
	0x00,
	0x0e,
	0x00,
	0x00,
	0x00,
	0x02,
	0x00,
	0x00,
	0x00,
	0x02,
	0x00,
	0x00,
	0x00,
	0x10,
	0x00,
	0x00,
	0x00,
	0x03,
	0x00,
	0x00,
	0x00,
	0x13,
	0x00,
	0x00,
	0x00,
	0x03,
	0x00,
	0x00,
	0x00,
	0x01,
	0x00,
	0x00,
	0x00,
	0x16,
	0x00,
	0x00,
	0x00,
	0x04,
	0x00,
	0x00,
	0x00,
	0x03,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x01,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x03,
	0x00,
	0x00,
	0x00,
	0x03,
	0x00,
	0x00,
	0x00,
	0x03,
	0x00,
	0x00,
	0x00,
	0x06,
	0x00,
	0x00,
	0x00,
	0x02,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x02,
	0x00,
	0x00,
	0x00,
	0x08,
	0x00,
	0x00,
	0x00,
	0x03,
	0x00,
	0x00,
	0x00,
	0x0b,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x0b,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x01,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x03,
	0x00,
	0x00,
	0x00,
	0x0b,
	0x00,
	0x00,
	0x00,
	0x01,
	0x00,
	0x00,
	0x00,
	0x0c,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x0c,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x3f,
	0x62,
	0x61,
	0x00,
	0x01,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x01,
	0x00,
	0x00,
	0x00,
	0x63,
	0x62,
	0x61,
	0x00,
	0x01,
	0x00,
	0x00,
	0x00,
	0x01,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x01,
	0x00,
	0x00,
	0x00,
	0x00,
	0x32,
	0x62,
	0x00,
	0x01,
	0x00,
	0x00,
	0x00,
	0x02,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x01,
	0x00,
	0x00,
	0x00,
	0x62,
	0x61,
	0x63,
	0x00,
	0x01,
	0x00,
	0x00,
	0x00,
	0x03,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x01,
	0x00,
	0x00,
	0x00,
	0x03,
	0x00,
	0x00,
	0x00,
	0x08,
	0x00,
	0x00,
	0x00,
	0x08,
	0x00,
	0x00,
	0x00,
	0x0b,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x01,
	0x00,
	0x00,
	0x00,
	0x02,
	0x00,
	0x00,
	0x00,
	0x01,
	0x00,
	0x00,
	0x00,
	0x05,
	0x00,
	0x00,
	0x00,
	0x01,
	0x00,
	0x00,
	0x00,
	0x61,
	0x20,
	0x20,
	0x00,
	0x02,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x63,
	0x20,
	0x20,
	0x00,
	0x01,
	0x00,
	0x00,
	0x00,
	0x02,
	0x00,
	0x00,
	0x00,
	0x62,
	0x61,
	0x20,
	0x00,
	0x02,
	0x00,
	0x00,
	0x00,
	0x03,
	0x00,
	0x00,
	0x00,
	0x61,
	0x63,
	0x20,
	0x00,
	0x01,
	0x00,
	0x00,
	0x00,
	0x05,
	0x00,
	0x00,
	0x00,
	0x20,
	0x62,
	0x61,
	0x00,
	0x02,
	0x00,
	0x00,
	0x00,
	0x06,
	0x00,
	0x00,
	0x00,
	0x63,
	0x62,
	0x61,
	0x00,
	0x01,
	0x00,
	0x00,
	0x00,
	0x08,
	0x00,
	0x00,
	0x00,
	0x20,
	0x63,
	0x62,
	0x00,
	0x01,
	0x00,
	0x00,
	0x00,
	0x09,
	0x00,
	0x00,
	0x00,
	0x62,
	0x61,
	0x63,
	0x00,
	0x01,
	0x00,
	0x00,
	0x00,
	0x0a,
	0x00,
	0x00,
	0x00,
	0x61,
	0x62,
	0x61,
	0x62,
	0x63,
	0x63,
	0x61,
	0x62,
	0x00,
	0x01,
	0x02,
	0x00,
	0x01,
	0x02,
	0x00,
	0x02,
	0x01,
	0x01,
	0x02,
	0x01,
	0x01,
	0x01,
	0x02,
};

static void
add(struct corpus *c, const char *cat, const char *q, const char *b,
    const char *a)
{
	struct corpus_record *r;

	r = corpus_record_new(c);
	r->category = corpus_category(c, cat);
	r->source = corpus_source(c, "f.md");
	r->line = (uint32_t)c->nrecords;
	r->question = xstrdup(q);
	r->answer = xstrdup(a);
	r->body = b != NULL ? xstrdup(b) : NULL;
}

static void
golden_corpus(struct corpus *c)
{
	add(c, "DB", "Ab?", "b2", "abc");
	add(c, "DB", "cab", NULL, "");
	add(c, "Net", "x", NULL, "");
}

/* What the index writer told of its progress. */
struct told {
	_Atomic unsigned long long records, calls, size;
};

static void
told_records(void *ctx, uint64_t n)
{
	struct told *t = ctx;

	t->records += n;
	t->calls++;
}

static void
told_writing(void *ctx, uint64_t size)
{
	struct told *t = ctx;

	t->size = size;
}

/* A sink into a buffer (one thread at a time: a lock). */
struct sink_buf {
	struct buf b;
	pthread_mutex_t lock;
};

static int
put_buf(void *ctx, uint64_t off, const void *p, size_t n)
{
	struct sink_buf *s = ctx;

	pthread_mutex_lock(&s->lock);
	if (off + n > s->b.len) {
		size_t was = s->b.len;

		buf_grow(&s->b, (size_t)(off + n) - s->b.len);
		memset(s->b.data + was, 0, (size_t)(off + n) - was);
		s->b.len = (size_t)(off + n);
	}
	memcpy(s->b.data + off, p, n);
	pthread_mutex_unlock(&s->lock);
	return 0;
}

/* The index of c written through a writer with the given run budget and
 * spill file (-1: none), in three batches of records, into s. */
static uint64_t
write_in_batches(const struct corpus *c, size_t run_bytes, int spill,
    const struct index_progress *pr, struct sink_buf *s, uint64_t *size)
{
	uint64_t spilled;

	struct index_sink sink = { put_buf, s };
	struct index_writer *w = index_writer_new(&sink, spill, run_bytes, pr);
	struct corpus part = *c;
	char err[256];
	size_t i, step = c->nrecords / 3 + 1;

	for (i = 0; i < c->nrecords; i += step) {
		part.records = c->records + i;
		part.nrecords = c->nrecords - i < step ? c->nrecords - i : step;
		CHECK(index_writer_add(w, &part, err, sizeof err) == 0);
	}
	CHECK(index_writer_finish(w, c, size, err, sizeof err) == 0);
	CHECK_INT(s->b.len, *size);
	spilled = index_writer_spilled(w);
	index_writer_free(w);
	return spilled;
}

void test_index_writer_tells_its_progress_in_records(void);
void
test_index_writer_tells_its_progress_in_records(void)
{
	struct corpus c = { 0 };
	struct sink_buf s = { { 0 }, PTHREAD_MUTEX_INITIALIZER };
	struct told t = { 0 };
	struct index_progress pr = { told_records, told_writing, &t };
	uint64_t size;
	char q[32];
	size_t i;

	for (i = 0; i < 20000; i++) {
		snprintf(q, sizeof q, "question %zu?", i);
		add(&c, i % 2 ? "DB" : "Net", q, NULL,
		    "an answer of some eighty bytes, for the parts: one part "
		    "a thread past a MiB.");
	}
	write_in_batches(&c, 0, -1, &pr, &s, &size);
	/* every record, told of as the lists are merged */
	CHECK_INT(t.records, 20000);
	CHECK(t.calls >= 2);
	CHECK_INT(t.size, size);
	buf_free(&s.b);
	corpus_free(&c);
}

void test_index_writer_spills_runs_to_the_same_bytes(void);
void
test_index_writer_spills_runs_to_the_same_bytes(void)
{
	struct corpus c = { 0 };
	struct sink_buf s = { { 0 }, PTHREAD_MUTEX_INITIALIZER },
	                m = { { 0 }, PTHREAD_MUTEX_INITIALIZER };
	struct buf whole = { 0 };
	char q[64], path[] = "/tmp/beq-unit-spill.XXXXXX", err[256];
	uint64_t size, msize;
	size_t i;
	int fd;

	for (i = 0; i < 40000; i++) {
		snprintf(q, sizeof q, "question %zu about K\xe2\x84\xaa %zx?",
		    i, i * 7919);
		add(&c, i % 3 ? "DB" : "Net", q, i % 5 ? NULL : "a body",
		    i % 7 ? "an answer with words that come and go" :
		            "another answer, rarer, with \xc5\xbfome bytes");
	}
	fd = mkstemp(path);
	CHECK(fd != -1);
	unlink(path);
	/* runs of a MiB (the least): some spilled, then merged */
	CHECK(write_in_batches(&c, 1 << 20, fd, NULL, &s, &size) > 0);
	CHECK(write_in_batches(&c, 0, -1, NULL, &m, &msize) == 0);
	CHECK(index_write(&c, &whole, err, sizeof err) == 0);
	CHECK_INT(size, msize);
	CHECK(s.b.len == m.b.len && memcmp(s.b.data, m.b.data, s.b.len) == 0);
	CHECK(whole.len == m.b.len &&
	    memcmp(whole.data, m.b.data, whole.len) == 0);
	close(fd);
	buf_free(&s.b);
	buf_free(&m.b);
	buf_free(&whole);
	corpus_free(&c);
}

void test_index_writer_produces_the_golden_bytes(void);
void
test_index_writer_produces_the_golden_bytes(void)
{
	struct corpus c = { 0 };
	struct buf b = { 0 };
	char err[256];
	size_t i;

	golden_corpus(&c);
	CHECK(index_write(&c, &b, err, sizeof err) == 0);
	CHECK_INT(b.len, sizeof golden);
	for (i = 0; i < b.len && i < sizeof golden; i++)
		if ((unsigned char)b.data[i] != golden[i]) {
			t_fail(__FILE__, __LINE__,
			    "byte %zu is 0x%02x, want "
			    "0x%02x",
			    i, (unsigned char)b.data[i], golden[i]);
			break;
		}
	corpus_free(&c);
	buf_free(&b);
}

void test_index_writer_refuses_text_that_is_not_utf8(void);
void
test_index_writer_refuses_text_that_is_not_utf8(void)
{
	static const char *const bad[] = { "caf\xe9", "\xc3", "a\xed\xa0\x80",
		"\xf4\x90\x80\x80" };
	struct buf b = { 0 };
	char err[256];
	size_t i, f;

	/* the index holds only UTF-8 (so PCRE2 need not check it): a record
	 * whose question, body or answer is not is an error, not an index */
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
		for (f = 0; f < 3; f++) {
			struct corpus c = { 0 };

			add(&c, "DB", "ok?", NULL, "fine");
			add(&c, "DB", f == 0 ? bad[i] : "q?",
			    f == 1 ? bad[i] : NULL, f == 2 ? bad[i] : "a");
			err[0] = '\0';
			CHECK(index_write(&c, &b, err, sizeof err) == -1);
			CHECK_STR(err,
			    "f.md:2: record text is not UTF-8 (a bug in "
			    "beq: please report it)");
			corpus_free(&c);
		}
	buf_free(&b);
}

void test_index_verify_finds_record_text_that_is_not_utf8(void);
void
test_index_verify_finds_record_text_that_is_not_utf8(void)
{
	unsigned char bytes[sizeof golden];
	struct index ix;
	char err[256];

	/* "abc", the answer of record 1, becomes "a\xffc" */
	memcpy(bytes, golden, sizeof golden);
	CHECK(memcmp(bytes + BEQ_INDEX_HEADER + 3, "abc", 3) == 0);
	CHECK(index_open_mem(&ix, bytes, sizeof bytes, err, sizeof err) == 0);
	CHECK(index_verify(&ix, err, sizeof err) == 0);
	index_close(&ix);
	bytes[BEQ_INDEX_HEADER + 4] = 0xff;
	CHECK(index_open_mem(&ix, bytes, sizeof bytes, err, sizeof err) == 0);
	CHECK(index_verify(&ix, err, sizeof err) == -1);
	CHECK_STR(err, "corrupt index (record text is not UTF-8)");
	index_close(&ix);
}

/* Whether field f holds the bytes x y, ASCII letters either case. */
static int
holds_pair(const char *f, int x, int y)
{
	size_t i, n = f != NULL ? strlen(f) : 0;

	for (i = 0; i + 1 < n; i++)
		if ((f[i] | 0x20) == x && (f[i + 1] | 0x20) == y)
			return 1;
	return 0;
}

void test_index_pair_finds_every_record_that_holds_it(void);
void
test_index_pair_finds_every_record_that_holds_it(void)
{
	/* fields of 0 to 5 bytes: a pair at a field's start, its end, or
	 * the whole field ("Qt"), "aa" inside "aaa" */
	static const char alpha[] = "aAbqQt ";
	struct corpus c = { 0 };
	struct buf b = { 0 };
	struct postings p = { 0 };
	struct index ix;
	unsigned long long s = 7;
	char f[3][6], err[256];
	size_t i, j, k, seen = 0;
	int all;

	for (i = 0; i < 600; i++) {
		for (j = 0; j < 3; j++) {
			size_t len = t_rand(&s) % 6;

			for (k = 0; k < len; k++)
				f[j][k] =
				    alpha[t_rand(&s) % (sizeof alpha - 1)];
			f[j][len] = '\0';
		}
		add(&c, "C", f[0], f[1][0] ? f[1] : NULL, f[2]);
	}
	CHECK(index_write(&c, &b, err, sizeof err) == 0);
	CHECK(index_open_mem(&ix, b.data, b.len, err, sizeof err) == 0);
	for (i = 0; i < sizeof alpha - 1; i++)
		for (j = 0; j < sizeof alpha - 1; j++) {
			int x = alpha[i] | 0x20, y = alpha[j] | 0x20;
			size_t n = 0;

			CHECK(index_pair(&ix, (uint32_t)x << 8 | (uint32_t)y,
			          UINT64_MAX, &p, &all, err, sizeof err) == 0);
			CHECK_INT(all, 0);
			for (k = 0; k < c.nrecords; k++) {
				const struct corpus_record *r = &c.records[k];
				int in = holds_pair(r->question, x, y) ||
				    holds_pair(r->answer, x, y) ||
				    holds_pair(r->body, x, y);

				if (in && (n >= p.n || p.ids[n] != k)) {
					t_fail(__FILE__, __LINE__,
					    "record %zu holds %c%c, not found",
					    k, x, y);
					goto out;
				}
				n += in;
			}
			CHECK_INT(p.n, n);
			seen += n;
			/* lists that hold as many ids as most: every record */
			if (n > 0) {
				CHECK(index_pair(&ix,
				          (uint32_t)x << 8 | (uint32_t)y, n, &p,
				          &all, err, sizeof err) == 0);
				CHECK(all == 1 && p.n == 0);
			}
		}
	CHECK(seen > 0);
	CHECK(index_pair(&ix, 'z' << 8 | 'z', UINT64_MAX, &p, &all, err,
	          sizeof err) == 0);
	CHECK(all == 0 && p.n == 0);
out:
	index_close(&ix);
	postings_free(&p);
	buf_free(&b);
	corpus_free(&c);
}

void test_index_reader_returns_records_categories_and_postings(void);
void
test_index_reader_returns_records_categories_and_postings(void)
{
	struct index ix;
	struct index_record r;
	struct index_category cat;
	struct postings p = { 0 };
	uint32_t count;
	struct slice s;
	char err[256];

	CHECK(index_open_mem(&ix, golden, sizeof golden, err, sizeof err) == 0);
	CHECK_INT(ix.nrecords, 3);
	index_record(&ix, 1, &r);
	CHECK_INT(r.id, 2);
	CHECK(r.question.len == 3 && memcmp(r.question.p, "cab", 3) == 0);
	CHECK_INT(r.answer.len, 0);
	CHECK_INT(r.body.len, 0);
	CHECK_INT(r.line, 2);
	index_record(&ix, 0, &r);
	CHECK(r.body.len == 2 && memcmp(r.body.p, "b2", 2) == 0);
	CHECK(r.answer.len == 3 && memcmp(r.answer.p, "abc", 3) == 0);
	index_category(&ix, 1, &cat);
	CHECK(cat.slug.len == 3 && memcmp(cat.slug.p, "net", 3) == 0);
	CHECK_INT(cat.count, 1);
	s = index_source(&ix, 0, &count);
	CHECK(s.len == 4 && memcmp(s.p, "f.md", 4) == 0 && count == 3);
	CHECK(index_postings(&ix, 0x616263, &p, err, sizeof err) == 0);
	CHECK(p.n == 1 && p.ids[0] == 0);
	CHECK(index_postings(&ix, 0x636162, &p, err, sizeof err) == 0);
	CHECK(p.n == 1 && p.ids[0] == 1);
	CHECK(index_postings(&ix, 0x787878, &p, err, sizeof err) == 0);
	CHECK_INT(p.n, 0);
	postings_free(&p);
	index_close(&ix);
}

/* The golden index written to a file (with the bytes of want), opened:
 * the caller closes ix and removes path. */
static void
golden_file(struct index *ix, char *path, const unsigned char *want)
{
	char err[256];
	int fd = mkstemp(path);

	CHECK(fd != -1);
	CHECK(write(fd, want, sizeof golden) == (ssize_t)sizeof golden);
	close(fd);
	CHECK(index_open_file(ix, path, err, sizeof err) == 0);
}

void test_index_fetch_reads_what_the_mapping_holds(void);
void
test_index_fetch_reads_what_the_mapping_holds(void)
{
	struct index ix;
	struct index_fetch f = { 0 };
	struct slice q, a, b, mq, ma, mb;
	unsigned char bad[sizeof golden];
	char path[] = "/tmp/beq-unit-fetch.XXXXXX";
	uint32_t i;

	golden_file(&ix, path, golden);
	/* three records in a few hundred bytes: the mapping serves them */
	index_fetch_init(&f, &ix, 3);
	CHECK_INT(f.on, 0);
	f.on = 1;
	for (i = 0; i < ix.nrecords; i++) {
		CHECK(index_fetch_text(&ix, &f, i, &q, &a, &b) == 0);
		CHECK(index_record_text(&ix, i, &mq, &ma, &mb) == 0);
		CHECK(q.len == mq.len && memcmp(q.p, mq.p, q.len) == 0);
		CHECK(a.len == ma.len && memcmp(a.p, ma.p, a.len) == 0);
		CHECK(b.len == mb.len && memcmp(b.p, mb.p, b.len) == 0);
		/* read into f's buffer, not the mapping */
		CHECK(q.len == 0 || q.p < (const char *)ix.base ||
		    q.p >= (const char *)ix.base + ix.size);
	}
	CHECK(index_fault(&ix, NULL, 0) == 0);
	CHECK(index_fetch_text(&ix, &f, 3, &q, &a, &b) == -1);
	CHECK(index_fault(&ix, NULL, 0) == -1);
	index_close(&ix);
	unlink(path);

	/* record 1's answer (its entry at 12 + 8) out of STRINGS: a fault,
	 * as the mapping's reader notes it */
	memcpy(bad, golden, sizeof golden);
	{
		uint64_t rec = le64_get(golden + 40 + 16 * IDX_RECORDS);

		le32_put(bad + rec + 36 + 20, 0xfffffff0u);
	}
	strcpy(path, "/tmp/beq-unit-fetch.XXXXXX");
	golden_file(&ix, path, bad);
	f.on = 1;
	CHECK(index_fetch_text(&ix, &f, 0, &q, &a, &b) == 0);
	CHECK(index_fetch_text(&ix, &f, 1, &q, &a, &b) == -1);
	CHECK_INT(a.len, 0);
	CHECK(index_fault(&ix, NULL, 0) == -1);
	index_close(&ix);
	unlink(path);
	index_fetch_free(&f);
}

void test_index_reader_rejects_every_truncation(void);
void
test_index_reader_rejects_every_truncation(void)
{
	struct index ix;
	char err[256];
	size_t n;

	for (n = 0; n < sizeof golden; n++) {
		unsigned char *copy = xmalloc(n + 1);

		memcpy(copy, golden, n);
		CHECK(index_open_mem(&ix, copy, n, err, sizeof err) == -1);
		free(copy);
	}
	CHECK(index_open_mem(&ix, golden, 10, err, sizeof err) == -1);
	CHECK_STR(err, "corrupt index (shorter than a header)");
}

void test_index_reader_reports_magic_version_and_bad_offsets(void);
void
test_index_reader_reports_magic_version_and_bad_offsets(void)
{
	unsigned char b[sizeof golden];
	struct index ix;
	struct index_record r;
	struct index_category cat;
	struct postings p = { 0 };
	uint32_t count;
	char err[256];
	size_t i;

	memcpy(b, golden, sizeof b);
	b[0] = 'X';
	CHECK(index_open_mem(&ix, b, sizeof b, err, sizeof err) == -1);
	CHECK_STR(err, "not a beq index (bad magic)");
	memcpy(b, golden, sizeof b);
	b[8] = 9;
	CHECK(index_open_mem(&ix, b, sizeof b, err, sizeof err) == -1);
	CHECK_STR(err,
	    "unsupported index format version 9 (this beq reads 6; build it "
	    "again with beq index)");
	/* a record string running past the strings section opens (open
	 * checks the header only), reads as empty and is reported; the
	 * other records still read */
	memcpy(b, golden, sizeof b);
	b[0xe6 + 16] = 0x7f;
	CHECK(index_open_mem(&ix, b, sizeof b, err, sizeof err) == 0);
	CHECK(index_fault(&ix, err, sizeof err) == 0);
	CHECK(index_record(&ix, 1, &r) == 0);
	CHECK(index_fault(&ix, err, sizeof err) == 0);
	CHECK(index_record(&ix, 0, &r) == -1);
	CHECK(r.id == 1 && r.question.len == 0 && r.question.p != NULL);
	CHECK(index_fault(&ix, err, sizeof err) == -1);
	CHECK_STR(err, "corrupt index (record string)");
	CHECK(index_record(&ix, 1, &r) == 0 && r.question.len == 3);
	CHECK(index_verify(&ix, err, sizeof err) == -1);
	CHECK_STR(err, "corrupt index (record string)");
	/* the same found by index_verify before any read */
	CHECK(index_open_mem(&ix, b, sizeof b, err, sizeof err) == 0);
	CHECK(index_verify(&ix, err, sizeof err) == -1);
	CHECK_STR(err, "corrupt index (record string)");
	/* a record of a category and a source that do not exist */
	memcpy(b, golden, sizeof b);
	b[0xe6] = 0x09;
	CHECK(index_open_mem(&ix, b, sizeof b, err, sizeof err) == 0);
	CHECK(index_record(&ix, 0, &r) == -1 && r.category == 0);
	CHECK(index_fault(&ix, err, sizeof err) == -1);
	CHECK_STR(err, "corrupt index (record reference)");
	memcpy(b, golden, sizeof b);
	b[0xe6 + 4] = 0x09;
	CHECK(index_open_mem(&ix, b, sizeof b, err, sizeof err) == 0);
	CHECK(index_record(&ix, 0, &r) == -1 && r.source.len == 0);
	CHECK_STR((index_fault(&ix, err, sizeof err), err),
	    "corrupt index (record reference)");
	/* reads past the counts are corrupt references too */
	CHECK(index_open_mem(&ix, golden, sizeof golden, err, sizeof err) == 0);
	CHECK(index_record(&ix, 3, &r) == -1);
	CHECK(index_category(&ix, 2, &cat) == -1 && cat.name.len == 0);
	CHECK(index_source(&ix, 1, &count).len == 0 && count == 0);
	CHECK_STR((index_fault(&ix, err, sizeof err), err),
	    "corrupt index (record reference)");
	/* trigrams out of order: found by a lookup that passes by, and by
	 * index_verify */
	memcpy(b, golden, sizeof b);
	b[0x152] = 0x64;
	CHECK(index_open_mem(&ix, b, sizeof b, err, sizeof err) == 0);
	CHECK(index_verify(&ix, err, sizeof err) == -1);
	CHECK_STR(err, "corrupt index (trigram order)");
	/* a posting naming a record that does not exist (bit 3 of a
	 * bitmap of 3 records) opens, and is reported when read */
	memcpy(b, golden, sizeof b);
	b[sizeof b - 1] = 0x08;
	CHECK(index_open_mem(&ix, b, sizeof b, err, sizeof err) == 0);
	CHECK(index_postings(&ix, 0x636162, &p, err, sizeof err) == -1);
	CHECK_STR(err, "corrupt index (posting list)");
	CHECK(index_fault(&ix, err, sizeof err) == -1);
	CHECK(index_open_mem(&ix, b, sizeof b, err, sizeof err) == 0);
	CHECK(index_verify(&ix, err, sizeof err) == -1);
	CHECK_STR(err, "corrupt index (posting list)");
	/* a category count that does not add up: only index_verify sees
	 * it (a read cannot tell) */
	memcpy(b, golden, sizeof b);
	b[0xb2 + 16] = 0x07;
	CHECK(index_open_mem(&ix, b, sizeof b, err, sizeof err) == 0);
	CHECK(index_verify(&ix, err, sizeof err) == -1);
	CHECK_STR(err, "corrupt index (category count)");
	/* the golden index is sound */
	CHECK(index_open_mem(&ix, golden, sizeof golden, err, sizeof err) == 0);
	CHECK(index_verify(&ix, err, sizeof err) == 0);
	CHECK(index_fault(&ix, err, sizeof err) == 0);
	/* every single-byte change either opens or is rejected; none
	 * crashes (ASan and the fuzzer watch the reads), and whatever a read
	 * finds corrupt, index_verify finds corrupt too */
	for (i = 0; i < sizeof b; i++) {
		memcpy(b, golden, sizeof b);
		b[i] ^= 0xa5;
		if (index_open_mem(&ix, b, sizeof b, err, sizeof err) == 0) {
			uint32_t k;

			for (k = 0; k < ix.nrecords; k++)
				index_record(&ix, k, &r);
			index_postings(&ix, 0x616263, &p, err, sizeof err);
			/* on a view of its own, where no fault is noted yet */
			if (index_fault(&ix, err, sizeof err) == -1) {
				CHECK(index_open_mem(&ix, b, sizeof b, err,
				          sizeof err) == 0);
				CHECK(index_verify(&ix, err, sizeof err) == -1);
			}
		}
	}
	postings_free(&p);
}

/* The distinct (trigram << 32 | record) pairs of a corpus, the model the
 * posting lists are checked against. */
struct pairs {
	uint64_t *v;
	size_t n, cap;
	uint32_t rec;
};

static void
pair_add(void *ctx, uint32_t t)
{
	struct pairs *p = ctx;

	if (p->n == p->cap) {
		p->cap = p->cap ? 2 * p->cap : 4096;
		p->v = xreallocarray(p->v, p->cap, sizeof *p->v);
	}
	p->v[p->n++] = (uint64_t)t << 32 | p->rec;
}

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

/* Indexes 17,000 records of random text (over 1 MiB, so that it is read
 * in parts, one per thread) and checks every posting list against the
 * model. Rare words give gaps of 2- and 3-byte varints, some across the
 * parts, and lists of several blocks ("qqk"), and U+212A and U+017F a second spelling; noisy text (random
 * characters) gives over 65,536 distinct trigrams in a part, and
 * noisy == 2 (random characters, half of them U+0080..U+07FF, whose
 * bytes are outside ASCII) over 65,536 of those kept in the hash table
 * rather than the dense one. The text is UTF-8: beq index writes no
 * other. */
static void
check_model(int noisy)
{
	static const char *words[] = { "ab", "Ba", "cab", " ", "abc ", "DB",
		"\xe2\x84\xaa"
		"ey",
		"\xc5\xbf"
		"a" };
	struct corpus c = { 0 };
	struct pairs model = { 0 };
	struct postings got = { 0 }, want = { 0 }, both = { 0 };
	struct buf b = { 0 }, text = { 0 };
	struct index ix;
	static const char punct[] = "abcdefghijklmnopqrstuvwxyz"
	                            "0123456789!#$%&()*+,-./:;<=>?@[]^_";
	unsigned long long s = 42;
	char err[256];
	size_t i, j, k, ntri = 0;
	int bad = 0;

	for (i = 0; i < 17000; i++) {
		size_t len = t_rand(&s) % 140;

		text.len = 0;
		if (i == 0 || i == 16999)
			buf_adds(&text, "zzq ");
		if (t_rand(&s) % 300 == 0)
			buf_adds(&text, "qqj ");
		if (t_rand(&s) % 5000 == 0)
			buf_adds(&text, "vvx ");
		if (t_rand(&s) % 40 == 0)
			buf_adds(&text, "qqk ");
		while (text.len < len) {
			if (noisy == 2 && t_rand(&s) % 2) {
				/* UTF-8, as every index holds: U+0080..U+07FF */
				char u[4];

				buf_add(&text, u,
				    utf8_encode(
				        0x80 + (uint32_t)(t_rand(&s) % 0x780),
				        u));
			} else if (noisy == 2)
				buf_addc(&text, (char)(1 + t_rand(&s) % 127));
			else if (noisy)
				buf_addc(&text,
				    punct[t_rand(&s) % (sizeof punct - 1)]);
			else
				buf_adds(&text, words[t_rand(&s) % 8]);
		}
		add(&c, i % 7 ? "DB" : "Net", "", NULL, "");
		free(c.records[i].question);
		free(c.records[i].answer);
		/* question, body (every third record), answer */
		k = t_rand(&s) % (text.len + 1);
		j = i % 3 ? k : k + t_rand(&s) % (text.len - k + 1);
		/* cut between characters */
		while (k < text.len && (text.data[k] & 0xc0) == 0x80)
			k++;
		if (j < k)
			j = k;
		while (j < text.len && (text.data[j] & 0xc0) == 0x80)
			j++;
		c.records[i].question = xstrndup(buf_cstr(&text), k);
		if (j > k)
			c.records[i].body = xstrndup(
			    buf_cstr(&text) + k, j - k);
		c.records[i].answer = xstrdup(buf_cstr(&text) + j);
	}
	for (i = 0; i < c.nrecords; i++) {
		size_t from = model.n;

		model.rec = (uint32_t)i;
		index_trigrams(c.records[i].question,
		    strlen(c.records[i].question), pair_add, &model);
		index_trigrams(c.records[i].answer, strlen(c.records[i].answer),
		    pair_add, &model);
		if (c.records[i].body != NULL)
			index_trigrams(c.records[i].body,
			    strlen(c.records[i].body), pair_add, &model);
		qsort(model.v + from, model.n - from, sizeof *model.v, cmp_u64);
		for (j = k = from; j < model.n; j++)
			if (k == from || model.v[j] != model.v[k - 1])
				model.v[k++] = model.v[j];
		model.n = k;
	}
	qsort(model.v, model.n, sizeof *model.v, cmp_u64);
	CHECK(index_write(&c, &b, err, sizeof err) == 0);
	CHECK(index_open_mem(&ix, b.data, b.len, err, sizeof err) == 0);
	CHECK(index_verify(&ix, err, sizeof err) == 0);
	for (i = 0; i < model.n; i = j) {
		uint32_t t = (uint32_t)(model.v[i] >> 32);

		ntri++;
		for (j = i; j < model.n && model.v[j] >> 32 == t; j++)
			;
		if (bad)
			continue;
		CHECK(index_postings(&ix, t, &got, err, sizeof err) == 0);
		if (got.n != j - i) {
			t_fail(__FILE__, __LINE__,
			    "trigram %06x: %zu records, want %zu", t, got.n,
			    j - i);
			bad = 1;
		}
		for (k = 0; k < got.n && !bad; k++)
			if (got.ids[k] != (uint32_t)model.v[i + k]) {
				t_fail(__FILE__, __LINE__,
				    "trigram %06x: posting %zu is %u, want "
				    "%u",
				    t, k, got.ids[k], (uint32_t)model.v[i + k]);
				bad = 1;
			}
	}
	CHECK_INT(ix.ntrigrams, ntri);
	/* index_and of 1 to 3 trigrams (sparse lists of several blocks,
	 * bitmaps, and one not in the index) is the AND of the lists read
	 * whole */
	for (i = 0; i < 300 && !bad; i++) {
		uint32_t t[3];
		size_t n = 1 + i % 3;

		for (j = 0; j < n; j++)
			t[j] = i % 50 == 49 && j == n - 1 ?
			    0x7e7e7e :
			    index_trigram(
			        &ix, (uint32_t)(t_rand(&s) % ix.ntrigrams));
		/* "qqk": in about 425 records, a list of 4 blocks */
		if (i % 2 == 0)
			t[0] = 0x71716b;
		CHECK(index_postings(&ix, t[0], &want, err, sizeof err) == 0);
		for (j = 1; j < n; j++) {
			CHECK(index_postings(
			          &ix, t[j], &got, err, sizeof err) == 0);
			postings_and(&want, &got, &both);
			want.n = 0;
			for (k = 0; k < both.n; k++)
				postings_push(&want, both.ids[k]);
		}
		CHECK(index_and(&ix, t, n, &got, err, sizeof err) == 0);
		if (got.n != want.n ||
		    (got.n > 0 &&
		        memcmp(got.ids, want.ids, got.n * sizeof *got.ids) !=
		            0)) {
			t_fail(__FILE__, __LINE__,
			    "index_and of %zu trigrams: %zu records, want %zu",
			    n, got.n, want.n);
			bad = 1;
		}
	}
	CHECK(index_postings(
	          &ix, 0x7e7e7e /* "~~~" */, &got, err, sizeof err) == 0);
	CHECK_INT(got.n, 0);
	index_close(&ix);
	postings_free(&got);
	postings_free(&want);
	postings_free(&both);
	free(model.v);
	buf_free(&text);
	buf_free(&b);
	corpus_free(&c);
}

void test_index_postings_match_a_model_across_threads(void);
void
test_index_postings_match_a_model_across_threads(void)
{
	check_model(0);
	check_model(1);
	check_model(2);
}
