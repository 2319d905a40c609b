"""A throw-away certificate authority for the local test servers (--tls of
scripts/placement-server and scripts/keystone-server).

DIR holds ca.pem (the CA a client must be given), server.pem/.key (SAN
DNS:localhost, IP:127.0.0.1, so a client that verifies host names refuses the
server when it is reached as WRONG_NAME_HOST) and client.pem/.key (clientAuth).
Made with the openssl command line; kept across restarts unless asked for fresh
ones, so a profile that names DIR/ca.pem keeps working.
"""

import os
import subprocess

# Servers also listen here with the same certificate, which names only
# 127.0.0.1 and localhost: a client that verifies host names must refuse it
WRONG_NAME_HOST = "127.0.0.2"


class CaError(Exception):
    """An openssl step failed; the message says which and why."""


class TlsFiles:
    """DIR: ca.pem (the CA a client must be given), server.pem/.key
    (SAN DNS:localhost, IP:127.0.0.1), client.pem/.key (clientAuth)."""

    def __init__(self, d):
        self.dir = d
        j = lambda *p: os.path.join(d, *p)  # noqa: E731
        self.ca, self.ca_key = j("ca.pem"), j("ca.key")
        self.server_cert, self.server_key = j("server.pem"), j("server.key")
        self.client_cert, self.client_key = j("client.pem"), j("client.key")

    def complete(self):
        return all(os.path.exists(f) for f in (
            self.ca, self.ca_key, self.server_cert, self.server_key,
            self.client_cert, self.client_key))

    def context(self, client_cert=False):
        """An ssl context that trusts only this CA (and offers the client
        certificate when asked), for the readiness checks."""
        import ssl
        ctx = ssl.create_default_context(cafile=self.ca)
        if client_cert:
            ctx.load_cert_chain(self.client_cert, self.client_key)
        return ctx


def _clean_env():
    env = dict(os.environ)
    for k in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV"):
        env.pop(k, None)
    return env


def _openssl(args, cwd):
    r = subprocess.run(["openssl"] + args, cwd=cwd, stdin=subprocess.DEVNULL,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       env=_clean_env())
    if r.returncode:
        raise CaError("openssl %s failed (exit %d): %s" % (
            args[0], r.returncode,
            r.stdout.decode(errors="replace").strip()[-500:]))


def _write(path, text):
    with open(path, "w") as f:
        f.write(text)


def make_tls(d, fresh, name):
    """Creates the CA and its certificates in D (kept when not `fresh` and the
    server certificate is valid for at least a day more). NAME (the server's
    name, e.g. "placement-server") goes into the subjects. Returns TlsFiles."""
    t = TlsFiles(d)
    if not fresh and t.complete() and subprocess.run(
            ["openssl", "x509", "-checkend", "86400", "-noout",
             "-in", t.server_cert], stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL).returncode == 0:
        return t
    import shutil
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d, mode=0o700)
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"]
    _openssl(["req", "-x509", "-new", "-nodes"] + ec + [
        "-keyout", t.ca_key, "-out", t.ca, "-days", "3650",
        "-subj", "/CN=%s throw-away test CA" % name,
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign"], d)

    def leaf(leaf_name, key_args, subject, ext):
        csr = os.path.join(d, leaf_name + ".csr")
        extfile = os.path.join(d, leaf_name + ".ext")
        _write(extfile, ext)
        _openssl(["req", "-new", "-nodes"] + key_args + [
            "-keyout", os.path.join(d, leaf_name + ".key"), "-out", csr,
            "-subj", subject], d)
        _openssl(["x509", "-req", "-in", csr, "-CA", t.ca, "-CAkey", t.ca_key,
                  "-set_serial", "0x" + os.urandom(12).hex(), "-days", "825",
                  "-extfile", extfile,
                  "-out", os.path.join(d, leaf_name + ".pem")], d)
        os.unlink(csr)
        os.unlink(extfile)

    # the CN matches no host name on purpose: only the SAN may match
    leaf("server", ec, "/CN=%s test server" % name,
         "basicConstraints=CA:FALSE\n"
         "keyUsage=critical,digitalSignature\n"
         "extendedKeyUsage=serverAuth\n"
         "subjectAltName=DNS:localhost,IP:127.0.0.1\n")
    # RSA, as most clouds' client certificates are
    leaf("client", ["-newkey", "rsa:2048"],
         "/CN=placement-inspector test client",
         "basicConstraints=CA:FALSE\n"
         "keyUsage=critical,digitalSignature,keyEncipherment\n"
         "extendedKeyUsage=clientAuth\n")
    for key in (t.ca_key, t.server_key, t.client_key):
        os.chmod(key, 0o600)
    return t
