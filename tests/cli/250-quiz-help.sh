# quiz --help: its options and keys
beq quiz --help
