# show: paragraphs of an answer are separated by an empty line (no trailing indent), each wrapped and indented
cat > para.md <<'MD'
## Para

1. **What has two paragraphs?**
   **Explanation**: The first paragraph
   has a soft break.

   Second paragraph here, long enough to be wrapped at the narrow width of forty columns.
MD
beq index -q -o p.idx para.md || exit 1
COLUMNS=40 beq --index p.idx show 1
