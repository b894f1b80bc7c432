# Completions offered by bash with bash-completion loaded, as on a desktop:
# the beq completion is loaded on demand by bash-completion's loader from
# $1/bash-completion/completions/beq (the data directory is put first in
# XDG_DATA_DIRS). For each further argument, a command line with the
# cursor at its end, prints "@@ LINE" and then the candidates, one a line.
# Usage: bash --norc --noprofile comp-bash.bash DATADIR LINE...
datadir=$1
shift
export XDG_DATA_DIRS=$datadir:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}
. /usr/share/bash-completion/bash_completion || exit 2
complete -p beq > /dev/null 2>&1 && { echo 'beq: completion loaded too early' >&2; exit 2; }
# What readline does on the first Tab: the default completion (-D) loads
# the command's own, then that one runs.
loader=$(complete -p -D 2>/dev/null | sed -n 's/.*-F \([^ ]*\).*/\1/p')
[[ -n $loader ]] || { echo 'bash-completion sets no default completion' >&2; exit 2; }
"$loader" beq
spec=$(complete -p beq 2>/dev/null) || { echo "bash-completion did not load beq's completion from $datadir" >&2; exit 2; }
func=$(sed -n 's/.*-F \([^ ]*\).*/\1/p' <<<"$spec")

for line in "$@"; do
	printf '@@ %s\n' "$line"
	# COMP_WORDS as readline splits them: at blanks and at COMP_WORDBREAKS
	# characters, '=' standing as a word of its own.
	COMP_LINE=$line COMP_POINT=${#line}
	COMP_WORDS=()
	rest=$line
	while [[ -n $rest ]]; do
		rest=${rest#"${rest%%[! ]*}"}
		[[ -z $rest ]] && break
		if [[ $rest == =* ]]; then
			COMP_WORDS+=('=') rest=${rest#=}
		else
			w=${rest%%[ =]*}
			COMP_WORDS+=("$w") rest=${rest#"$w"}
		fi
	done
	[[ $line == *[\ =] ]] && COMP_WORDS+=('')
	COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
	COMPREPLY=()
	"$func" beq "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
	printf '%s\n' "${COMPREPLY[@]}"
done
