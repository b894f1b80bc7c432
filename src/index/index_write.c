/* Index writer: records in, as they are read (their text written out at
 * once, their posting lists into runs of bounded memory, spilled), then
 * the runs merged into the sections of the format in index.h.
 * Deterministic: the same corpus gives the same bytes, however the runs
 * fell (the lists are encoded whole, from the runs' pieces).
 *
 * Measured on tests/diff/gencorpus.c corpora (two shared cores):
 * - memory: holding the corpus and every list till the end took a peak
 *   RSS of 330 MB at 100 MB and 2.6 GB at 1 GB; writing the text as it
 *   comes and spilling runs of 256 MiB, 290 MB and 390 MB (the run, the
 *   batches in flight, the merge's windows and directories).
 * - where the bytes go (1 GB: 1,073.8 MB of markdown, 3.06 million
 *   records; index 1,880 MB, 1.75x): STRINGS 977.6 MB (0.91 of the
 *   corpus: the records' text, which beq show and the scan read), RECORDS
 *   110 MB (0.10, 36 bytes a record), TRIGRAMS 0.3 MB, POSTINGS 791.8 MB
 *   (0.74). At 100 MB the same shares (0.91, 0.10, 0.74): of 77.3 MB of
 *   postings, 17.4 MB are the 466 bitmaps (lists in an eighth of the
 *   records or more; the 31 in half of them take only 1.2 MB), 41.7 MB
 *   the lists in 1/64 to 1/8 of the records (a byte a posting). So the
 *   size is the text plus a byte or so per distinct trigram of a record
 *   (280 a record): no list form gets it to 1.3x while every record has
 *   lists of its own. Lists per group of k records would (a format
 *   change, candidates confirmed k at a time): POSTINGS at 100 MB is 43.8
 *   MB for k = 4, 30.1 MB for k = 8 (1.30x in all), 19.2 MB for k = 16
 *   (1.20x), counted by an estimator over the same trigrams.
 * - the spill file (about 1 GB at 1 GB) is written and read back in
 *   pieces aligned to BEQ_SPILL_ALIGN, so that cmd_index.c can open it
 *   O_DIRECT: through the page cache its writes took 6 s of system time
 *   (perf: copy_folio_from_iter_atomic under spill_add, 12% of all
 *   samples), fresh pages costing 7.5 s a GB on the virtual machines
 *   measured. beq index over the 1 GB bench corpus, main and this
 *   binary alternating three times (/usr/bin/time): system time 13.6,
 *   11.7, 9.8 -> 6.6, 6.8, 6.0 s; wall 29.4, 28.6, 31.6 -> 20.0, 33.7,
 *   25.1 s (hyperfine -r3: 31.4 +- 4.6 -> 26.2 +- 4.5 s; the machine is
 *   noisy). At 100 MB with BEQ_INDEX_RUN_SIZE=16M (hyperfine -r5):
 *   3.37 -> 2.12 s. */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "index.h"
#include "index_run.h"
#include "index_write.h"
#include "postings.h"
#include "strmap.h"
#include "utf8.h"
#include "util.h"
#include "varint.h"
#include "wordtab.h"

#define TEXT_PIECE ((size_t)BEQ_WRITE_REPORT)
/* the spill file is written in pieces of this many bytes (a multiple of
 * BEQ_SPILL_ALIGN) */
#define SPILL_CHUNK ((size_t)BEQ_WRITE_REPORT)

struct index_writer {
	struct index_sink out;
	int spill;
	size_t budget;
	const struct index_progress *pr;
	struct index_scan scan;
	struct index_run *run;
	struct buf records; /* the current run's RECORDS entries */
	struct buf text; /* text not yet put, which starts at textput */
	uint64_t textlen, textput;
	uint32_t nrecords, lo; /* lo: the current run's first record */
	uint32_t *catcount, *srccount;
	size_t ncat, nsrc;
	struct wrun *runs;
	size_t nruns, capruns;
	/* a run on its way to the spill file: sbuf[0..slen) goes at sbase,
	 * the bytes spilled so far (aligned to BEQ_SPILL_ALIGN, as is
	 * sbuf, for O_DIRECT) */
	unsigned char *sbuf;
	size_t slen;
	uint64_t sbase;
	struct wordtab_acc *words; /* the records' words (WORDS) */
	int failed;
};

