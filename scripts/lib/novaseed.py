"""The Nova half of `seed --demo --nova-env FILE` (see docs/testing-servers.md).

After the Placement demo cloud is seeded, this makes a Nova
(scripts/nova-server) look like the one that built it, then breaks it a
little, through the same operations that break real clouds:

* every compute host is a Nova host (short host name, one compute node named
  like its root provider, node UUID = provider UUID); maintenance hosts have
  their nova-compute service disabled;
* every demo aggregate is a Nova aggregate with the same UUID: the az-*
  ones are availability zones, tenant-acme-dedicated isolates a project
  (filter_tenant_id), gpu-pool requires a trait (trait:CUSTOM_GPU=required).
  Memberships that Placement already has are written into Nova's database
  directly (as if made long ago); those of windows-licensed and
  tenant-acme-dedicated are made through Nova's API now, so Nova itself
  mirrors them into Placement;
* then drift, each kind once (DRIFT lists them, the summary names them).
"""

import concurrent.futures as cf
import json
import os
import subprocess
import sys
import urllib.parse

import requests

HERE = os.path.dirname(os.path.abspath(__file__))
NOVA_SERVER = os.path.join(HERE, "..", "nova-server")
MICROVERSION = "2.53"
# memberships Nova's API makes (and mirrors) instead of the Placement seed
THROUGH_NOVA = ("windows-licensed", "tenant-acme-dedicated")
ISOLATING_TRAIT = "CUSTOM_GPU"
DECOMMISSIONED = "cmp-ams2-r08-u44"            # in Nova, no provider
IRONIC_HOST, IRONIC_NODES = "ironic-conductor-1", ("bm-node-01", "bm-node-02")
FOREIGN = "manual-hold"                          # Placement only
# Nova aggregates the drift needs, whether or not a small cloud has them
DRIFT_AGGREGATES = ("windows-licensed", "ssd-hosts", "high-mem", "az-ams2-b",
                    "baremetal")


class NovaError(Exception):
    pass


class Nova:
    def __init__(self, url, token):
        self.url = url.rstrip("/")
        self.s = requests.Session()
        self.s.headers.update({
            "X-Auth-Token": token, "Accept": "application/json",
            "OpenStack-API-Version": "compute " + MICROVERSION})
        self.calls = 0

    def req(self, method, path, body=None, ok=(200, 201, 202, 204)):
        r = self.s.request(method, self.url + path, json=body, timeout=120)
        self.calls += 1
        if r.status_code not in ok:
            raise NovaError("Nova %s %s -> %d %s" % (method, path,
                                                     r.status_code,
                                                     r.text[:300]))
        return r.json() if r.content else None

    def action(self, agg_id, name, body):
        return self.req("POST", "/os-aggregates/%d/action" % agg_id,
                        {name: body})


def read_env(path):
    env = {}
    with open(path) as f:
        for ln in f:
            if "=" in ln and not ln.startswith("#"):
                k, v = ln.rstrip("\n").split("=", 1)
                env[k] = v.strip("'")
    for k in ("NOVA_URL", "NOVA_DIR", "NOVA_API_DB_URL"):
        if not env.get(k):
            raise NovaError("%s has no %s: is it the env file of "
                            "scripts/nova-server?" % (path, k))
    return env


def short(name):
    return name.split(".")[0]


