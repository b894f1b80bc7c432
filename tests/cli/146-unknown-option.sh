# an unknown global option: exit 2, the option named, usage on stderr
beq --bogus list
