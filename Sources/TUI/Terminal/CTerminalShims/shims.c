#include "CTerminalShims.h"
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static volatile sig_atomic_t quit_signal = 0;
static struct termios saved_modes;
static int have_saved_modes = 0;

int ts_is_utf8_locale(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && strcmp(codeset, "UTF-8") == 0;
}

int ts_can_address_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

static void on_quit(int sig) { quit_signal = sig; }

// Only async-signal-safe calls: tcsetattr, write, signal, raise.
void ts_restore_saved_modes(void) {
    static const char reset[] = "\033[0m\033[?25h\033[?1000l\033[?1002l\033[?1006l\033[?1049l";
    if (have_saved_modes) tcsetattr(STDIN_FILENO, TCSANOW, &saved_modes);
    ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
    (void)ignored;
}

static void on_crash(int sig) {
    ts_restore_saved_modes();
    signal(sig, SIG_DFL);
    raise(sig);
}

void ts_install_handlers(void) {
    if (tcgetattr(STDIN_FILENO, &saved_modes) == 0) have_saved_modes = 1;
    struct sigaction quit;
    memset(&quit, 0, sizeof quit);
    quit.sa_handler = on_quit;
    sigemptyset(&quit.sa_mask);
    quit.sa_flags = 0;
    sigaction(SIGINT, &quit, NULL);
    sigaction(SIGTERM, &quit, NULL);
    sigaction(SIGHUP, &quit, NULL);
    struct sigaction crash;
    memset(&crash, 0, sizeof crash);
    crash.sa_handler = on_crash;
    sigemptyset(&crash.sa_mask);
    crash.sa_flags = SA_RESETHAND;
    int fatal[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
    for (unsigned i = 0; i < sizeof fatal / sizeof fatal[0]; i++) sigaction(fatal[i], &crash, NULL);
}

int ts_quit_signal(void) { return quit_signal; }

void ts_enable_mouse(void) {
    mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    mouseinterval(0);
}

int ts_read_mouse(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *x = event.x;
    *y = event.y;
    if (event.bstate & BUTTON4_PRESSED) return 2;
    if (event.bstate & BUTTON5_PRESSED) return 3;
    if (event.bstate & BUTTON1_PRESSED) return 1;
    return 0;
}
