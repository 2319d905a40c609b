"""A throw-away PostgreSQL cluster in a state directory, and the process
helpers the local server scripts share (scripts/nova-server).

The cluster lives in DIR/pg with its unix socket in DIR/pgsock and never
listens on TCP.  When the `postgres` user cannot enter DIR, or the socket
path would exceed the 107-byte limit, it goes to a private /tmp/pis-XXXX
instead, named in DIR/pg.path and deleted at stop.  initdb and postgres
refuse to run as root; as root they run as `postgres` (Popen(user=...), so
the recorded pid is the real postmaster).  Same behaviour as
scripts/placement-server; see docs/testing-servers.md.
"""

import glob
import os
import pwd
import re
import shlex
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request

PG_PORT = 5432          # only names the socket file; we never listen on TCP
SOCK_NAME = ".s.PGSQL.%d" % PG_PORT
STOP_TIMEOUT = 10.0


class Failure(Exception):
    """A start-up step failed; the message is shown to the user."""


# --------------------------------------------------------------------------
# files and processes
# --------------------------------------------------------------------------

def read_pid(path):
    try:
        with open(path) as f:
            return int(f.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def write_file(path, text, mode=0o644):
    """Atomic: readers see the old file or the whole new one."""
    tmp = "%s.tmp.%d" % (path, os.getpid())
    with open(tmp, "w") as f:
        f.write(text)
    os.chmod(tmp, mode)
    os.replace(tmp, path)


def proc_stat(pid):
    """(state, pgrp, ppid) of a process, or None when it does not exist."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            data = f.read()
    except OSError:
        return None
    rest = data[data.rindex(")") + 2:].split()
    return rest[0], int(rest[2]), int(rest[1])


def reap(pid):
    """Collect a child's exit status if it is ours (avoids zombies)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except (ChildProcessError, OSError):
        pass


def alive(pid):
    """True when pid exists and is not a zombie (zombies are dead)."""
    if not pid:
        return False
    reap(pid)
    st = proc_stat(pid)
    return st is not None and st[0] not in ("Z", "X")


def cmdline(pid):
    try:
        with open("/proc/%d/cmdline" % pid, "rb") as f:
            return f.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def related(pid):
    """Live processes in pid's process group or children of pid (postgres
    backends call setsid(), so they are only found by parent)."""
    out = []
    for ent in os.listdir("/proc"):
        if not ent.isdigit() or int(ent) == pid:
            continue
        st = proc_stat(int(ent))
        if st and (st[1] == pid or st[2] == pid) and st[0] not in ("Z", "X"):
            out.append(int(ent))
    return out


def kill_all(pids, sig=signal.SIGKILL):
    for q in pids:
        try:
            os.kill(q, sig)
        except ProcessLookupError:
            pass


def ours(pid, word, cwd=None):
    """Guard against PID reuse: the process must look like what we started
    (command line contains `word`; working directory is `cwd` if given)."""
    if not (alive(pid) and word in cmdline(pid)):
        return False
    if cwd:
        try:
            return os.path.realpath(os.readlink("/proc/%d/cwd" % pid)) == \
                os.path.realpath(cwd)
        except OSError:
            return False
    return True


def wait_gone(pids, timeout):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if not any(alive(p) for p in pids):
            return True
        time.sleep(0.1)
    return not any(alive(p) for p in pids)


def stop_gunicorn(pid_file, cwd, log):
    """SIGTERM the gunicorn master recorded in pid_file (graceful), then
    SIGKILL it and its leftover workers.  True when nothing is left."""
    pid = read_pid(pid_file)
    ok = True
    if pid and ours(pid, "gunicorn", cwd):
        family = [q for q in related(pid) if "gunicorn" in cmdline(q)]
        kill_all([pid], signal.SIGTERM)
        if not wait_gone([pid], STOP_TIMEOUT):
            log("gunicorn %d ignored SIGTERM, sending SIGKILL" % pid)
            kill_all([pid])
            ok = wait_gone([pid], 5)
        left = [q for q in family if alive(q)]
        if left and not wait_gone(left, 3):
            kill_all(left)
            ok = wait_gone(left, 5) and ok
    if ok and os.path.exists(pid_file):
        os.unlink(pid_file)
    return ok


def log_size(path):
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def read_from(path, offset=0):
    try:
        with open(path, "rb") as f:
            f.seek(offset)
            return f.read().decode(errors="replace").splitlines()
    except OSError:
        return []


CAUSE_RE = re.compile(r"^[A-Za-z_][\w.]*(Error|Exception|Failure)\b.*"
                      r"|\b(ERROR|CRITICAL|FATAL|PANIC)\b.*"
                      r"|^Failed to (find|parse) .*"    # gunicorn: bad app spec
                      r"|^\S+: error: .*")            # argparse (oslo.config)
NOISE_RE = re.compile(r"Exception in worker process|HaltServer|"
                      r"Worker failed to boot|duplicate key value|"
                      r"Shutting down|Reason: |"
                      r"the database system is starting up")  # pg_isready
STAMP_RE = re.compile(r"^\[[^]]*\] \[\d+\] |"
                      r"^\d{4}-\d\d-\d\d[ T][\d:.]+( UTC)? (\[?\d+\]?)? *")


def probable_causes(lines, n=6):
    out = []
    for ln in lines:
        if CAUSE_RE.search(ln) and not NOISE_RE.search(ln):
            ln = STAMP_RE.sub("", ln.strip())
            if ln in out:
                out.remove(ln)
            out.append(ln)
    return out[-n:]


def clean_env(extra=None):
    env = dict(os.environ)
    # the pyenv python on PATH must not leak into the Debian python
    for k in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV"):
        env.pop(k, None)
    env["PYTHONUNBUFFERED"] = "1"
    if extra:
        env.update(extra)
    return env


def free_port():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
    finally:
        s.close()


def http_status(url, timeout=2.0, headers=None):
    """HTTP status of GET url, or a short error text."""
    try:
        req = urllib.request.Request(url, headers=headers or {})
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code
    except (urllib.error.URLError, OSError, ValueError) as e:
        return str(getattr(e, "reason", e))


def env_line(k, v):
    v = str(v)
    # `?` is harmless in an assignment (no globbing); quote anything else odd
    if v and all(c.isalnum() or c in "_@%+=:,./?-" for c in v):
        return "%s=%s" % (k, v)
    return "%s=%s" % (k, shlex.quote(v))


def read_env(path):
    """The KEY=value lines of an env file written with env_line()."""
    env = {}
    with open(path) as f:
        for ln in f:
            ln = ln.rstrip("\n")
            if "=" in ln and not ln.startswith("#"):
                k, v = ln.split("=", 1)
                env[k] = shlex.split(v)[0] if v else ""
    return env


# --------------------------------------------------------------------------
# PostgreSQL
# --------------------------------------------------------------------------

def pg_bin(name):
    base = os.environ.get("PG_BIN")
    if not base:
        cands = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                       key=lambda p: int(p.split("/")[-2])
                       if p.split("/")[-2].isdigit() else 0)
        base = cands[-1] if cands else "/usr/lib/postgresql/15/bin"
    return os.path.join(base, name)


