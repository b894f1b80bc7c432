# config file errors: file and line named, exit 2, nothing on stdout - unknown option, bad value, unknown command, no option, a value missing, not text
mkdir -p "$XDG_CONFIG_HOME/beq"
conf="$XDG_CONFIG_HOME/beq/config"
try() {	# try CONFIG-TEXT COMMAND...
	printf -- "$1" > "$conf"
	shift
	beq "$@" > out 2> err
	echo "rc=$? stdout=$(wc -c < out)"
	sed "s|$XDG_CONFIG_HOME|XDG|" err
}
try '# ok\n--bogus\n' list
try 'search --bogus\n' search lock
try '\n\n--color=sometimes\n' list
try 'search -m 0\n' search lock
try 'search --max-count\n' search lock
try 'search -m\n' search lock
try '--width\n' list
try 'serch -i\n' list
try 'search\n' list
try 'color=always\n' list
try '--sort=id score\n' list
try '--json\0\n' list
try '--json\n\377\n' list
echo "-- an option for another command is only read by it:"
try 'random --bogus\n' list -c net
try 'random --bogus\n' random
echo "-- --no-config reads none of it:"
try 'serch -i\n' --no-config list -c net
