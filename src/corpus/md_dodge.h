/* Dodging an md4c fault that depends on where text lies in the document
 * (md_dodge.c says what it is): how many blank lines to put before a
 * document so that md4c reads its list items as CommonMark does. */
#ifndef BEQ_MD_DODGE_H
#define BEQ_MD_DODGE_H

#include <stddef.h>

/* The number of newlines (0 to 255) to put before the markdown s[0..n),
 * as md4c is to read it, so that no line that can end a block in a list
 * item lies where md4c takes it for the start of an empty item: 0 for
 * most documents; when every number would leave one there (thousands of
 * such lines), the one that leaves fewest. */
size_t md_dodge(const char *s, size_t n);

#endif
