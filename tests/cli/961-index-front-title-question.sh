# a page titled in its front matter whose "## Question" section asks: the question is that paragraph, at its heading, the title its category; --explain says so
cat > svc.md <<'MD'
---
title: "How do Services route?"
---

## Question

Walk through how a Service routes traffic to its Pods.

## Short Answer

By its selector.
MD
beq index --explain svc.md; echo "rc=$?"
beq index -q -o svc.idx svc.md; echo "rc=$?"
beq --index svc.idx --json list
