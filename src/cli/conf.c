/* The configuration file: lines of options, read into arguments. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "conf.h"
#include "utf8.h"
#include "util.h"

static int
blank(char c)
{
	return c == ' ' || c == '\t';
}

/* Turns "OPTION VALUE" into one argument as getopt takes it: "--opt=VALUE"
 * or "-oVALUE"; an option alone stays as it is. */
static char *
argument(const char *s, size_t n, int *joined, char *err, size_t errsize)
{
	size_t k = 0, v;

	*joined = 0;
	while (k < n && !blank(s[k]))
		k++;
	if (k < 2 || s[0] != '-' || (k == 2 && s[1] == '-')) {
		errorf(err, errsize, "'%.*s' is not an option", (int)k, s);
		return NULL;
	}
	if (k == n)
		return xstrndup(s, n);
	for (v = k; v < n && blank(s[v]); v++)
		;
	if (s[1] == '-') {
		struct buf b = { 0 };

		if (memchr(s, '=', k) != NULL) {
			errorf(err, errsize,
			    "'%.*s': an option with '=' takes no more", (int)n,
			    s);
			return NULL;
		}
		buf_add(&b, s, k);
		buf_addc(&b, '=');
		buf_add(&b, s + v, n - v);
		return buf_take(&b);
	}
	if (k != 2) {
		errorf(
		    err, errsize, "'%.*s': write one option a line", (int)n, s);
		return NULL;
	}
	{
		char *a = xmalloc(2 + n - v + 1);

		*joined = 1;
		memcpy(a, s, 2);
		memcpy(a + 2, s + v, n - v);
		a[2 + n - v] = '\0';
		return a;
	}
}

static int
parse_line(struct conf *c, const char *s, size_t n, unsigned line, char *err,
    size_t errsize)
{
	char msg[BEQ_ERR_MAX];
	size_t k = 0;
	char *cmd = NULL, *arg;
	int joined;

	while (n > 0 && (blank(s[n - 1]) || s[n - 1] == '\r'))
		n--;
	while (n > 0 && blank(*s))
		s++, n--;
	if (n == 0 || s[0] == '#')
		return 0;
	if (s[0] != '-') {
		while (k < n &&
		    ((s[k] >= 'a' && s[k] <= 'z') ||
		        (s[k] >= 'A' && s[k] <= 'Z')))
			k++;
		if (k == 0 || k == n || !blank(s[k]))
			return errorf(err, errsize,
			    "%u: '%.*s' is neither an option nor a command "
			    "and an option",
			    line, (int)n, s);
		cmd = xstrndup(s, k);
		while (k < n && blank(s[k]))
			k++;
	}
	if ((arg = argument(s + k, n - k, &joined, msg, sizeof msg)) == NULL) {
		free(cmd);
		return errorf(err, errsize, "%u: %s", line, msg);
	}
	c->args = xreallocarray(c->args, c->n + 1, sizeof *c->args);
	c->args[c->n].cmd = cmd;
	c->args[c->n].arg = arg;
	c->args[c->n].line = line;
	c->args[c->n].joined = joined;
	c->n++;
	return 0;
}

int
conf_parse(
    struct conf *c, const char *data, size_t n, char *err, size_t errsize)
{
	size_t a, bad;
	unsigned line = 1;

	memset(c, 0, sizeof *c);
	if (n > CONF_MAX_BYTES)
		return errorf(
		    err, errsize, "larger than 64 KiB: not a config file");
	if (n > 0 &&
	    (memchr(data, '\0', n) != NULL || !utf8_valid(data, n, &bad)))
		return errorf(err, errsize,
		    "not a text file (NUL byte or invalid "
		    "UTF-8)");
	/* a byte order mark, as editors on some systems write */
	a = n >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
	for (; a < n; line++) {
		const char *nl = memchr(data + a, '\n', n - a);
		size_t e = nl != NULL ? (size_t)(nl - data) : n;

		if (parse_line(c, data + a, e - a, line, err, errsize) == -1) {
			conf_free(c);
			return -1;
		}
		a = e + 1;
	}
	return 0;
}

int
conf_load(
    struct conf *c, const char *path, int must_exist, char *err, size_t errsize)
{
	struct buf b = { 0 };
	char chunk[4096];
	ssize_t r;
	int fd, rc;

	memset(c, 0, sizeof *c);
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1) {
		if (errno == ENOENT && !must_exist)
			return 0;
		return errorf(err, errsize, "%s", strerror(errno));
	}
	while ((r = read(fd, chunk, sizeof chunk)) != 0) {
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0 || b.len + (size_t)r > CONF_MAX_BYTES) {
			errorf(err, errsize, "%s",
			    r < 0 ? strerror(errno) :
			            "larger than 64 KiB: not a config file");
			close(fd);
			buf_free(&b);
			return -1;
		}
		buf_add(&b, chunk, (size_t)r);
	}
	close(fd);
	rc = conf_parse(c, b.data, b.len, err, errsize);
	buf_free(&b);
	if (rc == 0)
		c->path = xstrdup(path);
	return rc;
}

void
conf_free(struct conf *c)
{
	size_t i;

	for (i = 0; i < c->n; i++) {
		free(c->args[i].cmd);
		free(c->args[i].arg);
	}
	free(c->args);
	free(c->path);
	memset(c, 0, sizeof *c);
}
