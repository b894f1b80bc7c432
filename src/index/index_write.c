/* Index writer: records in, as they are read (their text written out at
 * once, their posting lists into runs of bounded memory, spilled), then
 * the runs merged into the sections of the format in index.h.
 * Deterministic: the same corpus gives the same bytes, however the runs
 * fell (the lists are encoded whole, from the runs' pieces).
 *
 * Measured on the 100 MB and 1 GB corpora of tests/diff/gencorpus.c
 * (two shared cores): see the commit that made it, and
 * tests/bench/scale.sh for the table. */
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
#include "util.h"
#include "varint.h"

/* Text is handed to the sink in pieces of this size (a put per field was
 * a syscall per field). */
#define TEXT_PIECE ((size_t)1 << 20)

/* A run as the writer keeps it: records [lo, lo + n), their RECORDS
 * entries then the lists' varints, in memory (mem) or in the spill file
 * at off; and the lists' directory, by trigram. */
struct wrun {
	uint32_t lo, n, ndir;
	struct run_entry *dir;
	unsigned char *mem;
	uint64_t off, datalen;
};

struct index_writer {
	struct index_sink out;
	int spill;
	uint64_t spilled;
	size_t budget;
	const struct index_progress *pr;
	struct scan scan;
	struct irun *run;
	struct buf records; /* the current run's RECORDS entries */
	struct buf text; /* text not yet put, which starts at textput */
	uint64_t textlen, textput;
	uint32_t nrecords, lo; /* lo: the current run's first record */
	uint32_t *catcount, *srccount;
	size_t ncat, nsrc;
	struct wrun *runs;
	size_t nruns, capruns;
	struct buf spillbuf; /* a run on its way to the spill file */
	int failed;
};

/* Bytes of the varint of v. */
static uint32_t
varint_len(uint32_t v)
{
	return 1 + (v >= 1u << 7) + (v >= 1u << 14) + (v >= 1u << 21) +
	    (v >= 1u << 28);
}

struct index_writer *
index_writer_new(const struct index_sink *out, int spill_fd, size_t run_bytes,
    const struct index_progress *pr)
{
	struct index_writer *w = xcalloc(1, sizeof *w);

	w->out = *out;
	w->spill = spill_fd;
	w->budget = run_bytes ? run_bytes : INDEX_RUN_BYTES;
	/* runs so small that each holds a few records would each keep a
	 * directory of most trigrams in memory till the merge */
	if (w->budget < INDEX_RUN_MIN)
		w->budget = INDEX_RUN_MIN;
	w->pr = pr;
	scan_init(&w->scan);
	w->run = irun_new();
	return w;
}

void
index_writer_free(struct index_writer *w)
{
	size_t i;

	if (w == NULL)
		return;
	scan_free(&w->scan);
	irun_free(w->run);
	buf_free(&w->records);
	buf_free(&w->text);
	buf_free(&w->spillbuf);
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
	return w->spilled;
}

/* Appends p[0..n) to the spill file, through w->spillbuf. */
static int
spill_add(void *ctx, const void *p, size_t n)
{
	struct index_writer *w = ctx;

	if (w->spillbuf.len + n > TEXT_PIECE && w->spillbuf.len > 0) {
		if (pwrite_all(w->spill, w->spillbuf.data, w->spillbuf.len,
		        (off_t)w->spilled) == -1)
			return -1;
		w->spilled += w->spillbuf.len;
		w->spillbuf.len = 0;
	}
	if (n > TEXT_PIECE) {
		if (pwrite_all(w->spill, p, n, (off_t)w->spilled) == -1)
			return -1;
		w->spilled += n;
		return 0;
	}
	buf_add(&w->spillbuf, p, n);
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
	if (last || w->spill == -1) {
		buf_add(&m, w->records.data, w->records.len);
		rc = irun_take(w->run, &r->dir, &r->ndir, mem_add, &m);
		r->mem = (unsigned char *)m.data;
		r->datalen = m.len - w->records.len;
	} else {
		r->off = w->spilled;
		rc = spill_add(w, w->records.data, w->records.len);
		if (rc == 0)
			rc = irun_take(w->run, &r->dir, &r->ndir, spill_add, w);
		if (rc == 0 && w->spillbuf.len > 0) {
			rc = pwrite_all(w->spill, w->spillbuf.data,
			    w->spillbuf.len, (off_t)w->spilled);
			w->spilled += w->spillbuf.len;
			w->spillbuf.len = 0;
		}
		r->datalen = w->spilled - r->off - w->records.len;
		if (rc == -1)
			return errorf(err, errsz,
			    "cannot write the spill file: %s",
			    strerror(errno ? errno : EIO));
	}
	w->records.len = 0;
	w->lo = w->nrecords;
	return 0;
}

