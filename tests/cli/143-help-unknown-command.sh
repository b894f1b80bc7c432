# help for an unknown command: exit 2
beq help bogus