/* A batch's text on its way to the file (text_batch). */
struct text_job {
	struct index_writer *w;
	const struct corpus *c;
	int rc; /* 0, or the errno of a failed write */
	size_t bad; /* with rc EILSEQ: the record whose text is not UTF-8 */
};

struct index_writer *
index_writer_new(const struct index_sink *out, int spill_fd, size_t run_bytes,
    const struct index_progress *pr)
{
	struct index_writer *w = xcalloc(1, sizeof *w);

	w->out = *out;
	w->spill = spill_fd;
	w->budget = run_bytes ? run_bytes : BEQ_INDEX_RUN_BYTES;
	/* runs so small that each holds a few records would each keep a
	 * directory of most trigrams in memory till the merge */
	if (w->budget < BEQ_INDEX_RUN_MIN)
		w->budget = BEQ_INDEX_RUN_MIN;
	w->pr = pr;
	index_scan_init(&w->scan);
	w->run = index_run_new();
	w->words = wordtab_acc_new();
	return w;
}

void
index_writer_free(struct index_writer *w)
{
	size_t i;

	if (w == NULL)
		return;
	index_scan_free(&w->scan);
	index_run_free(w->run);
	wordtab_acc_free(w->words);
	buf_free(&w->records);
	buf_free(&w->text);
	free(w->sbuf);
	free(w->catcount);
	free(w->srccount);
	for (i = 0; i < w->nruns; i++) {
		free(w->runs[i].dir);
		free(w->runs[i].mem);
	}
	free(w->runs);
	free(w);
}

uint64_t
index_writer_spilled(const struct index_writer *w)
{
	return w->sbase;
}

/* Writes the staged bytes to the spill file, padded with zeros to
 * BEQ_SPILL_ALIGN. Returns 0, or -1 with errno set. */
static int
spill_flush(struct index_writer *w)
{
	size_t n = (w->slen + BEQ_SPILL_ALIGN - 1) & ~(BEQ_SPILL_ALIGN - 1);

	if (n == 0)
		return 0;
	memset(w->sbuf + w->slen, 0, n - w->slen);
	if (pwrite_all(w->spill, w->sbuf, n, (off_t)w->sbase) == -1)
		return -1;
	w->sbase += n;
	w->slen = 0;
	return 0;
}

/* Appends p[0..n) to the spill file, through the aligned w->sbuf. */
static int
spill_add(void *ctx, const void *p, size_t n)
{
	struct index_writer *w = ctx;
	const unsigned char *c = p;

	while (n > 0) {
		size_t k = SPILL_CHUNK - w->slen < n ? SPILL_CHUNK - w->slen :
		                                       n;

		memcpy(w->sbuf + w->slen, c, k);
		w->slen += k;
		c += k;
		n -= k;
		if (w->slen == SPILL_CHUNK && spill_flush(w) == -1)
			return -1;
	}
	return 0;
}

/* Appends p[0..n) to the run kept in memory (ctx: its buf). */
static int
mem_add(void *ctx, const void *p, size_t n)
{
	buf_add(ctx, p, n);
	return 0;
}

/* Ends the current run: to the spill file unless last or there is none,
 * else kept in memory. */