/* Hands the text gathered to the sink. */
static int
text_flush(struct index_writer *w, char *err, size_t errsz)
{
	if (w->text.len == 0)
		return 0;
	if (w->out.put(w->out.ctx, BEQ_INDEX_HEADER + w->textput, w->text.data,
	        w->text.len) == -1)
		return errorf(err, errsz, "%s", strerror(errno ? errno : EIO));
	w->textput += w->text.len;
	w->text.len = 0;
	return 0;
}

/* Adds a record's field to the text and writes its str reference at e. */
static int
put_text(struct index_writer *w, unsigned char *e, const char *s, size_t n,
    char *err, size_t errsz)
{
	if (w->textlen + n > UINT32_MAX)
		return errorf(
		    err, errsz, "corpus too large for the index format");
	le32_put(e, (uint32_t)w->textlen);
	le32_put(e + 4, (uint32_t)n);
	w->textlen += n;
	if (w->text.len + n > TEXT_PIECE && text_flush(w, err, errsz) == -1)
		return -1;
	if (n > TEXT_PIECE) {
		if (w->out.put(
		        w->out.ctx, BEQ_INDEX_HEADER + w->textput, s, n) == -1)
			return errorf(
			    err, errsz, "%s", strerror(errno ? errno : EIO));
		w->textput += n;
		return 0;
	}
	buf_add(&w->text, s, n);
	return 0;
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
	unsigned char e[36];
	size_t i;

	if (w->failed)
		return errorf(err, errsz, "the index writer failed before");
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
		if (put_text(w, e + 12, f[0], len[0], err, errsz) == -1 ||
		    put_text(w, e + 20, f[1], len[1], err, errsz) == -1 ||
		    put_text(w, e + 28, f[2], len[2], err, errsz) == -1)
			goto fail;
		buf_add(&w->records, e, 36);
		count_in(&w->catcount, &w->ncat, r->category);
		count_in(&w->srccount, &w->nsrc, r->source);
		scan_record(&w->scan, f, len, 3);
		irun_add(w->run, w->scan.keys, w->scan.nkeys, w->nrecords++);
		if (irun_bytes(w->run) + w->records.len >= w->budget &&
		    run_close(w, 0, err, errsz) == -1)
			goto fail;
	}
	return 0;
fail_large:
	errorf(err, errsz, "corpus too large for the index format");
fail:
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

/* The merge of the runs: per trigram (in order) where its pieces start
 * in seq, as (run, entry) pairs, and its encoded bytes; the most records
 * and bytes of a list. */
struct merge {
	struct index_writer *w;
	uint32_t (*seq)[2];
	size_t nseq;
	size_t *group; /* ntri + 1 */
	uint32_t *bytes, ntri, maxcount;
	uint64_t maxbytes, maxpiece, postings, total;
	_Atomic uint64_t done; /* postings merged, for the progress */
};

/* Lays the lists out, in trigram order, each the runs' pieces one after
 * another, encoded as postings.c says (the size comes from the varints
 * as the runs wrote them: each delta is the one the list has, the first
 * of a run's re-measured from the last record of the runs before), into
 * the TRIGRAMS section tri. Returns 0, or -1 when a list is too large
 * for the format. */
