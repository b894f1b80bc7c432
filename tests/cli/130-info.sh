# info: the built-in index of the test binary - path, format, counts, sizes, source
beq --no-config info | sed -E 's/^(size|trigrams|text|postings)( +)[0-9]+/\1\2N/'