static int
run_close(struct index_writer *w, int last, char *err, size_t errsz)
{
	struct wrun *r;
	struct buf m = { 0 };
	int rc;

	if (w->nrecords == w->lo)
		return 0;
	if (w->nruns == w->capruns) {
		w->capruns = w->capruns ? 2 * w->capruns : 16;
		w->runs = xreallocarray(w->runs, w->capruns, sizeof *w->runs);
	}
	r = &w->runs[w->nruns++];
	memset(r, 0, sizeof *r);
	r->lo = w->lo;
	r->n = w->nrecords - w->lo;
	if (last) {
		/* the merge reads the lists where they are */
		buf_add(&m, w->records.data, w->records.len);
		index_run_keep(w->run, &r->dir, &r->ndir);
		r->mem = (unsigned char *)m.data;
		r->live = w->run;
		rc = 0;
	} else if (w->spill == -1) {
		buf_add(&m, w->records.data, w->records.len);
		rc = index_run_take(w->run, &r->dir, &r->ndir, mem_add, &m);
		r->mem = (unsigned char *)m.data;
	} else {
		/* each run starts aligned (w->slen is 0 between runs) */
		if (w->sbuf == NULL)
			w->sbuf = xhugearray(SPILL_CHUNK, 1);
		r->off = w->sbase;
		rc = spill_add(w, w->records.data, w->records.len);
		if (rc == 0)
			rc = index_run_take(
			    w->run, &r->dir, &r->ndir, spill_add, w);
		if (rc == 0)
			rc = spill_flush(w);
		if (rc == -1)
			return errorf(err, errsz,
			    "cannot write the spill file: %s",
			    strerror(errno ? errno : EIO));
	}
	w->records.len = 0;
	w->lo = w->nrecords;
	return 0;
}

/* Hands the text gathered to the sink. Returns 0, or -1 with errno set. */
static int
text_flush(struct index_writer *w)
{
	if (w->text.len == 0)
		return 0;
	if (w->out.put(w->out.ctx, BEQ_INDEX_HEADER + w->textput, w->text.data,
	        w->text.len) == -1)
		return -1;
	w->textput += w->text.len;
	w->text.len = 0;
	return 0;
}

/* Gives a record's field of n bytes its place in the text: writes its
 * str reference at e. */
static int
text_place(
    struct index_writer *w, unsigned char *e, size_t n, char *err, size_t errsz)
{
	if (w->textlen + n > UINT32_MAX)
		return errorf(
		    err, errsz, "corpus too large for the index format");
	le32_put(e, (uint32_t)w->textlen);
	le32_put(e + 4, (uint32_t)n);
	w->textlen += n;
	return 0;
}

/* Adds s[0..n) to the text. Returns 0, or -1 with errno set. */
static int
text_put(struct index_writer *w, const char *s, size_t n)
{
	if (w->text.len + n > TEXT_PIECE && text_flush(w) == -1)
		return -1;
	if (n > TEXT_PIECE) {
		if (w->out.put(
		        w->out.ctx, BEQ_INDEX_HEADER + w->textput, s, n) == -1)
			return -1;
		w->textput += n;
		return 0;
	}
	buf_add(&w->text, s, n);
	return 0;
}

/* Writes the text of the batch's records, in the order text_place gave
 * them their places (question, answer, body), on a thread of its own:
 * copying it into the file took a third of the writer's thread (perf,
 * 100 MB), on which every batch waited. Text that is not UTF-8 is refused
 * (EILSEQ), so that every index beq writes holds only UTF-8 and a reader
 * that finds otherwise knows the file is corrupt (index.h). The corpus
 * reader repairs its input, so only a bug gets here; checking costs a
 * pass over the text beside the trigrams' (utf8_valid: 8 ASCII bytes a
 * step). */
static void *
text_batch(void *arg)
{
	struct text_job *j = arg;
	size_t i;

	errno = 0;
	for (i = 0; i < j->c->nrecords && j->rc == 0; i++) {
		const struct corpus_record *r = &j->c->records[i];

		if (!utf8_valid(r->question, corpus_qlen(r), NULL) ||
		    !utf8_valid(r->answer, corpus_alen(r), NULL) ||
		    (r->body != NULL &&
		        !utf8_valid(r->body, corpus_blen(r), NULL))) {
			j->rc = EILSEQ;
			j->bad = i;
		} else if (text_put(j->w, r->question, corpus_qlen(r)) == -1 ||
		    text_put(j->w, r->answer, corpus_alen(r)) == -1 ||
		    (r->body != NULL &&
		        text_put(j->w, r->body, corpus_blen(r)) == -1))
			j->rc = errno ? errno : EIO;
	}
	return NULL;
}

