# search: regex syntax and phrases of known words get no suggestion; -w words still do
beq search 'semafor[e]'
beq search 'deadlock mutex'
beq search -w 'deadloc'
echo done
