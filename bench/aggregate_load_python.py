#!/usr/bin/python3
"""The reference: a plain Python client that lists providers and then GETs every
provider's aggregates with N threads, each with its own keep-alive session.

Usage: aggregate_load_python.py URL [TOKEN] [THREADS]
Prints one JSON line like bench_aggregate_load.
"""
import concurrent.futures
import json
import sys
import threading
import time

import requests

HEADERS = {"OpenStack-API-Version": "placement 1.39", "Accept": "application/json"}


def main():
    url = sys.argv[1].rstrip("/")
    token = sys.argv[2] if len(sys.argv) > 2 else "admin"
    threads = int(sys.argv[3]) if len(sys.argv) > 3 else 8
    headers = dict(HEADERS, **{"X-Auth-Token": token})
    local = threading.local()

    def session():
        if not hasattr(local, "session"):
            local.session = requests.Session()
            local.session.headers.update(headers)
        return local.session

    def aggregates(uuid):
        r = session().get(f"{url}/resource_providers/{uuid}/aggregates", timeout=30)
        return r.status_code == 200 and "aggregates" in r.json()

    start = time.perf_counter()
    listing = session().get(f"{url}/resource_providers", timeout=60)
    listing.raise_for_status()
    uuids = [p["uuid"] for p in listing.json()["resource_providers"]]
    with concurrent.futures.ThreadPoolExecutor(max_workers=threads) as pool:
        results = list(pool.map(aggregates, uuids))
    seconds = time.perf_counter() - start
    print(json.dumps({"client": "python-requests", "providers": len(uuids),
                      "failed": results.count(False), "parallel": threads,
                      "seconds": seconds}))
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
