# index with no records at all: exit 2, a message, and no file written
printf 'Just prose, no questions here.\n' > notes.md
beq index -o out.idx notes.md
rc=$?
ls
exit $rc
