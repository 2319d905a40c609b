#!/usr/bin/python3
"""The soak's checks and summary (scripts/soak runs it after the window and the writers ended).

Usage: soak_check.py --url URL [--token TOKEN] --initial SNAPSHOT.json --writers WRITERS.json
                     --report REPORT.json --window-exit CODE [--rss-bound-mib 8]
                     [--heap-bound-mib 1]
                     [--warmup-fraction 0.33] [--summary-json FILE]

Checks, each printed with its figures; exit 1 when any fails:
 (a) the window (bench_soak) exited 0: it ran to its end, no crash (a signal shows as 128+N),
     no hang (scripts/soak's timeout gives 124);
 (b) memory flat after warm-up: from the end of warm-up (the median of the samples in the 20 s
     before it; warm-up ends once the request log is at its cap, between WARMUP-FRACTION and
     half of the run) to the end (the last sample, at rest after a final refresh), VmRSS grows
     less than RSS-BOUND MiB and the heap in use (malloc_info, every arena), less what the
     request log grew by meanwhile (its cost per entry measured by emptying it at the end),
     grows less than HEAP-BOUND MiB;
 (c) every edit the window made ended with an outcome it reported (saved, failed with its
     message, dropped by Reload, bulk outcome table) and an outside read of the server agreed
     with it; the driver recorded no problem;
 (d) every provider's final aggregate set on the server equals what nobody touched (the
     snapshot's set without writer- or soak-owned UUIDs), plus the writers' intended
     writer-owned aggregates, plus the window's intended soak-owned aggregates.
Uses the Debian python (requests).
"""
import argparse
import json
import statistics
import sys

import requests


def load(path):
    with open(path) as f:
        return json.load(f)


def final_state(url, token, providers):
    s = requests.Session()
    s.headers.update({"X-Auth-Token": token, "Accept": "application/json",
                      "OpenStack-API-Version": "placement 1.19"})
    state = {}
    for rp in providers:
        r = s.get("%s/resource_providers/%s/aggregates" % (url, rp), timeout=60)
        r.raise_for_status()
        state[rp] = {a.lower() for a in r.json()["aggregates"]}
    return state


