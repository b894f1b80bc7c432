# beq-pick for fish: choose questions of beq(1) in fzf(1), with the full
# record in the preview, and print the chosen ones in full.
# Autoloaded by name from vendor_functions.d (or ~/.config/fish/functions).
#
# Usage: beq-pick [-c CAT]... [--index FILE] [--] [QUERY]...
# -c/--category go to `beq list`; --index (else the config file's, else
# BEQ_INDEX) picks the index for the list, the preview and the output; the
# other words are fzf's starting query. Tab marks several records. Exit status: that of `beq show` (0) when
# something was chosen, 1 when nothing was (Esc, Ctrl-C, or no match), 2 on
# errors (a bad option, an unknown category, fzf missing).

function beq-pick --description 'choose beq questions in fzf and print them'
    set -l usage 'usage: beq-pick [-c CAT]... [--index FILE] [--] [QUERY]...'
    set -l list_args
    set -l global_args
    set -l query
    while set -q argv[1]
        switch $argv[1]
            case -h --help
                echo $usage
                return 0
            case -c --category --index
                if not set -q argv[2]
                    printf "beq-pick: option '%s' needs an argument\n%s\n" \
                        $argv[1] $usage >&2
                    return 2
                end
                if test $argv[1] = --index
                    set global_args --index $argv[2]
                else
                    set -a list_args $argv[1] $argv[2]
                end
                set -e argv[1]
            case '--index=*'
                set global_args --index (string replace -- --index= '' $argv[1])
            case '-c?*' '--category=*'
                set -a list_args $argv[1]
            case --
                set -e argv[1]
                set -a query $argv
                break
            case '-?*'
                printf "beq-pick: unknown option '%s'\n%s\n" $argv[1] $usage >&2
                return 2
            case '*'
                set -a query $argv[1]
        end
        set -e argv[1]
    end

    if not command -q fzf
        echo 'beq-pick: fzf is not installed' >&2
        return 2
    end
    # The list and the preview run without the config file, whose --json,
    # -0, -c or --width would change what they print, but with the index
    # it names (as `beq --json info` tells; not a path JSON escapes).
    if not set -q global_args[1]
        set -l p (command beq --json info 2>/dev/null | string match -r '^\{"index":"([^"\\\\]*)","config":.*"embedded":false')
        set -q p[2]; and set global_args --index $p[2]
    end
    # The list first, so that a bad category is reported before fzf opens;
    # read in a pipe, as the stderr of a command substitution would escape
    # a redirection of this function's.
    command beq --no-config $global_args list $list_args | read -lz list
    set -l rc $pipestatus[1]
    test $rc -eq 0; or return $rc
    test -n "$list"; or return 1

    # The preview runs `beq show` in fzf's $SHELL: it finds the index in
    # the environment rather than in a quoted option.
    set -l color always
    test -n "$NO_COLOR"; and set color never
    set -l index_env
    set -q global_args[2]; and set index_env BEQ_INDEX=$global_args[2]
    set -l picked (printf '%s' $list |
        env $index_env fzf --multi --delimiter='\t' --with-nth=2.. \
            --prompt='beq> ' --query="$query" \
            --preview-window=down,60%,wrap \
            --preview="COLUMNS=\$FZF_PREVIEW_COLUMNS beq --no-config --color=$color show {1}")
    set rc $status
    switch $rc
        case 0
        case 1 130
            return 1
        case '*'
            return $rc
    end
    command beq $global_args show (string replace -r '\t.*' '' -- $picked)
end
