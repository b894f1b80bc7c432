/* beq index -o FILE PATH...: markdown files, directories and archives ->
 * an index file, written atomically (temp file, fsync, rename). */
#define _GNU_SOURCE /* sync_file_range(2), where there is one */
#include <sys/stat.h>
#include <sys/uio.h>

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h> /* mallopt */
#endif

#include "archive_io.h"
#include "batch.h"
#include "cli.h"
#include "cmds.h"
#include "config.h"
#include "corpus.h"
#include "corpus_md.h"
#include "index.h"
#include "index_write.h"
#include "progress.h"
#include "size.h"
#include "text.h"
#include "util.h"
#include "walk.h"

enum {
	OPT_MAX_FILE = OPT_LOCAL,
	OPT_MAX_ARCHIVE,
	OPT_MAX_MEMBERS,
	OPT_FORCE,
	OPT_EXPLAIN,
	OPT_QUESTIONS,
	OPT_WARNINGS
};

/* The batch the index writer indexes, in a thread of its own while the
 * next ones are read and parsed (in the reading thread, the writer took
 * 40% of the wall time of indexing the 100 MB corpus, with one core
 * idle): its records and the memory they are in. */
struct handoff {
	struct corpus c;
	struct index_writer *writer;
	size_t borrowed; /* its files in regions */
	int rc, active, started;
	pthread_t th;
	char err[BEQ_ERR_MAX];
};

#define SWAP(type, a, b) \
	do { \
		type swap_ = (a); \
		(a) = (b); \
		(b) = swap_; \
	} while (0)

struct run {
	struct corpus corpus;
	struct batch batch; /* read, not yet parsed */
	struct batch parsing; /* being parsed */
	struct progress progress; /* the line on a terminal, the warnings */
	struct archive_limits lim;
	int quiet, fatal;
	int force; /* --force: replace what is not an index, or an input */
	int layout; /* --questions: where every file's questions are */
	/* the file -o names, when it exists: a file found in a directory
	 * that is it, and an index (or empty), is not read (see
	 * check_output) */
	int out_exists, out_replaceable;
	dev_t out_dev;
	ino_t out_ino;
	mode_t out_mode; /* its permissions, which the new file keeps */
	size_t files, warnings;
	size_t errors; /* inputs that could not be read */
	unsigned flushes; /* batches handed to the parsers */
	const char *archive; /* the archive being read, for member names */
	struct {
		char *p;
		size_t used, cap;
	} region; /* where files are read into (region_take) */
	/* every region not yet freed, from the oldest (at head), with its
	 * files not yet indexed */
	struct {
		char **p;
		size_t *files;
		size_t head, n, cap;
	} regions;
	/* regions whose files are indexed, for the next files: a fresh one
	 * is 8 MiB of pages for the kernel to clear (a region of the 1 GB
	 * corpus every 0.3 s) */
	char *spare[BEQ_SPARE_REGIONS];
	int nspare;
	struct index_writer *writer; /* takes the records of each batch */
	struct handoff indexing;
	const char *output;
	uint64_t nrecords; /* records indexed */
};

/* The steps after the reading, as the progress line says them: the
 * records indexed (the posting lists merged), the bytes of the index
 * file written, and
 * the wait for the disk (fsync), which has no count. */
enum { STEP_INDEX = 1, STEP_WRITE, STEP_SYNC };
static const struct progress_step steps[] = {
	{ "indexing", "records" },
	{ "writing", NULL },
	{ "syncing to disk", NULL },
	{ NULL, NULL },
};

/* The temp file being written, removed if a signal ends the run. */
static volatile sig_atomic_t have_tmp, have_spill;
static char tmp_path[4096], spill_path[4096];
static struct progress *shown; /* whose line the signal takes away */

static void
on_signal(int sig)
{
	if (have_tmp)
		unlink(tmp_path);
	if (have_spill)
		unlink(spill_path);
	progress_erase(shown);
	signal(sig, SIG_DFL);
	raise(sig);
}

/* The index writer's progress: n more records indexed; then the
 * writing of the tables, size bytes in all (the text and posting lists
 * were written on the way). */
static void
indexed(void *ctx, uint64_t n)
{
	progress_advance(ctx, STEP_INDEX, n);
}

static void
writing(void *ctx, uint64_t size)
{
	progress_phase(ctx, STEP_WRITE, size);
}

/* A warning about an input, reported in its turn among the files. */
static void
warn_cb(void *ctx, const char *source, unsigned line, const char *msg)
{
	struct run *run = ctx;

	(void)line;
	batch_warning(&run->batch, source, msg);
}

/* An input that cannot be read (missing, a read error): an error, said
 * in its turn among the files, even with -q; nothing is written. What is
 * wrong inside an input that was read is a warning (warn_cb). */
