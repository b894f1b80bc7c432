# search on a user index: paragraphs are lines, ^ and $ anchor at line ends (multi-line mode)
# the score is not part of the contract (it changes with tuning): drop it
noscore() { sed 's/,"score":[-+.0-9eE]*}$/}/'; }
cat > para.md <<'MD'
## Para

1. **What has two paragraphs?**
   **Explanation**: The first paragraph
   has a soft break.

   Second paragraph here.
MD
beq index -q -o p.idx para.md || exit 1
q() { out=$(beq --index p.idx search --ids --sort=id "$@"); rc=$?; printf '%s: %s (rc=%s)\n' "$*" "$(echo $out)" "$rc"; }
q '^Second'
q 'break\.$'
q '^The first'
q 'paragraph has'
q 'break\.\s+Second'
q 'break\. Second'
beq --index p.idx search --json '^second' | noscore
