# fish completion for beq(1): subcommands, their options and the global
# ones, category slugs and ids from beq itself, files for --index, -o and search -f.

# Print the subcommand on the command line, if there is one yet.
function __beq_command
    set -l tokens (commandline -opc)
    set -e tokens[1]
    set -l skip 0
    for t in $tokens
        if test $skip = 1
            set skip 0
            continue
        end
        if test $skip = 2
            set skip 0
            contains -- $t auto always never; and continue
        end
        switch $t
            case --index --width
                set skip 1
            case --color
                # its value is the next word only when it is one
                set skip 2
            case '-*'
            case '*'
                echo $t
                return 0
        end
    end
    return 1
end

# True when the subcommand is one of the arguments.
function __beq_using
    set -l cmd (__beq_command)
    or return 1
    contains -- $cmd $argv
end

# Run beq without its config file (whose --json or -0 would change the
# lists' form), with the --index given on the line, else the index that beq
# uses (its config file's --index, or BEQ_INDEX) as `beq --json info` tells
# (a path that JSON escapes is left alone).
function __beq_query
    set -l tokens (commandline -opc)
    set -l bin beq
    string match -qr '(^|/)beq$' -- $tokens[1]; and set bin $tokens[1]
    set -l idx
    for i in (seq 2 (count $tokens))
        switch $tokens[$i]
            case '--index=*'
                set idx --index (string replace -- --index= '' $tokens[$i])
            case --index
                test $i -lt (count $tokens)
                and set idx --index $tokens[(math $i + 1)]
        end
    end
    set idx (string replace -r '^~' -- $HOME $idx)
    set bin (string replace -r '^~' -- $HOME $bin)
    if not set -q idx[1]
        set -l p ($bin --json info 2>/dev/null | string match -r '^\{"index":"([^"\\\\]*)","config":.*"embedded":false')
        set -q p[2]; and set idx --index $p[2]
    end
    $bin --no-config $idx $argv 2>/dev/null
end

function __beq_categories
    __beq_query categories | string replace -r '^([^\t]*)\t[^\t]*\t' '$1\t'
end

function __beq_ids
    __beq_query list | string replace -r '^([^\t]*)\t[^\t]*\t' '$1\t'
end

set -l __beq_commands search show related list categories random quiz index info help

complete -c beq -f

# global options, before or after the command
complete -c beq -l json -d 'print one JSON object per line (NDJSON)'
complete -c beq -l color -x -a 'auto always never' -d 'color the text output'
complete -c beq -l index -r -F -d 'use this index file instead of the built-in one'
complete -c beq -s h -l help -d 'show help and exit'
complete -c beq -s V -l version -d 'show the version and exit'
complete -c beq -l width -x -d 'wrap text output to N columns'
complete -c beq -l no-pager -d 'never page the output'
complete -c beq -l no-config -d 'read no configuration file'

# commands
set -l nocmd "not __beq_command"
complete -c beq -n $nocmd -a search -d 'print the records in which every pattern matches'
complete -c beq -n $nocmd -a show -d 'print the records with these ids'
complete -c beq -n $nocmd -a related -d 'print the records most similar to one'
complete -c beq -n $nocmd -a list -d 'print ID<TAB>CATEGORY<TAB>QUESTION for every record'
complete -c beq -n $nocmd -a categories -d 'print SLUG<TAB>COUNT<TAB>NAME for every category'
complete -c beq -n $nocmd -a random -d 'print one record chosen at random'
complete -c beq -n $nocmd -a quiz -d 'practice on a terminal: questions chosen by spaced repetition'
complete -c beq -n $nocmd -a index -d 'build an index file from markdown files and directories'
complete -c beq -n $nocmd -a info -d 'describe the index, config file and pager in use'
complete -c beq -n $nocmd -a help -d 'show help for beq or for one command'

