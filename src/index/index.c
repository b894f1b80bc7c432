/* Read-only view over index bytes (embedded or mmap'ed): slices into the
 * bytes and posting-list decoding. Opening checks the header and section
 * bounds only; each entry is checked where it is read (index.h), all of
 * them by index_verify. Measured with hyperfine (one run, warm cache, two
 * shared cores, medians), `beq --index X show 1` before and after: 17.2 ->
 * 0.7 ms on a 100 MB corpus's index, 76.8 -> 0.9 ms at 1 GB (1.8 GB, 2.2
 * million records), 0.7 ms for the built-in one either way; a rare word's
 * search --count at 1 GB 176 -> 66 ms. */
#include <sys/mman.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "index.h"
#include "trgm.h"
#include "utf8.h"
#include "util.h"
#include "varint.h"
#include "wordtab.h"

#if defined(__GNUC__) || defined(__clang__)
#define PREFETCH(p) __builtin_prefetch(p)
#else
#define PREFETCH(p) ((void)(p))
#endif

static const char *const section_name[IDX_NSECTIONS] = {
	"strings",
	"categories",
	"sources",
	"records",
	"trigrams",
	"word table",
	"postings",
};

static const size_t entry_size[IDX_NSECTIONS] = { 1, 20, 12, 36, 20, 1, 1 };

static const unsigned char *
sec(const struct index *ix, int s)
{
	return ix->base + ix->off[s];
}

static int
corrupt(char *err, size_t errsz, const char *what)
{
	return errorf(err, errsz, "corrupt index (%s)", what);
}

/* Notes in ix that a read found its bytes corrupt (what: for "corrupt
 * index (what)"), keeping the first note. Readers take ix as const, as
 * they only look at the bytes; the note is the one thing they write,
 * and every struct index is a caller's variable, never a const object,
 * so casting the const away is sound. Atomic, as reads may run on two
 * threads. Returns -1. */
static int
fault(const struct index *ix, const char *what)
{
	const char *none = NULL;

	atomic_compare_exchange_strong(
	    &((struct index *)ix)->fault, &none, what);
	return -1;
}

/* The string referred to by the 8 bytes at p, or "" with a fault (what)
 * noted and *bad set to -1 when it does not lie inside STRINGS. */
static struct slice
str_at(
    const struct index *ix, const unsigned char *p, const char *what, int *bad)
{
	uint64_t off = le32_get(p), len = le32_get(p + 4);
	struct slice s = { "", 0 };

	if (off + len > ix->len[IDX_STRINGS]) {
		*bad = fault(ix, what);
		return s;
	}
	s.p = (const char *)sec(ix, IDX_STRINGS) + off;
	s.len = (size_t)len;
	return s;
}

/* Opening checks the header and that every section lies inside the
 * bytes, in order, its size a whole number of entries: O(1), so that a
 * 1 GB index opens as fast as the 35 KB built-in one (measured: see the
 * top of this file). What the sections hold is checked where it is read. */
static int
open_bytes(
    struct index *ix, const void *p, size_t size, char *err, size_t errsz)
{
	const unsigned char *b = p;
	uint64_t prev_end = BEQ_INDEX_HEADER, counts[IDX_NSECTIONS];
	int s;

	memset(ix, 0, sizeof *ix);
	ix->base = b;
	ix->size = size;
	if (size < BEQ_INDEX_HEADER)
		return corrupt(err, errsz, "shorter than a header");
	if (memcmp(b, BEQ_INDEX_MAGIC, 8) != 0)
		return errorf(err, errsz, "not a beq index (bad magic)");
	if (le32_get(b + 8) != BEQ_FORMAT_VERSION)
		return errorf(err, errsz,
		    "unsupported index format version %u (this beq reads %d; "
		    "build it again with beq index)",
		    le32_get(b + 8), BEQ_FORMAT_VERSION);
	if (le32_get(b + 12) != BEQ_INDEX_HEADER)
		return corrupt(err, errsz, "bad header size");
	if (le64_get(b + 32) != size)
		return corrupt(err, errsz, "file size does not match header");
	ix->nrecords = le32_get(b + 16);
	ix->ncategories = le32_get(b + 20);
	ix->nsources = le32_get(b + 24);
	ix->ntrigrams = le32_get(b + 28);
	counts[IDX_STRINGS] = counts[IDX_WORDS] = counts[IDX_POSTINGS] = 0;
	counts[IDX_CATEGORIES] = ix->ncategories;
	counts[IDX_SOURCES] = ix->nsources;
	counts[IDX_RECORDS] = ix->nrecords;
	counts[IDX_TRIGRAMS] = ix->ntrigrams;
	for (s = 0; s < IDX_NSECTIONS; s++) {
		ix->off[s] = le64_get(b + 40 + 16 * s);
		ix->len[s] = le64_get(b + 48 + 16 * s);
		if (ix->off[s] < prev_end || ix->off[s] > size ||
		    ix->len[s] > size - ix->off[s])
			return corrupt(err, errsz, section_name[s]);
		if (entry_size[s] > 1 &&
		    ix->len[s] != counts[s] * entry_size[s])
			return corrupt(err, errsz, section_name[s]);
		prev_end = ix->off[s] + ix->len[s];
	}
	if (ix->len[IDX_STRINGS] > UINT32_MAX)
		return corrupt(err, errsz, "strings");
	if (wordtab_check(sec(ix, IDX_WORDS), ix->len[IDX_WORDS]) == -1)
		return corrupt(err, errsz, "word table");
	return 0;
}

