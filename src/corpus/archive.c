/* Archives as inputs of `beq index`, through libarchive loaded with
 * dlopen. The loaded library is process state by nature: one handle,
 * loaded once, unloaded by archive_unload. */
#include <dlfcn.h>
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <archive.h>
#include <archive_entry.h>

#include "archive_io.h"
#include "buf.h"
#include "size.h"
#include "util.h"

#ifndef BEQ_LIBARCHIVE
#define BEQ_LIBARCHIVE "libarchive.so.13"
#endif

/* libarchive's functions, looked up by archive_load() */
static struct libarchive {
	void *handle;
	struct archive *(*read_new)(void);
	int (*support_filter_all)(struct archive *);
	int (*support_format_by_code)(struct archive *, int);
	int (*format)(struct archive *);
	int (*read_open)(struct archive *, void *, archive_open_callback *,
	    archive_read_callback *, archive_close_callback *);
	int (*next_header)(struct archive *, struct archive_entry **);
	la_ssize_t (*read_data)(struct archive *, void *, size_t);
	int (*read_free)(struct archive *);
	const char *(*error_string)(struct archive *);
	const char *(*entry_pathname)(struct archive_entry *);
	const char *(*entry_pathname_utf8)(struct archive_entry *);
	__LA_MODE_T (*entry_filetype)(struct archive_entry *);
	int (*set_seek)(struct archive *, archive_seek_callback *);
} la;

int
archive_load(char *err, size_t errsz)
{
#define SYM(name, field) \
	{ \
		name, offsetof(struct libarchive, field) \
	}
	/* names in arrays, not pointers: pointers would cost every run of
	 * beq a relocation each, index or not */
	static const struct {
		char name[40];
		size_t off; /* of the function pointer in la */
	} syms[] = {
		SYM("archive_read_new", read_new),
		SYM("archive_read_support_filter_all", support_filter_all),
		SYM("archive_read_support_format_by_code",
		    support_format_by_code),
		SYM("archive_format", format),
		SYM("archive_read_open", read_open),
		SYM("archive_read_next_header", next_header),
		SYM("archive_read_data", read_data),
		SYM("archive_read_free", read_free),
		SYM("archive_error_string", error_string),
		SYM("archive_entry_pathname", entry_pathname),
		SYM("archive_entry_pathname_utf8", entry_pathname_utf8),
		SYM("archive_entry_filetype", entry_filetype),
		SYM("archive_read_set_seek_callback", set_seek),
	};
#undef SYM
	size_t i;

	if (la.handle != NULL)
		return 0;
	la.handle = dlopen(BEQ_LIBARCHIVE, RTLD_NOW | RTLD_LOCAL);
	if (la.handle == NULL)
		return errorf(err, errsz,
		    "cannot read archives: %s (install libarchive)", dlerror());
	for (i = 0; i < sizeof syms / sizeof syms[0]; i++) {
		void *sym = dlsym(la.handle, syms[i].name);

		if (sym == NULL) {
			dlclose(la.handle);
			memset(&la, 0, sizeof la);
			return errorf(err, errsz,
			    "cannot read archives: %s has no %s",
			    BEQ_LIBARCHIVE, syms[i].name);
		}
		/* POSIX dlsym returns object pointers; these are
		 * functions, of a pointer's size */
		memcpy((char *)&la + syms[i].off, &sym, sizeof sym);
	}
	return 0;
}

void
archive_too_large(const struct archive_limits *lim, char *msg, size_t size)
{
	char max[32];

	size_format(lim->max_file, max, sizeof max);
	snprintf(msg, size, "larger than %s (--max-file-size); skipped", max);
}

void
archive_unload(void)
{
	if (la.handle != NULL)
		dlclose(la.handle);
	memset(&la, 0, sizeof la);
}

