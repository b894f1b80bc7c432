# info for a user index: its path, counts, sources; size is the file's size
printf '## A\n\n1. **Q one?**\n   **Explanation**: A one.\n2. **Q two?**\n   **Explanation**: A two.\n' > one.md
printf '## B\n\n1. **Q three?**\n   **Explanation**: A three.\n\n## C\n\n1. **Q four?**\n   **Explanation**: A four.\n2. **Q five?**\n   **Explanation**: A five.\n' > two.md
beq index -q -o my.idx one.md two.md || exit 1
size=$(wc -c < my.idx)
beq --no-config --index my.idx info > info.txt || exit 1
sed -E 's/^(trigrams|text|postings)( +)[0-9]+/\1\2N/' info.txt | sed "s/^size        $size bytes\$/size        (file size) bytes/"
beq --index my.idx info --json > info.json || exit 1
jq -c --argjson size "$size" '.bytes == $size, [.index, .embedded, .format, .records, .categories, .sources], [(.trigrams, .text_bytes, .postings_bytes) | type]' info.json