int
index_open_mem(
    struct index *ix, const void *p, size_t size, char *err, size_t errsz)
{
	return open_bytes(ix, p, size, err, errsz);
}

/* Sets err to say that path (what, if not NULL) is no beq index, and how
 * to build one from it: "notes.md" and "notes/" are what users keep their
 * markdown in, and what they try first. Returns -1. */
static int
foreign(char *err, size_t errsz, const char *path, const char *what)
{
	const char *base, *dot;
	size_t len = strlen(path);

	while (len > 1 && path[len - 1] == '/')
		len--;
	for (base = path + len; base > path && base[-1] != '/'; base--)
		;
	dot = memchr(base, '.', (size_t)(path + len - base));
	if (dot == NULL || dot == base)
		dot = path + len;
	/* named as an index is, it is one that went wrong, not markdown */
	if ((what == NULL || strcmp(what, "empty") == 0) &&
	    (strcmp(dot, ".beq") == 0 || strcmp(dot, ".idx") == 0))
		return errorf(err, errsz,
		    "%s%snot a beq index ('beq index -o %s PATH...' builds "
		    "one from markdown)",
		    what != NULL ? what : "", what != NULL ? ", " : "", path);
	return errorf(err, errsz,
	    "%s%snot a beq index (build one from its markdown with "
	    "'beq index -o %.*s.beq %.*s')",
	    what != NULL ? what : "", what != NULL ? ", " : "",
	    (int)(dot - base), base, (int)len, path);
}

int
index_open_file(struct index *ix, const char *path, char *err, size_t errsz)
{
	struct stat st;
	void *p;
	int fd;

	memset(ix, 0, sizeof *ix);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd == -1)
		return errorf(err, errsz, "%s", strerror(errno));
	if (fstat(fd, &st) == -1) {
		close(fd);
		return errorf(err, errsz, "%s", strerror(errno));
	}
	if (S_ISDIR(st.st_mode)) {
		close(fd);
		return foreign(err, errsz, path, "a directory");
	}
	if (!S_ISREG(st.st_mode)) {
		close(fd);
		return errorf(err, errsz, "not a regular file");
	}
	if (st.st_size < BEQ_INDEX_HEADER) {
		char head[8];
		ssize_t n = read(fd, head, sizeof head);

		close(fd);
		/* a short file that starts as an index does is a cut one;
		 * any other is no index at all */
		if (n < 0 || memcmp(head, BEQ_INDEX_MAGIC, (size_t)n) != 0 ||
		    n == 0)
			return foreign(
			    err, errsz, path, n == 0 ? "empty" : NULL);
		return corrupt(err, errsz, "shorter than a header");
	}
	p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	if (p == MAP_FAILED) {
		close(fd);
		return errorf(err, errsz, "%s", strerror(errno));
	}
	if (index_open_mem(ix, p, (size_t)st.st_size, err, errsz) == -1) {
		if (memcmp(p, BEQ_INDEX_MAGIC, 8) != 0)
			foreign(err, errsz, path, NULL);
		munmap(p, (size_t)st.st_size);
		close(fd);
		memset(ix, 0, sizeof *ix);
		return -1;
	}
	/* kept open: index_fetch_text reads through it */
	ix->fd = fd;
	ix->mapped = 1;
	ix->path = path;
	return 0;
}

