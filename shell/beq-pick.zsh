# beq-pick for zsh: choose questions of beq(1) in fzf(1), with the full
# record in the preview, and print the chosen ones in full.
# An autoloadable function: installed as site-functions/beq-pick, it needs
# only `autoload -Uz beq-pick` in ~/.zshrc (its directory on $fpath).
#
# Usage: beq-pick [-c CAT]... [--index FILE] [--] [QUERY]...
# -c/--category go to `beq list`; --index (else the config file's, else
# BEQ_INDEX) picks the index for the list, the preview and the output; the
# other words are fzf's starting query. Tab marks several records. Exit status: that of `beq show` (0) when
# something was chosen, 1 when nothing was (Esc, Ctrl-C, or no match), 2 on
# errors (a bad option, an unknown category, fzf missing).

emulate -L zsh
local usage='usage: beq-pick [-c CAT]... [--index FILE] [--] [QUERY]...'
local -a list_args global_args query
local list picked color=always
local -i rc

while (( $# > 0 )); do
  case $1 in
    (-h|--help)
      print -r -- $usage
      return 0 ;;
    (-c|--category|--index)
      if (( $# < 2 )); then
        print -ru2 -- "beq-pick: option '$1' needs an argument"
        print -ru2 -- $usage
        return 2
      fi
      if [[ $1 == --index ]]; then
        global_args=(--index $2)
      else
        list_args+=($1 $2)
      fi
      shift ;;
    (--index=*)
      global_args=(--index ${1#--index=}) ;;
    (-c?*|--category=*)
      list_args+=($1) ;;
    (--)
      shift
      query+=("$@")
      break ;;
    (-?*)
      print -ru2 -- "beq-pick: unknown option '$1'"
      print -ru2 -- $usage
      return 2 ;;
    (*)
      query+=($1) ;;
  esac
  shift
done

if (( ! $+commands[fzf] )); then
  print -ru2 -- 'beq-pick: fzf is not installed'
  return 2
fi
# The list and the preview run without the config file, whose --json, -0,
# -c or --width would change what they print, but with the index it names
# (as `beq --json info` tells; not a path JSON escapes).
if (( ! $#global_args )); then
  local info
  info=$(command beq --json info 2> /dev/null)
  if [[ $info == '{"index":"'* && $info == *'"embedded":false'* ]]; then
    info=${info#'{"index":"'}
    info=${info%%'","config":'*}
    [[ $info == *\\* ]] || global_args=(--index $info)
  fi
fi
# The list first, so that a bad category is reported before fzf opens.
list=$(command beq --no-config $global_args list $list_args) || return
[[ -n $list ]] || return 1

# The preview runs `beq show` in fzf's $SHELL: it finds the index in the
# environment rather than in a quoted option.
[[ -n ${NO_COLOR:-} ]] && color=never
picked=$(
  (( $#global_args )) && export BEQ_INDEX=$global_args[2]
  print -r -- $list |
    fzf --multi --delimiter='\t' --with-nth=2.. --prompt='beq> ' \
      --query="$query" --preview-window=down,60%,wrap \
      --preview="COLUMNS=\$FZF_PREVIEW_COLUMNS beq --no-config --color=$color show {1}"
)
rc=$?
case $rc in
  (0) ;;
  (1|130) return 1 ;;
  (*) return $rc ;;
esac
command beq $global_args show ${${(f)picked}%%$'\t'*}