static int
layout(struct merge *m, struct buf *tri)
{
	struct index_writer *w = m->w;
	size_t *at = xcalloc(w->nruns + 1, sizeof *at), q, cap = 0;
	unsigned char e[20];
	uint64_t off = 0;

	for (q = 0; q < w->nruns; q++)
		cap += w->runs[q].ndir;
	m->seq = xreallocarray(NULL, cap + 1, sizeof *m->seq);
	m->group = xreallocarray(NULL, cap + 1, sizeof *m->group);
	m->bytes = xreallocarray(NULL, cap + 1, sizeof *m->bytes);
	for (;;) {
		uint32_t t = UINT32_MAX, prev = 0, count = 0;
		uint64_t deltas = 0, size;

		/* the least trigram the runs have left */
		for (q = 0; q < w->nruns; q++)
			if (at[q] < w->runs[q].ndir &&
			    w->runs[q].dir[at[q]].t < t)
				t = w->runs[q].dir[at[q]].t;
		if (t == UINT32_MAX)
			break;
		m->group[m->ntri] = m->nseq;
		for (q = 0; q < w->nruns; q++) {
			const struct run_entry *d;

			if (at[q] >= w->runs[q].ndir ||
			    w->runs[q].dir[at[q]].t != t)
				continue;
			d = &w->runs[q].dir[at[q]];
			/* its first varint counts from the record before
			 * it in the list, not from 0 */
			deltas += d->bytes - varint_len(d->first) +
			    varint_len(d->first - prev);
			prev = d->last;
			count += d->count;
			if (d->bytes > m->maxpiece)
				m->maxpiece = d->bytes;
			m->seq[m->nseq][0] = (uint32_t)q;
			m->seq[m->nseq++][1] = (uint32_t)at[q]++;
		}
		size = postings_size(count, deltas, w->nrecords);
		m->total += count;
		/* counts and lengths in the lists are u32 */
		if (size > UINT32_MAX || m->total > UINT32_MAX) {
			free(at);
			return -1;
		}
		m->bytes[m->ntri++] = (uint32_t)size;
		if (count > m->maxcount)
			m->maxcount = count;
		if (size > m->maxbytes)
			m->maxbytes = size;
		le32_put(e, t);
		le32_put(e + 4, count);
		le64_put(e + 8, off);
		le32_put(e + 16, (uint32_t)size);
		buf_add(tri, e, 20);
		off += size;
	}
	m->group[m->ntri] = m->nseq;
	m->postings = off;
	free(at);
	return 0;
}

/* A thread's view of a spilled run: a window of its bytes. */
struct window {
	unsigned char *p;
	uint64_t at; /* the file offset of p[0] */
	size_t len;
};

#define WINDOW ((size_t)256 << 10)

/* Points *out at the n bytes at offset off of run q's data: in memory,
 * or read through the window (or into spare, when larger). Returns 0,
 * or -1 with errno set. */
static int
piece_get(const struct index_writer *w, size_t q, uint64_t off, size_t n,
    struct window *win, unsigned char *spare, const unsigned char **out)
{
	const struct wrun *r = &w->runs[q];
	uint64_t pos = r->off + 36 * (uint64_t)r->n + off;
	ssize_t k;

	if (r->mem != NULL) {
		*out = r->mem + 36 * (size_t)r->n + off;
		return 0;
	}
	if (pos >= win->at && pos + n <= win->at + win->len) {
		*out = win->p + (pos - win->at);
		return 0;
	}
	if (n > WINDOW) {
		if (pread_all(w->spill, spare, n, (off_t)pos) == -1)
			return -1;
		*out = spare;
		return 0;
	}
	if (win->p == NULL)
		win->p = xmalloc(WINDOW);
	k = pread_some(w->spill, win->p, WINDOW, (off_t)pos);
	if (k < (ssize_t)n) {
		if (k >= 0)
			errno = EIO;
		return -1;
	}
	win->at = pos;
	win->len = (size_t)k;
	*out = win->p;
	return 0;
}

/* Appends to ids the records of a piece's varints p[0..n) (the first
 * from 0), and returns how many. */