int
archive_sniff(const unsigned char *h, size_t n)
{
	static const struct {
		size_t off, len;
		const char *magic;
	} magics[] = {
		{ 0, 2, "\x1f\x8b" }, /* gzip */
		{ 0, 3, "BZh" }, /* bzip2 */
		{ 0, 6,
		    "\xfd"
		    "7zXZ\0" }, /* xz */
		{ 0, 4, "\x28\xb5\x2f\xfd" }, /* zstd */
		{ 0, 4, "\x04\x22\x4d\x18" }, /* lz4 */
		{ 0, 4, "LZIP" }, /* lzip */
		{ 0, 2, "\x1f\x9d" }, /* compress */
		{ 0, 4, "PK\x03\x04" }, /* zip */
		{ 0, 4, "PK\x05\x06" }, /* empty zip */
		{ 0, 6, "7z\xbc\xaf\x27\x1c" }, /* 7z */
		{ 0, 4, "Rar!" }, /* rar */
		{ 0, 4, "xar!" }, /* xar */
		{ 0, 4, "MSCF" }, /* cab */
		{ 0, 8, "!<arch>\n" }, /* ar */
		{ 0, 6, "070707" }, /* cpio */
		{ 0, 6, "070701" }, { 0, 6, "070702" },
		{ 257, 5, "ustar" }, /* tar */
	};
	size_t i;

	for (i = 0; i < sizeof magics / sizeof magics[0]; i++)
		if (n >= magics[i].off + magics[i].len &&
		    memcmp(h + magics[i].off, magics[i].magic, magics[i].len) ==
		        0)
			return 1;
	return 0;
}

/* libarchive reads through this: first the bytes already read, then fd. */
struct source {
	int fd;
	const unsigned char *head;
	size_t n;
	int head_done;
	unsigned char buf[65536];
};

static la_ssize_t
read_cb(struct archive *a, void *data, const void **out)
{
	struct source *s = data;
	ssize_t n;

	(void)a;
	if (!s->head_done) {
		s->head_done = 1;
		if (s->n > 0) {
			*out = s->head;
			return (la_ssize_t)s->n;
		}
	}
	do
		n = read(s->fd, s->buf, sizeof s->buf);
	while (n < 0 && errno == EINTR);
	*out = s->buf;
	return n;
}

/* 7z and zip want to seek: fine in a regular file, not in a pipe. */
static la_int64_t
seek_cb(struct archive *a, void *data, la_int64_t off, int whence)
{
	struct source *s = data;
	off_t at;

	(void)a;
	if (!s->head_done && whence == SEEK_CUR) {
		/* the head is read from fd but not yet from us */
		whence = SEEK_SET;
	}
	at = lseek(s->fd, (off_t)off, whence);
	if (at == (off_t)-1)
		return ARCHIVE_FATAL;
	s->head_done = 1;
	return (la_int64_t)at;
}

/* Whether a member is markdown, outside hidden directories. */
static int
wanted(const char *path)
{
	const char *dot = strrchr(path, '.'), *p = path;

	if (dot == NULL || strchr(dot, '/') != NULL ||
	    (strcasecmp(dot, ".md") != 0 && strcasecmp(dot, ".markdown") != 0))
		return 0;
	for (;;) {
		/* a component ".x" is hidden; "." itself is not */
		if (p[0] == '.' && p[1] != '/' && p[1] != '\0')
			return 0;
		if ((p = strchr(p, '/')) == NULL)
			return 1;
		p++;
	}
}

