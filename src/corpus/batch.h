/* Markdown files parsed in parallel, a batch at a time, and handed back in
 * input order with their warnings: what `beq index` reads goes through
 * here. The batch owns the names and texts given to it. */
#ifndef BEQ_BATCH_H
#define BEQ_BATCH_H

#include <pthread.h>
#include <stddef.h>

#include "buf.h"
#include "corpus.h"
#include "util.h"

struct batch_job {
	char *name;
	size_t member; /* where in name the file's own name starts */
	char *text; /* NULL: the job is a warning (or error) about name */
	int error; /* the warning is an error: name could not be read */
	size_t len;
	int borrowed; /* text is not the job's to free */
	/* after batch_parse */
	struct corpus c;
	long n; /* records, or -1 (err says why) */
	char err[BEQ_ERR_MAX];
	struct buf warnings; /* each "NAME:LINE" (or NAME), NUL, MSG, NUL */
	size_t nwarnings;
};

struct batch {
	struct batch_job *jobs;
	size_t n, cap;
	size_t bytes; /* of text held */
	/* while batch_start's threads parse it */
	pthread_mutex_t lock;
	pthread_t th[8];
	int started[8], nth, active;
	size_t next; /* the next job a thread takes */
	int layout; /* every file's layout (enum corpus_layout) */
};

/* Queues a file to parse; takes name and text (malloc'ed), or, when
 * borrowed, only name: text then stays the caller's, unchanged till the
 * batch is parsed. The file's own name (for its fallback category)
 * starts at name + member: past "bank.tgz:" for an archive member, else
 * 0. */
void batch_text(struct batch *b, char *name, size_t member, char *text,
    size_t len, int borrowed);
/* Queues a warning about name, to be reported in its turn. */
void batch_warning(struct batch *b, const char *name, const char *msg);
/* The same for an error: name could not be read. */
void batch_error(struct batch *b, const char *name, const char *msg);
/* Parses every queued file, threads at a time, each in the layout given
 * (CORPUS_AUTO: its own). Returns 0, or -1 with err set when markdown
 * cannot be parsed at all (md4c missing). */
int
batch_parse(struct batch *b, int threads, int layout, char *err, size_t errsz);
/* Like batch_parse, but in threads of its own: returns once they are
 * started (the caller reads the next batch meanwhile); batch_wait takes
 * the jobs left in this thread and waits for the threads. */
int
batch_start(struct batch *b, int threads, int layout, char *err, size_t errsz);
void batch_wait(struct batch *b);
/* Appends job j's records to c, in order, and empties the job. */
void batch_merge(struct batch_job *j, struct corpus *c);
/* Frees every job and empties the batch (safe on a zeroed struct). */
void batch_clear(struct batch *b);

#endif
