# index: inputs with no markdown file in them say so, not "no questions found"; markdown without questions still says that
mkdir -p docs/sub
echo 'plain text' > docs/readme.txt
echo 'title: x' > docs/sub/conf.yml
beq index -o x.beq docs
echo "rc=$?"
mkdir empty
beq index -o x.beq empty docs
tar czf docs.tar.gz docs
beq index -o x.beq docs.tar.gz
echo '# Notes' > docs/notes.md
beq index -o x.beq docs
ls
