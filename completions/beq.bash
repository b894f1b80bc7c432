# bash completion for beq(1): subcommands, their options and the global
# ones, category slugs and ids from beq itself, files for --index, -o and search -f.
# Self-contained: works with or without the bash-completion package.

_beq_commands='search show related list categories random quiz index info help'
_beq_global='--json --color= --index= --width= --no-pager --no-config -h
    --help -V --version'

# _beq_options CMD: the options of CMD, without the global ones.
_beq_options()
{
	case $1 in
	search)
		echo '-i --ignore-case -s --case-sensitive -F --fixed-strings' \
		    '-w --word-regexp -e --regexp= -f --file= --not= --in=' \
		    '-c --category= -m --max-count= --sort= --count --ids' \
		    '--oneline -q --quiet -0 --null --fuzzy' ;;
	show) echo '--related' ;;
	related) echo '-m --max-count=' ;;
	list) echo '-c --category= -0 --null' ;;
	categories) echo '-0 --null' ;;
	random) echo '-c --category= --seed=' ;;
	quiz) echo '-c --category= --count= --seed= --stats --reset' ;;
	info) echo '--verify' ;;
	index) echo '-o --output= -q --quiet --force --explain --questions=' \
	    '--warnings=' \
	    '--max-file-size=' \
	    '--max-archive-size= --max-members=' ;;
	esac
}

# _beq_config_index BEQ: unless the line gave one, sets index to the index
# file that BEQ uses (its config file's --index, or BEQ_INDEX), as
# `beq --json info` tells; a path that JSON escapes is left alone. The lists
# come from `beq --no-config`, as the config file's --json or -0 would
# change their form, but from that index.
_beq_config_index()
{
	local j p
	((${#index[@]} == 0)) || return 0
	j=$("$1" --json info 2>/dev/null)
	[[ $j == '{"index":"'* && $j == *'"embedded":false'* ]] || return 0
	p=${j#'{"index":"'}
	p=${p%%'","config":'*}
	[[ $p == *\\* ]] || index=(--index "$p")
	return 0
}

_beq()
{
	local line cur prev opt val cmd beq i w
	local -a words index
	COMPREPLY=()

	# Split the line up to the cursor at blanks only: COMP_WORDS also
	# splits at '=' and ':', which would tear --sort=id apart.
	line=${COMP_LINE:0:COMP_POINT}
	read -ra words <<<"$line"
	if [[ -z $line || $line == *[[:blank:]] ]]; then
		words+=('')
	fi
	cur=${words[${#words[@]} - 1]}
	prev=
	((${#words[@]} > 1)) && prev=${words[${#words[@]} - 2]}

	beq=${words[0]}
	[[ $beq == beq || $beq == */beq ]] || beq=beq
	beq=${beq/#\~/$HOME}

	# The command is the first word that is neither an option nor the
	# argument of one; an --index anywhere applies to the dynamic lists.
	for ((i = 1; i < ${#words[@]} - 1; i++)); do
		w=${words[i]}
		case $w in
		--index)
			((i++))
			index=(--index "${words[i]/#\~/$HOME}") ;;
		--index=*)
			w=${w#--index=}
			index=(--index "${w/#\~/$HOME}") ;;
		--color)
			# its value is the next word only when it is one
			[[ ${words[i + 1]} =~ ^(auto|always|never)$ ]] && ((i++)) ;;
		--width)
			((i++)) ;;
		-c | --category | -e | --regexp | -m | --max-count | --sort | \
		    -f | --file | --not | --in | \
		    --seed | -o | --output | --max-file-size | \
		    --max-archive-size | --max-members)
			[[ -n $cmd ]] && ((i++)) ;;
		--count)
			# an argument for quiz, a flag for search
			[[ $cmd == quiz ]] && ((i++)) ;;
		--)
			[[ -z $cmd ]] && cmd=${words[i + 1]}
			break ;;
		-*) ;;
		*)
			[[ -z $cmd ]] && cmd=$w ;;
		esac
	done

	# An option's argument: "--opt=val" in the current word, or "--opt val".
	opt='' val=$cur
	if [[ $cur == --*=* ]]; then
		opt=${cur%%=*} val=${cur#*=}
	elif [[ $prev == -* && $prev != *=* ]]; then
		opt=$prev
	fi
	case $opt in
	--color)
		mapfile -t COMPREPLY < <(compgen -W 'auto always never' -- "$val") ;;
	--warnings)
		[[ $cmd == index ]] &&
			mapfile -t COMPREPLY < <(compgen -W 'auto all summary' -- "$val") ;;
	--sort)
		[[ $cmd == search ]] &&
			mapfile -t COMPREPLY < <(compgen -W 'score id' -- "$val") ;;
	--in)
		[[ $cmd == search ]] &&
			mapfile -t COMPREPLY < <(compgen -W 'question body answer all' \
			    -- "$val") ;;
	--index | -o | --output | -f | --file)
		if [[ $opt == --index ||
		    ($cmd == index && ($opt == -o || $opt == --output)) ||
		    ($cmd == search && ($opt == -f || $opt == --file)) ]]; then
			compopt -o filenames 2>/dev/null
			mapfile -t COMPREPLY < <(compgen -f -- "$val")
		fi ;;
	-c | --category)
		[[ $cmd == search || $cmd == list || $cmd == random || \
		    $cmd == quiz ]] && _beq_config_index "$beq" &&
			mapfile -t COMPREPLY < <(compgen -W "$("$beq" --no-config \
			    "${index[@]}" categories 2>/dev/null | cut -f1)" -- "$val") ;;
	-e | --regexp | --not | -m | --max-count | --seed | --max-file-size | \
	    --max-archive-size | --max-members)
		[[ -n $cmd ]] && return 0 ;;
	--count)
		[[ $cmd == quiz ]] && return 0 ;;
	--width)
		return 0 ;;
	esac
	if [[ -n $opt && ${#COMPREPLY[@]} -gt 0 ]]; then
		# Without '=' in COMP_WORDBREAKS the whole word is replaced.
		if [[ $cur == --*=* && $COMP_WORDBREAKS != *=* ]]; then
			COMPREPLY=("${COMPREPLY[@]/#/$opt=}")
		fi
		return 0
	fi
	[[ $cur == --*=* ]] && return 0

	if [[ $cur == -* ]]; then
		mapfile -t COMPREPLY < <(compgen -W "$_beq_global $(_beq_options "$cmd")" \
		    -- "$cur")
		[[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == *= ]] &&
			compopt -o nospace 2>/dev/null
		return 0
	fi
	case $cmd in
	'')
		mapfile -t COMPREPLY < <(compgen -W "$_beq_commands" -- "$cur") ;;
	help)
		mapfile -t COMPREPLY < <(compgen -W "$_beq_commands" -- "$cur") ;;
	show | related)
		_beq_config_index "$beq"
		mapfile -t COMPREPLY < <(compgen -W "$("$beq" --no-config \
		    "${index[@]}" list 2>/dev/null | cut -f1)" -- "$cur") ;;
	index)
		compopt -o filenames 2>/dev/null
		mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
	esac
	return 0
}

complete -F _beq beq
