# related on the built-in corpus: a deadlock question's neighbours include the concurrency ones
beq-builtin related 15
beq-builtin related 32
