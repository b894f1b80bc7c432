# --color with a bad value: exit 2, the valid values named, usage on stderr
beq --color=bogus list
