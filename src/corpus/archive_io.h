/* Archives as inputs of `beq index`: tar (plain, gzip, xz, zstd, bzip2),
 * zip, 7z and whatever else libarchive reads, detected by content and
 * read without extracting to disk. The only module that sees libarchive,
 * which it loads with dlopen on first use: its dozen dependencies cost
 * about 2 ms at every start (make bench), and searching needs none. */
#ifndef BEQ_ARCHIVE_IO_H
#define BEQ_ARCHIVE_IO_H

#include <stddef.h>
#include <stdint.h>

struct archive_limits {
	uint64_t max_file; /* a larger member is skipped */
	uint64_t max_total; /* stop past this much uncompressed data */
	uint64_t max_members; /* stop past this many members */
};

/* Writes the warning for a file or member over lim->max_file into msg:
 * "larger than 64 MiB (--max-file-size); skipped". */
void
archive_too_large(const struct archive_limits *lim, char *msg, size_t size);

/* Called for each regular member whose name ends in .md or .markdown
 * (none of whose path components starts with '.'), with its bytes;
 * member is NULL for a compressed file that holds no archive, read as
 * markdown itself. */
typedef void
archive_member_fn(void *ctx, const char *member, const char *data, size_t size);
/* Called for each problem; member is NULL for the archive as a whole. */
typedef void archive_warn_fn(void *ctx, const char *member, const char *msg);

/* Loads libarchive if it is not loaded yet (archive_read_members does
 * too). Returns 0, or -1 with err set when it cannot be had. */
int archive_load(char *err, size_t errsz);

/* Reports whether the first bytes of a file, head[0..n), carry the magic
 * number of an archive or compressed format (pre-POSIX tar, which has
 * none, is read as text: a NUL in markdown is only a bad character). */
int archive_sniff(const unsigned char *head, size_t n);

/* Reads the archive from fd, whose first bytes, head[0..n), were already
 * read from it. Returns 0 when the archive was read (stopping early at a
 * limit or a corrupt stretch is a warning), or -1 with err set when it
 * could not be read at all (libarchive missing, unknown format). */
int archive_read_members(int fd, const unsigned char *head, size_t n,
    const struct archive_limits *lim, archive_member_fn *fn,
    archive_warn_fn *warn, void *ctx, char *err, size_t errsz);

/* Unloads libarchive if it was loaded. */
void archive_unload(void);

#endif
