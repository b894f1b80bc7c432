/* The progress line of long work and the summary of its warnings: what a
 * person sees on a terminal while beq indexes (see progress.h). */
#include <sys/ioctl.h>
#include <sys/stat.h>

#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "config.h"
#include "progress.h"
#include "util.h"
#include "walk.h"

/* What takes the line away: back to its start, erase to the end. */
#define ERASE "\r\033[K"

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void
progress_thousands(uint64_t n, char *buf, size_t size)
{
	char digits[24];
	int len = snprintf(
	    digits, sizeof digits, "%llu", (unsigned long long)n);
	size_t o = 0;

	for (int i = 0; i < len && o + 1 < size; i++) {
		if (i > 0 && (len - i) % 3 == 0) {
			buf[o++] = ',';
			if (o + 1 >= size)
				break;
		}
		buf[o++] = digits[i];
	}
	if (size > 0)
		buf[o] = '\0';
}

/* The unit that n reads best in: its shift (0, 10, 20, 30, 40) and name. */
static int
unit(uint64_t n, const char **name)
{
	static const char *const names[] = { "B", "KiB", "MiB", "GiB", "TiB" };
	int k = 0;

	while (k < 4 && n >= (uint64_t)1024 << (10 * k))
		k++;
	*name = names[k];
	return 10 * k;
}

/* n in units of 1 << shift: one decimal under 100 (but for bytes), else
 * whole, with thousands separated. */
static void
scaled(uint64_t n, int shift, int decimal, char *buf, size_t size)
{
	double v = (double)n / (double)((uint64_t)1 << shift);

	if (decimal && shift > 0)
		snprintf(buf, size, "%.1f", v);
	else
		progress_thousands((uint64_t)(v + 0.5), buf, size);
}

void
progress_bytes(uint64_t n, char *buf, size_t size)
{
	const char *name;
	int shift = unit(n, &name);
	char num[32];

	scaled(n, shift, (double)n / (double)((uint64_t)1 << shift) < 99.95,
	    num, sizeof num);
	snprintf(buf, size, "%s %s", num, name);
}

void
progress_bytes_of(uint64_t n, uint64_t total, char *buf, size_t size)
{
	const char *name;
	int shift = unit(total, &name);
	int decimal = (double)total / (double)((uint64_t)1 << shift) < 99.95;
	char a[32], b[32];

	scaled(n, shift, decimal, a, sizeof a);
	scaled(total, shift, decimal, b, sizeof b);
	snprintf(buf, size, "%s/%s %s", a, b, name);
}

void
progress_duration(double secs, char *buf, size_t size)
{
	unsigned long long s = secs <= 0 ? 0 : (unsigned long long)secs;

	if ((double)s < secs)
		s++;
	if (s < 60)
		snprintf(buf, size, "%llus", s);
	else if (s < 3600)
		snprintf(buf, size, "%llum%02llus", s / 60, s % 60);
	else
		snprintf(buf, size, "%lluh%02llum", s / 3600, s / 60 % 60);
}

