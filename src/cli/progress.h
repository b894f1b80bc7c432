/* Long work as cargo, rsync and pv show it: a progress line on stderr,
 * redrawn in place while the work runs, and warnings that a person can
 * read (the first few, then a count per kind). beq index uses it, and so
 * must any command that indexes. The caller owns struct progress; strings
 * given to it are copied. */
#ifndef BEQ_PROGRESS_H
#define BEQ_PROGRESS_H

#include <sys/stat.h>

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "strmap.h"

/* --warnings=WHEN: every warning, or the first few and a count per kind;
 * auto is the count on a terminal, every one elsewhere (CI, logs). */
enum { PROGRESS_WARN_AUTO, PROGRESS_WARN_ALL, PROGRESS_WARN_SUMMARY };

/* What the line says. */
struct progress_counts {
	uint64_t files, bytes, records;
	uint64_t total_files, total_bytes; /* 0: not known */
	double rate; /* bytes a second, < 0 when not known yet */
	const char *phase; /* once reading is done, what is, or NULL */
	double phase_secs; /* how long the phase has run */
};

/* Samples of a count over time, for its rate over the last seconds. */
enum { PROGRESS_SAMPLES = 32 };
struct progress_rate {
	double t[PROGRESS_SAMPLES];
	uint64_t v[PROGRESS_SAMPLES];
	unsigned n, next;
};

/* Warnings of one kind that were not printed. */
struct progress_kind {
	size_t count;
	char *first; /* where the first of them was: "a.md:66" */
};

struct progress {
	int fd; /* where the line and the warnings go: stderr */
	int draw; /* a line is drawn (progress_start said so) */
	int summary; /* past the first warnings, count them by kind */
	int quiet; /* warnings are counted, not printed (-q) */
	/* what the line counts: written by the caller's thread, read by
	 * the one that draws */
	atomic_uint_least64_t files, bytes, records;
	atomic_uint_least64_t total_files, total_bytes;
	atomic_int total; /* PROGRESS_TOTAL_* */
	atomic_int phase; /* an index into the phases given, 0 for none */
	/* the thread that draws, and the one that counts the total */
	pthread_t drawer, counter;
	int drawing, counting;
	pthread_mutex_t lock; /* around the line and what is written */
	pthread_cond_t wake;
	int stop;
	atomic_int shown; /* the line is on the screen */
	double start, phase_start;
	struct progress_rate rate;
	const char *phases[4];
	/* the inputs the counter walks, and what it asks of a file */
	char **paths;
	int npaths;
	int (*wanted)(void *ctx, const char *path, const struct stat *st);
	void *ctx;
	/* the warnings */
	size_t warnings, printed;
	char **kinds; /* each kind's text (keys of map) */
	struct progress_kind *kind;
	size_t nkinds, cap;
	struct strmap map;
};

enum { PROGRESS_TOTAL_COUNTING, PROGRESS_TOTAL_KNOWN, PROGRESS_TOTAL_NONE };

/* Returns whether a progress line may be drawn on fd: it is a terminal,
 * TERM is not "dumb", and quiet is not set. */
int progress_wanted(int fd, int quiet);

/* Sets p up to report on fd: warnings as warn_mode says (quiet: none),
 * and the line when draw is set (progress_wanted), drawn from half a
 * second on, at most ten times a second, by a thread of its own. phases
 * (up to 3, NULL-ended, may be NULL) name what follows the reading, for
 * progress_phase. */
void progress_start(struct progress *p, int fd, int draw, int warn_mode,
    int quiet, const char *const *phases);

/* Counts the files and bytes that the paths hold, in a thread of its own,
 * for the line's total: directories are walked (names starting with '.'
 * skipped, links to directories not followed) for the files that wanted
 * accepts; "-", a pipe or a device has no total. paths are borrowed till
 * progress_end. Does nothing when no line is drawn. */
void progress_count(struct progress *p, char **paths, int n,
    int (*wanted)(void *ctx, const char *path, const struct stat *st),
    void *ctx);

/* The inputs have no total that can be known (an archive: its members
 * are counted as they are read). */
void progress_no_total(struct progress *p);

/* A file of bytes read; records found. Cheap: an atomic add. */
void progress_file(struct progress *p, uint64_t bytes);
void progress_records(struct progress *p, uint64_t n);

/* The reading is done: phases[k - 1] is what is done now (0: none). */
void progress_phase(struct progress *p, int k);

/* Prints "beq: ", the formatted message and a newline, as warnx does, the
 * line taken away first (it comes back at the next redraw): for errors,
 * which are always printed. */
void progress_printf(struct progress *p, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* A warning at where (FILE:LINE or FILE): printed as "beq: WHERE: MSG",
 * or, past the first few in summary mode, counted by kind. */
void progress_warning(struct progress *p, const char *where, const char *msg);

/* Prints a line per kind of warning not printed, with its count and the
 * first one's place, and how to see them all; nothing when every warning
 * was printed. */
void progress_summary(struct progress *p);

/* Stops the threads, takes the line away and frees what p holds (safe on
 * a zeroed struct, and more than once). */
void progress_end(struct progress *p);

/* For a signal handler: takes the line away with write(2) only. */
void progress_erase(struct progress *p);

/* The parts, for the tests. */

/* "16,314" */
void progress_thousands(uint64_t n, char *buf, size_t size);
/* "900 B", "512 KiB", "64.1 MiB", "1.0 GiB": one decimal under 100. */
void progress_bytes(uint64_t n, char *buf, size_t size);
/* "read/total UNIT" in the unit of total: "512/1,024 MiB", "0.5/1.0 GiB" */
void progress_bytes_of(uint64_t n, uint64_t total, char *buf, size_t size);
/* "8s", "1m05s", "2h03m" (seconds rounded up) */
void progress_duration(double secs, char *buf, size_t size);
/* The line for c, cut to width - 1 columns (it is ASCII). */
void progress_line(
    const struct progress_counts *c, int width, char *buf, size_t size);
/* Adds a sample: v at time t (seconds, increasing). */
void progress_rate_add(struct progress_rate *r, double t, uint64_t v);
/* The rate over the samples of the last BEQ_PROGRESS_WINDOW seconds, or
 * -1 when they span too little time to tell. */
double progress_rate_get(const struct progress_rate *r);
/* A warning's kind: msg without its bracketed details that hold a digit
 * ("(here and on 3 more lines)"), into out (emptied first). */
void progress_kind(const char *msg, struct buf *out);
/* The summary lines, without "beq: ", each ending in a newline. */
void progress_summary_text(const struct progress *p, struct buf *out);

#endif
