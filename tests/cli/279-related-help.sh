# related --help: usage and options on stdout, exit 0
beq related --help
beq help show
