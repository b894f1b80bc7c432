# every command reports a full disk and exits 2, text and JSON
for cmd in 'search dead' 'search --json dead' 'search --count dead' 'search --ids dead' 'show 1' 'show --json 1' \
	'list --json' categories 'categories --json' 'random --seed 1' 'random --json' info 'info --json' \
	--help 'help search' '--version'; do
	# shellcheck disable=SC2086
	beq $cmd > /dev/full 2> err
	echo "$cmd: rc=$? $(cat err)"
done