def as_postgres():
    """Popen kwargs to run a PostgreSQL binary as `postgres` when we are
    root (initdb/postgres refuse to run as root)."""
    if os.geteuid() != 0:
        return {}
    pw = pwd.getpwnam("postgres")
    return {"user": pw.pw_uid, "group": pw.pw_gid, "extra_groups": []}


def chown_postgres(path):
    if os.geteuid() == 0:
        pw = pwd.getpwnam("postgres")
        os.chown(path, pw.pw_uid, pw.pw_gid)


class Cluster:
    """A private PostgreSQL cluster kept in the state directory `dir`."""

    def __init__(self, d, log):
        self.dir = os.path.abspath(d)
        self.log = log
        self.link = os.path.join(self.dir, "pg.path")
        self.logfile = os.path.join(self.dir, "postgres.log")
        self.pidfile = os.path.join(self.dir, "postgres.pid")

    def base(self):
        if os.path.exists(self.link):
            with open(self.link) as f:
                return f.read().strip()
        return self.dir

    @property
    def data(self):
        return os.path.join(self.base(), "pg")

    @property
    def sock(self):
        return os.path.join(self.base(), "pgsock")

    def url(self, dbname):
        """SQLAlchemy URL; port 5432 is libpq's default, so host= alone
        selects the socket directory."""
        return "postgresql+psycopg2://postgres@/%s?host=%s" % (dbname,
                                                               self.sock)

    def running(self):
        pid = read_pid(self.pidfile)
        return bool(pid and ours(pid, "-D %s " % self.data))

    def connect(self, dbname="postgres", autocommit=True):
        import psycopg2
        conn = psycopg2.connect(host=self.sock, port=PG_PORT,
                                user="postgres", dbname=dbname)
        conn.autocommit = autocommit
        return conn

    def databases(self):
        conn = self.connect()
        try:
            with conn.cursor() as cur:
                cur.execute("SELECT datname FROM pg_database")
                return {r[0] for r in cur.fetchall()}
        finally:
            conn.close()

    def create_databases(self, names):
        have = self.databases()
        conn = self.connect()
        try:
            with conn.cursor() as cur:
                for n in names:
                    if n not in have:
                        cur.execute('CREATE DATABASE "%s"' % n)
        finally:
            conn.close()

    def _reachable(self, path, kw):
        return subprocess.run(["test", "-x", path], cwd="/",
                              **kw).returncode == 0

    def start(self, max_connections=100, fresh=False, timeout=30):
        kw = as_postgres()
        if fresh and os.path.exists(self.data):
            shutil.rmtree(self.data)
        if os.geteuid() == 0:
            os.chmod(self.dir, os.stat(self.dir).st_mode | 0o711)
        if not os.path.exists(self.link):
            long_sock = len(os.path.join(self.sock, SOCK_NAME)) > 100
            if long_sock or not self._reachable(self.dir, kw):
                base = tempfile.mkdtemp(prefix="pis-")
                os.chmod(base, 0o711)
                write_file(self.link, base + "\n")
                self.log("%s: using %s for the database cluster (discarded "
                         "at stop)" % ("socket path too long" if long_sock
                                       else "user postgres cannot enter "
                                       + self.dir, base))
        os.makedirs(self.sock, exist_ok=True)
        chown_postgres(self.sock)
        if not os.path.exists(os.path.join(self.data, "PG_VERSION")):
            os.makedirs(self.data, exist_ok=True)
            os.chmod(self.data, 0o700)
            chown_postgres(self.data)
            if subprocess.run(["test", "-w", self.data], cwd="/",
                              **kw).returncode:
                raise Failure("user postgres cannot write %s" % self.data)
            with open(self.logfile, "ab") as lf:
                r = subprocess.run(
                    [pg_bin("initdb"), "-D", self.data, "-U", "postgres",
                     "--auth=trust", "-E", "UTF8", "--no-locale",
                     "--no-sync", "--no-instructions"],
                    stdout=lf, stderr=subprocess.STDOUT, cwd="/",
                    env=clean_env(), **kw)
            if r.returncode:
                raise Failure("initdb failed (exit %d)" % r.returncode)
        opts = {
            "listen_addresses": "",
            "unix_socket_directories": self.sock,
            "port": str(PG_PORT),
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "max_connections": str(max_connections),
            "shared_buffers": "64MB",
            "logging_collector": "off",
            "log_min_messages": "warning",
            "log_min_error_statement": "panic",
        }
        cmd = [pg_bin("postgres"), "-D", self.data]
        for k, v in opts.items():
            cmd += ["-c", "%s=%s" % (k, v)]
        lf = open(self.logfile, "ab")
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=lf,
                                stderr=subprocess.STDOUT, cwd="/",
                                start_new_session=True, env=clean_env(), **kw)
        lf.close()
        write_file(self.pidfile, "%d\n" % proc.pid)
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise Failure("postgres exited during start-up (exit %s)"
                              % proc.returncode)
            r = subprocess.run([pg_bin("pg_isready"), "-q", "-h", self.sock,
                                "-p", str(PG_PORT), "-U", "postgres",
                                "-d", "postgres"], env=clean_env())
            if r.returncode == 0:
                return
            if time.monotonic() > deadline:
                raise Failure("postgres not ready after %d s" % timeout)
            time.sleep(0.2)

    def stop(self):
        """Fast, then immediate shutdown, then SIGKILL.  True when nothing
        is left; the /tmp cluster (pg.path) is then deleted."""
        pid = read_pid(self.pidfile)
        if not pid:
            pid = read_pid(os.path.join(self.data, "postmaster.pid"))
        ok = True
        if pid and ours(pid, "-D %s " % self.data):
            family = [q for q in related(pid) if "postgres" in cmdline(q)]
            for sig, wait in ((signal.SIGINT, 8), (signal.SIGQUIT, 4),
                              (signal.SIGKILL, 4)):
                kill_all([pid], sig)
                if wait_gone([pid], wait):
                    break
            ok = not alive(pid)
            left = [q for q in family if alive(q)]
            if left and not wait_gone(left, 3):
                kill_all(left)
                ok = wait_gone(left, 5) and ok
        if ok:
            if os.path.exists(self.pidfile):
                os.unlink(self.pidfile)
            if os.path.exists(self.link):
                shutil.rmtree(self.base(), ignore_errors=True)
                os.unlink(self.link)
        return ok

    def dump(self, dbname, path):
        """Plain-SQL dump of one database, written atomically to path (a
        reader sees no file or the whole dump, never a partial one)."""
        tmp = "%s.tmp.%d" % (path, os.getpid())
        with open(tmp, "wb") as out:
            r = subprocess.run(
                [pg_bin("pg_dump"), "-h", self.sock, "-p", str(PG_PORT),
                 "-U", "postgres", "--no-owner", "--no-privileges", dbname],
                stdout=out, stderr=subprocess.PIPE, env=clean_env())
        if r.returncode:
            os.unlink(tmp)
            raise Failure("pg_dump %s failed: %s" % (
                dbname, r.stderr.decode(errors="replace").strip()))
        os.replace(tmp, path)

    def restore(self, dbname, path):
        """Loads a dump made by dump() into the (new, empty) database."""
        with open(path, "rb") as f:
            r = subprocess.run(
                [pg_bin("psql"), "-q", "-X", "-v", "ON_ERROR_STOP=1",
                 "-h", self.sock, "-p", str(PG_PORT), "-U", "postgres",
                 "-d", dbname], stdin=f, stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE, env=clean_env())
        if r.returncode:
            raise Failure("restoring %s from %s failed: %s" % (
                dbname, path, r.stderr.decode(errors="replace").strip()))
