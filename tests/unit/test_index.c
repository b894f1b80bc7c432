/* Index writer and reader tests: a golden byte image, validation of
 * truncated and corrupted bytes, posting lists read back. */
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
#include "index.h"
#include "t.h"
#include "util.h"

/* Three records ("Ab?"/"abc" in DB, "cab"/"" in DB, "x"/"" in Net), all
 * from f.md, lines 1..3; checked field by field against index.h. */
static const unsigned char golden[] = {
	0x42,
	0x45,
	0x51,
	0x49,
	0x44,
	0x58,
	0x0d,
	0x0a,
	0x01,
	0x00,
	0x00,
	0x00,
	0x88,
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
	0x03,
	0x00,
	0x00,
	0x00,
	0x67,
	0x01,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x88,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x18,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0xa0,
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
	0xc8,
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
	0xd4,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x54,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x28,
	0x01,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x3c,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x00,
	0x64,
	0x01,
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
	0x0a,
	0x00,
	0x00,
	0x00,
	0x02,
	0x00,
	0x00,
	0x00,
	0x0c,
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
	0x0e,
	0x00,
	0x00,
	0x00,
	0x03,
	0x00,
	0x00,
	0x00,
	0x11,
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
	0x14,
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
	0x06,
	0x00,
	0x00,
	0x00,
	0x03,
	0x00,
	0x00,
	0x00,
	0x09,
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
	0x09,
	0x00,
	0x00,
	0x00,
	0x01,
	0x00,
	0x00,
	0x00,
	0x0a,
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
	0x62,
	0x61,
	0x63,
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
	0x00,
	0x00,
	0x01,
};

static void
add(struct corpus *c, const char *cat, const char *q, const char *a)
{
	struct corpus_record *r;

	if (c->nrecords == c->caprecords) {
		c->caprecords = c->caprecords ? 2 * c->caprecords : 8;
		c->records = xreallocarray(
		    c->records, c->caprecords, sizeof *c->records);
	}
	r = &c->records[c->nrecords];
	r->category = corpus_category(c, cat);
	r->source = corpus_source(c, "f.md");
	r->line = (uint32_t)++c->nrecords;
	r->question = xstrdup(q);
	r->answer = xstrdup(a);
}

static void
golden_corpus(struct corpus *c)
{
	add(c, "DB", "Ab?", "abc");
	add(c, "DB", "cab", "");
	add(c, "Net", "x", "");
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
	CHECK_INT(r.line, 2);
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
	struct postings p = { 0 };
	char err[256];
	size_t i;

	memcpy(b, golden, sizeof b);
	b[0] = 'X';
	CHECK(index_open_mem(&ix, b, sizeof b, err, sizeof err) == -1);
	CHECK_STR(err, "not a beq index (bad magic)");
	memcpy(b, golden, sizeof b);
	b[8] = 9;
	CHECK(index_open_mem(&ix, b, sizeof b, err, sizeof err) == -1);
	CHECK_STR(err, "unsupported index format version 9 (this beq reads 1)");
	/* a record string running past the strings section */
	memcpy(b, golden, sizeof b);
	b[0xd4 + 16] = 0x7f;
	CHECK(index_open_mem(&ix, b, sizeof b, err, sizeof err) == -1);
	CHECK_STR(err, "corrupt index (record string)");
	/* trigrams out of order */
	memcpy(b, golden, sizeof b);
	b[0x128] = 0x64;
	CHECK(index_open_mem(&ix, b, sizeof b, err, sizeof err) == -1);
	CHECK_STR(err, "corrupt index (trigram order)");
	/* a posting naming a record that does not exist opens, and is
	 * reported when read */
	memcpy(b, golden, sizeof b);
	b[sizeof b - 1] = 0x05;
	CHECK(index_open_mem(&ix, b, sizeof b, err, sizeof err) == 0);
	CHECK(index_postings(&ix, 0x636162, &p, err, sizeof err) == -1);
	CHECK_STR(err, "corrupt index (posting list)");
	/* every single-byte change either opens or is rejected; none
	 * crashes (ASan and the fuzzer watch the reads) */
	for (i = 0; i < sizeof b; i++) {
		memcpy(b, golden, sizeof b);
		b[i] ^= 0xa5;
		if (index_open_mem(&ix, b, sizeof b, err, sizeof err) == 0) {
			uint32_t k;

			for (k = 0; k < ix.nrecords; k++) {
				struct index_record r;

				index_record(&ix, k, &r);
			}
			index_postings(&ix, 0x616263, &p, err, sizeof err);
		}
	}
	postings_free(&p);
}
