# categories: the slug is the name lower-cased with every run of non-alphanumerics one '-', none at the ends
for c in 'CI/CD & DevOps' 'Problem-Solving and Scenarios' 'Web 2.0' 'C++ / Rust!'; do
	printf '## %s\n\n1. **Q?**\n   **Explanation**: A.\n\n' "$c"
done > slugs.md
beq index -q -o slugs.idx slugs.md || exit 1
beq --index slugs.idx categories
beq --index slugs.idx categories --json
beq --index slugs.idx list -c c-rust -c web-2-0
