/* Markdown files parsed in parallel, a batch at a time, in input order. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch.h"
#include "corpus_md.h"
#include "util.h"

static struct batch_job *
push(struct batch *b)
{
	struct batch_job *j;

	if (b->n == b->cap) {
		b->cap = b->cap ? 2 * b->cap : 64;
		b->jobs = xreallocarray(b->jobs, b->cap, sizeof *b->jobs);
	}
	j = &b->jobs[b->n++];
	memset(j, 0, sizeof *j);
	return j;
}

void
batch_text(struct batch *b, char *name, size_t member, char *text, size_t len,
    int borrowed)
{
	struct batch_job *j = push(b);

	j->name = name;
	j->member = member;
	j->text = text;
	j->len = len;
	j->borrowed = borrowed;
	b->bytes += len;
}

void
batch_warning(struct batch *b, const char *name, const char *msg)
{
	struct batch_job *j = push(b);

	j->name = xstrdup(name);
	buf_add(&j->warnings, name, strlen(name) + 1);
	buf_add(&j->warnings, msg, strlen(msg) + 1);
	j->nwarnings = 1;
}

void
batch_error(struct batch *b, const char *name, const char *msg)
{
	batch_warning(b, name, msg);
	b->jobs[b->n - 1].error = 1;
}

static void
on_warning(void *ctx, const char *source, unsigned line, const char *msg)
{
	struct batch_job *j = ctx;

	if (line > 0)
		buf_printf(&j->warnings, "%s:%u", source, line);
	else
		buf_adds(&j->warnings, source);
	buf_addc(&j->warnings, '\0');
	buf_add(&j->warnings, msg, strlen(msg) + 1);
	j->nwarnings++;
}

static void *
work(void *arg)
{
	struct batch *b = arg;

	for (;;) {
		struct batch_job *j;
		size_t k;

		pthread_mutex_lock(&b->lock);
		k = b->next++;
		pthread_mutex_unlock(&b->lock);
		if (k >= b->n)
			return NULL;
		j = &b->jobs[k];
		if (j->text == NULL)
			continue;
		j->c.layout = b->layout;
		j->n = corpus_parse_in_place(&j->c, j->name,
		    j->name + j->member, j->text, j->len, on_warning, j, j->err,
		    sizeof j->err);
	}
}

int
batch_start(struct batch *b, int threads, int layout, char *err, size_t errsz)
{
	int k;

	b->layout = layout;
	/* md4c is loaded once, here, not by the threads at once */
	if (md_load(err, errsz) == -1)
		return -1;
	if (threads > 8)
		threads = 8;
	if (threads < 0 || (size_t)threads > b->n)
		threads = threads < 0 ? 0 : (int)b->n;
	pthread_mutex_init(&b->lock, NULL);
	b->next = 0;
	b->nth = threads;
	b->active = 1;
	for (k = 0; k < threads; k++)
		b->started[k] = pthread_create(&b->th[k], NULL, work, b) == 0;
	return 0;
}

void
batch_wait(struct batch *b)
{
	int k;

	if (!b->active)
		return;
	/* this thread takes jobs too, till none is left */
	work(b);
	for (k = 0; k < b->nth; k++)
		if (b->started[k]) {
			pthread_join(b->th[k], NULL);
			b->started[k] = 0;
		}
	pthread_mutex_destroy(&b->lock);
	b->nth = 0;
	b->active = 0;
}

int
batch_parse(struct batch *b, int threads, int layout, char *err, size_t errsz)
{
	if (batch_start(b, b->n > 1 ? threads - 1 : 0, layout, err, errsz) ==
	    -1)
		return -1;
	batch_wait(b);
	return 0;
}

void
batch_merge(struct batch_job *j, struct corpus *c)
{
	uint32_t *cat, *src;
	size_t i;

	/* each name looked up once, not hashed again per record */
	cat = xreallocarray(NULL, j->c.ncategories + 1, sizeof *cat);
	src = xreallocarray(NULL, j->c.nsources + 1, sizeof *src);
	for (i = 0; i < j->c.ncategories; i++)
		cat[i] = corpus_category(c, j->c.categories[i]);
	for (i = 0; i < j->c.nsources; i++)
		src[i] = corpus_source(c, j->c.sources[i]);
	for (i = 0; i < j->c.nrecords; i++) {
		struct corpus_record *r = &j->c.records[i], *to;

		to = corpus_record_new(c);
		to->category = cat[r->category];
		to->source = src[r->source];
		to->line = r->line;
		to->question = r->question;
		to->answer = r->answer;
		to->body = r->body;
		to->qlen = r->qlen;
		to->alen = r->alen;
		to->blen = r->blen;
		to->held = r->held;
		r->question = r->answer = r->body = NULL; /* moved */
	}
	free(cat);
	free(src);
	corpus_free(&j->c);
}

void
batch_clear(struct batch *b)
{
	size_t i;

	for (i = 0; i < b->n; i++) {
		free(b->jobs[i].name);
		if (!b->jobs[i].borrowed)
			free(b->jobs[i].text);
		corpus_free(&b->jobs[i].c);
		buf_free(&b->jobs[i].warnings);
	}
	free(b->jobs);
	memset(b, 0, sizeof *b);
}