class NovaDemo:
    def __init__(self, placement, env_file, uid, agg_uuid, project,
                 threads=4):
        """placement: seed's Api; uid/agg_uuid: seed's uuid5 helpers;
        project: the project id that tenant-acme-dedicated isolates."""
        self.env = read_env(env_file)
        self.placement = placement
        self.nova = Nova(self.env["NOVA_URL"],
                         self.env.get("NOVA_TOKEN") or "admin")
        self.uid, self.agg_uuid, self.project = uid, agg_uuid, project
        self.threads = threads
        self.ids = {}          # aggregate name -> Nova id
        self.drift = []        # what was broken, for the summary

    # -- helpers -----------------------------------------------------------

    def db(self):
        import psycopg2
        u = urllib.parse.urlsplit(self.env["NOVA_API_DB_URL"])
        kw = dict(urllib.parse.parse_qsl(u.query))
        return psycopg2.connect(dbname=u.path.strip("/"),
                                user=u.username or "postgres", **kw)

    def add_hosts(self, entries):
        r = subprocess.run([sys.executable, NOVA_SERVER, "add-host", "--dir",
                            self.env["NOVA_DIR"], "--batch", "-"],
                           input=json.dumps(entries), capture_output=True,
                           text=True, timeout=300)
        if r.returncode:
            raise NovaError("nova-server add-host --batch: "
                            + r.stderr.strip())

    def set_placement_aggs(self, rp, change):
        cur = self.placement.get("/resource_providers/%s/aggregates" % rp)
        aggs = change(set(cur["aggregates"]))
        self.placement.put("/resource_providers/%s/aggregates" % rp, {
            "aggregates": sorted(aggs),
            "resource_provider_generation":
                cur["resource_provider_generation"]})

    # -- steps -------------------------------------------------------------

    def check_empty(self):
        if self.nova.req("GET", "/os-aggregates")["aggregates"]:
            raise NovaError("Nova already has aggregates; start it afresh "
                            "(scripts/nova-server start --fresh)")

    def register_hosts(self, hosts):
        """One Nova host per compute host; a maintenance host keeps its
        service enabled although Placement has COMPUTE_STATUS_DISABLED."""
        entries, odd = [], None
        for h in hosts:
            root = h.providers[0]
            disabled = h.disabled
            if disabled and odd is None:
                odd, disabled = short(h.name), False
            entries.append({"host": short(h.name),
                            "nodes": [[root["name"], root["uuid"]]],
                            "disabled": disabled, "reason": "maintenance-q4"})
        decommissioned = DECOMMISSIONED + ".dc.example.net"
        entries.append({"host": DECOMMISSIONED, "nodes": [
            [decommissioned, self.uid("rp", decommissioned)]]})
        entries.append({"host": IRONIC_HOST, "nodes": [
            [n, self.uid("rp", n)] for n in IRONIC_NODES]})
        for n in IRONIC_NODES:   # ironic nodes are providers of their own
            self.placement.post("/resource_providers",
                                {"name": n, "uuid": self.uid("rp", n)})
        self.add_hosts(entries)
        if odd:
            self.drift.append("inconsistent: %s has COMPUTE_STATUS_DISABLED "
                              "in Placement, its service is enabled" % odd)

    def create_aggregates(self, names):
        """Nova aggregates with the Placement demo's UUIDs (Nova picks its
        own on create, so the UUID is set in its database afterwards)."""
        conn = self.db()
        try:
            with conn, conn.cursor() as cur:
                for name in sorted(set(names) | set(DRIFT_AGGREGATES)):
                    body = {"name": name}
                    if name.startswith("az-"):
                        body["availability_zone"] = name[3:]
                    agg = self.nova.req("POST", "/os-aggregates",
                                        {"aggregate": body})["aggregate"]
                    self.ids[name] = agg["id"]
                    meta = {}
                    if name == "tenant-acme-dedicated":
                        meta["filter_tenant_id"] = self.project
                    if name == "gpu-pool":
                        meta["trait:%s" % ISOLATING_TRAIT] = "required"
                    if meta:
                        self.nova.action(agg["id"], "set_metadata",
                                         {"metadata": meta})
                    if name != "baremetal":   # Nova's own UUID
                        cur.execute("UPDATE aggregates SET uuid = %s "
                                    "WHERE id = %s",
                                    (self.agg_uuid(name), agg["id"]))
        finally:
            conn.close()

    def write_memberships(self, hosts):
        """What Placement already has, as if Nova had made it long ago."""
        rows = [(self.ids[a], short(h.name)) for h in hosts
                for a in h.providers[0]["aggs"]]
        conn = self.db()
        try:
            with conn, conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO aggregate_hosts (created_at, aggregate_id, "
                    "host) VALUES (now() at time zone 'utc', %s, %s)", rows)
        finally:
            conn.close()
        return len(rows)

    def add_through_nova(self, pairs):
        """add_host through Nova's API: Nova mirrors into Placement."""
        def one(pair):
            self.nova.action(self.ids[pair[0]], "add_host",
                             {"host": pair[1]})
        with cf.ThreadPoolExecutor(max_workers=self.threads) as ex:
            list(ex.map(one, pairs))
        return len(pairs)

    def make_drift(self, hosts):
        """Each kind of drift once, on hosts picked by name; a small cloud
        (--hosts below about 20) may lack a host for some of them."""
        std = sorted((h for h in hosts if h.kind == "std" and not h.disabled),
                     key=lambda h: h.name)
        used = set()

        def pick(cond, what):
            h = next((h for h in std if h.name not in used and cond(h)), None)
            if h is None:
                self.drift.append("(no host left for: %s)" % what)
                return None, None
            used.add(h.name)
            return h, h.providers[0]
        # 1. add_host while the provider cannot be found (renamed just then):
        #    Nova saves the host, warns in its log and answers 200
        what = "added in Nova while its provider was renamed"
        x, rx = pick(lambda h: "windows-licensed" not in h.through_nova, what)
        if x:
            self.placement.put("/resource_providers/" + rx["uuid"],
                               {"name": rx["name"] + ".being-replaced"})
            try:
                self.nova.action(self.ids["windows-licensed"], "add_host",
                                 {"host": short(x.name)})
            finally:
                self.placement.put("/resource_providers/" + rx["uuid"],
                                   {"name": rx["name"]})
            self.drift.append("missing: %s %s (windows-licensed)"
                              % (short(x.name), what))
        # 2. removed in Placement only
        what = "removed from ssd-hosts in Placement only"
        y, ry = pick(lambda h: "ssd-hosts" in h.providers[0]["aggs"], what)
        if y:
            self.set_placement_aggs(ry["uuid"], lambda s: s - {
                self.agg_uuid("ssd-hosts")})
            self.drift.append("missing: %s %s" % (short(y.name), what))
        # 3. added in Placement only, to a Nova aggregate
        what = "put in high-mem in Placement only"
        z, rz = pick(lambda h: "high-mem" not in h.providers[0]["aggs"], what)
        if z:
            self.set_placement_aggs(rz["uuid"], lambda s: s | {
                self.agg_uuid("high-mem")})
            self.drift.append("extra: %s %s" % (short(z.name), what))
        # 4. a Placement-only aggregate (information, not drift)
        n = 0
        for _ in range(3):
            h, r = pick(lambda h: True, "a foreign aggregate")
            if h:
                self.set_placement_aggs(r["uuid"], lambda s: s | {
                    self.agg_uuid(FOREIGN)})
                n += 1
        self.drift.append("foreign: %s (%s) on %d providers, unknown to "
                          "Nova" % (FOREIGN, self.agg_uuid(FOREIGN), n))
        # 5. a host without a provider, and one with two nodes
        self.nova.action(self.ids["az-ams2-b"], "add_host",
                         {"host": DECOMMISSIONED})
        self.drift.append("unresolvable: %s in az-ams2-b has no provider"
                          % DECOMMISSIONED)
        self.nova.action(self.ids["baremetal"], "add_host",
                         {"host": IRONIC_HOST})
        self.drift.append("unresolvable: %s has 2 nodes; Nova mirrored "
                          "baremetal onto %s only" % (IRONIC_HOST,
                                                      IRONIC_NODES[0]))

    def run(self, hosts, through_nova):
        """hosts: seed's plan after the Placement seed; through_nova:
        {host name: [aggregate names]} that the Placement seed left out."""
        self.check_empty()
        for h in hosts:
            h.through_nova = through_nova.get(h.name, ())
        self.register_hosts(hosts)
        names = {a for h in hosts for p in h.providers for a in p["aggs"]}
        names |= {a for v in through_nova.values() for a in v}
        self.create_aggregates(names)
        n_db = self.write_memberships(hosts)
        n_api = self.add_through_nova(sorted(
            (a, short(name)) for name, aggs in through_nova.items()
            for a in aggs))
        self.make_drift(hosts)
        return ("seed: nova: %d hosts, %d aggregates (%d AZs), %d memberships"
                " in Nova's database, %d through its API (mirrored); drift:\n"
                "%s" % (len(hosts) + 2, len(self.ids),
                        sum(1 for n in self.ids if n.startswith("az-")),
                        n_db, n_api,
                        "\n".join("  " + d for d in self.drift)))
