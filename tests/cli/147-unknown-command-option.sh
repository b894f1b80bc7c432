# an unknown command option: exit 2, "beq: CMD: ..." naming it, the command's usage on stderr
beq list --bogus
