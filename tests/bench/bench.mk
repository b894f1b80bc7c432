# make bench: times ./beq against a static "floor" program that writes the
# same bytes, against grep, and against start-up baselines, in one hyperfine
# run (tests/bench/run.sh). Included from the Makefile. Timing never fails the
# build; only a command that could not run does.
# BENCH_RUNS and BENCH_WARMUP (environment) override the run counts.

bench: beq
	CC='$(CC)' B='$(B)' sh tests/bench/run.sh ./beq

.PHONY: bench