void
index_close(struct index *ix)
{
	if (ix->mapped) {
		munmap((void *)ix->base, ix->size);
		close(ix->fd);
	}
	memset(ix, 0, sizeof *ix);
}

int
index_fault(const struct index *ix, char *err, size_t errsz)
{
	const char *what = atomic_load(&((struct index *)ix)->fault);

	return what == NULL ? 0 : corrupt(err, errsz, what);
}

int
index_corrupt(const struct index *ix, const char *what, char *err, size_t errsz)
{
	fault(ix, what);
	return err != NULL ? corrupt(err, errsz, what) : -1;
}

int
index_record(const struct index *ix, uint32_t i, struct index_record *r)
{
	static const struct slice none = { "", 0 };

	if (i >= ix->nrecords) {
		r->id = i + 1;
		r->category = r->line = 0;
		r->question = r->answer = r->body = r->source = none;
		return fault(ix, "record reference");
	}
	return index_record_entry(
	    ix, i, sec(ix, IDX_RECORDS) + 36 * (size_t)i, r);
}

int
index_record_entry(const struct index *ix, uint32_t i, const unsigned char *e,
    struct index_record *r)
{
	static const struct slice none = { "", 0 };
	uint32_t src;
	int bad = 0;

	r->id = i + 1;
	r->category = r->line = 0;
	r->question = r->answer = r->body = r->source = none;
	r->category = le32_get(e);
	src = le32_get(e + 4);
	r->line = le32_get(e + 8);
	r->question = str_at(ix, e + 12, "record string", &bad);
	r->answer = str_at(ix, e + 20, "record string", &bad);
	r->body = str_at(ix, e + 28, "record string", &bad);
	if (src < ix->nsources)
		r->source = str_at(ix, sec(ix, IDX_SOURCES) + 12 * (size_t)src,
		    "source string", &bad);
	else
		bad = fault(ix, "record reference");
	/* category 0 is one that every per-category array has room for
	 * (callers allocate them for ncategories + 1) */
	if (r->category >= ix->ncategories) {
		r->category = 0;
		bad = fault(ix, "record reference");
	}
	return bad;
}

int
index_record_text(const struct index *ix, uint32_t i, struct slice *question,
    struct slice *answer, struct slice *body)
{
	static const struct slice none = { "", 0 };
	const unsigned char *e;
	int bad = 0;

	if (i >= ix->nrecords) {
		*question = *answer = *body = none;
		return fault(ix, "record reference");
	}
	e = sec(ix, IDX_RECORDS) + 36 * (size_t)i;
	*question = str_at(ix, e + 12, "record string", &bad);
	*answer = str_at(ix, e + 20, "record string", &bad);
	*body = str_at(ix, e + 28, "record string", &bad);
	return bad;
}

void
index_prefetch(const struct index *ix, uint32_t i, int text)
{
	const unsigned char *e;
	uint64_t off, end, k;

	if (i >= ix->nrecords)
		return;
	e = sec(ix, IDX_RECORDS) + 36 * (size_t)i;
	if (!text) {
		PREFETCH(e);
		return;
	}
	/* the question, and the answer stored after it, up to 512 bytes */
	off = le32_get(e + 12);
	end = (uint64_t)le32_get(e + 20) + le32_get(e + 24);
	if (end < off || end > ix->len[IDX_STRINGS])
		return;
	if (end - off > 512)
		end = off + 512;
	for (k = off & ~(uint64_t)63; k < end; k += 64)
		PREFETCH(sec(ix, IDX_STRINGS) + k);
}

int
index_text_valid(
    const struct index *ix, const struct slice *s, char *err, size_t errsz)
{
	if (ix->embedded || utf8_valid(s->p, s->len, NULL))
		return 0;
	return index_corrupt(ix, "record text is not UTF-8", err, errsz);
}

int
index_category(const struct index *ix, uint32_t i, struct index_category *c)
{
	const unsigned char *e;
	int bad = 0;

	c->name.p = c->slug.p = "";
	c->name.len = c->slug.len = 0;
	c->count = 0;
	if (i >= ix->ncategories)
		return fault(ix, "category reference");
	e = sec(ix, IDX_CATEGORIES) + 20 * (size_t)i;
	c->name = str_at(ix, e, "category string", &bad);
	c->slug = str_at(ix, e + 8, "category string", &bad);
	c->count = le32_get(e + 16);
	return bad;
}

