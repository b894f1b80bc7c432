# Completions offered by an interactive zsh: `zsh -f` in a pseudo-terminal
# (zpty) runs compinit with $1/zsh/site-functions first on $fpath, so that
# _beq is autoloaded the way a user's shell does it. For each further
# argument, a command line, the line is typed and completion run on it;
# prints "@@ LINE" and then the words completion offered, one a line (taken
# from compadd, after zsh's matching against the line).
# Usage: zsh -f comp-zsh.zsh DATADIR LINE...
zmodload zsh/zpty || exit 2
local datadir=$1 tmp=${TMPDIR:-/tmp}/beq-zpty.$$
shift
mkdir -p $tmp || exit 2
trap 'zpty -d z 2>/dev/null; rm -rf $tmp' EXIT

# wait_for FILE LINE: up to 10 s for FILE's last line to be LINE.
wait_for() {
  local -i i
  for (( i = 0; i < 200; i++ )); do
    [[ -f $1 && ${"$(<$1)"##*$'\n'} == $2 ]] && return 0
    sleep 0.05
  done
  print -ru2 -- "comp-zsh: timed out waiting for '$2' in $1"
  [[ -f $1 ]] && cat $1 >&2
  return 1
}

zpty z zsh -f -i || exit 2
# compadd is wrapped to log what it adds (-O: the words that match the
# line); its calls that only filter (-O, -A, -D) pass through untouched.
# ^T runs complete-word, then logs an end marker.
zpty -w z "PS1= PS2= RPS1=; unsetopt auto_list auto_menu list_beep beep
fpath=(${(q)datadir}/zsh/site-functions \$fpath)
autoload -Uz compinit && compinit -u -d ${(q)tmp}/zcompdump
compadd() {
  local -a __w
  if (( \${@[(I)-[[:alnum:]]#[OAD]*]} )); then builtin compadd \"\$@\"; return; fi
  builtin compadd -O __w \"\$@\"
  builtin compadd \"\$@\"
  local -i r=\$?
  (( \$#__w )) && print -rl -- \$__w >> ${(q)tmp}/out
  return r
}
_beq_t_complete() { : > ${(q)tmp}/out; zle complete-word; print -r -- '<<END>>' >> ${(q)tmp}/out; }
zle -N _beq_t_complete; bindkey '^T' _beq_t_complete
print READY > ${(q)tmp}/ready"
wait_for $tmp/ready READY || exit 2

local line
for line in "$@"; do
  rm -f $tmp/out
  zpty -w -n z "$line"$'\C-t'
  wait_for $tmp/out '<<END>>' || exit 2
  print -r -- "@@ $line"
  grep -vx '<<END>>' $tmp/out
  zpty -w -n z $'\C-a\C-k'
done