/* Counts a record of category or source k in *count (of *n). */
static void
count_in(uint32_t **count, size_t *n, uint32_t k)
{
	if (k >= *n) {
		size_t m = *n ? *n : 64;

		while (m <= k)
			m *= 2;
		*count = xreallocarray(*count, m, sizeof **count);
		memset(*count + *n, 0, (m - *n) * sizeof **count);
		*n = m;
	}
	(*count)[k]++;
}

int
index_writer_add(
    struct index_writer *w, const struct corpus *c, char *err, size_t errsz)
{
	struct text_job tj = { w, c, 0, 0 };
	unsigned char e[36];
	pthread_t th;
	size_t i;
	int text_th;

	if (w->failed)
		return errorf(err, errsz, "the index writer failed before");
	/* the words and the text on threads of their own, the trigrams on
	 * this one */
	wordtab_acc_add(w->words, c);
	text_th = pthread_create(&th, NULL, text_batch, &tj) == 0;
	if (!text_th)
		text_batch(&tj);
	for (i = 0; i < c->nrecords; i++) {
		const struct corpus_record *r = &c->records[i];
		const char *f[3];
		size_t len[3];

		if (w->nrecords >= UINT32_MAX / 2)
			goto fail_large;
		f[0] = r->question;
		len[0] = corpus_qlen(r);
		f[1] = r->answer;
		len[1] = corpus_alen(r);
		f[2] = r->body != NULL ? r->body : "";
		len[2] = corpus_blen(r);
		memset(e, 0, sizeof e);
		le32_put(e, r->category);
		le32_put(e + 4, r->source);
		le32_put(e + 8, r->line);
		if (text_place(w, e + 12, len[0], err, errsz) == -1 ||
		    text_place(w, e + 20, len[1], err, errsz) == -1 ||
		    text_place(w, e + 28, len[2], err, errsz) == -1)
			goto fail;
		buf_add(&w->records, e, 36);
		count_in(&w->catcount, &w->ncat, r->category);
		count_in(&w->srccount, &w->nsrc, r->source);
		index_scan_record(&w->scan, f, len, 3);
		index_run_add(
		    w->run, w->scan.keys, w->scan.nkeys, w->nrecords++);
		if (index_run_bytes(w->run) + w->records.len >= w->budget &&
		    run_close(w, 0, err, errsz) == -1)
			goto fail;
	}
	/* c is the caller's again once both are done */
	if (text_th)
		pthread_join(th, NULL);
	wordtab_acc_wait(w->words);
	if (tj.rc == EILSEQ) {
		const struct corpus_record *r = &c->records[tj.bad];

		w->failed = 1;
		return errorf(err, errsz,
		    "%s:%u: record text is not UTF-8 (a bug in beq: please "
		    "report it)",
		    r->source < c->nsources ? c->sources[r->source] : "?",
		    r->line);
	}
	if (tj.rc != 0) {
		w->failed = 1;
		return errorf(err, errsz, "%s", strerror(tj.rc));
	}
	return 0;
fail_large:
	errorf(err, errsz, "corpus too large for the index format");
fail:
	if (text_th)
		pthread_join(th, NULL);
	wordtab_acc_wait(w->words);
	w->failed = 1;
	return -1;
}

/* Slugs as made from names, before suffixes, and the last suffix each
 * was given. */
struct slugs {
	char **v;
	size_t *next;
	size_t n, cap;
	struct strmap map;
};

/* The slug of name, made unique among the n slugs before it by a "-2",
 * "-3"... suffix: two names can share a slug ("C++" and "C"), and -c SLUG
 * must name one category. */
