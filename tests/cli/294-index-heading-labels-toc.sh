# index: "## Q. ***What is X?***" and "## Q3. What is X?" headings are questions without their label and emphasis; a section that holds only a table of contents (links, a "<br/>") is no question
cat > redis.md <<'MD'
# Redis Interview Questions

*Star it if you like it.*

## Table of Contents

* *[Commands](redis-commands.md)*
* [Cluster](#cluster)

<br/>

## Q. ***What is Redis?***

An in-memory data store.

<div align="right">
    <b><a href="#">back to top</a></b>
</div>

## Q. ***Why is Redis single threaded?***

Its work is bound by memory and network.

## Q3. What does `EXPIRE` do?

Sets a time to live.
MD
beq index -o redis.idx redis.md
echo "rc=$?"
beq --index redis.idx --json list