def memory(report, fraction, rss_bound_mib, heap_bound_mib):
    """Samples taken at rest only (between tasks, nothing loading or written, the heap's free
    top given back). Warm-up ends when the request log is full (it grows to its cap of entries, then stays),
    but not before FRACTION of the run and not after half of it. Two figures from there to the
    end: VmRSS (what the system sees; pages, so coarse) and the heap in use (malloc'd and not
    freed, every arena: a leak of any size shows in it). What the request log still grew by
    after warm-up is taken off the heap's growth, at its cost per entry measured when the
    driver emptied it at the end; so are Qt's pixmap cache (sampled) and the driver's own
    records of the edits (their cost measured when it dropped them at the end)."""
    every = report["rss_samples"]  # [seconds, rss_kb, log entries, rows, heap_kb, at rest, pixmap kb, edits]
    samples = [s for s in every if s[5]]  # between tasks, nothing in flight; the last one too
    if len(samples) < 4:
        return False, "too few samples at rest (%d)" % len(samples), {}
    run = samples[-1][0]
    cap = report.get("request_log_capacity", 5000)
    full = next((s[0] for s in samples if s[2] >= cap), run)
    warm = min(max(fraction * run, full), run / 2)
    window = [s for s in samples if warm - 30 <= s[0] <= warm] or [max((s for s in samples if s[0] <= warm),
                                                                       key=lambda s: s[0], default=samples[0])]
    end = samples[-1]
    entries_end = report.get("request_log_entries_at_end", end[2]) or 1
    per_entry_kb = max(0, report.get("request_log_heap_kb", 0)) / entries_end
    per_edit_kb = max(0, report.get("ledger_edits_heap_kb", 0)) / max(1, len(report["edits"]))
    # The heap less what is bounded or not the app's: the request log's entries, Qt's pixmap
    # cache (up to its limit) and the driver's own record of each edit.
    without_log = lambda s: s[4] - s[2] * per_entry_kb - s[6] - s[7] * per_edit_kb
    rss_warm = statistics.median(s[1] for s in window)
    heap_warm = statistics.median(s[4] for s in window)
    rest_warm = statistics.median(without_log(s) for s in window)
    log_warm = statistics.median(s[2] for s in window)
    log_growth_kb = (end[2] - log_warm) * per_entry_kb
    rss_growth = (end[1] - rss_warm) / 1024.0
    heap_growth = (end[4] - heap_warm) / 1024.0
    heap_adjusted = (without_log(end) - rest_warm) / 1024.0
    pixmap_growth = (end[6] - statistics.median(s[6] for s in window)) / 1024.0
    ledger_growth = (end[7] - statistics.median(s[7] for s in window)) * per_edit_kb / 1024.0
    figures = {"samples_at_rest": len(samples), "samples_at_warm": len(window),
               "rss_start_mib": round(samples[0][1] / 1024.0, 1), "rss_warm_mib": round(rss_warm / 1024.0, 1),
               "rss_end_mib": round(end[1] / 1024.0, 1), "rss_max_mib": round(max(s[1] for s in every) / 1024.0, 1),
               "rss_growth_mib": round(rss_growth, 1), "warmup_s": round(warm),
               "heap_warm_mib": round(heap_warm / 1024.0, 2), "heap_end_mib": round(end[4] / 1024.0, 2),
               "heap_growth_mib": round(heap_growth, 2), "heap_adjusted_growth_mib": round(heap_adjusted, 2),
               "log_entries_warm": round(log_warm), "log_entries_end": end[2],
               "log_kib_per_entry": round(per_entry_kb, 2), "log_growth_mib": round(log_growth_kb / 1024.0, 2),
               "pixmap_cache_growth_mib": round(pixmap_growth, 2), "pixmap_cache_end_mib": round(end[6] / 1024.0, 2),
               "ledger_kib_per_edit": round(per_edit_kb, 2), "ledger_growth_mib": round(ledger_growth, 2)}
    text = ("%(samples_at_rest)d samples at rest, warm-up ends at %(warmup_s)d s (%(samples_at_warm)d). VmRSS start %(rss_start_mib).1f, warm-up end %(rss_warm_mib).1f, "
            "end %(rss_end_mib).1f, max %(rss_max_mib).1f MiB: growth %(rss_growth_mib).1f MiB (bound %(rb).0f). "
            "Heap in use %(heap_warm_mib).2f -> %(heap_end_mib).2f MiB: %(heap_growth_mib).2f MiB, of it the "
            "request log %(log_growth_mib).2f MiB (%(log_entries_warm)d -> %(log_entries_end)d entries at "
            "%(log_kib_per_entry).2f KiB), Qt's pixmap cache %(pixmap_cache_growth_mib).2f MiB (%(pixmap_cache_end_mib).2f "
            "at the end), the driver's records %(ledger_growth_mib).2f MiB (%(ledger_kib_per_edit).2f KiB an edit): "
            "%(heap_adjusted_growth_mib).2f MiB (bound %(hb).1f)"
            % dict(figures, rb=rss_bound_mib, hb=heap_bound_mib))
    return rss_growth < rss_bound_mib and heap_adjusted < heap_bound_mib, text, figures


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", required=True)
    ap.add_argument("--token", default="admin")
    ap.add_argument("--initial", required=True)
    ap.add_argument("--writers", required=True)
    ap.add_argument("--report", required=True)
    ap.add_argument("--window-exit", type=int, required=True)
    ap.add_argument("--rss-bound-mib", type=float, default=8)
    ap.add_argument("--heap-bound-mib", type=float, default=1)
    ap.add_argument("--warmup-fraction", type=float, default=0.33)
    ap.add_argument("--summary-json")
    args = ap.parse_args()
    url = args.url.rstrip("/")
    initial = load(args.initial)["providers"]
    writers = load(args.writers)
    try:
        report = load(args.report)
    except (OSError, ValueError) as e:
        report = None
        print("soak: no report from the window: %s" % e)

    results = []

    def check(name, ok, text):
        results.append(ok)
        print("soak: [%s] %s: %s" % ("ok" if ok else "FAILED", name, text))

    code = args.window_exit
    check("(a) window exit", code == 0 and report is not None,
          "exit %d%s" % (code, " (signal %d: crashed)" % (code - 128) if code > 128 else
                         " (timed out)" if code == 124 else ""))

    summary = {"window_exit": code}
    if report is not None:
        edits = report["edits"]
        counts = report["counts"]
        singles = [e for e in edits if e["kind"] == "single"]
        bulks = [e for e in edits if e["kind"] != "single"]
        outcome = {}
        for e in singles:
            outcome[e["outcome"]] = outcome.get(e["outcome"], 0) + 1
        bulk_status = {}
        for e in bulks:
            for k, v in e["bulk"].items():
                bulk_status[k] = bulk_status.get(k, 0) + v
        print("soak: %d providers, %d s, %d soak-owned aggregates"
              % (report["providers"], report["seconds"], len(report["soak_aggregates"])))
        print("soak: single edits %d: %s; saves pressed %d"
              % (len(singles), ", ".join("%s %d" % kv for kv in sorted(outcome.items())),
                 sum(e["saves"] for e in singles)))
        print("soak: conflict prompts %d (aggregates changed %d, only the generation %d): re-apply %d, "
              "keep editing %d, reload %d; save failures %d (of them applied anyway %d)"
              % (counts.get("conflicts", 0), counts.get("conflicts_aggregates_changed", 0),
                 counts.get("conflicts_generation_only", 0), counts.get("reapplies", 0),
                 counts.get("keep_editing", 0), counts.get("reloads", 0), counts.get("single_save_failures", 0),
                 counts.get("single_failed_but_applied", 0)))
        print("soak: bulk edits %d (add %d, remove %d) over %d provider outcomes: %s; 409s met %d, "
              "5xx/lost re-read %d, Retry Failed pressed %d"
              % (len(bulks), sum(e["kind"] == "bulk-add" for e in bulks), sum(e["kind"] == "bulk-remove" for e in bulks),
                 sum(bulk_status.values()), ", ".join("%s %d" % kv for kv in sorted(bulk_status.items())),
                 sum(e["bulk_conflicts"] for e in bulks), sum(e["bulk_retries"] for e in bulks),
                 counts.get("bulk_retry_failed_presses", 0)))
        print("soak: refreshes: F5 %d, auto-refresh due %d, loads finished %d; key fallbacks %d, stray dialogs %d"
              % (counts.get("refreshes_f5", 0), counts.get("refreshes_auto_due", 0), counts.get("loads_finished", 0),
                 counts.get("key_fallbacks", 0), counts.get("stray_modals", 0)))
        print("soak: writers %d: %d trait and %d aggregate changes, %d 409s retried, %d errors"
              % (writers["writers"], writers["ops"]["traits"], writers["ops"]["aggregates"], writers["conflicts"],
                 len(writers["errors"])))
        for e in writers["errors"][:5]:
            print("soak:   writer error: %s" % e)
        samples = [s for s in report["rss_samples"] if s[5]]
        step = max(1, len(samples) // 12)
        shown = samples[::step]
        if shown[-1] is not samples[-1]:
            shown.append(samples[-1])
        print("soak: at rest (s: VmRSS / heap MiB): " + ", ".join(
            "%d: %.1f / %.1f" % (s[0], s[1] / 1024.0, s[4] / 1024.0) for s in shown))

        ok, text, figures = memory(report, args.warmup_fraction, args.rss_bound_mib, args.heap_bound_mib)
        check("(b) memory flat after warm-up", ok, text)

        unreported = [e for e in edits if e["outcome"] not in ("saved", "failed", "dropped", "not-opened", "finished")]
        unverified = [e for e in edits if not e["verified"]]
        problems = report["problems"]
        check("(c) every edit reported and confirmed", not unreported and not unverified and not problems,
              "%d edits; %d without a reported outcome, %d the server contradicts or could not confirm, "
              "%d driver problem(s)" % (len(edits), len(unreported), len(unverified), len(problems)))
        for p in problems[:20]:
            print("soak:   problem: %s" % p)
        summary.update({"providers": report["providers"], "seconds": report["seconds"], "single_edits": len(singles),
                        "single_outcomes": outcome, "conflicts": counts.get("conflicts", 0),
                        "reapplies": counts.get("reapplies", 0), "keep_editing": counts.get("keep_editing", 0),
                        "reloads": counts.get("reloads", 0), "bulk_edits": len(bulks), "bulk_outcomes": bulk_status,
                        "refreshes_f5": counts.get("refreshes_f5", 0), "loads": counts.get("loads_finished", 0),
                        "problems": len(problems), "memory": figures})
    else:
        check("(b) memory flat after warm-up", False, "no report")
        check("(c) every edit reported and confirmed", False, "no report")

    # (d) the server's final state against everybody's intentions.
    soak_owned = set(report["soak_aggregates"]) if report else set()
    writer_owned = set(writers["owned"])
    server = final_state(url, args.token, sorted(initial))
    mismatches = []
    for rp in sorted(initial):
        untouched = set(initial[rp]["aggregates"]) - soak_owned - writer_owned
        expected = untouched | set(writers["intended"].get(rp, [])) | set(
            (report or {}).get("intended", {}).get(rp, []))
        if server[rp] != expected:
            mismatches.append((rp, sorted(expected - server[rp]), sorted(server[rp] - expected)))
    if report is None:
        mismatches.append(("(all)", ["the window's intentions are unknown"], []))
    who = lambda a: "soak" if a in soak_owned else "writer" if a in writer_owned else "untouched"
    check("(d) final state = untouched + writers' + window's intended", not mismatches and not writers["failed"],
          "%d providers compared, %d differ%s" % (len(initial), len(mismatches),
                                                 "; writers failed: %s" % writers["failed"] if writers["failed"] else ""))
    for rp, missing, extra in mismatches[:20]:
        print("soak:   %s missing %s extra %s" % (rp, ["%s (%s)" % (a, who(a)) for a in missing],
                                                   ["%s (%s)" % (a, who(a)) for a in extra]))
    summary.update({"final_state_differs": len(mismatches), "writer_ops": writers["ops"],
                    "writer_conflicts": writers["conflicts"], "writer_errors": len(writers["errors"]),
                    "writers": writers["writers"], "passed": all(results)})
    if args.summary_json:
        with open(args.summary_json, "w") as f:
            json.dump(summary, f, indent=1, sort_keys=True)
    print("soak: %s" % ("PASSED" if all(results) else "FAILED"))
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