static void
input_error(struct run *run, const char *path, const char *msg)
{
	batch_error(&run->batch, path, msg);
}

/* Reports a warning (an error when error is set) about where: names come
 * from archives and file systems, so no control characters go to the
 * terminal. */
static void
report(struct run *run, const char *where, const char *msg, int error)
{
	struct buf w = { 0 }, m = { 0 };

	text_field(&w, where, strlen(where));
	text_field(&m, msg, strlen(msg));
	if (error)
		progress_printf(
		    &run->progress, "%s: %s", buf_cstr(&w), buf_cstr(&m));
	else
		progress_warning(&run->progress, buf_cstr(&w), buf_cstr(&m));
	buf_free(&w);
	buf_free(&m);
}

/* Frees the regions whose files are all indexed, n more files having
 * been (in the order they were read into them). The region being filled
 * stays. */
static void
regions_done(struct run *run, size_t n)
{
	size_t *h = &run->regions.head, k;

	while (*h < run->regions.n) {
		k = n < run->regions.files[*h] ? n : run->regions.files[*h];
		run->regions.files[*h] -= k;
		n -= k;
		if (run->regions.files[*h] > 0 ||
		    run->regions.p[*h] == run->region.p)
			break;
		if (run->nspare < BEQ_SPARE_REGIONS)
			run->spare[run->nspare++] = run->regions.p[*h];
		else
			free(run->regions.p[*h]);
		(*h)++;
	}
}

/* The writer thread: indexes the batch handed over. */
static void *
index_batch(void *arg)
{
	struct handoff *h = arg;

	h->rc = index_writer_add(h->writer, &h->c, h->err, sizeof h->err);
	return NULL;
}

/* Waits for the batch being indexed, then frees its records and the
 * memory they were in. */
static void
index_wait(struct run *run)
{
	struct handoff *h = &run->indexing;

	if (!h->active)
		return;
	if (h->started)
		pthread_join(h->th, NULL);
	h->started = h->active = 0;
	if (h->rc == -1 && !run->fatal) {
		progress_printf(
		    &run->progress, "index: %s: %s", run->output, h->err);
		run->fatal = 1;
	}
	corpus_drop_records(&h->c);
	regions_done(run, h->borrowed);
}

/* Adds the records and warnings of the parsed batch b, in input order,
 * and empties it. */
static void
merge(struct run *run, struct batch *b)
{
	struct handoff *h;
	size_t i, borrowed = 0;

	for (i = 0; i < b->n; i++) {
		struct batch_job *j = &b->jobs[i];
		size_t k, off = 0;

		/* each warning: where, then the message */
		for (k = 0; k < j->nwarnings; k++) {
			const char *w = j->warnings.data + off;
			const char *msg = w + strlen(w) + 1;

			report(run, w, msg, j->error);
			off = (size_t)(msg - j->warnings.data) + strlen(msg) +
			    1;
		}
		if (j->error)
			run->errors++;
		else
			run->warnings += j->nwarnings;
		if (j->text == NULL)
			continue;
		run->files++;
		if (j->n == -1) {
			run->warnings++;
			report(run, j->name, j->err, 0);
		} else if (j->n == 0) {
			run->warnings++;
			report(run, j->name, "no questions found", 0);
		}
		progress_records(&run->progress, j->c.nrecords);
		batch_merge(j, &run->corpus);
		/* the file's text, now the records' (a region's is freed
		 * with the region: regions_done) */
		if (!j->borrowed)
			corpus_hold(&run->corpus, j->text);
		else
			borrowed++;
		j->text = NULL;
	}
	batch_clear(b);
	/* the batch's records to the index, then out of memory: what is
	 * held is the batches in flight and the writer's run, not the
	 * corpus */
	index_wait(run);
	run->nrecords += run->corpus.nrecords;
	if (run->writer == NULL || run->fatal || run->corpus.nrecords == 0) {
		corpus_drop_records(&run->corpus);
		regions_done(run, borrowed);
		return;
	}
	/* the records and what holds them change hands: the arrays
	 * emptied last time come back */
	h = &run->indexing;
	SWAP(struct corpus_record *, h->c.records, run->corpus.records);
	SWAP(size_t, h->c.nrecords, run->corpus.nrecords);
	SWAP(size_t, h->c.caprecords, run->corpus.caprecords);
	SWAP(char **, h->c.held, run->corpus.held);
	SWAP(size_t, h->c.nheld, run->corpus.nheld);
	SWAP(size_t, h->c.capheld, run->corpus.capheld);
	h->borrowed = borrowed;
	h->active = 1;
	h->writer = run->writer;
	h->started = pthread_create(&h->th, NULL, index_batch, h) == 0;
	if (!h->started)
		index_batch(h);
}

