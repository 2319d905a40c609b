#!/usr/bin/python3
"""The other writers of the soak (scripts/soak): while the window edits, they keep changing
the same providers through the API.

Usage: soak_writers.py snapshot --url URL [--token TOKEN] --out FILE
       soak_writers.py run --url URL [--token TOKEN] [--writers 4] [--rate 4] [--seconds 900]
                       [--aggregates 3] [--hot 20] [--seed N] --out FILE

snapshot  every provider with its aggregates and generation, before anyone writes (JSON).
run       WRITERS threads; writer w owns AGGREGATES aggregate UUIDs of its own (fresh each run)
          and a custom trait CUSTOM_SOAK_W<w>. About RATE times a second each picks a random
          provider and either toggles its trait (PUT traits with the generation read: only the
          generation moves) or adds or removes one of its own aggregates (GET aggregates, PUT
          the server's set with that change and the generation read). A 409 is read again and
          retried; any other failure (5xx, a lost answer) is read again to learn whether it
          was applied. Each writer remembers the set of its own aggregates every provider
          should have. Stops on SIGTERM/SIGINT or after SECONDS, then writes (and prints) one
          JSON object: {"owned": [...], "intended": {provider: [writer aggregates]},
          "writers": N, "ops": {...}, "conflicts": N, "errors": [...], "seconds": S}.
Uses the Debian python (requests).
"""
import argparse
import json
import random
import signal
import sys
import threading
import time
import uuid

import requests

MICROVERSION = "placement 1.39"


def session_for(token):
    s = requests.Session()
    s.headers.update({"X-Auth-Token": token, "Accept": "application/json",
                      "OpenStack-API-Version": MICROVERSION})
    return s


def list_providers(s, url):
    r = s.get(url + "/resource_providers", timeout=120)
    r.raise_for_status()
    return sorted(r.json()["resource_providers"], key=lambda p: p["name"])


def snapshot(args):
    s = session_for(args.token)
    out = {}
    for p in list_providers(s, args.url):
        r = s.get("%s/resource_providers/%s/aggregates" % (args.url, p["uuid"]), timeout=60)
        r.raise_for_status()
        body = r.json()
        out[p["uuid"]] = {"name": p["name"], "aggregates": sorted(a.lower() for a in body["aggregates"]),
                          "generation": body["resource_provider_generation"]}
    with open(args.out, "w") as f:
        json.dump({"providers": out}, f, indent=1, sort_keys=True)
    print("soak_writers: snapshot of %d providers" % len(out), file=sys.stderr)


class Writer(threading.Thread):
    def __init__(self, index, url, token, providers, hot, owned, rate, stop, seed):
        super().__init__(name="writer-%d" % index, daemon=True)
        self.index = index
        self.url = url
        self.token = token
        self.providers = providers
        self.hot = hot
        self.owned = owned
        self.trait = "CUSTOM_SOAK_W%d" % index
        self.rate = rate
        self.stop = stop
        self.random = random.Random(seed)
        self.intended = {}  # provider -> set of this writer's aggregates it should have
        self.ops = {"traits": 0, "aggregates": 0}
        self.conflicts = 0
        self.errors = []
        self.failed = None

    def run(self):
        try:
            self.s = session_for(self.token)
            while not self.stop.is_set():
                began = time.monotonic()
                rp = self.random.choice(self.hot if self.random.random() < 0.6 else self.providers)
                try:
                    if self.random.random() < 0.5:
                        self.toggle_trait(rp)
                    else:
                        self.toggle_aggregate(rp)
                except requests.RequestException as e:  # a read failed: nothing was written
                    self.errors.append("%s: %r" % (rp, e))
                # pacing, not synchronisation: about RATE changes a second per writer
                self.stop.wait(max(0.0, self.random.uniform(0.5, 1.5) / self.rate
                                   - (time.monotonic() - began)))
        except Exception as e:  # reported, and the check fails on it
            self.failed = "%s: %r" % (self.name, e)

    def aggregates(self, rp):
        r = self.s.get("%s/resource_providers/%s/aggregates" % (self.url, rp), timeout=60)
        r.raise_for_status()
        body = r.json()
        return [a.lower() for a in body["aggregates"]], body["resource_provider_generation"]

    def read_back(self, rp):
        for attempt in range(10):
            try:
                return self.aggregates(rp)[0]
            except requests.RequestException as e:
                self.errors.append("read back %s: %r" % (rp, e))
                time.sleep(1 + attempt)  # the server is struggling: give it time
        raise RuntimeError("cannot read %s back after a failed write" % rp)

    def toggle_trait(self, rp):
        path = "%s/resource_providers/%s/traits" % (self.url, rp)
        for _ in range(20):
            r = self.s.get(path, timeout=60)
            r.raise_for_status()
            body = r.json()
            traits = set(body["traits"]) ^ {self.trait}
            put = self.s.put(path, timeout=60, json={
                "traits": sorted(traits),
                "resource_provider_generation": body["resource_provider_generation"]})
            if put.status_code == 200:
                self.ops["traits"] += 1
                return
            if put.status_code == 409:
                self.conflicts += 1
                continue
            self.errors.append("traits %s: %d %s" % (rp, put.status_code, put.text[:200]))
            return
        self.errors.append("traits %s: 409 on every try" % rp)

    def toggle_aggregate(self, rp):
        mine = self.random.choice(self.owned)
        for _ in range(20):
            current, generation = self.aggregates(rp)
            wanted = set(current) ^ {mine}
            try:
                put = self.s.put("%s/resource_providers/%s/aggregates" % (self.url, rp), timeout=60,
                                 json={"aggregates": sorted(wanted),
                                       "resource_provider_generation": generation})
                status = put.status_code
            except requests.RequestException as e:
                status, put = 0, None
                self.errors.append("aggregates %s: %r" % (rp, e))
            if status == 200:
                self.ops["aggregates"] += 1
                self.intended[rp] = wanted & set(self.owned)
                return
            if status == 409:
                self.conflicts += 1
                continue
            if put is not None:
                self.errors.append("aggregates %s: %d %s" % (rp, status, put.text[:200]))
            # Applied or not? Only this writer changes its own aggregates: the server knows.
            self.intended[rp] = set(self.read_back(rp)) & set(self.owned)
            return
        self.errors.append("aggregates %s: 409 on every try" % rp)


