# search: --count and --ids together are a usage error
beq search --count --ids dead
