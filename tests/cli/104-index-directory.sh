# index a directory: recursive, sorted by name, hidden names and non-markdown files skipped
mk() { printf '## %s\n\n1. **%s**\n   **Explanation**: %s\n' "$2" "$3" "$4" > "$1"; }
mkdir -p qs/b qs/a qs/.hidden
mk qs/z.md Zed 'Zed question?' 'Last by name.'
mk qs/a/one.md Alpha 'Alpha one?' 'First file of a/.'
mk qs/a/two.markdown Alpha 'Alpha two?' 'A .markdown file.'
mk qs/b/three.MD Beta 'Beta three?' 'Upper-case extension.'
mk qs/.hidden/h.md Hidden 'Hidden dir?' 'Skipped.'
mk qs/.dot.md Hidden 'Hidden file?' 'Skipped.'
mk qs/notes.txt Text 'Text file?' 'Skipped: not markdown.'
mk qs/README Text 'No extension?' 'Skipped: not markdown.'
mk qs/Upper.md Upper 'Upper?' 'Capital letters sort first.'
beq index -o out.idx qs || exit 1
beq --index out.idx list
beq --index out.idx info --json | jq -c '.sources'
beq --index out.idx search --json -c alpha --sort=id alpha | jq -c '[.id, .source, .line]'
