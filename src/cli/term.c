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
/* Keys read but not reported yet: one read can bring several, typed
 * ahead or sent at once (as tmux send-keys does). */
static unsigned char pend[64];
static size_t pend_at, pend_n;

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
	pend_at = pend_n = 0;
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
 * action, which our handler replaced). */
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

/* The key of the escape sequence at c (n bytes left), and its length in
 * *len: up and down as xterm sends them in either cursor mode (ESC [ A,
 * ESC O A), page up and down as ESC [ 5 ~ and ESC [ 6 ~; 0 for any other
 * (a lone Esc, Alt and a key, function keys), which is skipped whole. */
static int
escape_key(const unsigned char *c, size_t n, size_t *len)
{
	size_t i;

	*len = 1;
	if (n < 2)
		return 0;
	if (c[1] == 'O' && n >= 3) {
		*len = 3;
		return c[2] == 'A' ? TERM_KEY_UP :
		    c[2] == 'B'    ? TERM_KEY_DOWN :
		                     0;
	}
	if (c[1] != '[') {
		*len = 2;
		return 0;
	}
	/* a CSI sequence: parameter and intermediate bytes, then a final
	 * byte in 0x40..0x7e */
	for (i = 2; i < n && (c[i] < 0x40 || c[i] > 0x7e); i++)
		;
	*len = i < n ? i + 1 : n;
	if (*len == 3 && c[2] == 'A')
		return TERM_KEY_UP;
	if (*len == 3 && c[2] == 'B')
		return TERM_KEY_DOWN;
	if (*len == 4 && c[2] == '5' && c[3] == '~')
		return TERM_KEY_PAGE_UP;
	if (*len == 4 && c[2] == '6' && c[3] == '~')
		return TERM_KEY_PAGE_DOWN;
	return 0;
}

/* Takes the next key read into ev. Returns 1, or 0 when none is left. */
static int
next_key(struct term_event *ev)
{
	while (pend_at < pend_n) {
		const unsigned char *c = pend + pend_at;
		size_t len;
		int key;

		if (c[0] != 0x1b) {
			key = c[0];
			len = 1;
		} else
			key = escape_key(c, pend_n - pend_at, &len);
		pend_at += len;
		if (key != 0) {
			ev->kind = TERM_KEY;
			ev->key = key;
			return 1;
		}
	}
	pend_at = pend_n = 0;
	return 0;
}

void
term_next(struct term_event *ev, char *err, size_t errsz)
{
	struct pollfd p[2];
	unsigned char c[16];
	ssize_t n;

	memset(ev, 0, sizeof *ev);
	if (next_key(ev))
		return;
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

			/* after a stop, fg continues here; a stop that never
			 * happened (the kernel drops it for an orphaned
			 * process group: beq leading its own session, as in
			 * tmux new 'beq quiz') returns at once. Either way,
			 * back to raw mode and redraw; the SIGCONT that may
			 * follow redraws again. */
			if (sig == SIGTSTP)
				suspend();
			if (sig == SIGTSTP || sig == SIGCONT ||
			    sig == SIGWINCH) {
				if (sig != SIGWINCH && enter_raw() == -1) {
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
			n = read(tty_fd, pend, sizeof pend);
			if (n == -1 && (errno == EINTR || errno == EAGAIN))
				continue;
			if (n <= 0) {
				ev->kind = TERM_EOF;
				return;
			}
			pend_at = 0;
			pend_n = (size_t)n;
			if (next_key(ev))
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

int
term_height(void)
{
	struct winsize ws;

	if (tty_fd == -1 || ioctl(tty_fd, TIOCGWINSZ, &ws) == -1)
		return 0;
	return ws.ws_row;
}