static char *
unique_slug(
    const char *name, char **slugs, struct strmap *taken, struct slugs *bases)
{
	char *slug = corpus_slug(name), *try = xstrdup(slug);
	uint32_t b = strmap_get(&bases->map, bases->v, slug);
	size_t k;

	if (b == UINT32_MAX) {
		/* a new base: remember where its suffixes stand */
		if (bases->n == bases->cap) {
			bases->cap = bases->cap ? 2 * bases->cap : 64;
			bases->v = xreallocarray(
			    bases->v, bases->cap, sizeof *bases->v);
			bases->next = xreallocarray(
			    bases->next, bases->cap, sizeof *bases->next);
		}
		bases->v[bases->n] = xstrdup(slug);
		bases->next[bases->n] = 1;
		strmap_put(&bases->map, bases->v, (uint32_t)bases->n);
		b = (uint32_t)bases->n++;
	}
	/* "a!", "a#", ... all slug to "a": the suffixes go on from where
	 * they stopped, not from -2 each time (20,000 such names took a
	 * minute) */
	k = bases->next[b];
	while (strmap_get(taken, slugs, try) != UINT32_MAX) {
		struct buf s = { 0 };

		buf_printf(&s, "%s%s%zu", slug, slug[0] ? "-" : "", ++k);
		free(try);
		try = buf_take(&s);
	}
	bases->next[b] = k;
	free(slug);
	return try;
}

/* Appends s to the strings after the text and writes its str reference
 * at e. */
static int
put_str(struct index_writer *w, struct buf *strings, unsigned char *e,
    const char *s)
{
	size_t n = strlen(s);

	if (w->textlen + strings->len + n > UINT32_MAX)
		return -1;
	le32_put(e, (uint32_t)(w->textlen + strings->len));
	le32_put(e + 4, (uint32_t)n);
	buf_add(strings, s, n);
	return 0;
}

int
index_writer_finish(struct index_writer *w, const struct corpus *c,
    uint64_t *size, char *err, size_t errsz)
{
	struct index_merge m = { 0 };
	struct index_merge_src src;
	struct strmap taken = { 0 };
	struct slugs bases = { 0 };
	struct buf strings = { 0 }, sec[IDX_NSECTIONS] = { { 0 } };
	char **slugs = NULL;
	unsigned char e[20], hdr[BEQ_INDEX_HEADER];
	uint64_t off, len[IDX_NSECTIONS];
	size_t i;
	int s, rc = -1;

	if (w->failed)
		return errorf(err, errsz, "the index writer failed before");
	if (c->ncategories > UINT32_MAX / 2 || c->nsources > UINT32_MAX / 2)
		goto toolarge;
	if (run_close(w, 1, err, errsz) == -1)
		goto out;
	errno = 0;
	if (text_flush(w) == -1)
		goto ioerr;
	/* every run, the last one with them */
	src = (struct index_merge_src){ w->runs, w->nruns, w->spill,
		w->nrecords, &w->out, w->pr };
	m.w = &src;
	slugs = xcalloc(c->ncategories + 1, sizeof *slugs);
	for (i = 0; i < c->ncategories; i++) {
		slugs[i] = unique_slug(c->categories[i], slugs, &taken, &bases);
		strmap_put(&taken, slugs, (uint32_t)i);
		if (put_str(w, &strings, e, c->categories[i]) ||
		    put_str(w, &strings, e + 8, slugs[i]))
			goto toolarge;
		le32_put(e + 16, i < w->ncat ? w->catcount[i] : 0);
		buf_add(&sec[IDX_CATEGORIES], e, 20);
	}
	for (i = 0; i < c->nsources; i++) {
		if (put_str(w, &strings, e, c->sources[i]) == -1)
			goto toolarge;
		le32_put(e + 8, i < w->nsrc ? w->srccount[i] : 0);
		buf_add(&sec[IDX_SOURCES], e, 12);
	}
	if (index_merge_layout(&m, &sec[IDX_TRIGRAMS]) == -1 ||
	    wordtab_acc_finish(w->words, &sec[IDX_WORDS], err, errsz) == -1)
		goto toolarge;

	memset(hdr, 0, sizeof hdr);
	memcpy(hdr, BEQ_INDEX_MAGIC, 8);
	le32_put(hdr + 8, BEQ_FORMAT_VERSION);
	le32_put(hdr + 12, BEQ_INDEX_HEADER);
	le32_put(hdr + 16, w->nrecords);
	le32_put(hdr + 20, (uint32_t)c->ncategories);
	le32_put(hdr + 24, (uint32_t)c->nsources);
	le32_put(hdr + 28, m.ntri);
	len[IDX_STRINGS] = w->textlen + strings.len;
	len[IDX_CATEGORIES] = sec[IDX_CATEGORIES].len;
	len[IDX_SOURCES] = sec[IDX_SOURCES].len;
	len[IDX_RECORDS] = 36 * (uint64_t)w->nrecords;
	len[IDX_TRIGRAMS] = sec[IDX_TRIGRAMS].len;
	len[IDX_WORDS] = sec[IDX_WORDS].len;
	len[IDX_POSTINGS] = m.postings;
	off = BEQ_INDEX_HEADER;
	for (s = 0; s < IDX_NSECTIONS; s++) {
		le64_put(hdr + 40 + 16 * s, off);
		le64_put(hdr + 48 + 16 * s, len[s]);
		off += len[s];
	}
	le64_put(hdr + 32, off);
	*size = off;
	/* the posting lists (the merge, most of the work), then the other
	 * sections in file order, the header last */
	errno = 0;
	if (index_merge_postings(&m, off - m.postings) == -1)
		goto ioerr;
	if (w->pr != NULL && w->pr->writing != NULL)
		w->pr->writing(w->pr->ctx, *size);
	off = BEQ_INDEX_HEADER + w->textlen;
	if (w->out.put(w->out.ctx, off, strings.data, strings.len) == -1)
		goto ioerr;
	off += strings.len;
	for (s = IDX_CATEGORIES; s < IDX_POSTINGS; s++) {
		if (s == IDX_RECORDS) {
			if (index_merge_records(&src, off) == -1)
				goto ioerr;
		} else if (w->out.put(
		               w->out.ctx, off, sec[s].data, sec[s].len) == -1)
			goto ioerr;
		off += len[s];
	}
	if (w->out.put(w->out.ctx, 0, hdr, sizeof hdr) == -1)
		goto ioerr;
	rc = 0;
	goto out;
ioerr:
	errorf(err, errsz, "%s", strerror(errno ? errno : EIO));
	goto out;
toolarge:
	errorf(err, errsz, "corpus too large for the index format");
out:
	if (rc == -1)
		w->failed = 1;
	index_merge_free(&m);
	buf_free(&strings);
	for (s = 0; s < IDX_NSECTIONS; s++)
		buf_free(&sec[s]);
	strmap_free(&taken);
	for (i = 0; i < bases.n; i++)
		free(bases.v[i]);
	free(bases.v);
	free(bases.next);
	strmap_free(&bases.map);
	for (i = 0; slugs != NULL && i < c->ncategories; i++)
		free(slugs[i]);
	free(slugs);
	return rc;
}