void
progress_line(
    const struct progress_counts *c, int width, char *buf, size_t size)
{
	/* the parts, and the order they go in when the terminal is too
	 * narrow: the rate first, then records, bytes, and the time left */
	enum { FILES, BYTES, RECORDS, RATE, LEFT, NPARTS };
	static const int drop[] = { RATE, RECORDS, BYTES, LEFT };
	char part[NPARTS][128], n[48], t[48];
	size_t max = width > 1 ? (size_t)width - 1 : 0, len, k;
	struct buf b = { 0 };

	memset(part, 0, sizeof part);
	progress_thousands(c->files, n, sizeof n);
	if (c->total_files > 0 && c->phase == NULL) {
		progress_thousands(c->total_files, t, sizeof t);
		snprintf(part[FILES], sizeof part[FILES], "%s/%s files", n, t);
		progress_bytes_of(
		    c->bytes, c->total_bytes, part[BYTES], sizeof part[BYTES]);
	} else {
		snprintf(part[FILES], sizeof part[FILES], "%s file%s", n,
		    c->files == 1 ? "" : "s");
		progress_bytes(c->bytes, part[BYTES], sizeof part[BYTES]);
	}
	progress_thousands(c->records, t, sizeof t);
	snprintf(part[RECORDS], sizeof part[RECORDS], "%s record%s", t,
	    c->records == 1 ? "" : "s");
	if (c->phase != NULL) {
		progress_duration(c->phase_secs, n, sizeof n);
		snprintf(part[LEFT], sizeof part[LEFT], "%s (%s)", c->phase, n);
	} else if (c->rate >= 0) {
		progress_bytes((uint64_t)c->rate, n, sizeof n);
		snprintf(part[RATE], sizeof part[RATE], "%s/s", n);
		if (c->total_bytes > 0 && c->rate > 0 &&
		    c->total_bytes >= c->bytes) {
			progress_duration(
			    (double)(c->total_bytes - c->bytes) / c->rate, t,
			    sizeof t);
			snprintf(part[LEFT], sizeof part[LEFT],
			    "%s left to read", t);
		}
	}
	/* a line as wide as the terminal wraps, and \r goes back to the
	 * start of the second row only: parts are left out till it fits */
	for (k = 0;; k++) {
		b.len = 0;
		for (int i = 0; i < NPARTS; i++) {
			if (part[i][0] == '\0')
				continue;
			if (b.len > 0)
				buf_adds(&b,
				    i == LEFT && c->phase != NULL ? "; " :
				                                    ", ");
			buf_adds(&b, part[i]);
		}
		if (b.len <= max || k == sizeof drop / sizeof drop[0])
			break;
		part[drop[k]][0] = '\0';
	}
	if (size > 0) {
		len = b.len < max ? b.len : max;
		if (len >= size)
			len = size - 1;
		memcpy(buf, b.len > 0 ? b.data : "", len);
		buf[len] = '\0';
	}
	buf_free(&b);
}

void
progress_rate_add(struct progress_rate *r, double t, uint64_t v)
{
	r->t[r->next] = t;
	r->v[r->next] = v;
	r->next = (r->next + 1) % PROGRESS_SAMPLES;
	if (r->n < PROGRESS_SAMPLES)
		r->n++;
}

double
progress_rate_get(const struct progress_rate *r)
{
	unsigned last, first, k;

	if (r->n < 2)
		return -1;
	last = (r->next + PROGRESS_SAMPLES - 1) % PROGRESS_SAMPLES;
	/* the oldest sample still inside the window */
	first = last;
	for (k = 1; k < r->n; k++) {
		unsigned i = (last + PROGRESS_SAMPLES - k) % PROGRESS_SAMPLES;

		if (r->t[last] - r->t[i] > BEQ_PROGRESS_WINDOW)
			break;
		first = i;
	}
	if (r->t[last] - r->t[first] < 0.25 || r->v[last] < r->v[first])
		return -1;
	return (double)(r->v[last] - r->v[first]) / (r->t[last] - r->t[first]);
}

void
progress_kind(const char *msg, struct buf *out)
{
	const char *p = msg, *open, *close;

	out->len = 0;
	while ((open = strchr(p, '(')) != NULL &&
	    (close = strchr(open, ')')) != NULL) {
		const char *d = open;

		while (d < close && (*d < '0' || *d > '9'))
			d++;
		if (d == close) { /* no digit: kept */
			buf_add(out, p, (size_t)(close + 1 - p));
			p = close + 1;
			continue;
		}
		/* "x (3 more)" -> "x" */
		buf_add(out, p,
		    (size_t)(open > p && open[-1] == ' ' ? open - 1 - p :
		                                           open - p));
		p = close + 1;
	}
	buf_adds(out, p);
	buf_cstr(out);
}

