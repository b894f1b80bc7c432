# search: a suggestion is about the pattern as typed, whole: words that match on their own are kept, two that make one word are joined, and --fuzzy searches what was suggested
beq search 'sema phore'
echo "rc=$?"
beq search --fuzzy --ids 'sema phore'
beq search 'dedlock detektion'
beq search 'dead lock mutx'
echo "nothing that matches, nothing said: rc=$?"