/* A sink into a buffer, from two threads. */
struct mem_sink {
	struct buf *b;
	pthread_mutex_t lock;
};

static int
put_mem(void *ctx, uint64_t off, const void *p, size_t n)
{
	struct mem_sink *s = ctx;
	struct buf *b = s->b;

	if (n == 0)
		return 0;
	pthread_mutex_lock(&s->lock);
	if (off + n > b->len) {
		size_t was = b->len;

		buf_grow(b, (size_t)(off + n - b->len));
		b->len = (size_t)(off + n);
		if (off > was)
			memset(b->data + was, 0, (size_t)off - was);
		b->data[b->len] = '\0';
	}
	memcpy(b->data + off, p, n);
	pthread_mutex_unlock(&s->lock);
	return 0;
}

int
index_write(const struct corpus *c, struct buf *out, char *err, size_t errsz)
{
	struct mem_sink ms = { out, PTHREAD_MUTEX_INITIALIZER };
	struct index_sink sink = { put_mem, &ms };
	struct index_writer *w;
	uint64_t size;
	int rc;

	out->len = 0;
	w = index_writer_new(&sink, -1, 0, NULL);
	rc = index_writer_add(w, c, err, errsz);
	if (rc == 0)
		rc = index_writer_finish(w, c, &size, err, errsz);
	index_writer_free(w);
	pthread_mutex_destroy(&ms.lock);
	return rc;
}
