/* The subcommands' entry points: argv[0] is the command name. */
#ifndef BEQ_CMDS_H
#define BEQ_CMDS_H

struct options;

int cmd_search(int argc, char **argv, struct options *o);
int cmd_show(int argc, char **argv, struct options *o);
int cmd_related(int argc, char **argv, struct options *o);
int cmd_list(int argc, char **argv, struct options *o);
int cmd_categories(int argc, char **argv, struct options *o);
int cmd_quiz(int argc, char **argv, struct options *o);
int cmd_random(int argc, char **argv, struct options *o);
int cmd_index(int argc, char **argv, struct options *o);
int cmd_info(int argc, char **argv, struct options *o);
int cmd_help(int argc, char **argv, struct options *o);

/* beq index --explain: how each of the files is read (cmd_explain.c). */
int index_explain(struct options *o, int layout, char **paths, int n);

#endif
