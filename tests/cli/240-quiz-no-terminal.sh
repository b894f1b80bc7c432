# quiz without a terminal: exit 2 with a clear message, no state written
export XDG_STATE_HOME="$PWD/state"
beq quiz -c databases
echo "rc=$?"
beq quiz < /dev/null > /dev/null
echo "rc=$?"
[ -e state ] || echo "no state directory"