/* Hands what was read to threads that parse it on every core while the
 * next batch is read (reading was a tenth of indexing, on one core) and
 * the batch before is merged; the last batch is merged before this
 * returns. */
static void
flush(struct run *run, int last)
{
	char err[BEQ_ERR_MAX];
	struct batch done;

	batch_wait(&run->parsing);
	run->flushes++;
	done = run->parsing;
	run->parsing = run->batch;
	memset(&run->batch, 0, sizeof run->batch);
	if (run->parsing.n > 0 &&
	    batch_start(&run->parsing, BEQ_INDEX_THREADS, run->layout, err,
	        sizeof err) == -1) {
		progress_printf(&run->progress, "index: %s", err);
		run->fatal = 1;
		batch_clear(&run->parsing);
	}
	merge(run, &done);
	if (last) {
		batch_wait(&run->parsing); /* this thread parses too */
		merge(run, &run->parsing);
	}
}

static void
too_large(struct run *run, const char *name)
{
	char msg[96];

	archive_too_large(&run->lim, msg, sizeof msg);
	warn_cb(run, name, 0, msg);
}

/* Reads the rest of fd into b, which may hold its start already. Returns
 * 0, 1 when it is larger than the file limit, or -1 with err set. */
static int
slurp(const struct run *run, int fd, struct buf *b, char *err, size_t errsz)
{
	ssize_t n;

	if (b->len > run->lim.max_file)
		return 1;
	for (;;) {
		/* read into the room there is, 64 KiB more when full */
		if (b->cap - b->len < 2)
			buf_grow(b, 65536);
		n = read(fd, b->data + b->len, b->cap - b->len - 1);
		if (n == 0)
			return 0;
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return errorf(err, errsz, "%s", strerror(errno));
		}
		b->len += (size_t)n;
		if (b->len > run->lim.max_file)
			return 1;
	}
}

/* Queues a file to parse, taking text unless borrowed (batch_text);
 * parses the batch when it holds enough to keep every core busy. The
 * file's own name starts at name + member. */
static void
add_text(struct run *run, const char *name, size_t member, char *text,
    size_t len, int borrowed)
{
	batch_text(&run->batch, xstrdup(name), member, text, len, borrowed);
	progress_file(&run->progress, len);
	/* an eighth of BEQ_BATCH_BYTES first, then a quarter, a half, and
	 * whole from then on: no core waits long for the first */
	if (run->batch.bytes >= BEQ_BATCH_BYTES >>
	    (run->flushes < 3 ? 3 - run->flushes : 0))
		flush(run, 0);
}

static void
on_member(void *ctx, const char *member, const char *data, size_t size)
{
	struct run *run = ctx;
	struct buf name = { 0 };
	size_t own = 0;

	if (member != NULL) {
		buf_printf(&name, "%s:", run->archive);
		own = name.len;
		buf_adds(&name, member);
	} else
		buf_adds(&name, run->archive);
	add_text(run, name.data, own, xstrndup(data, size), size, 0);
	buf_free(&name);
}

static void
on_archive_warning(void *ctx, const char *member, const char *msg)
{
	struct run *run = ctx;
	struct buf name = { 0 };

	if (member != NULL)
		buf_printf(&name, "%s:%s", run->archive, member);
	else
		buf_adds(&name, run->archive);
	warn_cb(run, name.data, 0, msg);
	buf_free(&name);
}

/* Room for n bytes of input in the region that files are read into, one
 * after another: BEQ_INPUT_REGION at a time, on huge pages (a buffer per
 * file took a page fault per 4 KiB: 25,000 on the 100 MB corpus). The
 * records' strings are written over their files there once parsed
 * (corpus_parse_in_place); a region is freed once its files are
 * indexed (regions_done). */
static char *
region_take(struct run *run, size_t n)
{
	char *p;

	if (run->region.cap - run->region.used < n) {
		run->region.cap = n > BEQ_INPUT_REGION ? n : BEQ_INPUT_REGION;
		run->region.p = run->region.cap == BEQ_INPUT_REGION &&
		        run->nspare > 0 ?
		    run->spare[--run->nspare] :
		    xhugearray(run->region.cap, 1);
		run->region.used = 0;
		if (run->regions.n == run->regions.cap) {
			run->regions.cap = run->regions.cap ?
			    2 * run->regions.cap :
			    16;
			run->regions.p = xreallocarray(run->regions.p,
			    run->regions.cap, sizeof *run->regions.p);
			run->regions.files = xreallocarray(run->regions.files,
			    run->regions.cap, sizeof *run->regions.files);
		}
		run->regions.p[run->regions.n] = run->region.p;
		run->regions.files[run->regions.n++] = 0;
	}
	p = run->region.p + run->region.used;
	run->region.used += n;
	return p;
}

