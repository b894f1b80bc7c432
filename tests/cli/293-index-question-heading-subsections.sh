# index: a heading that asks, with subheadings that do not ("## 1. What is X?" then "### Parts", "### Example"), is one question: its subsections are its answer, not questions; at the question level "## 3. Explain X." is one too
cat > k8s.md <<'MD'
# Kubernetes questions

#### All the answers are below

## 1. What is a *pod*?

The smallest unit that runs.

### Parts

- containers
- volumes

### Example

```yaml
kind: Pod
```

## 2. How does a service find pods?

By labels.

### Selectors

Equality or set based.

## 3. Explain the *kubelet*.

### Role

Runs the pods of its node.
MD
beq index -o k8s.idx k8s.md
echo "rc=$?"
beq --index k8s.idx --json list
