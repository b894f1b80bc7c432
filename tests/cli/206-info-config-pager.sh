# info names the config file and the pager in effect (text and JSON), and why none when none
mkdir -p "$XDG_CONFIG_HOME/beq"
printf -- '--no-pager\nsearch -i\n' > "$XDG_CONFIG_HOME/beq/config"
beq info | sed -n 2,3p | sed "s|$XDG_CONFIG_HOME|XDG|"
beq info --json | jq -c '{config: (.config | sub(".*/\\.config"; "XDG")), pager}'
rm "$XDG_CONFIG_HOME/beq/config"
beq info | sed -n 2,3p | sed "s|$XDG_CONFIG_HOME|XDG|"
beq info --json | jq -c '{config, pager}'
beq --no-config info | sed -n 2p
BEQ_CONFIG= beq info | sed -n 2p
env -u XDG_CONFIG_HOME -u HOME beq info | sed -n 2p
echo "-- the pager: BEQ_PAGER over PAGER over less; empty or cat is none"
PAGER=more beq info | sed -n 3p
BEQ_PAGER='less -S' PAGER=more beq info | sed -n 3p
BEQ_PAGER='less -S' PAGER=more beq info --json | jq -c .pager
PAGER= beq info | sed -n 3p
BEQ_PAGER=cat PAGER=more beq info | sed -n 3p
BEQ_PAGER=' ' beq info | sed -n 3p
BEQ_PAGER=more beq --no-pager info | sed -n 3p
BEQ_PAGER=more beq --no-pager info --json | jq -c .pager