/* Reads the rest of fd into the region, after its first bytes, head[0..
 * n), when it is no larger than its size said. Returns 1 when it was
 * read and queued, 0 when it grew (head then holds what was read: the
 * caller reads on), -1 on a read error (errno set). */
static int
read_into_region(
    struct run *run, const char *path, int fd, long long size, struct buf *head)
{
	size_t room = (size_t)size + 1, got = head->len;
	char *p = region_take(run, room);
	ssize_t n;

	memcpy(p, head->data, head->len);
	/* to the end, found by a read that returns 0 */
	while (got < room) {
		n = read(fd, p + got, room - got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		if (n == 0) {
			run->regions.files[run->regions.n - 1]++;
			add_text(run, path, 0, p, got, 1);
			return 1;
		}
		got += (size_t)n;
	}
	head->len = 0;
	buf_add(head, p, got);
	return 0;
}

/* Reads fd: an archive when its first bytes say so, else markdown (of at
 * most the file limit: size, when known (>= 0), tells before reading). */
static void
add_file(struct run *run, const char *path, int fd, long long size)
{
	size_t len;
	struct buf b = { 0 };
	char err[BEQ_ERR_MAX];
	ssize_t n;

	buf_grow(&b, 8192);
	do
		n = read(fd, b.data, 8192);
	while (n < 0 && errno == EINTR);
	if (n < 0) {
		input_error(run, path, strerror(errno));
		goto out;
	}
	b.len = (size_t)n;
	/* an index is no markdown, though its text would read as some
	 * once its bad bytes are U+FFFD ("beq index -o all.idx *") */
	if (b.len >= sizeof BEQ_INDEX_MAGIC - 1 &&
	    memcmp(b.data, BEQ_INDEX_MAGIC, sizeof BEQ_INDEX_MAGIC - 1) == 0) {
		warn_cb(run, path, 0, "a beq index, not markdown; skipped");
		goto out;
	}
	if (archive_sniff((const unsigned char *)b.data, b.len)) {
		run->archive = path;
		/* its members, and what they hold, are known as read */
		progress_no_total(&run->progress);
		/* without libarchive, the archive cannot be read at all */
		if (archive_load(err, sizeof err) == -1)
			input_error(run, path, err);
		else if (archive_read_members(fd, (const unsigned char *)b.data,
		             b.len, &run->lim, on_member, on_archive_warning,
		             run, err, sizeof err) == -1)
			warn_cb(run, path, 0, err);
		goto out;
	}
	if (size >= 0 && (uint64_t)size > run->lim.max_file) {
		too_large(run, path);
		goto out;
	}
	if (size > 0 && (uint64_t)size <= BEQ_INPUT_REGION / 4 &&
	    (uint64_t)size >= b.len) {
		int r = read_into_region(run, path, fd, size, &b);

		if (r == -1)
			input_error(run, path, strerror(errno));
		if (r != 0)
			goto out;
	}
	/* room for the whole file and for the read that finds its end,
	 * not grown (and copied) 64 KiB at a time */
	if (size > 0 && (uint64_t)size > b.len)
		/* too large for a region */
		buf_grow(&b, (size_t)size - b.len + 1);
	switch (slurp(run, fd, &b, err, sizeof err)) {
	case -1: input_error(run, path, err); break;
	case 1: too_large(run, path); break;
	default:
		len = b.len;
		add_text(run, path, 0, buf_take(&b), len, 0);
		break;
	}
out:
	buf_free(&b);
}

/* Whether st is the file that -o names. */
static int
is_output(const struct run *run, const struct stat *st)
{
	return run->out_exists && st->st_dev == run->out_dev &&
	    st->st_ino == run->out_ino;
}

static int
is_markdown(const char *name)
{
	const char *dot = strrchr(name, '.');

	return dot != NULL &&
	    (strcasecmp(dot, ".md") == 0 || strcasecmp(dot, ".markdown") == 0);
}

/* Whether a file found in a directory is read (and counted in the
 * progress line's total). */
static int
wanted(void *ctx, const char *path, const struct stat *st)
{
	const struct run *run = ctx;

	return is_markdown(path) &&
	    !(is_output(run, st) && run->out_replaceable);
}

/* walk(): a file, found or named */
static void
on_file(void *ctx, const char *path, const struct stat *st, int top)
{
	struct run *run = ctx;
	int fd;

	(void)top;
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1) {
		input_error(run, path, strerror(errno));
		return;
	}
	add_file(run, path, fd, (long long)st->st_size);
	close(fd);
}