int
progress_wanted(int fd, int quiet)
{
	const char *term = getenv("TERM");

	return !quiet && isatty(fd) &&
	    (term == NULL || strcmp(term, "dumb") != 0);
}

/* Writes s to the terminal, the line taken away first; under p->lock when
 * a line is drawn. */
static void
put(struct progress *p, const char *s, size_t n)
{
	if (atomic_load(&p->shown)) {
		(void)write_all(p->fd, ERASE, sizeof ERASE - 1);
		atomic_store(&p->shown, 0);
	}
	(void)write_all(p->fd, s, n);
}

/* Draws the line, when it is time and the terminal is this process
 * group's (a job in the background draws nothing over the shell's). */
static void
redraw(struct progress *p)
{
	struct progress_counts c = { 0 };
	struct winsize ws;
	double t = now();
	char line[512];
	int phase, width = 80;
	struct buf b = { 0 };

	c.bytes = atomic_load(&p->bytes);
	progress_rate_add(&p->rate, t, c.bytes);
	if (t - p->start < BEQ_PROGRESS_DELAY || tcgetpgrp(p->fd) != getpgrp())
		return;
	c.files = atomic_load(&p->files);
	c.records = atomic_load(&p->records);
	if (atomic_load(&p->total) == PROGRESS_TOTAL_KNOWN) {
		c.total_files = atomic_load(&p->total_files);
		c.total_bytes = atomic_load(&p->total_bytes);
	}
	c.rate = progress_rate_get(&p->rate);
	if ((phase = atomic_load(&p->phase)) > 0) {
		if (p->phase_start == 0)
			p->phase_start = t;
		c.phase = p->phases[phase - 1];
		c.phase_secs = t - p->phase_start;
	}
	if (ioctl(p->fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		width = ws.ws_col;
	progress_line(&c, width, line, sizeof line);
	buf_printf(&b, "\r%s\033[K", line);
	(void)write_all(p->fd, b.data, b.len);
	atomic_store(&p->shown, 1);
	buf_free(&b);
}

static void *
draw(void *arg)
{
	struct progress *p = arg;
	struct timespec ts;
	long ns = (long)(BEQ_PROGRESS_INTERVAL * 1e9);

	pthread_mutex_lock(&p->lock);
	while (!p->stop) {
		clock_gettime(CLOCK_MONOTONIC, &ts);
		ts.tv_nsec += ns;
		if (ts.tv_nsec >= 1000000000L) {
			ts.tv_sec++;
			ts.tv_nsec -= 1000000000L;
		}
		while (!p->stop &&
		    pthread_cond_timedwait(&p->wake, &p->lock, &ts) == EINTR)
			;
		if (!p->stop)
			redraw(p);
	}
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

void
progress_start(struct progress *p, int fd, int draw_line, int warn_mode,
    int quiet, const char *const *phases)
{
	pthread_condattr_t attr;
	int k;

	memset(p, 0, sizeof *p);
	p->fd = fd;
	p->quiet = quiet;
	p->summary = warn_mode == PROGRESS_WARN_SUMMARY ||
	    (warn_mode == PROGRESS_WARN_AUTO && isatty(fd));
	for (k = 0; phases != NULL && phases[k] != NULL && k < 3; k++)
		p->phases[k] = phases[k];
	p->start = now();
	if (!draw_line)
		return;
	pthread_mutex_init(&p->lock, NULL);
	pthread_condattr_init(&attr);
	pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
	pthread_cond_init(&p->wake, &attr);
	pthread_condattr_destroy(&attr);
	p->draw = 1;
	p->drawing = pthread_create(&p->drawer, NULL, draw, p) == 0;
}

/* The counter's sums. */
struct tally {
	struct progress *p;
	uint64_t files, bytes;
	int none; /* no total: a pipe */
};

static void
tally_file(void *ctx, const char *path, const struct stat *st, int top)
{
	struct tally *t = ctx;

	(void)path, (void)top;
	t->files++;
	t->bytes += (uint64_t)st->st_size;
}

static void
tally_stream(void *ctx, const char *path)
{
	(void)path;
	((struct tally *)ctx)->none = 1;
}

static int
tally_filter(void *ctx, const char *path, const struct stat *st)
{
	const struct tally *t = ctx;

	return t->p->wanted(t->p->ctx, path, st);
}

/* Once a pipe is found or the work ended (or an archive was found),
 * there is no total to count. */
static int
tally_stop(void *ctx)
{
	const struct tally *t = ctx;

	return t->none || atomic_load(&t->p->total) != PROGRESS_TOTAL_COUNTING;
}

/* The files beq index reads: the same walk (walk.h) */
static const struct walk_ops tallying = {
	.file = tally_file,
	.stream = tally_stream,
	.filter = tally_filter,
	.stop = tally_stop,
};

static void *
count(void *arg)
{
	struct progress *p = arg;
	struct tally t = { .p = p };
	int counting = PROGRESS_TOTAL_COUNTING;

	for (int i = 0; i < p->npaths && !tally_stop(&t); i++)
		walk(p->paths[i], &tallying, &t);
	if (t.none) {
		atomic_store(&p->total, PROGRESS_TOTAL_NONE);
		return NULL;
	}
	atomic_store(&p->total_files, t.files);
	atomic_store(&p->total_bytes, t.bytes);
	/* unless an archive was found meanwhile, or the work ended */
	atomic_compare_exchange_strong(
	    &p->total, &counting, PROGRESS_TOTAL_KNOWN);
	return NULL;
}

void
progress_count(struct progress *p, char **paths, int n,
    int (*wanted)(void *ctx, const char *path, const struct stat *st),
    void *ctx)
{
	if (!p->draw)
		return;
	p->paths = paths;
	p->npaths = n;
	p->wanted = wanted;
	p->ctx = ctx;
	p->counting = pthread_create(&p->counter, NULL, count, p) == 0;
}

void
progress_no_total(struct progress *p)
{
	atomic_store(&p->total, PROGRESS_TOTAL_NONE);
}

void
progress_file(struct progress *p, uint64_t bytes)
{
	atomic_fetch_add_explicit(&p->files, 1, memory_order_relaxed);
	atomic_fetch_add_explicit(&p->bytes, bytes, memory_order_relaxed);
}

void
progress_records(struct progress *p, uint64_t n)
{
	atomic_fetch_add_explicit(&p->records, n, memory_order_relaxed);
}

void
progress_phase(struct progress *p, int k)
{
	atomic_store(&p->phase, k);
}

/* Writes "beq: " s "\n" as one write. */
static void
print_line(struct progress *p, const char *s)
{
	struct buf b = { 0 };

	buf_printf(&b, "beq: %s\n", s);
	if (p->draw)
		pthread_mutex_lock(&p->lock);
	put(p, b.data, b.len);
	if (p->draw)
		pthread_mutex_unlock(&p->lock);
	buf_free(&b);
}

void
progress_printf(struct progress *p, const char *fmt, ...)
{
	va_list ap, again;
	char *s;
	int n;

	va_start(ap, fmt);
	va_copy(again, ap);
	n = vsnprintf(NULL, 0, fmt, ap);
	s = xmalloc(n > 0 ? (size_t)n + 1 : 1);
	vsnprintf(s, n > 0 ? (size_t)n + 1 : 1, fmt, again);
	va_end(again);
	va_end(ap);
	print_line(p, s);
	free(s);
}

void
progress_warning(struct progress *p, const char *where, const char *msg)
{
	struct buf b = { 0 };
	uint32_t k;

	p->warnings++;
	if (p->quiet)
		return;
	if (!p->summary || p->printed < BEQ_WARNINGS_SHOWN) {
		p->printed++;
		buf_printf(&b, "%s: %s", where, msg);
		print_line(p, b.data);
		buf_free(&b);
		return;
	}
	progress_kind(msg, &b);
	k = strmap_get(&p->map, p->kinds, b.data);
	if (k == UINT32_MAX) {
		if (p->nkinds == p->cap) {
			p->cap = p->cap ? 2 * p->cap : 8;
			p->kinds = xreallocarray(
			    p->kinds, p->cap, sizeof *p->kinds);
			p->kind = xreallocarray(
			    p->kind, p->cap, sizeof *p->kind);
		}
		k = (uint32_t)p->nkinds++;
		p->kinds[k] = buf_take(&b);
		p->kind[k].count = 0;
		p->kind[k].first = xstrdup(where);
		strmap_put(&p->map, p->kinds, k);
	}
	p->kind[k].count++;
	buf_free(&b);
}

/* A kind, for sorting: the most warnings first; ties in the order they
 * were first seen. */
struct ranked {
	size_t count, i;
};

static int
by_count(const void *a, const void *b)
{
	const struct ranked *x = a, *y = b;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

void
progress_summary_text(const struct progress *p, struct buf *out)
{
	struct ranked *r;
	size_t i, rest = 0, other = p->nkinds - BEQ_WARNING_KINDS_SHOWN;
	char n[32];

	if (p->nkinds == 0)
		return;
	r = xreallocarray(NULL, p->nkinds, sizeof *r);
	for (i = 0; i < p->nkinds; i++) {
		r[i].count = p->kind[i].count;
		r[i].i = i;
	}
	qsort(r, p->nkinds, sizeof *r, by_count);
	for (i = 0; i < p->nkinds; i++) {
		if (i >= BEQ_WARNING_KINDS_SHOWN) {
			rest += r[i].count;
			continue;
		}
		progress_thousands(r[i].count, n, sizeof n);
		buf_printf(out, "%s more: %s (first at %s)\n", n,
		    p->kinds[r[i].i], p->kind[r[i].i].first);
	}
	if (rest > 0) {
		progress_thousands(rest, n, sizeof n);
		buf_printf(out, "%s more of %zu other kind%s\n", n, other,
		    other == 1 ? "" : "s");
	}
	progress_thousands(p->warnings, n, sizeof n);
	buf_printf(out, "--warnings=all prints all %s warnings\n", n);
	free(r);
}

void
progress_summary(struct progress *p)
{
	struct buf b = { 0 };
	size_t at = 0;

	progress_summary_text(p, &b);
	while (at < b.len) {
		char *nl = strchr(b.data + at, '\n');

		*nl = '\0';
		print_line(p, b.data + at);
		at = (size_t)(nl + 1 - b.data);
	}
	buf_free(&b);
}

void
progress_erase(struct progress *p)
{
	if (p != NULL && atomic_load(&p->shown))
		(void)!write(p->fd, ERASE, sizeof ERASE - 1);
}

void
progress_end(struct progress *p)
{
	size_t i;

	if (p->counting) {
		/* the walk stops at its next name */
		int counting = PROGRESS_TOTAL_COUNTING;

		atomic_compare_exchange_strong(
		    &p->total, &counting, PROGRESS_TOTAL_NONE);
		pthread_join(p->counter, NULL);
		p->counting = 0;
	}
	if (p->draw) {
		pthread_mutex_lock(&p->lock);
		p->stop = 1;
		pthread_cond_signal(&p->wake);
		pthread_mutex_unlock(&p->lock);
		if (p->drawing)
			pthread_join(p->drawer, NULL);
		put(p, "", 0);
		pthread_cond_destroy(&p->wake);
		pthread_mutex_destroy(&p->lock);
		p->draw = p->drawing = 0;
	}
	for (i = 0; i < p->nkinds; i++) {
		free(p->kinds[i]);
		free(p->kind[i].first);
	}
	free(p->kinds);
	free(p->kind);
	strmap_free(&p->map);
	p->kinds = NULL;
	p->kind = NULL;
	p->nkinds = p->cap = 0;
}
