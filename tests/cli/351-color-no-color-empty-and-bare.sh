# NO_COLOR turns color off only when it is not empty (no-color.org); a bare --color means always and takes no word for its value but auto, always or never
esc=$(printf '\033')
TERM=xterm script -qc 'NO_COLOR= beq show 11; NO_COLOR=1 beq show 11' /dev/null | tr -d '\r' | grep -c "$esc"
echo "-- bare --color, before the command, after it, last:"
beq --color search livelock | grep -c "$esc"
beq search --color livelock | grep -c "$esc"
beq search livelock --color | grep -c "$esc"
NO_COLOR=1 beq --color show 1 | grep -c "$esc"
echo "-- --color WHEN still reads WHEN, and nothing else:"
beq --color never search livelock | grep -c "$esc"
beq --color always show 1 | grep -c "$esc"
beq --color search --color=never livelock | grep -c "$esc"
echo "-- in the config file, alone on its line:"
mkdir -p "$XDG_CONFIG_HOME/beq"
printf -- '--color\n' > "$XDG_CONFIG_HOME/beq/config"
beq search livelock | grep -c "$esc"
beq never search livelock 2>&1 | head -1; echo "-- in the config file with a value that is not one:"
printf -- '--color sometimes\n' > "$XDG_CONFIG_HOME/beq/config"
beq search livelock 2>&1 | sed "s|$XDG_CONFIG_HOME|XDG|" | head -1