/* walk(): stdin, or a pipe named on the command line, read like stdin:
 * beq index -o x.idx <(curl ...) */
static void
on_stream(void *ctx, const char *path)
{
	struct run *run = ctx;
	int fd;

	if (strcmp(path, "-") == 0) {
		add_file(run, "<stdin>", STDIN_FILENO, -1);
		return;
	}
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1) {
		input_error(run, path, strerror(errno));
		return;
	}
	add_file(run, path, fd, -1);
	close(fd);
}

static void
on_walk_error(void *ctx, const char *path, const char *msg)
{
	input_error(ctx, path, msg);
}

/* What beq index reads: files named, markdown found in directories but
 * for the index being replaced (an input named on the command line is
 * refused unless --force: check_inputs). */
static const struct walk_ops reading = {
	.file = on_file,
	.stream = on_stream,
	.error = on_walk_error,
	.filter = wanted,
};

/* The index file being written: a temp file in the same directory as
 * path, fsync'ed and renamed over path at the end, so that path is the
 * old or the new file, never a part of one; and the spill file of the
 * index writer's runs beside it, unlinked as soon as made (nothing is
 * left of it however the run ends). */
struct out {
	const char *path;
	mode_t mode; /* the file's permissions */
	int fd, spill;
	struct progress *progress; /* where errors are said */
};

/* Makes a temp file from the template path (in place), in the directory
 * of dirpath as named. Returns its descriptor, or -1 once said why. */
static int
out_temp(char *path, const char *dirpath)
{
	const char *slash = strrchr(dirpath, '/');
	int dirlen = (int)(slash != NULL ? (size_t)(slash - dirpath) : 0);
	int fd;

	if ((fd = mkstemp(path)) == -1)
		/* the directory, as it was named: "." for none, "/" for
		 * the root */
		warnx("index: %.*s: cannot create the index in this "
		      "directory: %s",
		    slash != NULL && dirlen > 0 ? dirlen : 1,
		    slash == NULL ? "." : dirpath, strerror(errno));
	return fd;
}

/* Has the spill file bypass the page cache (O_DIRECT) where its file
 * system takes that with the writer's alignment (BEQ_SPILL_ALIGN), tried
 * with a block written and read back: it is written once and read once,
 * and in page cache its gigabyte at 1 GB took 6 s of CPU to write (fresh
 * pages, on the virtual machines this is measured on: 7.5 s a GB, where
 * O_DIRECT takes 0.1 s and the disk 1.9 GB/s; dd, 1 GB). Elsewhere it is
 * written through the page cache, as before. */
static void
spill_direct(int fd)
{
#ifdef O_DIRECT
	int fl = fcntl(fd, F_GETFL);
	void *b;

	if (fl == -1 || fcntl(fd, F_SETFL, fl | O_DIRECT) == -1)
		return;
	b = xhugearray(BEQ_SPILL_ALIGN, 1);
	memset(b, 0, BEQ_SPILL_ALIGN);
	if (pwrite_all(fd, b, BEQ_SPILL_ALIGN, 0) == -1 ||
	    pread_all(fd, b, BEQ_SPILL_ALIGN, 0) == -1)
		fcntl(fd, F_SETFL, fl);
	free(b);
	if (ftruncate(fd, 0) == -1)
		fcntl(fd, F_SETFL, fl);
#else
	(void)fd;
#endif
}

/* Creates the temp file and the spill file in the directory of path,
 * before any input is read: a directory that cannot be written is said
 * at once, not after the inputs were parsed. */
static int
out_open(struct out *o, const char *path)
{
	const char *slash = strrchr(path, '/');
	int dirlen = (int)(slash != NULL ? (size_t)(slash - path) : 0);

	o->path = path;
	o->fd = o->spill = -1;
	if (snprintf(tmp_path, sizeof tmp_path, "%.*s.beq-index.XXXXXX",
	        slash != NULL ? dirlen + 1 : 0, path) >= (int)sizeof tmp_path ||
	    snprintf(spill_path, sizeof spill_path, "%.*s.beq-spill.XXXXXX",
	        slash != NULL ? dirlen + 1 : 0,
	        path) >= (int)sizeof spill_path) {
		warnx("index: %s: path too long", path);
		return -1;
	}
	if ((o->fd = out_temp(tmp_path, path)) == -1)
		return -1;
	have_tmp = 1;
	if ((o->spill = out_temp(spill_path, path)) == -1)
		return -1;
	have_spill = 1;
	unlink(spill_path);
	have_spill = 0;
	spill_direct(o->spill);
	return 0;
}

