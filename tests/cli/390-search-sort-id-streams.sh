# search: --sort=id prints every hit in corpus order as it is found, the same through the scan path (BEQ_SCAN=always) as without it
beq search --sort=id --oneline -i e
echo ---
BEQ_SCAN=always beq search --sort=id --oneline -i e
echo ---
BEQ_SCAN=never beq search --sort=id --ids -m 4 -i e
echo ---
BEQ_SCAN=always beq search --sort=id --ids -m 4 -i e
echo ---
BEQ_SCAN=always beq search --sort=id lock > a
BEQ_SCAN=never beq search --sort=id lock > b
cmp a b && echo text the same both ways
