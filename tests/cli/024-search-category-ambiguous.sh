# search -c: an exact slug wins over prefixes; an ambiguous prefix is an error naming the candidates
cat > cats.md <<'MD'
## Data

1. **What is data?**
   **Explanation**: Facts.

## Databases

1. **What is a database?**
   **Explanation**: Stored data.

## Data Structures

1. **What is a data structure?**
   **Explanation**: A way to organise data.
MD
beq index -q -o cats.idx cats.md || exit 1
q() { out=$(beq --index cats.idx search --ids --sort=id "$@"); rc=$?; printf '%s: %s (rc=%s)\n' "$*" "$(echo $out)" "$rc"; }
q data
q -c data data
q -c datab data
q -c data-s data
q -c 'Data Structures' data
q -c dat data
q -c d data
q -c dat -c data data