# search
set -l search "__beq_using search"
complete -c beq -n "$search; and not __fish_seen_argument -s s -l case-sensitive" -s i -l ignore-case -d 'letters match either case'
complete -c beq -n "$search; and not __fish_seen_argument -s i -l ignore-case" -s s -l case-sensitive -d 'letters match case exactly'
complete -c beq -n $search -s F -l fixed-strings -d 'patterns are literal strings'
complete -c beq -n $search -s w -l word-regexp -d 'match whole words only'
complete -c beq -n $search -s e -l regexp -x -d 'a pattern, even one starting with -'
complete -c beq -n $search -s f -l file -r -F -d 'a pattern per line of this file (- for stdin)'
complete -c beq -n $search -l not -x -d 'drop the records this pattern matches'
complete -c beq -n $search -l in -x -a 'question\t"with its body" body\t"code or options shown with the question" answer\t"the answer" all\t"every field"' -d 'search only these fields'
complete -c beq -n $search -s q -l quiet -d 'print nothing, stop at the first match: exit status only'
complete -c beq -n $search -s m -l max-count -x -d 'print at most N records'
complete -c beq -n $search -l sort -x -a 'score\t"most relevant first" id\t"corpus order"' -d 'order of the records'
complete -c beq -n "$search; and not __fish_seen_argument -l ids" -l count -d 'print only the number of matching records'
complete -c beq -n "$search; and not __fish_seen_argument -l count" -l ids -d 'print only the ids of matching records'
complete -c beq -n $search -l fuzzy -d 'when nothing matches, search with the closest words instead'

complete -c beq -n $search -l oneline -d 'print ID<TAB>CATEGORY<TAB>QUESTION per record'

# search, list, categories
complete -c beq -n "__beq_using search list categories" -s 0 -l null -d 'end each record with NUL, not newline'

# search, list, random
complete -c beq -n "__beq_using search list random quiz" -s c -l category -x -a '(__beq_categories)' -d 'only records in this category'

# show, related
complete -c beq -n "__beq_using show related" -a '(__beq_ids)'
complete -c beq -n "__beq_using show" -l related -d 'after each record, list the most similar ones'
complete -c beq -n "__beq_using related" -s m -l max-count -x -d 'print at most N records'

# info
complete -c beq -n "__beq_using info" -l verify -d 'read the whole index first, and fail if any of it is corrupt'

# random
complete -c beq -n "__beq_using random" -l seed -x -d 'choose reproducibly'

# quiz
set -l quiz "__beq_using quiz"
complete -c beq -n "$quiz; and not __fish_seen_argument -l stats -l reset" -l count -x -d 'ask at most N questions'
complete -c beq -n "$quiz; and not __fish_seen_argument -l stats -l reset" -l seed -x -d 'shuffle the new questions reproducibly'
complete -c beq -n "$quiz; and not __fish_seen_argument -l reset -l count -l seed" -l stats -d 'print due, learned, new and total counts per category'
complete -c beq -n "$quiz; and not __fish_seen_argument -l stats -l count -l seed" -l reset -d 'forget the progress with this index'

# index
complete -c beq -n "__beq_using index" -s o -l output -r -F -d 'write the index to this file'
complete -c beq -n "__beq_using index" -s q -l quiet -d 'print no warnings and no summary'
complete -c beq -n "__beq_using index" -l force -d 'replace the output even when it is not an index, or is an input'
complete -c beq -n "__beq_using index" -l explain -d 'write no index: tell how each heading and question of the files is read'
complete -c beq -n "__beq_using index" -l questions -x -a 'auto h1 h2 h3 h4 h5 h6 list details paragraphs' -d 'where the questions are'
complete -c beq -n "__beq_using index" -l warnings -x -a 'auto all summary' -d 'every warning, or the first 20 and a count per kind'
complete -c beq -n "__beq_using index" -l max-file-size -x -d 'skip files and members larger than SIZE'
complete -c beq -n "__beq_using index" -l max-archive-size -x -d 'stop reading an archive past SIZE'
complete -c beq -n "__beq_using index" -l max-members -x -d 'stop reading an archive past N members'
complete -c beq -n "__beq_using index" -F

# help
complete -c beq -n "__beq_using help" -a "$__beq_commands"