static uint32_t
piece_ids(const unsigned char *p, size_t n, uint32_t *ids)
{
	uint32_t k = 0, v = 0, prev = 0;
	unsigned shift = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		v |= (uint32_t)(p[i] & 0x7f) << shift;
		if (p[i] & 0x80) {
			shift += 7;
			continue;
		}
		prev += v;
		ids[k++] = prev;
		v = 0;
		shift = 0;
	}
	return k;
}

/* What one thread merges: the lists of trigrams [lo, hi), which start at
 * off in the section at base in the file. */
struct gather {
	struct merge *m;
	uint32_t lo, hi;
	uint64_t off, base;
	int rc, err;
};

/* Tells the progress of cnt more postings merged, in records. */
static void
told(struct merge *m, uint64_t cnt)
{
	const struct index_progress *pr = m->w->pr;
	uint64_t was, n;
	double r = m->w->nrecords;

	if (pr == NULL || cnt == 0)
		return;
	was = atomic_fetch_add(&m->done, cnt);
	n = (uint64_t)(r * (double)(was + cnt) / (double)m->total) -
	    (uint64_t)(r * (double)was / (double)m->total);
	if (n > 0)
		pr->records(pr->ctx, n);
}

/* Each list's records read back from the runs' pieces and encoded whole
 * (so as to write the skip tables and the bitmaps), and handed to the
 * sink a MiB at a time. */
static void *
gather_run(void *arg)
{
	struct gather *g = arg;
	struct merge *m = g->m;
	const struct index_writer *w = m->w;
	size_t have = 0, room = TEXT_PIECE, q;
	unsigned char *out, *enc, *spare;
	struct window *win;
	uint32_t *ids, i, n;
	uint64_t off = g->off, cnt = 0;

	out = xmalloc(room);
	enc = xmalloc((size_t)m->maxbytes + 1);
	spare = xmalloc((size_t)m->maxpiece + 1);
	ids = xreallocarray(NULL, (size_t)m->maxcount + 1, sizeof *ids);
	win = xcalloc(w->nruns + 1, sizeof *win);
	for (i = g->lo; i < g->hi && g->rc == 0; i++) {
		size_t j, size;

		n = 0;
		for (j = m->group[i]; j < m->group[i + 1]; j++) {
			const struct run_entry *d =
			    &w->runs[m->seq[j][0]].dir[m->seq[j][1]];
			const unsigned char *p;

			if (piece_get(w, m->seq[j][0], d->off, d->bytes,
			        &win[m->seq[j][0]], spare, &p) == -1) {
				g->rc = -1;
				g->err = errno ? errno : EIO;
				break;
			}
			n += piece_ids(p, d->bytes, ids + n);
		}
		if (g->rc != 0)
			break;
		size = postings_encode(ids, n, w->nrecords, enc);
		cnt += n;
		if (cnt >= 1u << 16) {
			told(m, cnt);
			cnt = 0;
		}
		if (size > room - have) {
			if (have > 0 &&
			    (g->rc = w->out.put(
			         w->out.ctx, g->base + off, out, have)) != 0)
				break;
			off += have;
			have = 0;
		}
		if (size > room) {
			if ((g->rc = w->out.put(
			         w->out.ctx, g->base + off, enc, size)) != 0)
				break;
			off += size;
		} else {
			memcpy(out + have, enc, size);
			have += size;
		}
	}
	if (g->rc != 0 && g->err == 0)
		g->err = errno ? errno : EIO;
	if (g->rc == 0 && have > 0 &&
	    (g->rc = w->out.put(w->out.ctx, g->base + off, out, have)) != 0)
		g->err = errno ? errno : EIO;
	told(m, cnt);
	for (q = 0; q < w->nruns; q++)
		free(win[q].p);
	free(win);
	free(out);
	free(enc);
	free(spare);
	free(ids);
	return NULL;
}

/* Writes the POSTINGS section at base, from two threads, one a half of
 * the lists each. Returns 0, or -1 with errno set. */
