#!/usr/bin/python3
"""Moves the generations of COUNT providers on a live Placement, for bench_gui_loading's
"refresh after 1,000 generations moved" and its server-side filter scenario.

Usage: move_generations.py --url URL [--token TOKEN] [--count 1000] [--narrow 100]
                           [--threads 8]

Takes every (N / COUNT)-th provider by name (spread over the table), reads its aggregates
(which gives its generation) and PUTs them back with one more aggregate, MOVED; the first
NARROW of them (again spread) also get NARROW_AGG, so `member_of=NARROW_AGG` selects exactly
NARROW providers. Both aggregate UUIDs are fixed (uuid5), so a second run moves the same
providers again. Checks the member_of count through the API. Prints one JSON object:
{"moved": N, "narrow_aggregate": UUID, "narrow_members": N, "moved_aggregate": UUID,
 "seconds": S}. Uses the Debian python (requests).
"""
import argparse
import concurrent.futures
import json
import sys
import threading
import time
import uuid

import requests

NS = uuid.UUID("5d3b1c6e-8a55-4c1e-9a5b-2a7f4f0c1e01")
MOVED = str(uuid.uuid5(NS, "bench/gui-load/moved"))
NARROW = str(uuid.uuid5(NS, "bench/gui-load/narrow"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True)
    ap.add_argument("--token", default="admin")
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--narrow", type=int, default=100)
    ap.add_argument("--threads", type=int, default=8)
    args = ap.parse_args()
    url = args.url.rstrip("/")
    headers = {"X-Auth-Token": args.token, "Accept": "application/json",
               "OpenStack-API-Version": "placement 1.39"}
    local = threading.local()

    def session():
        if not hasattr(local, "s"):
            local.s = requests.Session()
            local.s.headers.update(headers)
        return local.s

    t0 = time.monotonic()
    listing = session().get(url + "/resource_providers", timeout=120)
    listing.raise_for_status()
    providers = sorted(listing.json()["resource_providers"], key=lambda p: p["name"])
    if args.count > len(providers) or args.narrow > args.count:
        sys.exit("move_generations: need count <= providers (%d) and narrow <= count"
                 % len(providers))
    step = len(providers) / args.count
    chosen = [providers[int(i * step)]["uuid"] for i in range(args.count)]
    narrow_step = args.count / args.narrow if args.narrow else 0
    narrow = {chosen[int(i * narrow_step)] for i in range(args.narrow)}

    def move(rp):
        for _ in range(5):  # a concurrent change (none expected) answers 409: read again
            r = session().get("%s/resource_providers/%s/aggregates" % (url, rp), timeout=60)
            r.raise_for_status()
            body = r.json()
            aggs = set(body["aggregates"]) | {MOVED}
            if rp in narrow:
                aggs.add(NARROW)
            put = session().put("%s/resource_providers/%s/aggregates" % (url, rp), timeout=60,
                                json={"aggregates": sorted(aggs),
                                      "resource_provider_generation":
                                          body["resource_provider_generation"]})
            if put.status_code == 200:
                return
            if put.status_code != 409:
                put.raise_for_status()
        raise RuntimeError("provider %s: conflicts on every try" % rp)

    with concurrent.futures.ThreadPoolExecutor(max_workers=args.threads) as pool:
        list(pool.map(move, chosen))
    members = session().get(url + "/resource_providers", params={"member_of": NARROW}, timeout=60)
    members.raise_for_status()
    count = len(members.json()["resource_providers"])
    if count != args.narrow:
        sys.exit("move_generations: member_of=%s has %d providers, expected %d"
                 % (NARROW, count, args.narrow))
    print(json.dumps({"moved": len(chosen), "moved_aggregate": MOVED, "narrow_aggregate": NARROW,
                      "narrow_members": count, "seconds": round(time.monotonic() - t0, 1)}))


if __name__ == "__main__":
    main()
