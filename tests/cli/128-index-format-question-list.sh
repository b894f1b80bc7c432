# index: bullet or numbered lists of questions without answers
cat > list.md <<'MD'
## Kubernetes

* What is a pod?
* What is a sidecar container?
- What is a DaemonSet?

## Linux

1. What does `fork` return?
2. What is a zombie process?
MD
beq index -q -o l.idx list.md
echo "rc=$?"
beq --index l.idx list
beq --index l.idx show --json 1
beq --index l.idx show 5
