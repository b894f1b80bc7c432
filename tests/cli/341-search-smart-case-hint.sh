# search: when smart case (an upper-case letter) or -c kept the records out, that is said instead of spellings; --fuzzy lifts it
beq search Lock
echo "rc=$?"
beq search --fuzzy --ids Lock
beq search -s Lock
echo "-s asked for it: rc=$?"
beq search -c networking deadlock
echo "rc=$?"
beq search -c networking --fuzzy --ids deadlock
beq search -c networking Mutex
echo "rc=$?"
