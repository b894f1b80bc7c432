# -0 with the real xargs -0 and fzf --read0 --filter: ids survive, records with newlines stay whole
beq search --ids -0 deadlock | xargs -0 -n1 beq show --json | jq -c '{id, question}'
echo "-- fzf --read0 over whole multi-line records keeps each whole:"
beq search -0 lock | fzf --read0 --print0 --exact --filter='busy cousin' | tr '\0\n' '@|'; echo
echo "-- fzf --read0 over --oneline, on the question field:"
beq search -0 --oneline lock | fzf --read0 --delimiter='	' --nth=3 --exact --filter=deadlock | cut -f1
beq list -0 | fzf --read0 --delimiter='	' --with-nth=2.. --exact --filter=acid | cut -f1
