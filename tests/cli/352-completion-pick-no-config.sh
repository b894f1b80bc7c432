# completions and beq-pick read beq's lists without the config file (whose --json, -0, -c would change them), but from the index it names
mkdir -p "$XDG_CONFIG_HOME/beq" bin
printf '## Go\n\n1. **What is a goroutine?**\n   **Explanation**: A function run concurrently.\n\n## Rust\n\n2. **What is a borrow?**\n   **Explanation**: A reference.\n' > my.md
beq index -q -o my.idx my.md
printf -- '--json\ncategories -0\nlist -0\nlist -c databases\nlist -c concurrency\n' > "$XDG_CONFIG_HOME/beq/config"
complete() {	# complete LINE: what the bash completion offers
	bash --norc --noprofile -c '. "$TOP/completions/beq.bash"
		COMP_LINE=$1 COMP_POINT=${#1} COMP_WORDBREAKS=" "
		_beq 2>/dev/null; echo "${COMPREPLY[*]}"' sh "$1"
}
complete "beq search -c "
complete "beq list --category=n"
complete "beq show 1"
echo "-- the config file's --index is the one read:"
printf -- '--index %s/my.idx\n' "$PWD" >> "$XDG_CONFIG_HOME/beq/config"
complete "beq random -c "
complete "beq related "
echo "-- beq-pick, with an fzf that picks the first line and shows the preview:"
cat > bin/fzf <<'FZF'
#!/bin/sh
line=$(head -1)
printf '%s\n' "$line" | cut -f1,2 >&2
for a; do case $a in --preview=*) p=${a#--preview=} ;; esac; done
FZF_PREVIEW_COLUMNS=40 sh -c "$(printf '%s\n' "$p" | sed "s/{1}/$(printf '%s' "$line" | cut -f1)/")" | head -2 >&2
printf '%s\n' "$line"
FZF
chmod +x bin/fzf
PATH=$PWD/bin:$PATH bash --norc --noprofile -c '. "$TOP/shell/beq-pick.bash"; beq-pick; echo "rc=$?"' 2>&1 | sed 's/"answer":.*/…/'
