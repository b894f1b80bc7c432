# an unknown command that is a typo of one says which: on the command line, in help, in the config file
beq serach deadlock
beq Search deadlock
beq help serach
printf 'lsit -c databases\n' > cfg
BEQ_CONFIG=cfg beq list
echo "rc=$?"
