/* walk: the files a path names, in the order beq index reads them. */
#include <sys/stat.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "t.h"
#include "util.h"
#include "walk.h"

void test_walk_reads_a_tree_in_sorted_order(void);
void test_walk_reports_what_it_cannot_read(void);
void test_walk_stops_when_asked(void);

/* Every call, one line each: "file PATH", "top PATH", "stream PATH",
 * "error PATH: MSG"; paths relative to the tree. */
struct seen {
	struct buf log;
	size_t root; /* length of the tree's path and its '/' */
	int files; /* stop after this many, if > 0 */
	int n;
};

static const char *
rel(const struct seen *s, const char *path)
{
	return strlen(path) > s->root ? path + s->root : path;
}

static void
seen_file(void *ctx, const char *path, const struct stat *st, int top)
{
	struct seen *s = ctx;

	(void)st;
	buf_printf(&s->log, "%s %s\n", top ? "top" : "file", rel(s, path));
	s->n++;
}

static void
seen_stream(void *ctx, const char *path)
{
	struct seen *s = ctx;

	buf_printf(&s->log, "stream %s\n", rel(s, path));
}

static void
seen_error(void *ctx, const char *path, const char *msg)
{
	struct seen *s = ctx;

	buf_printf(&s->log, "error %s: %s\n", rel(s, path), msg);
}

/* markdown only */
static int
seen_filter(void *ctx, const char *path, const struct stat *st)
{
	size_t n = strlen(path);

	(void)ctx, (void)st;
	return n > 3 && strcmp(path + n - 3, ".md") == 0;
}

static int
seen_stop(void *ctx)
{
	const struct seen *s = ctx;

	return s->files > 0 && s->n >= s->files;
}

static const struct walk_ops ops = {
	.file = seen_file,
	.stream = seen_stream,
	.error = seen_error,
	.filter = seen_filter,
	.stop = seen_stop,
};

static char *
tree(void)
{
	char *p = xstrdup("/tmp/beq-unit-walk.XXXXXX");

	if (mkdtemp(p) == NULL) {
		perror(p);
		exit(2);
	}
	return p;
}

static void
put(const char *dir, const char *name)
{
	struct buf p = { 0 };
	int fd;

	buf_printf(&p, "%s/%s", dir, name);
	if ((fd = open(p.data, O_WRONLY | O_CREAT | O_TRUNC, 0644)) == -1 ||
	    write(fd, "# q?\n", 5) != 5 || close(fd) == -1) {
		perror(p.data);
		exit(2);
	}
	buf_free(&p);
}

static void
sub(const char *dir, const char *name)
{
	struct buf p = { 0 };

	buf_printf(&p, "%s/%s", dir, name);
	if (mkdir(p.data, 0755) == -1) {
		perror(p.data);
		exit(2);
	}
	buf_free(&p);
}

static void
link_to(const char *dir, const char *target, const char *name)
{
	struct buf p = { 0 };

	buf_printf(&p, "%s/%s", dir, name);
	if (symlink(target, p.data) == -1) {
		perror(p.data);
		exit(2);
	}
	buf_free(&p);
}

static void
remove_tree(const char *dir)
{
	struct buf cmd = { 0 };

	buf_printf(&cmd, "rm -rf '%s'", dir);
	if (system(cmd.data) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	buf_free(&cmd);
}

void
test_walk_reads_a_tree_in_sorted_order(void)
{
	char *d = tree();
	struct seen s = { .root = strlen(d) + 1 };

	put(d, "b.md");
	put(d, "a.md");
	put(d, "notes.txt"); /* not taken by the filter */
	put(d, ".hidden.md"); /* dot names are skipped */
	sub(d, ".git");
	put(d, ".git/x.md");
	sub(d, "c");
	put(d, "c/z.md");
	sub(d, "c/d");
	put(d, "c/d/y.md");
	link_to(d, "a.md", "l.md"); /* a link to a file is read */
	link_to(d, "c", "m"); /* a link to a directory is not followed */
	link_to(d, "nowhere.md", "n.md"); /* a dangling link is passed over */
	walk(d, &ops, &s);
	CHECK_STR(s.log.data,
	    "file a.md\n"
	    "file b.md\n"
	    "file c/d/y.md\n"
	    "file c/z.md\n"
	    "file l.md\n");
	buf_free(&s.log);

	/* named by the caller, a file is taken whatever its name, and a
	 * link to a directory is followed */
	{
		struct seen t = { .root = strlen(d) + 1 };
		struct buf p = { 0 };

		buf_printf(&p, "%s/notes.txt", d);
		walk(p.data, &ops, &t);
		buf_free(&p);
		buf_printf(&p, "%s/m", d);
		walk(p.data, &ops, &t);
		buf_free(&p);
		walk("-", &ops, &t);
		CHECK_STR(t.log.data,
		    "top notes.txt\n"
		    "file m/d/y.md\n"
		    "file m/z.md\n"
		    "stream -\n");
		buf_free(&t.log);
	}
	remove_tree(d);
	free(d);
}

void
test_walk_reports_what_it_cannot_read(void)
{
	char *d = tree();
	struct seen s = { .root = strlen(d) + 1 };
	struct buf p = { 0 };

	buf_printf(&p, "%s/missing.md", d);
	walk(p.data, &ops, &s);
	CHECK_STR(s.log.data, "error missing.md: No such file or directory\n");
	buf_free(&s.log);
	buf_free(&p);
	/* a pipe named is a stream; found in a directory, it is passed
	 * over like anything that is not a file */
	buf_printf(&p, "%s/fifo.md", d);
	if (mkfifo(p.data, 0644) == -1) {
		perror(p.data);
		exit(2);
	}
	walk(p.data, &ops, &s);
	walk(d, &ops, &s);
	CHECK_STR(s.log.data, "stream fifo.md\n");
	buf_free(&s.log);
	buf_free(&p);
	remove_tree(d);
	free(d);
}

void
test_walk_stops_when_asked(void)
{
	char *d = tree();
	struct seen s = { .root = strlen(d) + 1, .files = 2 };

	put(d, "a.md");
	put(d, "b.md");
	sub(d, "c");
	put(d, "c/c.md");
	walk(d, &ops, &s);
	CHECK_STR(s.log.data, "file a.md\nfile b.md\n");
	buf_free(&s.log);
	remove_tree(d);
	free(d);
}
