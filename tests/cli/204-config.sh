# config file: $XDG_CONFIG_HOME/beq/config gives default options, global and per command; the command line wins; --no-config and BEQ_CONFIG
mkdir -p "$XDG_CONFIG_HOME/beq"
cat > "$XDG_CONFIG_HOME/beq/config" <<'CONF'
# defaults for beq
--width 30

search --sort=id
search -m 2
   list -c databases
CONF
beq search lock
echo "-- the command line wins (later options):"
beq search --sort=score -m 3 --width=80 lock
echo "-- options of another command do not apply:"
beq list
echo "-- -c replaces the config file's:"
beq list -c conc | cut -f1 | tr '\n' ' '; echo
echo "-- --no-config, anywhere before --:"
beq search --no-config lock | head -3
beq search lock --no-config | head -3
echo "-- BEQ_CONFIG names another file (which must exist); empty means none:"
printf 'search --oneline\n' > other
BEQ_CONFIG=other beq search lock
BEQ_CONFIG= beq search -m 1 lock | head -2
BEQ_CONFIG=missing beq search lock; echo "rc=$?"
echo "-- XDG_CONFIG_HOME unset: ~/.config/beq/config"
mkdir -p home/.config/beq && printf -- '--json\n' > home/.config/beq/config
env -u XDG_CONFIG_HOME HOME="$PWD/home" beq show 1 | jq -c .id
echo "-- --no-config may be abbreviated, as getopt allows:"
printf -- '--bogus\n' > "$XDG_CONFIG_HOME/beq/config"
beq --no-c list -c misc
beq list -c misc --no-conf
