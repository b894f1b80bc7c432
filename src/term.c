/* The terminal beq quiz runs on: cbreak mode, and signals turned into
 * events through a self-pipe so that none is lost between the check and
 * the wait, with the terminal restored before any stop or exit. */
#include <sys/ioctl.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "term.h"
#include "util.h"

/* Signal handlers can reach only globals: this is the one terminal. */
static int tty_fd = -1;
static int raw_on;
static struct termios saved;
static int sig_pipe[2] = { -1, -1 };
static int exit_hook;

static const int handled[] = { SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT,
	SIGWINCH };
#define NHANDLED (sizeof handled / sizeof handled[0])
static struct sigaction old_actions[NHANDLED];

static void
on_signal(int sig)
{
	int e = errno;
	unsigned char c = (unsigned char)sig;

	(void)!write(sig_pipe[1], &c, 1);
	errno = e;
}

static int
enter_raw(void)
{
	struct termios t = saved;

	t.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
	t.c_cc[VMIN] = 1;
	t.c_cc[VTIME] = 0;
	while (tcsetattr(tty_fd, TCSAFLUSH, &t) == -1)
		if (errno != EINTR)
			return -1;
	raw_on = 1;
	return 0;
}

static void
leave_raw(void)
{
	if (!raw_on)
		return;
	while (tcsetattr(tty_fd, TCSAFLUSH, &saved) == -1 && errno == EINTR)
		;
	raw_on = 0;
}

static void
install(void)
{
	struct sigaction sa;
	size_t i;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	/* no SA_RESTART: poll returns EINTR, and the pipe says why */
	for (i = 0; i < NHANDLED; i++)
		sigaction(handled[i], &sa, &old_actions[i]);
}

void
term_close(void)
{
	size_t i;

	if (tty_fd == -1)
		return;
	leave_raw();
	for (i = 0; i < NHANDLED; i++)
		sigaction(handled[i], &old_actions[i], NULL);
	close(sig_pipe[0]);
	close(sig_pipe[1]);
	sig_pipe[0] = sig_pipe[1] = -1;
	tty_fd = -1;
}

int
term_open(int fd, char *err, size_t errsz)
{
	int i;

	if (tcgetattr(fd, &saved) == -1)
		return errorf(err, errsz, "%s", strerror(errno));
	if (pipe(sig_pipe) == -1)
		return errorf(err, errsz, "%s", strerror(errno));
	for (i = 0; i < 2; i++) {
		fcntl(sig_pipe[i], F_SETFL,
		    fcntl(sig_pipe[i], F_GETFL) | O_NONBLOCK);
		fcntl(sig_pipe[i], F_SETFD, FD_CLOEXEC);
	}
	tty_fd = fd;
	if (!exit_hook && atexit(term_close) == 0)
		exit_hook = 1;
	install();
	if (enter_raw() == -1) {
		errorf(err, errsz, "%s", strerror(errno));
		term_close();
		return -1;
	}
	return 0;
}

/* Ctrl-Z: the terminal as it was, then the stop itself (the default
 * action, which our handler replaced); fg continues here. */
static void
suspend(void)
{
	struct sigaction dfl, old;
	sigset_t set;

	leave_raw();
	memset(&dfl, 0, sizeof dfl);
	dfl.sa_handler = SIG_DFL;
	sigemptyset(&dfl.sa_mask);
	sigaction(SIGTSTP, &dfl, &old);
	sigemptyset(&set);
	sigaddset(&set, SIGTSTP);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	raise(SIGTSTP);
	sigaction(SIGTSTP, &old, NULL);
}

void
term_next(struct term_event *ev, char *err, size_t errsz)
{
	struct pollfd p[2];
	unsigned char c[16];
	ssize_t n;

	memset(ev, 0, sizeof *ev);
	for (;;) {
		p[0].fd = sig_pipe[0];
		p[0].events = POLLIN;
		p[1].fd = tty_fd;
		p[1].events = POLLIN;
		p[0].revents = p[1].revents = 0;
		if (poll(p, 2, -1) == -1) {
			if (errno == EINTR)
				continue;
			ev->kind = TERM_FAILED;
			errorf(err, errsz, "%s", strerror(errno));
			return;
		}
		if (p[0].revents & POLLIN && read(sig_pipe[0], c, 1) == 1) {
			int sig = c[0];

			if (sig == SIGTSTP) {
				suspend();
				/* SIGCONT follows, and redraws */
				continue;
			}
			if (sig == SIGCONT || sig == SIGWINCH) {
				if (sig == SIGCONT && enter_raw() == -1) {
					ev->kind = TERM_FAILED;
					errorf(
					    err, errsz, "%s", strerror(errno));
					return;
				}
				ev->kind = TERM_REDRAW;
				return;
			}
			ev->kind = TERM_SIGNAL;
			ev->sig = sig;
			return;
		}
		if (p[1].revents & (POLLIN | POLLHUP | POLLERR)) {
			n = read(tty_fd, c, sizeof c);
			if (n == -1 && (errno == EINTR || errno == EAGAIN))
				continue;
			if (n <= 0) {
				ev->kind = TERM_EOF;
				return;
			}
			/* an escape sequence (arrows, function keys) is no
			 * answer: skip it whole */
			if (c[0] == 0x1b)
				continue;
			ev->kind = TERM_KEY;
			ev->key = c[0];
			return;
		}
	}
}

int
term_width(void)
{
	struct winsize ws;

	if (tty_fd == -1 || ioctl(tty_fd, TIOCGWINSZ, &ws) == -1)
		return 0;
	return ws.ws_col;
}