static int
gather(struct merge *m, uint64_t base)
{
	struct gather g[2];
	uint64_t half = 0;
	pthread_t th;
	uint32_t i = 0;
	int started;

	if (m->ntri == 0)
		return 0;
	while (i < m->ntri && 2 * half < m->postings)
		half += m->bytes[i++];
	g[0] = (struct gather){ m, 0, i, 0, base, 0, 0 };
	g[1] = (struct gather){ m, i, m->ntri, half, base, 0, 0 };
	started = g[1].lo < g[1].hi &&
	    pthread_create(&th, NULL, gather_run, &g[1]) == 0;
	gather_run(&g[0]);
	if (started)
		pthread_join(th, NULL);
	else
		gather_run(&g[1]);
	errno = g[0].rc != 0 ? g[0].err : g[1].err;
	return g[0].rc != 0 || g[1].rc != 0 ? -1 : 0;
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

/* Copies the RECORDS entries of every run to the sink at off. */
static int
records_out(struct index_writer *w, uint64_t off)
{
	unsigned char *b = NULL;
	size_t q;
	int rc = 0;

	for (q = 0; q < w->nruns && rc == 0; q++) {
		const struct wrun *r = &w->runs[q];
		uint64_t left = 36 * (uint64_t)r->n, at = r->off;

		if (r->mem != NULL) {
			rc = w->out.put(w->out.ctx, off, r->mem, (size_t)left);
			off += left;
			continue;
		}
		if (b == NULL)
			b = xmalloc(TEXT_PIECE);
		while (left > 0 && rc == 0) {
			size_t k = left < TEXT_PIECE ? (size_t)left :
			                               TEXT_PIECE;

			rc = pread_all(w->spill, b, k, (off_t)at);
			if (rc == 0)
				rc = w->out.put(w->out.ctx, off, b, k);
			at += k;
			off += k;
			left -= k;
		}
	}
	free(b);
	return rc;
}

int
index_writer_finish(struct index_writer *w, const struct corpus *c,
    uint64_t *size, char *err, size_t errsz)
{
	struct merge m = { 0 };
	struct strmap taken = { 0 };
	struct slugs bases = { 0 };
	struct buf strings = { 0 }, sec[6] = { { 0 } };
	char **slugs = NULL;
	unsigned char e[20], hdr[BEQ_INDEX_HEADER];
	uint64_t off, len[6];
	size_t i;
	int s, rc = -1;

	m.w = w;
	if (w->failed)
		return errorf(err, errsz, "the index writer failed before");
	if (c->ncategories > UINT32_MAX / 2 || c->nsources > UINT32_MAX / 2)
		goto toolarge;
	if (run_close(w, 1, err, errsz) == -1 ||
	    text_flush(w, err, errsz) == -1)
		goto out;
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
	if (layout(&m, &sec[IDX_TRIGRAMS]) == -1)
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
	len[IDX_POSTINGS] = m.postings;
	off = BEQ_INDEX_HEADER;
	for (s = 0; s < 6; s++) {
		le64_put(hdr + 40 + 16 * s, off);
		le64_put(hdr + 48 + 16 * s, len[s]);
		off += len[s];
	}
	le64_put(hdr + 32, off);
	*size = off;
	/* the posting lists (the merge, most of the work), then the other
	 * sections in file order, the header last */
	errno = 0;
	if (gather(&m, off - m.postings) == -1)
		goto ioerr;
	if (w->pr != NULL && w->pr->writing != NULL)
		w->pr->writing(w->pr->ctx, *size);
	off = BEQ_INDEX_HEADER + w->textlen;
	if (w->out.put(w->out.ctx, off, strings.data, strings.len) == -1)
		goto ioerr;
	off += strings.len;
	for (s = IDX_CATEGORIES; s <= IDX_TRIGRAMS; s++) {
		if (s == IDX_RECORDS) {
			if (records_out(w, off) == -1)
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
	free(m.seq);
	free(m.group);
	free(m.bytes);
	buf_free(&strings);
	for (s = 0; s < 6; s++)
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
