/* Paging output through less, as git does. */
#ifndef BEQ_PAGER_H
#define BEQ_PAGER_H

#include <stddef.h>
#include <sys/types.h>

/* The pager command in effect: $BEQ_PAGER if set, else $PAGER if set,
 * else "less". NULL when the one in effect is empty or "cat" (no pager);
 * *from names where it came from ("BEQ_PAGER", "PAGER" or "default"). */
const char *pager_command(const char **from);

/* Whether the first word of cmd is a command sh finds (in PATH, or a
 * builtin); 1 too when that word holds shell syntax, which only running
 * it tells. Forks "sh -c 'command -v WORD'". */
int pager_found(const char *cmd);

/* Starts cmd with "sh -c", its standard input a pipe from us, LESS=FRX
 * and LV=-c (when set: -R, -c before their values). Returns the pipe's write end and sets *pid,
 * or returns -1 with err set. From then on SIGPIPE, SIGINT and SIGQUIT are
 * ignored here: the pager answers the keyboard, and when it quits first
 * our writes fail with EPIPE. */
int pager_start(const char *cmd, pid_t *pid, char *err, size_t errsize);

/* Waits for the pager. Returns its exit status, or 128 + a signal. */
int pager_wait(pid_t pid);

/* The screen rows s[0..n) takes on a terminal cols wide: lines wrap at
 * cols, tabs stop every 8 columns, SGR escape sequences take no room. */
size_t pager_rows(const char *s, size_t n, int cols);

#endif
