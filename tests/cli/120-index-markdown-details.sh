# index, built-in format: BOM, YAML front matter, CRLF, HTML comments, code fences, loose items; lines of the original file
printf '\357\273\277---\r\ntitle: front matter\r\n## Not a category\r\n---\r\n## Cat\r\n\r\n<!-- 1. **Commented out?**\r\n   **Explanation**: no -->\r\n1. **CRLF question?**  \r\n   **Explanation**: CRLF answer\r\n   continues here.\r\n\r\n   Second paragraph.\r\n\r\n```\r\n## Fenced heading\r\n```\r\n2. **After the fence?**\r\n   **Explanation**: Yes, with `code`.\r\n' > crlf.md
beq index -q -o c.idx crlf.md || exit 1
beq --index c.idx categories
beq --index c.idx list --json
