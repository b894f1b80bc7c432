/* Paging output through less, as git does. */
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "pager.h"
#include "utf8.h"
#include "util.h"

const char *
pager_command(const char **from)
{
	const char *p = getenv("BEQ_PAGER");

	*from = "BEQ_PAGER";
	if (p == NULL) {
		p = getenv("PAGER");
		*from = "PAGER";
	}
	if (p == NULL) {
		p = "less";
		*from = "default";
	}
	p += strspn(p, " \t");
	if (p[0] == '\0' || strcmp(p, "cat") == 0)
		return NULL;
	return p;
}

/* The pager's options in variable name: unset, deflt; set, the user's
 * options with colors (-R for less, as bat passes it; -c for lv) before
 * them, or colors show as raw escape codes ("LESS=S"); a later option of
 * theirs still wins. */
static void
colors_env(const char *name, const char *deflt, const char *colors)
{
	const char *v = getenv(name);
	struct buf b = { 0 };

	if (v == NULL) {
		setenv(name, deflt, 1);
		return;
	}
	buf_adds(&b, colors);
	buf_adds(&b, v);
	setenv(name, buf_cstr(&b), 1);
	buf_free(&b);
}

int
pager_found(const char *cmd)
{
	size_t n = strcspn(cmd, " \t\n");
	char *word;
	pid_t pid;
	int st;

	/* shell syntax in the first word: leave it to sh */
	if (n == 0 || strcspn(cmd, "|&;<>()$`\\\"'*?[]#~=%{}!") < n)
		return 1;
	word = xstrndup(cmd, n);
	signal(SIGCHLD, SIG_DFL);
	if ((pid = fork()) == -1) {
		free(word);
		return 1;
	}
	if (pid == 0) {
		int fd = open("/dev/null", O_WRONLY);

		if (fd != -1) {
			dup2(fd, STDOUT_FILENO);
			dup2(fd, STDERR_FILENO);
		}
		execl("/bin/sh", "sh", "-c", "command -v -- \"$1\"", "sh", word,
		    (char *)NULL);
		_exit(127);
	}
	free(word);
	while (waitpid(pid, &st, 0) == -1)
		if (errno != EINTR)
			return 1;
	return WIFEXITED(st) && WEXITSTATUS(st) == 0;
}

int
pager_start(const char *cmd, pid_t *pid, char *err, size_t errsize)
{
	int fd[2];

	if (pipe(fd) == -1)
		return errorf(err, errsize, "pipe: %s", strerror(errno));
	/* a SIGCHLD left ignored by whoever started us would make the
	 * kernel reap the pager, and waitpid fail */
	signal(SIGCHLD, SIG_DFL);
	if ((*pid = fork()) == -1) {
		close(fd[0]);
		close(fd[1]);
		return errorf(err, errsize, "fork: %s", strerror(errno));
	}
	if (*pid == 0) {
		/* with our standard input closed the pipe may already be
		 * it */
		if (fd[0] != STDIN_FILENO) {
			if (dup2(fd[0], STDIN_FILENO) == -1)
				_exit(126);
			close(fd[0]);
		}
		close(fd[1]);
		/* less: quit when all fits (-F), pass colors (-R), leave
		 * the screen as it is on quitting (-X); lv: colors */
		colors_env("LESS", "FRX", "-R ");
		colors_env("LV", "-c", "-c ");
		execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
		_exit(127);
	}
	close(fd[0]);
	signal(SIGPIPE, SIG_IGN);
	signal(SIGINT, SIG_IGN);
	signal(SIGQUIT, SIG_IGN);
	return fd[1];
}

int
pager_wait(pid_t pid)
{
	int status;

	while (waitpid(pid, &status, 0) == -1)
		if (errno != EINTR)
			return 127;
	if (WIFSIGNALED(status))
		return 128 + WTERMSIG(status);
	return WEXITSTATUS(status);
}

size_t
pager_rows(const char *s, size_t n, int cols)
{
	size_t rows = 0, i = 0;
	int col = 0;

	if (cols <= 0)
		cols = 80;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		uint32_t cp;
		int w;

		if (c == '\n') {
			rows++;
			col = 0;
			i++;
			continue;
		}
		if (c == '\033' && i + 1 < n && s[i + 1] == '[') {
			for (i += 2; i < n && !(s[i] >= 0x40 && s[i] <= 0x7e);
			     i++)
				;
			i++;
			continue;
		}
		if (c == '\t') {
			w = 8 - col % 8;
			i++;
		} else if (c < 0x80) {
			w = c >= 0x20 && c != 0x7f;
			i++;
		} else {
			i += utf8_decode(s + i, n - i, &cp);
			w = utf8_width(cp);
		}
		if (col + w > cols) {
			rows++;
			col = 0;
		}
		col += w;
	}
	return rows + (col > 0);
}
