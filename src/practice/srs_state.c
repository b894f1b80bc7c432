/* The state file of beq quiz: parsing with line-numbered errors, atomic
 * writes (temp file, fsync, rename), and setting a corrupt file aside. */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "config.h"
#include "srs_state.h"
#include "util.h"

#define MAGIC "beq-quiz-state"
#define VERSION 1

/* Reads the whole file; returns 0, 1 when it does not exist, 2 when it is
 * too large, or -1 with err set. */
static int
slurp(const char *path, struct buf *b, char *err, size_t errsz)
{
	char chunk[65536];
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t r;

	if (fd == -1) {
		if (errno == ENOENT)
			return 1;
		return errorf(err, errsz, "%s", strerror(errno));
	}
	for (;;) {
		r = read(fd, chunk, sizeof chunk);
		if (r == -1 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		if (b->len + (size_t)r > BEQ_STATE_MAX_BYTES) {
			close(fd);
			return 2;
		}
		buf_add(b, chunk, (size_t)r);
	}
	if (r == -1) {
		errorf(err, errsz, "%s", strerror(errno));
		close(fd);
		return -1;
	}
	close(fd);
	return 0;
}

/* Parses a decimal in [min, max] that ends at a blank or the line's end;
 * advances *p past it and one blank. */
static int
number(const char **p, long long min, long long max, long long *v)
{
	const char *s = *p;
	int neg = *s == '-';
	unsigned long long n = 0;

	s += neg;
	if (*s < '0' || *s > '9')
		return -1;
	for (; *s >= '0' && *s <= '9'; s++) {
		if (n > (ULLONG_MAX - 9) / 10)
			return -1;
		n = n * 10 + (unsigned)(*s - '0');
	}
	if (*s != ' ' && *s != '\0')
		return -1;
	if (n > (unsigned long long)LLONG_MAX)
		return -1;
	*v = neg ? -(long long)n : (long long)n;
	if (*v < min || *v > max)
		return -1;
	*p = *s == ' ' ? s + 1 : s;
	return 0;
}

static int
hexkey(const char **p, uint64_t *key)
{
	const char *s = *p;
	int i;

	*key = 0;
	for (i = 0; i < 16; i++, s++) {
		int d;

		if (*s >= '0' && *s <= '9')
			d = *s - '0';
		else if (*s >= 'a' && *s <= 'f')
			d = *s - 'a' + 10;
		else
			return -1;
		*key = *key << 4 | (uint64_t)d;
	}
	if (*s != ' ')
		return -1;
	*p = s + 1;
	return 0;
}

/* Parses one card line (NUL-terminated); returns a reason, or NULL. */
static const char *
card_line(const char *s, struct srs_card *c)
{
	static const struct {
		const char *name;
		long long min, max;
	} f[] = {
		{ "due time", INT32_MIN * 1024ll, INT32_MAX * 1024ll },
		{ "review time", INT32_MIN * 1024ll, INT32_MAX * 1024ll },
		{ "interval", 0, BEQ_SRS_MAX_SECONDS },
		{ "ease", 1, BEQ_SRS_EASE_MAX },
		{ "repetition count", 0, UINT32_MAX },
		{ "lapse count", 0, UINT32_MAX },
		{ "last grade", 0, SRS_EASY },
	};
	long long v[7];
	size_t i;

	if (hexkey(&s, &c->key) == -1)
		return "bad key (want 16 lower-case hex digits)";
	for (i = 0; i < 7; i++) {
		if (*s == '\0')
			return "too few fields";
		if (number(&s, f[i].min, f[i].max, &v[i]) == -1)
			return f[i].name;
	}
	if (*s != '\0')
		return "too many fields";
	c->due = v[0];
	c->reviewed = v[1];
	c->interval = (uint32_t)v[2];
	c->ease = (uint32_t)v[3];
	c->reps = (uint32_t)v[4];
	c->lapses = (uint32_t)v[5];
	c->last = (uint32_t)v[6];
	return NULL;
}

int
srs_state_parse(
    const char *data, size_t n, struct srs_deck *d, char *err, size_t errsz)
{
	struct buf b = { 0 };
	char *line, *next;
	size_t lineno = 0;
	long version;
	int rc;

	d->n = 0;
	if (n > BEQ_STATE_MAX_BYTES) {
		errorf(err, errsz, "larger than %u bytes", BEQ_STATE_MAX_BYTES);
		return SRS_STATE_CORRUPT;
	}
	if (n > 0 && memchr(data, '\0', n) != NULL) {
		errorf(err, errsz, "a NUL byte");
		return SRS_STATE_CORRUPT;
	}
	if (n == 0 || data[n - 1] != '\n') {
		errorf(err, errsz, "%s",
		    n == 0 ? "empty" : "truncated: no newline at the end");
		return SRS_STATE_CORRUPT;
	}
	/* a NUL-terminated copy to parse in place */
	buf_add(&b, data, n);
	buf_cstr(&b);
	rc = SRS_STATE_OK;
	for (line = b.data; *line != '\0'; line = next) {
		struct srs_card c;
		const char *why;
		char *nl = strchr(line, '\n');

		*nl = '\0';
		next = nl + 1;
		lineno++;
		if (lineno == 1) {
			char *end;

			if (strncmp(line, MAGIC " ", sizeof MAGIC) != 0) {
				rc = errorf(err, errsz,
				    "line 1: no '" MAGIC "' version line");
				break;
			}
			errno = 0;
			version = strtol(line + sizeof MAGIC, &end, 10);
			if (end == line + sizeof MAGIC || *end != '\0' ||
			    errno == ERANGE) {
				rc = errorf(err, errsz,
				    "line 1: bad version '%s'",
				    line + sizeof MAGIC);
				break;
			}
			if (version != VERSION) {
				errorf(err, errsz,
				    "state format version %ld; this beq "
				    "reads version %d",
				    version, VERSION);
				rc = SRS_STATE_ERROR;
				break;
			}
			continue;
		}
		if (line[0] == '#')
			continue;
		memset(&c, 0, sizeof c);
		if ((why = card_line(line, &c)) != NULL) {
			rc = errorf(err, errsz, "line %zu: %s", lineno, why);
			break;
		}
		/* any order will do (a person may have edited the file),
		 * but one line per key */
		if (srs_find(d, c.key) != NULL) {
			rc = errorf(
			    err, errsz, "line %zu: repeated key", lineno);
			break;
		}
		*srs_add(d, c.key) = c;
	}
	buf_free(&b);
	if (rc == -1)
		rc = SRS_STATE_CORRUPT;
	if (rc != SRS_STATE_OK)
		d->n = 0;
	return rc;
}

int
srs_state_load(const char *path, struct srs_deck *d, char *err, size_t errsz)
{
	struct buf b = { 0 };
	int rc;

	d->n = 0;
	rc = slurp(path, &b, err, errsz);
	if (rc != 0) {
		buf_free(&b);
		if (rc == 2) {
			errorf(err, errsz, "larger than %u bytes",
			    BEQ_STATE_MAX_BYTES);
			return SRS_STATE_CORRUPT;
		}
		return rc == 1 ? SRS_STATE_MISSING : SRS_STATE_ERROR;
	}
	rc = srs_state_parse(b.data, b.len, d, err, errsz);
	buf_free(&b);
	return rc;
}

void
srs_state_format(const struct srs_deck *d, const char *comment, struct buf *out)
{
	size_t i;

	buf_printf(out, MAGIC " %d\n", VERSION);
	buf_adds(out, "# key due reviewed interval ease reps lapses last\n");
	if (comment != NULL) {
		buf_adds(out, "# ");
		for (i = 0; comment[i] != '\0'; i++)
			buf_addc(out, comment[i] == '\n' ? ' ' : comment[i]);
		buf_addc(out, '\n');
	}
	for (i = 0; i < d->n; i++) {
		const struct srs_card *c = &d->cards[i];

		buf_printf(out,
		    "%016" PRIx64 " %" PRId64 " %" PRId64 " %" PRIu32
		    " %" PRIu32 " %" PRIu32 " %" PRIu32 " %" PRIu32 "\n",
		    c->key, c->due, c->reviewed, c->interval, c->ease, c->reps,
		    c->lapses, c->last);
	}
}

int
srs_state_save(const char *path, const struct srs_deck *d, const char *comment,
    char *err, size_t errsz)
{
	struct buf b = { 0 }, tmp = { 0 };
	int fd, rc = -1;

	srs_state_format(d, comment, &b);
	buf_printf(&tmp, "%s.XXXXXX", path);
	buf_cstr(&tmp);
	if ((fd = mkstemp(tmp.data)) == -1) {
		errorf(err, errsz, "%s", strerror(errno));
		goto out;
	}
	if (write_all(fd, b.data, b.len) == -1) {
		errorf(err, errsz, "%s", strerror(errno));
		close(fd);
		unlink(tmp.data);
		goto out;
	}
	if (commit_file(fd, tmp.data, path, 0600) == -1) {
		errorf(err, errsz, "%s", strerror(errno));
		unlink(tmp.data);
		goto out;
	}
	rc = 0;
out:
	buf_free(&tmp);
	buf_free(&b);
	return rc;
}

int
srs_state_set_aside(const char *path, char **aside, char *err, size_t errsz)
{
	struct buf name = { 0 };
	unsigned n;

	*aside = NULL;
	/* link(2) fails rather than replace an existing name, so an older
	 * corrupt file set aside is never lost; then the original goes. */
	for (n = 1; n < 10000; n++) {
		name.len = 0;
		buf_printf(&name, "%s.corrupt-%u", path, n);
		if (link(path, buf_cstr(&name)) == 0) {
			if (unlink(path) == -1) {
				errorf(err, errsz, "%s", strerror(errno));
				unlink(name.data);
				buf_free(&name);
				return -1;
			}
			*aside = buf_take(&name);
			return 0;
		}
		if (errno != EEXIST)
			break;
	}
	errorf(err, errsz, "cannot set it aside: %s",
	    n == 10000 ? "too many corrupt copies" : strerror(errno));
	buf_free(&name);
	return -1;
}

int
srs_state_mkdirs(const char *dir, char *err, size_t errsz)
{
	char *p = xstrdup(dir), *s;
	int rc = 0;

	for (s = p + 1;; s++) {
		if (*s != '/' && *s != '\0')
			continue;
		{
			char c = *s;

			*s = '\0';
			if (mkdir(p, 0700) == -1 && errno != EEXIST) {
				rc = errorf(
				    err, errsz, "%s: %s", p, strerror(errno));
				break;
			}
			*s = c;
			if (c == '\0')
				break;
		}
	}
	free(p);
	return rc;
}
