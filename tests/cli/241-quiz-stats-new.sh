# quiz --stats with no state yet: every question is new; no file is made
export XDG_STATE_HOME="$PWD/state"
beq quiz --stats
beq quiz --stats --json
[ -e state ] && echo "state was created"
true