struct slice
index_source(const struct index *ix, uint32_t i, uint32_t *count)
{
	const unsigned char *e;
	struct slice s = { "", 0 };
	int bad = 0;

	if (count != NULL)
		*count = 0;
	if (i >= ix->nsources) {
		fault(ix, "source reference");
		return s;
	}
	e = sec(ix, IDX_SOURCES) + 12 * (size_t)i;
	if (count != NULL)
		*count = le32_get(e + 8);
	return str_at(ix, e, "source string", &bad);
}

uint32_t
index_trigram(const struct index *ix, uint32_t i)
{
	const unsigned char *tab = sec(ix, IDX_TRIGRAMS);
	uint32_t t;

	if (i >= ix->ntrigrams) {
		fault(ix, "trigram reference");
		return 0;
	}
	t = le32_get(tab + 20 * (size_t)i);
	if (t > 0xffffff ||
	    (i > 0 && le32_get(tab + 20 * (size_t)(i - 1)) >= t))
		fault(ix, "trigram order");
	return t;
}

/* Opens cursor c on the posting list of trigram table entry e. Returns
 * 0, or -1 with a fault noted and err set when its sizes do not fit. */
static int
open_list(const struct index *ix, const unsigned char *e, struct plist *c,
    char *err, size_t errsz)
{
	uint64_t off = le64_get(e + 8), len = le32_get(e + 16);

	if (off > ix->len[IDX_POSTINGS] || len > ix->len[IDX_POSTINGS] - off ||
	    plist_open(c, sec(ix, IDX_POSTINGS) + off, len, le32_get(e + 4),
	        ix->nrecords) == -1) {
		fault(ix, "posting reference");
		return corrupt(err, errsz, "posting reference");
	}
	return 0;
}

/* Reads the whole list of cursor c into out (emptied first): all its n
 * ids. Returns 0, or -1 with a fault noted and err set. */
static int
read_list(const struct index *ix, struct plist *c, struct postings *out,
    char *err, size_t errsz)
{
	out->n = 0;
	if (plist_read(c, out) == -1) {
		fault(ix, "posting list");
		return corrupt(err, errsz, "posting list");
	}
	return 0;
}

/* The trigram table entry of t, or NULL when t is not in the index or
 * (with a fault noted, err set and *bad -1) the table on the way to it is
 * out of order. */
static const unsigned char *
lookup(const struct index *ix, uint32_t t, int *bad, char *err, size_t errsz)
{
	int broken;
	const unsigned char *e = trgm_find(
	    sec(ix, IDX_TRIGRAMS), ix->ntrigrams, 20, t, &broken);

	*bad = 0;
	if (broken) {
		fault(ix, "trigram order");
		*bad = corrupt(err, errsz, "trigram order");
	}
	return e;
}

int
index_postings(const struct index *ix, uint32_t t, struct postings *out,
    char *err, size_t errsz)
{
	const unsigned char *e;
	struct plist c;
	int bad;

	out->n = 0;
	if ((e = lookup(ix, t, &bad, err, errsz)) == NULL)
		return bad;
	if (open_list(ix, e, &c, err, errsz) == -1)
		return -1;
	return read_list(ix, &c, out, err, errsz);
}

int
index_pair(const struct index *ix, uint32_t pair, uint64_t most,
    struct postings *out, int *all, char *err, size_t errsz)
{
	const unsigned char *e[512];
	struct postings got = { 0 };
	struct plist c;
	uint64_t sum = 0, *bits, w;
	uint32_t b0 = pair >> 8 & 0xff, b1 = pair & 0xff, x, i;
	size_t n = 0, k;
	int bad, rc = 0;

	out->n = 0;
	*all = 0;
	/* the trigrams that start with the pair (its own, NUL-ended, among
	 * them), then those that end with it ("aaa" once for "aa") */
	for (x = 0; x < 512; x++) {
		uint32_t t = x < 256 ? (pair & 0xffff) << 8 | x :
		                       (x - 256) << 16 | (pair & 0xffff);

		if (x >= 256 && x - 256 == b0 && b0 == b1)
			continue;
		if ((e[n] = lookup(ix, t, &bad, err, errsz)) == NULL) {
			if (bad)
				return -1;
			continue;
		}
		sum += le32_get(e[n] + 4);
		n++;
	}
	if (sum >= most) {
		*all = 1;
		return 0;
	}
	bits = xcalloc((size_t)ix->nrecords / 64 + 1, sizeof *bits);
	for (k = 0; k < n && rc == 0; k++) {
		size_t j;

		if ((rc = open_list(ix, e[k], &c, err, errsz)) == 0 &&
		    (rc = read_list(ix, &c, &got, err, errsz)) == 0)
			for (j = 0; j < got.n; j++)
				bits[got.ids[j] >> 6] |= (uint64_t)1
				    << (got.ids[j] & 63);
	}
	for (i = 0; rc == 0 && i <= ix->nrecords / 64; i++)
		for (w = bits[i]; w != 0; w &= w - 1)
			postings_push(
			    out, i * 64 + (uint32_t)__builtin_ctzll(w));
	if (rc == -1)
		out->n = 0;
	postings_free(&got);
	free(bits);
	return rc;
}

