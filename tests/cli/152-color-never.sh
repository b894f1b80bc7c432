# --color=never, NO_COLOR (not empty) with auto, TERM=dumb, or a pipe: no escape codes; --color=always beats NO_COLOR
beq --color=never search livelock > never.txt
NO_COLOR=1 beq --color=auto search livelock > nocolor.txt
NO_COLOR='' beq search livelock > empty.txt
TERM=xterm beq search livelock > piped.txt
beq search livelock > plain.txt
for f in never nocolor empty piped; do cmp $f.txt plain.txt || echo "$f differs"; done
grep -c "$(printf '\033')" plain.txt
NO_COLOR=1 beq --color=always search livelock | grep -c "$(printf '\033')"
cat plain.txt
