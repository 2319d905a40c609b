// bench_first_paint: time from spawning a program to its first painted top-level window, seen
// from outside the program (no hook in the app). Needs an X server without a window manager
// (bench/cold-start runs Xvfb). Watches the root window for new top-levels (CreateNotify),
// puts an X Damage object on each at once, and timestamps, on CLOCK_MONOTONIC from just
// before fork():
//   mapped_ms       the first top-level window mapped (MapNotify)
//   first_damage_ms the first drawing into a mapped top-level (DamageNotify, any area)
//   painted_ms      the first time drawing covered 90 % of that window (Qt flushes the whole
//                   backing store on the first expose): "first paint of the main window"
// then ends the program (SIGTERM) and prints one JSON object. libXdamage is loaded with
// dlopen (its ABI has not changed since 2004), so only the Xlib headers are needed.
// Usage: bench_first_paint [--timeout-ms 20000] -- PROGRAM [ARG...]

#include <X11/Xlib.h>
#include <X11/Xutil.h>

#include <dlfcn.h>
#include <signal.h>
#include <sys/select.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <map>
#include <vector>

namespace {

using Damage = XID;
// From <X11/extensions/Xdamage.h>: event 0 of the extension, report level 0.
struct XDamageNotifyEvent
{
    int type;
    unsigned long serial;
    Bool send_event;
    Display *display;
    Drawable drawable;
    Damage damage;
    int level;
    Bool more;
    Time timestamp;
    XRectangle area;
    XRectangle geometry;
};
constexpr int XDamageNotify = 0;
constexpr int XDamageReportRawRectangles = 0;
using QueryExtensionFn = Bool (*)(Display *, int *, int *);
using DamageCreateFn = Damage (*)(Display *, Drawable, int);

double nowMs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

int ignoreErrors(Display *, XErrorEvent *)
{
    return 0; // a window destroyed before we reached it
}

struct Watched
{
    bool mapped = false;
    int width = 0;
    int height = 0;
    double damagedArea = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    int timeoutMs = 20000;
    int first = 1;
    for (; first < argc; ++first) {
        if (std::strcmp(argv[first], "--timeout-ms") == 0 && first + 1 < argc)
            timeoutMs = std::atoi(argv[++first]);
        else if (std::strcmp(argv[first], "--") == 0) {
            ++first;
            break;
        }
    }
    if (first >= argc) {
        std::fprintf(stderr, "usage: bench_first_paint [--timeout-ms N] -- PROGRAM [ARG...]\n");
        return 2;
    }
    Display *dpy = XOpenDisplay(nullptr);
    if (dpy == nullptr) {
        std::fprintf(stderr, "bench_first_paint: cannot open the display\n");
        return 2;
    }
    void *lib = dlopen("libXdamage.so.1", RTLD_NOW);
    auto queryExtension = lib ? reinterpret_cast<QueryExtensionFn>(dlsym(lib, "XDamageQueryExtension")) : nullptr;
    auto damageCreate = lib ? reinterpret_cast<DamageCreateFn>(dlsym(lib, "XDamageCreate")) : nullptr;
    int damageEvent = 0;
    int damageError = 0;
    if (queryExtension == nullptr || damageCreate == nullptr || !queryExtension(dpy, &damageEvent, &damageError)) {
        std::fprintf(stderr, "bench_first_paint: no X Damage (libXdamage.so.1 or the server extension)\n");
        return 2;
    }
    XSetErrorHandler(ignoreErrors);
    const Window root = DefaultRootWindow(dpy);
    XSelectInput(dpy, root, SubstructureNotifyMask);
    XSync(dpy, False);

    const double t0 = nowMs();
    const pid_t child = fork();
    if (child == 0) {
        execvp(argv[first], argv + first);
        std::perror("bench_first_paint: exec");
        _exit(127);
    }
    std::map<Window, Watched> windows;
    double mappedMs = -1;
    double firstDamageMs = -1;
    double paintedMs = -1;
    int width = 0;
    int height = 0;
    int status = 0;
    bool exited = false;
    const int fd = ConnectionNumber(dpy);
    while (paintedMs < 0 && nowMs() - t0 < timeoutMs) {
        if (waitpid(child, &status, WNOHANG) == child) {
            exited = true;
            break;
        }
        if (XPending(dpy) == 0) {
            fd_set fds;
            FD_ZERO(&fds);
            FD_SET(fd, &fds);
            timeval tv { 0, 20000 };
            select(fd + 1, &fds, nullptr, nullptr, &tv);
            continue;
        }
        XEvent ev;
        XNextEvent(dpy, &ev);
        const double t = nowMs() - t0;
        if (ev.type == CreateNotify && ev.xcreatewindow.parent == root) {
            damageCreate(dpy, ev.xcreatewindow.window, XDamageReportRawRectangles);
            windows[ev.xcreatewindow.window] = { false, ev.xcreatewindow.width, ev.xcreatewindow.height, 0 };
            XFlush(dpy);
        } else if (ev.type == ConfigureNotify && windows.count(ev.xconfigure.window) != 0) {
            windows[ev.xconfigure.window].width = ev.xconfigure.width;
            windows[ev.xconfigure.window].height = ev.xconfigure.height;
        } else if (ev.type == MapNotify && windows.count(ev.xmap.window) != 0) {
            windows[ev.xmap.window].mapped = true;
            if (mappedMs < 0)
                mappedMs = t;
        } else if (ev.type == damageEvent + XDamageNotify) {
            const auto &d = reinterpret_cast<const XDamageNotifyEvent &>(ev);
            auto it = windows.find(d.drawable);
            if (it == windows.end() || !it->second.mapped)
                continue;
            if (firstDamageMs < 0)
                firstDamageMs = t;
            Watched &w = it->second;
            w.damagedArea += static_cast<double>(d.area.width) * d.area.height;
            if (w.width > 0 && w.height > 0 && w.damagedArea >= 0.9 * w.width * w.height) {
                paintedMs = t;
                width = w.width;
                height = w.height;
            }
        }
    }
    if (!exited) {
        kill(child, SIGTERM);
        waitpid(child, &status, 0);
    }
    std::printf("{\"mapped_ms\": %.1f, \"first_damage_ms\": %.1f, \"painted_ms\": %.1f, \"width\": %d, "
                "\"height\": %d, \"exited_early\": %s}\n",
                mappedMs, firstDamageMs, paintedMs, width, height, exited ? "true" : "false");
    XCloseDisplay(dpy);
    return paintedMs < 0 ? 1 : 0;
}
