/* The first-stage binary's stand-in for the embedded index: no index, so
 * that stage can only run `beq index` (or use --index). */
#include <stddef.h>

const unsigned char beq_embedded_index[1];
const size_t beq_embedded_index_size = 0;
