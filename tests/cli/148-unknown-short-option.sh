# an unknown short option, or a pattern starting with '-' without --: exit 2, "beq: search: ..." and usage
beq search -oriented