def run(args):
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    s = session_for(args.token)
    providers = [p["uuid"] for p in list_providers(s, args.url)]  # sorted by name
    if not providers:
        sys.exit("soak_writers: no providers")
    for w in range(args.writers):
        r = s.put("%s/traits/CUSTOM_SOAK_W%d" % (args.url, w), timeout=60)
        if r.status_code not in (201, 204):
            sys.exit("soak_writers: cannot create trait: %d %s" % (r.status_code, r.text))
    rng = random.Random(args.seed)
    owned = [[str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(args.aggregates)]
             for _ in range(args.writers)]
    hot = providers[:max(1, args.hot)]
    writers = [Writer(w, args.url, args.token, providers, hot, owned[w], args.rate, stop, args.seed * 100 + w)
               for w in range(args.writers)]
    began = time.monotonic()
    for w in writers:
        w.start()
    print("soak_writers: %d writers on %d providers" % (len(writers), len(providers)), file=sys.stderr)
    stop.wait(args.seconds)
    stop.set()
    for w in writers:
        w.join(120)
    intended = {}
    for w in writers:
        for rp, aggs in w.intended.items():
            intended.setdefault(rp, set()).update(aggs)
    result = {
        "writers": len(writers),
        "owned": sorted(a for group in owned for a in group),
        "intended": {rp: sorted(aggs) for rp, aggs in sorted(intended.items())},
        "ops": {"traits": sum(w.ops["traits"] for w in writers),
                "aggregates": sum(w.ops["aggregates"] for w in writers)},
        "conflicts": sum(w.conflicts for w in writers),
        "errors": [e for w in writers for e in w.errors],
        "failed": [w.failed for w in writers if w.failed] + [w.name + " did not stop"
                                                            for w in writers if w.is_alive()],
        "seconds": round(time.monotonic() - began, 1),
    }
    with open(args.out, "w") as f:
        json.dump(result, f, indent=1, sort_keys=True)
    print("soak_writers: %d trait and %d aggregate changes, %d conflicts retried, %d errors"
          % (result["ops"]["traits"], result["ops"]["aggregates"], result["conflicts"],
             len(result["errors"])), file=sys.stderr)
    return 1 if result["failed"] else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    for name in ("snapshot", "run"):
        p = sub.add_parser(name)
        p.add_argument("--url", required=True)
        p.add_argument("--token", default="admin")
        p.add_argument("--out", required=True)
        if name == "run":
            p.add_argument("--writers", type=int, default=4)
            p.add_argument("--rate", type=float, default=4.0)
            p.add_argument("--seconds", type=float, default=900)
            p.add_argument("--aggregates", type=int, default=3)
            p.add_argument("--hot", type=int, default=20)
            p.add_argument("--seed", type=int, default=14)
    args = ap.parse_args()
    args.url = args.url.rstrip("/")
    if args.command == "snapshot":
        snapshot(args)
        return 0
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