/* Leaves no temp file behind. */
static void
out_abandon(struct out *o)
{
	if (o->fd != -1)
		close(o->fd);
	o->fd = -1;
	if (o->spill != -1)
		close(o->spill);
	o->spill = -1;
	if (have_tmp)
		unlink(tmp_path);
	have_tmp = 0;
}

/* The index writer's sink: the temp file, and the line that counts what
 * is written. */
static int
put_fd(void *ctx, uint64_t off, const void *p, size_t n)
{
	const struct out *o = ctx;

	if (n > 0 && pwrite_all(o->fd, p, n, (off_t)off) == -1)
		return -1;
	progress_advance(o->progress, STEP_WRITE, n);
	return 0;
}

/* Fsyncs the file written and renames it over the path. */
static int
out_finish(struct out *o)
{
	int s;

	progress_phase(o->progress, STEP_SYNC, 0);
	s = commit_file(o->fd, tmp_path, o->path, o->mode);
	o->fd = -1;
	if (s == -1) {
		progress_printf(o->progress, "index: %s: %s", o->path,
		    strerror(errno ? errno : EIO));
		out_abandon(o);
		return -1;
	}
	have_tmp = 0;
	return 0;
}

/* Checks the inputs named on the command line, before any is read: each
 * must be there (as for grep and tar, a missing one is an error, not a
 * warning), and none may be the file that -o names, unless --force
 * (stdin is no file to protect). Returns 0, or -1 when it said why not. */
static int
check_inputs(const struct run *run, char **paths, int n, const char *output)
{
	struct stat st;
	int i, bad = 0, unread = 0;

	for (i = 0; i < n; i++) {
		if (strcmp(paths[i], "-") == 0)
			continue;
		if (stat(paths[i], &st) == -1) {
			warnx("%s: %s", paths[i], strerror(errno));
			unread++;
			continue;
		}
		if (!S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode) &&
		    !S_ISFIFO(st.st_mode) && !S_ISCHR(st.st_mode)) {
			warnx("%s: %s", paths[i], WALK_NOT_READABLE);
			unread++;
			continue;
		}
		if (run->force || !is_output(run, &st))
			continue;
		if (strcmp(paths[i], output) == 0)
			warnx("index: %s: is one of the inputs; use --force to "
			      "replace it",
			    output);
		else
			warnx("index: %s: is the input %s; use --force to "
			      "replace it",
			    output, paths[i]);
		bad++;
	}
	if (unread > 0)
		warnx("index: %d input%s could not be read; %s not written",
		    unread, unread == 1 ? "" : "s", output);
	return bad + unread > 0 ? -1 : 0;
}

/* Checks what -o names, before anything is read: a new file, an empty
 * one (it holds nothing to lose: mktemp's, say) or a beq index is
 * replaced; a directory or another special file never is; one of the
 * inputs (check_inputs) or any other file, such as the user's markdown,
 * only with --force. Returns 0, or -1 when it said why not. */
static int
check_output(struct run *run, const char *path, char **inputs, int ninputs)
{
	char head[sizeof BEQ_INDEX_MAGIC - 1];
	struct stat st;
	ssize_t n = -1;
	int fd, e = 0;

	/* one that cannot be looked up is new, or in a directory that
	 * out_open finds wrong */
	if (stat(path, &st) == -1)
		return check_inputs(run, inputs, ninputs, path);
	if (S_ISDIR(st.st_mode)) {
		warnx("index: %s: is a directory; give -o a file name", path);
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		/* rename(2) would replace the node itself */
		warnx("index: %s: not a regular file; not replaced", path);
		return -1;
	}
	run->out_exists = 1;
	run->out_dev = st.st_dev;
	run->out_ino = st.st_ino;
	run->out_mode = st.st_mode & 0777;
	if (check_inputs(run, inputs, ninputs, path) == -1)
		return -1;
	if (st.st_size == 0) {
		run->out_replaceable = 1;
		return 0;
	}
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) != -1) {
		do
			n = read(fd, head, sizeof head);
		while (n < 0 && errno == EINTR);
		e = errno;
		close(fd);
	} else
		e = errno;
	run->out_replaceable = n == (ssize_t)sizeof head &&
	    memcmp(head, BEQ_INDEX_MAGIC, sizeof head) == 0;
	if (run->out_replaceable || run->force)
		return 0;
	if (n < 0)
		warnx("index: %s: cannot tell whether it is a beq index (%s); "
		      "use --force to replace it",
		    path, strerror(e));
	else
		warnx("index: %s: not a beq index; use --force to replace it",
		    path);
	return -1;
}

