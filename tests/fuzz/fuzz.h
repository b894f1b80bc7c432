/* The libFuzzer entry point every harness defines; replay.c calls it. */
#ifndef BEQ_FUZZ_H
#define BEQ_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A property violation: stop here so libFuzzer (or replay) reports it. */
#define FUZZ_CHECK(cond) \
	do { \
		if (!(cond)) \
			__builtin_trap(); \
	} while (0)

#endif
