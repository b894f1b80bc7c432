/* beq index --explain FILE...: how the reader took each heading and each
 * question of the files, and why, so that the author of a bank can see
 * why a question was missed or invented. Writes no index. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "cli.h"
#include "cmds.h"
#include "corpus.h"
#include "json.h"
#include "util.h"

struct explain {
	struct options *o;
	const char *source;
	size_t questions;
};

static void
on_explain(void *ctx, unsigned line, const char *what, const char *text,
    const char *reading)
{
	struct explain *e = ctx;
	struct buf *out = &e->o->out;

	e->questions += strncmp(reading, "question", 8) == 0;
	if (e->o->json) {
		buf_adds(out, "{\"source\":");
		json_string(out, e->source, strlen(e->source));
		buf_printf(out, ",\"line\":%u,\"block\":", line);
		json_string(out, what, strlen(what));
		buf_adds(out, ",\"text\":");
		json_string(out, text, strlen(text));
		buf_adds(out, ",\"reading\":");
		json_string(out, reading, strlen(reading));
		buf_adds(out, "}\n");
	} else {
		buf_printf(out, "%s:%u: %s \"", e->source, line, what);
		/* one line a block: its text's line breaks are spaces */
		for (const char *p = text; *p != '\0'; p++)
			buf_addc(out, *p == '\n' || *p == '\t' ? ' ' : *p);
		buf_printf(out, "\": %s\n", reading);
	}
	if (out->len >= 65536)
		cli_flush(e->o);
}

static void
on_warning(void *ctx, const char *source, unsigned line, const char *msg)
{
	(void)ctx;
	if (line > 0)
		warnx("%s:%u: %s", source, line, msg);
	else
		warnx("%s: %s", source, msg);
}

/* Reads all of fd into b. Returns 0, or -1 with errno set. */
static int
read_all(int fd, struct buf *b)
{
	for (;;) {
		ssize_t n;

		buf_grow(b, 65536);
		n = read(fd, b->data + b->len, b->cap - b->len);
		if (n == 0)
			return 0;
		if (n < 0 && errno != EINTR)
			return -1;
		if (n > 0)
			b->len += (size_t)n;
	}
}

int
index_explain(struct options *o, int layout, char **paths, int n)
{
	struct explain e = { .o = o };
	int i, rc = 0;

	for (i = 0; i < n && rc != 2; i++) {
		struct corpus c = { 0 };
		struct buf text = { 0 };
		char err[BEQ_ERR_MAX];
		int fd = strcmp(paths[i], "-") == 0 ? STDIN_FILENO :
		                                      open(paths[i], O_RDONLY);

		e.source = fd == STDIN_FILENO ? "<stdin>" : paths[i];
		c.layout = layout;
		if (fd == -1 || read_all(fd, &text) == -1) {
			warnx("index: %s: %s%s", paths[i], strerror(errno),
			    errno == EISDIR ? " (--explain reads files, not "
			                      "directories)" :
			                      "");
			rc = 2;
		} else if (corpus_explain(&c, e.source, e.source, text.data,
		               text.len, on_explain, on_warning, &e, err,
		               sizeof err) < 0) {
			warnx("index: %s: %s", e.source, err);
			rc = 2;
		}
		if (fd > STDIN_FILENO)
			close(fd);
		buf_free(&text);
		corpus_free(&c);
	}
	if (cli_finish(o) != 0)
		return 2;
	return rc != 0 ? rc : e.questions > 0 ? 0 : 1;
}