int
cmd_index(int argc, char **argv, struct options *o)
{
	static const struct option longopts[] = {
		CLI_GLOBAL_LONG,
		{ "output", required_argument, NULL, 'o' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "max-file-size", required_argument, NULL, OPT_MAX_FILE },
		{ "max-archive-size", required_argument, NULL,
		    OPT_MAX_ARCHIVE },
		{ "max-members", required_argument, NULL, OPT_MAX_MEMBERS },
		{ "force", no_argument, NULL, OPT_FORCE },
		{ "explain", no_argument, NULL, OPT_EXPLAIN },
		{ "questions", required_argument, NULL, OPT_QUESTIONS },
		{ "warnings", required_argument, NULL, OPT_WARNINGS },
		{ NULL, 0, NULL, 0 },
	};
	struct run run = { 0 };
	unsigned long long num;
	uint64_t v;

	run.lim.max_file = BEQ_MAX_FILE_BYTES;
	run.lim.max_total = BEQ_MAX_ARCHIVE_BYTES;
	run.lim.max_members = BEQ_MAX_MEMBERS;
	struct index_progress told = { indexed, writing, NULL };
	struct out out = { .fd = -1, .spill = -1 };
	struct index_sink sink = { put_fd, &out };
	const char *output = NULL, *delay;
	char err[BEQ_ERR_MAX];
	uint64_t size, run_bytes = 0;
	int c, i, rc = 2, explain = 0, output_cfg = 0;
	int warn_mode = PROGRESS_WARN_AUTO;

	while ((c = cli_getopt(
	            o, argc, argv, CLI_GLOBAL_SHORT "o:q", longopts)) != -1) {
		if (c == 'o') {
			output = optarg;
			output_cfg = o->opt_line != 0;
		} else if (c == 'q')
			run.quiet = 1;
		else if (c == OPT_FORCE)
			run.force = 1;
		else if (c == OPT_EXPLAIN)
			explain = 1;
		else if (c == OPT_QUESTIONS) {
			run.layout = corpus_layout_parse(
			    optarg, strlen(optarg));
			if (run.layout < 0)
				return cli_usage_error(o,
				    "--questions: '%s' is none of h1 to h6, "
				    "list, details, paragraphs, auto",
				    optarg);
		} else if (c == OPT_WARNINGS) {
			if (strcmp(optarg, "all") == 0)
				warn_mode = PROGRESS_WARN_ALL;
			else if (strcmp(optarg, "summary") == 0)
				warn_mode = PROGRESS_WARN_SUMMARY;
			else if (strcmp(optarg, "auto") != 0)
				return cli_usage_error(o,
				    "--warnings: '%s' is none of all, summary, "
				    "auto",
				    optarg);
		} else if (c == OPT_MAX_FILE || c == OPT_MAX_ARCHIVE ||
		    c == OPT_MAX_MEMBERS) {
			if (c == OPT_MAX_MEMBERS) {
				rc = cli_number(optarg, UINT64_MAX, &num);
				v = num;
			} else
				rc = size_parse(optarg, &v);
			if (rc == -1 || v == 0)
				return cli_usage_error(o,
				    "--%s: '%s' is not a %s",
				    c == OPT_MAX_FILE ? "max-file-size" :
				        c == OPT_MAX_ARCHIVE ?
				                        "max-archive-size" :
				                        "max-members",
				    optarg,
				    c == OPT_MAX_MEMBERS ? "positive number" :
				                           "size (like 64M)");
			if (c == OPT_MAX_FILE)
				run.lim.max_file = v;
			else if (c == OPT_MAX_ARCHIVE)
				run.lim.max_total = v;
			else
				run.lim.max_members = v;
			rc = 2;
		} else if ((c = cli_global(o, c, argv)) != 0)
			return c == 1 ? 0 : c;
	}
	if (output != NULL && output[0] == '\0')
		return cli_usage_error(o, "-o: the file name is empty");
	for (i = optind; i < argc; i++)
		if (argv[i][0] == '\0')
			return cli_usage_error(o,
			    "input %d: the file name is empty", i - optind + 1);
	/* the config file's -o is a default for building, unused here */
	if (explain && output != NULL && output_cfg)
		output = NULL;
	if (explain && output != NULL)
		return cli_usage_error(o, "--explain writes no index: no -o");
	if (explain && optind >= argc)
		return cli_usage_error(o, "--explain: no file given");
	if (explain)
		return index_explain(
		    o, run.layout, argv + optind, argc - optind);
	if (output == NULL)
		return cli_usage_error(o, "no output file given (-o FILE)");
	if (optind >= argc)
		return cli_usage_error(o,
		    "no input given (files, directories "
		    "or - for stdin)");
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);
	signal(SIGHUP, on_signal);
