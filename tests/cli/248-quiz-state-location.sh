# quiz state: $XDG_STATE_HOME/beq, else ~/.local/state/beq; a user index has its own file
export HOME="$PWD/home"
unset XDG_STATE_HOME
beq quiz --reset 2>&1 | sed "s|$PWD|.|"
XDG_STATE_HOME=relative beq quiz --reset 2>&1 | sed "s|$PWD|.|"
XDG_STATE_HOME="$PWD/xdg" beq quiz --reset 2>&1 | sed "s|$PWD|.|"
printf '## Go\n\n1. **What is a goroutine?**\n   **Explanation**: A light thread.\n' > go.md
beq index -q -o user.idx go.md
XDG_STATE_HOME="$PWD/xdg" beq --index user.idx quiz --reset 2>&1 |
	sed -e "s|$PWD|.|" -e 's/index-[0-9a-f]\{16\}\.state/index-HASH.state/'
XDG_STATE_HOME="$PWD/xdg" beq --index user.idx quiz --stats
# the same index named another way is the same file
a=$(XDG_STATE_HOME="$PWD/xdg" beq --index user.idx quiz --reset 2>&1)
b=$(XDG_STATE_HOME="$PWD/xdg" beq --index "$PWD/./user.idx" quiz --reset 2>&1)
[ "$a" = "$b" ] && echo "same state file"
HOME= XDG_STATE_HOME= beq quiz --stats
echo "rc=$?"
