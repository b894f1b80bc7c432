# index without an input path: usage error, exit 2, nothing written
beq index -o out.idx
rc=$?
ls
exit $rc
