# an unknown command: exit 2, the valid commands listed, usage on stderr
beq frobnicate deadlock
