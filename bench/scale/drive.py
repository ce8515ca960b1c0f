#!/usr/bin/env python3
"""Times the service's list reads with one client: every order of every list, both paging directions, at the first
page and at a deep page, and the search and autocomplete fields the schema has. Prints one JSON list, an object per
URL in the order given: [{scenario: {"p50": ms, "p99": ms, "errors": n}}, ...].

    drive.py URL [URL ...]

Several URLs (the same service on databases of different sizes) are measured side by side: each scenario's timed
requests go to them in turns of REQUESTS / TURNS, alternating which goes first (A B, B A, ...), so that a machine
whose speed drifts over minutes weighs on every URL alike.

What is measured comes from the served schema (introspection), so a new order or search field is measured without a
change here. A deep page is DEPTH rows in (2,000), reached by walking pages of 100 with cursors, from the front for
`after` and from the end for `before`; it is the same depth at every dataset size, so a keyset read costs the same
there and a read that counts or sorts the table does not. Every scenario is first sent WARMUP times untimed to every
URL (the JIT compiles the service's paths, whichever scenario comes first); then each sends WARMUP requests (5) and
REQUESTS timed ones (100) to each URL, one after the other on one keep-alive connection per URL.
"""
import http.client
import json
import os
import sys
import time
import urllib.parse

URLS = [urllib.parse.urlparse(url) for url in sys.argv[1:]]
DEPTH = int(os.environ.get("DEPTH", 2000))
REQUESTS = int(os.environ.get("REQUESTS", 100))
TURNS = int(os.environ.get("TURNS", 10))
WARMUP = int(os.environ.get("WARMUP", 5))
# what a search box and a name field get typed into them, in the bench dataset's words (bench/gen_dataset.py)
SEARCH_TERMS = os.environ.get("SEARCH_TERMS", 'units moved|"reported developments"|kalo -units').split("|")
SUGGEST_TERMS = os.environ.get("SUGGEST_TERMS", "ka|mer|Kalo").split("|")
LISTS = {"articles": "ArticleOrderField", "claims": "ClaimOrderField", "actors": "ActorOrderField",
         "locations": "LocationOrderField"}

connections = [http.client.HTTPConnection(url.hostname, url.port, timeout=120) for url in URLS]


def post(query, variables=None, server=0):
    body = json.dumps({"query": query, "variables": variables or {}})
    started = time.perf_counter()
    connections[server].request("POST", URLS[server].path, body,
                                {"Content-Type": "application/json", "Accept": "application/json"})
    answer = json.loads(connections[server].getresponse().read())
    return (time.perf_counter() - started) * 1000, answer


def data(query, variables=None, server=0):
    _, answer = post(query, variables, server)
    if answer.get("errors"):
        raise SystemExit(f"{query} {variables}: {answer['errors']}")
    return answer["data"]


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def measure(query, variables=None):
    """A scenario to time: its requests are sent by the passes at the end. Variables: one object for every URL, or a
    function of the URL's index (a cursor differs from one database to the next)."""
    scenario = {"query": query,
                "variables": [variables(i) if callable(variables) else variables for i in range(len(URLS))]}
    scenarios.append(scenario)
    return scenario


def time_scenario(query, variables):
    for server in range(len(URLS)):
        for _ in range(WARMUP):
            post(query, variables[server], server)
    times, errors = [[] for _ in URLS], [0 for _ in URLS]
    for turn in range(TURNS):
        order = list(range(len(URLS)))
        for server in order if turn % 2 == 0 else reversed(order):
            for _ in range(REQUESTS // TURNS):
                ms, answer = post(query, variables[server], server)
                times[server].append(ms)
                errors[server] += 1 if answer.get("errors") or not answer.get("data") else 0
    return [{"p50": round(percentile(t, 50), 2), "p99": round(percentile(t, 99), 2), "errors": e}
            for t, e in zip(times, errors)]


def walk(name, order, forward, server):
    """The cursor DEPTH rows from the front (forward) or from the end (backward) of the list in that order."""
    cursor = None
    side, cursor_arg, page_end = ("first", "after", "endCursor") if forward else ("last", "before", "startCursor")
    for _ in range(DEPTH // 100):
        page = data(f"query($c: String, $o: [{order['type']}]) {{ {name}({side}: 100, {cursor_arg}: $c, orderBy: $o) "
                    f"{{ pageInfo {{ {page_end} }} }} }}", {"c": cursor, "o": order["value"]}, server)
        cursor = page[name]["pageInfo"][page_end] or cursor
    return cursor


scenarios = []
schema = data("{ __schema { queryType { fields { name args { name } type { kind name ofType { kind name "
              "ofType { kind name ofType { name } } } } } } } }")["__schema"]
query_fields = {f["name"]: f for f in schema["queryType"]["fields"]}
results = {}
for name, enum in LISTS.items():
    fields = [v["name"] for v in data(f'{{ __type(name: "{enum}") {{ enumValues {{ name }} }} }}')["__type"]["enumValues"]]
    order_type = enum.replace("Field", "")
    for field in fields:
        for direction in ("ASC", "DESC"):
            order = {"type": order_type, "value": [{"field": field, "direction": direction}]}
            page = (f"query($c: String, $o: [{order_type}]) {{ {name}(%s: 20, %s: $c, orderBy: $o) "
                    "{ edges { cursor } pageInfo { hasNextPage hasPreviousPage } } }")
            label = f"{name} by {field} {direction}"
            results[f"{label}, first page"] = measure(page % ("first", "after"), {"c": None, "o": order["value"]})
            results[f"{label}, page at row {DEPTH}"] = measure(
                page % ("first", "after"), lambda i: {"c": walk(name, order, True, i), "o": order["value"]})
            results[f"{label}, last page (backward)"] = measure(page % ("last", "before"), {"c": None, "o": order["value"]})
            results[f"{label}, page at row {DEPTH} from the end (backward)"] = measure(
                page % ("last", "before"), lambda i: {"c": walk(name, order, False, i), "o": order["value"]})


def selection(field):
    """The cheapest selection of a search or suggestion field's result: cursors of a connection, else the type name."""
    kind = field["type"]
    while kind.get("ofType") and kind["kind"] in ("NON_NULL", "LIST"):
        kind = kind["ofType"]
    fields = data(f'{{ __type(name: "{kind["name"]}") {{ fields {{ name }} }} }}')["__type"]["fields"] or []
    return "{ edges { cursor } }" if any(f["name"] == "edges" for f in fields) else "{ __typename }"


for name, field in sorted(query_fields.items()):
    if not (name.startswith("search") or name.startswith("suggest")):
        continue
    if not any(arg["name"] == "text" for arg in field["args"]):
        continue
    for term in SEARCH_TERMS if name.startswith("search") else SUGGEST_TERMS:
        size = "first: 20" if any(arg["name"] == "first" for arg in field["args"]) else ""
        results[f"{name} '{term}'"] = measure(f"query($t: String!) {{ {name}(text: $t {size and ', ' + size}) "
                                              f"{selection(field)} }}", {"t": term})
for scenario in scenarios:
    for server in range(len(URLS)):
        for _ in range(WARMUP):
            post(scenario["query"], scenario["variables"][server], server)
for scenario in scenarios:
    scenario["stats"] = time_scenario(scenario["query"], scenario["variables"])
print(json.dumps([{label: scenario["stats"][server] for label, scenario in results.items()}
                  for server in range(len(URLS))]))
