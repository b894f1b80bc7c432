/* The merge of the runs into the index file: the TRIGRAMS section laid
 * out from the runs' directories, each list read back from its pieces
 * (in memory, or through a window on the spill file) and encoded whole,
 * from two threads; and the runs' RECORDS entries copied out. */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "index_run.h"
#include "postings.h"
#include "util.h"
#include "varint.h"

#define PIECE ((size_t)BEQ_WRITE_REPORT)

/* Lays the lists out, in trigram order, each the runs' pieces one after
 * another, encoded as postings.c says (the size follows from the count),
 * into the TRIGRAMS section tri. Returns 0, or -1 when a list is too large
 * for the format. */
int
index_merge_layout(struct index_merge *m, struct buf *tri)
{
	const struct index_merge_src *w = m->w;
	size_t *at = xcalloc(w->nruns + 1, sizeof *at), q, cap = 0;
	unsigned char e[20];
	uint64_t off = 0;

	for (q = 0; q < w->nruns; q++)
		cap += w->runs[q].ndir;
	m->seq = xreallocarray(NULL, cap + 1, sizeof *m->seq);
	m->group = xreallocarray(NULL, cap + 1, sizeof *m->group);
	m->bytes = xreallocarray(NULL, cap + 1, sizeof *m->bytes);
	for (;;) {
		uint32_t t = UINT32_MAX, count = 0;
		uint64_t size;

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
			count += d->count;
			if (d->bytes > m->maxpiece)
				m->maxpiece = d->bytes;
			m->seq[m->nseq][0] = (uint32_t)q;
			m->seq[m->nseq++][1] = (uint32_t)at[q]++;
		}
		size = postings_size(count, w->nrecords);
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

#define ALIGN_DOWN(x) ((x) & ~(uint64_t)(BEQ_SPILL_ALIGN - 1))
#define ALIGN_UP(x) ALIGN_DOWN((x) + BEQ_SPILL_ALIGN - 1)

/* Points *out at the n bytes at offset off of run q's data: in memory,
 * or read through the window (or into spare, when larger), from offsets
 * and lengths aligned to BEQ_SPILL_ALIGN (the spill file may be
 * O_DIRECT; it is padded to that). Returns 0, or -1 with errno set. */
static int
piece_get(const struct index_merge_src *w, size_t q, uint64_t off, size_t n,
    struct window *win, unsigned char *spare, const unsigned char **out)
{
	const struct wrun *r = &w->runs[q];
	uint64_t pos = r->off + 36 * (uint64_t)r->n + off, at = ALIGN_DOWN(pos);
	unsigned char *to = spare;
	size_t len = (size_t)(ALIGN_UP(pos + n) - at);
	ssize_t k;

	if (r->mem != NULL) {
		*out = r->mem + 36 * (size_t)r->n + off;
		return 0;
	}
	if (pos >= win->at && pos + n <= win->at + win->len) {
		*out = win->p + (pos - win->at);
		return 0;
	}
	if (len <= WINDOW) {
		if (win->p == NULL)
			win->p = xhugearray(WINDOW, 1);
		to = win->p;
		len = WINDOW;
	}
	k = pread_some(w->spill, to, len, (off_t)at);
	if (k < (ssize_t)(pos - at + n)) {
		if (k >= 0)
			errno = EIO;
		return -1;
	}
	if (to == win->p) {
		win->at = at;
		win->len = (size_t)k;
	}
	*out = to + (pos - at);
	return 0;
}

/* What one thread merges: the lists of trigrams [lo, hi), which start at
 * off in the section at base in the file. */
struct gather {
	struct index_merge *m;
	uint32_t lo, hi;
	uint64_t off, base;
	int rc, err;
};

/* Tells the progress of cnt more postings merged, in records. */
static void
told(struct index_merge *m, uint64_t cnt)
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
	struct index_merge *m = g->m;
	const struct index_merge_src *w = m->w;
	size_t have = 0, room = PIECE, q;
	unsigned char *out, *enc, *spare;
	struct window *win;
	uint32_t *ids, i, n;
	uint64_t off = g->off, cnt = 0;

	out = xmalloc(room);
	enc = xmalloc((size_t)m->maxbytes + 1);
	/* a piece and the alignment around it */
	spare = xhugearray((size_t)m->maxpiece + 2 * BEQ_SPILL_ALIGN, 1);
	ids = xreallocarray(NULL, (size_t)m->maxcount + 1, sizeof *ids);
	win = xcalloc(w->nruns + 1, sizeof *win);
	for (i = g->lo; i < g->hi && g->rc == 0; i++) {
		size_t j, size;

		n = 0;
		for (j = m->group[i]; j < m->group[i + 1]; j++) {
			const struct run_entry *d =
			    &w->runs[m->seq[j][0]].dir[m->seq[j][1]];
			const unsigned char *p;
			struct run_ids dec;

			if (w->runs[m->seq[j][0]].live != NULL) {
				n += index_run_ids(w->runs[m->seq[j][0]].live,
				    d->off, ids + n);
				continue;
			}
			if (piece_get(w, m->seq[j][0], d->off, d->bytes,
			        &win[m->seq[j][0]], spare, &p) == -1) {
				g->rc = -1;
				g->err = errno ? errno : EIO;
				break;
			}
			/* (a piece holds whole varints) */
			dec = (struct run_ids){ 0 };
			n += run_ids_decode(&dec, p, d->bytes, ids + n);
		}
		if (g->rc != 0)
			break;
		size = postings_encode(ids, n, w->nrecords, enc);
		cnt += n;
		if (cnt >= BEQ_MERGE_REPORT) {
			told(m, cnt);
			cnt = 0;
		}
		if (size > room - have) {
			if (have > 0 &&
			    (g->rc = w->out->put(
			         w->out->ctx, g->base + off, out, have)) != 0)
				break;
			off += have;
			have = 0;
		}
		if (size > room) {
			if ((g->rc = w->out->put(
			         w->out->ctx, g->base + off, enc, size)) != 0)
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
	    (g->rc = w->out->put(w->out->ctx, g->base + off, out, have)) != 0)
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
int
index_merge_postings(struct index_merge *m, uint64_t base)
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

/* Copies the RECORDS entries of every run to the sink at off. */
int
index_merge_records(const struct index_merge_src *w, uint64_t off)
{
	unsigned char *b = NULL;
	size_t q;
	int rc = 0;

	for (q = 0; q < w->nruns && rc == 0; q++) {
		const struct wrun *r = &w->runs[q];
		uint64_t left = 36 * (uint64_t)r->n, at = r->off;

		if (r->mem != NULL) {
			rc = w->out->put(
			    w->out->ctx, off, r->mem, (size_t)left);
			off += left;
			continue;
		}
		if (b == NULL)
			b = xhugearray(PIECE, 1);
		/* at is aligned (a run's start), and so is the length read:
		 * the padding after the run's entries, or its data */
		while (left > 0 && rc == 0) {
			size_t k = left < PIECE ? (size_t)left : PIECE;

			rc = pread_all(
			    w->spill, b, (size_t)ALIGN_UP(k), (off_t)at);
			if (rc == 0)
				rc = w->out->put(w->out->ctx, off, b, k);
			at += k;
			off += k;
			left -= k;
		}
	}
	free(b);
	return rc;
}

void
index_merge_free(struct index_merge *m)
{
	free(m->seq);
	free(m->group);
	free(m->bytes);
}