int
archive_read_members(int fd, const unsigned char *head, size_t n,
    const struct archive_limits *lim, archive_member_fn *fn,
    archive_warn_fn *warn, void *ctx, char *err, size_t errsz)
{
	struct source *src;
	struct archive *a;
	struct archive_entry *e;
	struct buf data = { 0 };
	uint64_t total = 0, members = 0;
	char msg[256], size[32];
	int rc, first = 1;
	size_t i;
	/* The archive formats, then "raw": a compressed file that holds no
	 * archive ("notes.md.gz") is its one member. Not mtree: a list of
	 * files without their contents, which libarchive also reads plain
	 * text as, so that compressed markdown came out as empty members. */
	static const int formats[] = { ARCHIVE_FORMAT_TAR, ARCHIVE_FORMAT_ZIP,
		ARCHIVE_FORMAT_7ZIP, ARCHIVE_FORMAT_CPIO, ARCHIVE_FORMAT_AR,
		ARCHIVE_FORMAT_ISO9660, ARCHIVE_FORMAT_XAR, ARCHIVE_FORMAT_LHA,
		ARCHIVE_FORMAT_CAB, ARCHIVE_FORMAT_RAR, ARCHIVE_FORMAT_RAR_V5,
		ARCHIVE_FORMAT_EMPTY, ARCHIVE_FORMAT_RAW };

	if (archive_load(err, errsz) == -1)
		return -1;
	if ((a = la.read_new()) == NULL)
		return errorf(err, errsz, "out of memory");
	src = xcalloc(1, sizeof *src);
	src->fd = fd;
	src->head = head;
	src->n = n;
	la.support_filter_all(a);
	for (i = 0; i < sizeof formats / sizeof formats[0]; i++)
		la.support_format_by_code(a, formats[i]);
	if (lseek(fd, 0, SEEK_CUR) != (off_t)-1)
		la.set_seek(a, seek_cb);
	if (la.read_open(a, src, NULL, read_cb, NULL) != ARCHIVE_OK) {
		errorf(err, errsz, "%s", la.error_string(a));
		rc = -1;
		goto out;
	}
	rc = 0;
	for (;;) {
		const char *path;
		int skip = 0;

		rc = la.next_header(a, &e);
		if (rc == ARCHIVE_EOF) {
			rc = 0;
			break;
		}
		if (rc < ARCHIVE_WARN) {
			if (first) {
				errorf(err, errsz,
				    "not markdown, nor an archive beq can "
				    "read (%s)",
				    la.error_string(a));
				rc = -1;
			} else {
				snprintf(msg, sizeof msg, "stopped reading: %s",
				    la.error_string(a));
				warn(ctx, NULL, msg);
				rc = 0;
			}
			break;
		}
		first = 0;
		if (++members > lim->max_members) {
			snprintf(msg, sizeof msg,
			    "stopped after %llu members (--max-members)",
			    (unsigned long long)lim->max_members);
			warn(ctx, NULL, msg);
			rc = 0;
			break;
		}
		path = la.entry_pathname_utf8(e);
		if (path == NULL)
			path = la.entry_pathname(e);
		if (path == NULL)
			path = "?";
		if (la.format(a) == ARCHIVE_FORMAT_RAW)
			path = NULL; /* the file itself, decompressed */
		else if (la.entry_filetype(e) != AE_IFREG || !wanted(path))
			skip = 1;
		/* Read every member, wanted or not: skipping decompresses
		 * too, and the total must count it (archive bombs). */
		data.len = 0;
		for (;;) {
			la_ssize_t got;

			buf_grow(&data, 65536);
			got = la.read_data(
			    a, skip ? data.data : data.data + data.len, 65536);
			if (got == 0)
				break;
			if (got < 0) {
				snprintf(msg, sizeof msg, "%s; skipped",
				    la.error_string(a));
				warn(ctx, path, msg);
				skip = 1;
				if (got == ARCHIVE_FATAL) {
					rc = 0;
					goto out;
				}
				break;
			}
			total += (uint64_t)got;
			if (total > lim->max_total) {
				size_format(lim->max_total, size, sizeof size);
				snprintf(msg, sizeof msg,
				    "stopped after %s of uncompressed data "
				    "(--max-archive-size)",
				    size);
				warn(ctx, NULL, msg);
				rc = 0;
				goto out;
			}
			if (!skip) {
				data.len += (size_t)got;
				if (data.len > lim->max_file) {
					archive_too_large(lim, msg, sizeof msg);
					warn(ctx, path, msg);
					skip = 1;
				}
			}
		}
		if (!skip)
			fn(ctx, path, data.data != NULL ? data.data : "",
			    data.len);
	}
out:
	la.read_free(a);
	free(src);
	buf_free(&data);
	return rc;
}