/* index_and, or with narrow, index_narrow. */
static int
and_lists(const struct index *ix, const uint32_t *t, size_t n, int narrow,
    struct postings *out, char *err, size_t errsz)
{
	struct plist *c = xcalloc(n + 1, sizeof *c);
	const unsigned char *e;
	size_t i;
	int rc = 0, bad;

	out->n = 0;
	for (i = 0; i < n; i++) {
		if ((e = lookup(ix, t[i], &bad, err, errsz)) == NULL) {
			rc = bad;
			goto out;
		}
		if (open_list(ix, e, &c[i], err, errsz) == -1) {
			rc = -1;
			goto out;
		}
	}
	if ((narrow ? postings_narrow(c, n, out) :
	              postings_intersect(c, n, out)) == -1) {
		fault(ix, "posting list");
		rc = corrupt(err, errsz, "posting list");
	}
out:
	free(c);
	return rc;
}

int
index_and(const struct index *ix, const uint32_t *t, size_t n,
    struct postings *out, char *err, size_t errsz)
{
	return and_lists(ix, t, n, 0, out, err, errsz);
}

int
index_narrow(const struct index *ix, const uint32_t *t, size_t n,
    struct postings *out, char *err, size_t errsz)
{
	return and_lists(ix, t, n, 1, out, err, errsz);
}

int
index_verify(const struct index *ix, char *err, size_t errsz)
{
	struct index_record r;
	struct index_category c;
	struct postings p = { 0 };
	uint32_t *ncat, *nsrc, i, count;
	const char *text = (const char *)sec(ix, IDX_STRINGS);
	int rc = -1;

	ncat = xcalloc((size_t)ix->ncategories + 1, sizeof *ncat);
	nsrc = xcalloc((size_t)ix->nsources + 1, sizeof *nsrc);
	for (i = 0; i < ix->nrecords; i++) {
		if (index_record(ix, i, &r) == -1 ||
		    index_text_valid(ix, &r.question, err, errsz) == -1 ||
		    index_text_valid(ix, &r.answer, err, errsz) == -1 ||
		    index_text_valid(ix, &r.body, err, errsz) == -1)
			goto out;
		/* the records' text lies one field after another, in record
		 * order, from the start of STRINGS: what the scan path reads
		 * a piece of records by (scan.c) */
		if (r.question.p != text ||
		    r.answer.p != text + r.question.len ||
		    r.body.p != r.answer.p + r.answer.len) {
			fault(ix, "record text out of order");
			goto out;
		}
		text = r.body.p + r.body.len;
		ncat[r.category]++;
		nsrc[le32_get(sec(ix, IDX_RECORDS) + 36 * (size_t)i + 4)]++;
	}
	for (i = 0; i < ix->ncategories; i++) {
		if (index_category(ix, i, &c) == -1)
			goto out;
		if (c.count != ncat[i]) {
			fault(ix, "category count");
			goto out;
		}
	}
	for (i = 0; i < ix->nsources; i++) {
		index_source(ix, i, &count);
		if (count != nsrc[i]) {
			fault(ix, "source count");
			goto out;
		}
	}
	for (i = 0; i < ix->ntrigrams && index_fault(ix, NULL, 0) == 0; i++) {
		struct plist pl;

		index_trigram(ix, i);
		if (open_list(ix, sec(ix, IDX_TRIGRAMS) + 20 * (size_t)i, &pl,
		        err, errsz) == -1 ||
		    read_list(ix, &pl, &p, err, errsz) == -1)
			goto out;
	}
	if (index_fault(ix, NULL, 0) == 0 && wordtab_verify(ix) == 0)
		rc = 0;
out:
	if (rc == -1)
		index_fault(ix, err, errsz);
	postings_free(&p);
	free(ncat);
	free(nsrc);
	return rc;
}