#if defined(__GLIBC__) && defined(M_TOP_PAD)
	/* glibc grows the heap of a thread by what it needs at the time,
	 * with an mprotect each: 26,000 of them (and the faults that waited
	 * on their lock) were a fifth of parsing the 100 MB corpus. Padded,
	 * a heap (64 MiB at most) grows at once; only the pages used are
	 * touched. */
	mallopt(M_TOP_PAD, BEQ_MALLOC_TOP_PAD);
#endif
	if (check_output(&run, output, argv + optind, argc - optind) == -1 ||
	    out_open(&out, output) == -1)
		goto out;
	/* a file replaced keeps its permissions (a private index stays
	 * private); a new one has what the umask leaves of 0666, as any
	 * file made with open(2) (0644 always made notes readable to
	 * all) */
	if (run.out_exists)
		out.mode = run.out_mode;
	else {
		out.mode = umask(0);
		umask(out.mode);
		out.mode = 0666 & ~out.mode;
	}
	/* a line on a terminal, once the work runs long; warnings past a
	 * screenful counted by kind there (src/cli/progress.c) */
	progress_start(&run.progress, STDERR_FILENO,
	    progress_wanted(STDERR_FILENO, run.quiet), warn_mode, run.quiet,
	    steps);
	/* for tests only (tests/progress-term.sh): the steps after the
	 * reading slowed down, so that a screen read 10 times a second sees
	 * them; not for users, so not in the man page */
	if ((delay = getenv("BEQ_TEST_STEP_DELAY_MS")) != NULL &&
	    cli_number(delay, 1000, &num) == 0)
		run.progress.step_delay_ns = (long)num * 1000000L;
	/* for tests only: the bytes of a run of posting lists before it
	 * is spilled (man/beq.1, ENVIRONMENT) */
	if ((delay = getenv("BEQ_INDEX_RUN_SIZE")) != NULL &&
	    (size_parse(delay, &run_bytes) == -1 || run_bytes > SIZE_MAX))
		run_bytes = 0;
	told.ctx = &run.progress;
	progress_count(
	    &run.progress, argv + optind, argc - optind, wanted, &run);
	shown = &run.progress;
	out.progress = &run.progress;
	run.output = output;
	run.writer = index_writer_new(
	    &sink, out.spill, (size_t)run_bytes, &told);
	for (i = optind; i < argc; i++)
		walk(argv[i], &reading, &run);
	flush(&run, 1);
	index_wait(&run);
	progress_summary(&run.progress);
	if (run.fatal)
		goto out;
	if (run.errors > 0) {
		progress_printf(&run.progress,
		    "index: %zu input%s could not be read; %s not written",
		    run.errors, run.errors == 1 ? "" : "s", output);
		goto out;
	}
	if (run.files == 0 && run.warnings == 0) {
		/* directories and archives hold other files too: that none
		 * was markdown is the news, not that none asked (a file
		 * skipped, or not read, was warned about) */
		progress_printf(&run.progress,
		    "index: no markdown files found in the input (*.md, "
		    "*.markdown); %s not written",
		    output);
		goto out;
	}
	if (run.nrecords == 0) {
		progress_printf(&run.progress,
		    "index: no questions found in the input; %s not written",
		    output);
		goto out;
	}
	progress_phase(&run.progress, STEP_INDEX, run.nrecords);
	if (index_writer_finish(
	        run.writer, &run.corpus, &size, err, sizeof err) == -1) {
		progress_printf(&run.progress, "index: %s: %s", output, err);
		goto out;
	}
	if (out_finish(&out) == -1)
		goto out;
	progress_end(&run.progress);
	if (!run.quiet)
		warnx("index: %zu file%s, %zu record%s, %zu warning%s -> %s",
		    run.files, run.files == 1 ? "" : "s", (size_t)run.nrecords,
		    run.nrecords == 1 ? "" : "s", run.warnings,
		    run.warnings == 1 ? "" : "s", output);
	rc = 0;
out:
	/* no temp file is left when nothing was written (and the writer
	 * is done) */
	index_wait(&run);
	out_abandon(&out);
	index_writer_free(run.writer);
	shown = NULL;
	progress_end(&run.progress);
	/* the threads may still read texts that the corpus frees */
	batch_wait(&run.parsing);
	batch_clear(&run.parsing);
	batch_clear(&run.batch);
	corpus_free(&run.corpus);
	corpus_free(&run.indexing.c);
	for (i = 0; (size_t)i + run.regions.head < run.regions.n; i++)
		free(run.regions.p[run.regions.head + (size_t)i]);
	free(run.regions.p);
	while (run.nspare > 0)
		free(run.spare[--run.nspare]);
	free(run.regions.files);
	archive_unload();
	md_unload();
	return rc;
}
