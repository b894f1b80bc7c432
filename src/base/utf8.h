/* UTF-8 helpers: validation, decoding, display width, HTML entities. */
#ifndef BEQ_UTF8_H
#define BEQ_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Returns 1 when s[0..n) is valid UTF-8; else 0 with *bad (if not NULL)
 * set to the offset of the first invalid byte. */
int utf8_valid(const char *s, size_t n, size_t *bad);
/* Writes s[0..n) to out with each byte that is not part of valid UTF-8
 * replaced by U+FFFD (3 bytes), and returns the bytes written; with out
 * NULL, only counts them. */
size_t utf8_repair(char *out, const char *s, size_t n);
/* Decodes the character at s (n bytes available) into *cp and returns its
 * length; an invalid byte decodes as U+FFFD of length 1. n must be > 0. */
size_t utf8_decode(const char *s, size_t n, uint32_t *cp);
/* Encodes cp into out (4 bytes) and returns the length. */
size_t utf8_encode(uint32_t cp, char *out);
/* The columns a terminal shows cp in: 0 for combining marks, format
 * characters (ZWJ, ZWSP, bidi marks) and controls, 2 for East Asian wide
 * and fullwidth characters (CJK, most emoji), else 1. From the tables of
 * src/base/wcwidth.h (tools/gen-wcwidth.py). */
int utf8_width(uint32_t cp);
/* Decodes the HTML entity s[0..n) ("&amp;", "&#39;", "&#x2019;") into out
 * (4 bytes) and returns its length, or 0 for an entity it does not know. */
int utf8_entity(const char *s, size_t n, char *out);

#endif
