# Completions offered by fish: a full fish (its own config.fish, which
# builds fish_complete_path from XDG_DATA_DIRS) with $argv[1] first in
# XDG_DATA_DIRS, so that beq.fish is autoloaded from
# $argv[1]/fish/vendor_completions.d as a packaged one is. For each further
# argument, a command line, prints "@@ LINE" and then the candidates, one a
# line, without their descriptions.
# Usage: XDG_DATA_DIRS=DATADIR:... fish comp-fish.fish DATADIR LINE...
set -l datadir $argv[1]
if not contains -- $datadir/fish/vendor_completions.d $fish_complete_path
    echo "comp-fish: $datadir/fish/vendor_completions.d is not on fish_complete_path (set XDG_DATA_DIRS)" >&2
    exit 2
end
for line in $argv[2..-1]
    echo "@@ $line"
    complete -C"$line" | string replace -r '\t.*' ''
end
exit 0
