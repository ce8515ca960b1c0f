#!/usr/bin/env python3
"""Times the service's list reads with one client: every order of every list, both paging directions, at the first
page and at a deep page, and the search and autocomplete fields the schema has. Prints one JSON object:
{scenario: {"p50": ms, "p99": ms, "errors": n}}.

    drive.py URL

What is measured comes from the served schema (introspection), so a new order or search field is measured without a
change here. A deep page is DEPTH rows in (2,000), reached by walking pages of 100 with cursors, from the front for
`after` and from the end for `before`; it is the same depth at every dataset size, so a keyset read costs the same
there and a read that counts or sorts the table does not. Every scenario is first sent WARMUP times untimed (the JIT
compiles the service's paths, whichever scenario comes first); then each sends WARMUP requests (5) and REQUESTS timed
ones (50), one after the other on one keep-alive connection.
"""
import http.client
import json
import os
import sys
import time
import urllib.parse

URL = urllib.parse.urlparse(sys.argv[1])
DEPTH = int(os.environ.get("DEPTH", 2000))
REQUESTS = int(os.environ.get("REQUESTS", 50))
WARMUP = int(os.environ.get("WARMUP", 5))
# what a search box and a name field get typed into them, in the bench dataset's words (bench/gen_dataset.py)
SEARCH_TERMS = os.environ.get("SEARCH_TERMS", 'units moved|"reported developments"|kalo -units').split("|")
SUGGEST_TERMS = os.environ.get("SUGGEST_TERMS", "ka|mer|Kalo").split("|")
LISTS = {"articles": "ArticleOrderField", "claims": "ClaimOrderField", "actors": "ActorOrderField",
         "locations": "LocationOrderField"}

connection = http.client.HTTPConnection(URL.hostname, URL.port, timeout=120)


def post(query, variables=None):
    body = json.dumps({"query": query, "variables": variables or {}})
    started = time.perf_counter()
    connection.request("POST", URL.path, body, {"Content-Type": "application/json", "Accept": "application/json"})
    answer = json.loads(connection.getresponse().read())
    return (time.perf_counter() - started) * 1000, answer


def data(query, variables=None):
    _, answer = post(query, variables)
    if answer.get("errors"):
        raise SystemExit(f"{query} {variables}: {answer['errors']}")
    return answer["data"]


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def measure(query, variables=None):
    """A scenario to time: its requests are sent by the passes at the end."""
    scenario = {"query": query, "variables": variables}
    scenarios.append(scenario)
    return scenario


def time_scenario(query, variables):
    for _ in range(WARMUP):
        post(query, variables)
    times, errors = [], 0
    for _ in range(REQUESTS):
        ms, answer = post(query, variables)
        times.append(ms)
        errors += 1 if answer.get("errors") or not answer.get("data") else 0
    return {"p50": round(percentile(times, 50), 2), "p99": round(percentile(times, 99), 2), "errors": errors}


def walk(name, order, forward):
    """The cursor DEPTH rows from the front (forward) or from the end (backward) of the list in that order."""
    cursor = None
    side, cursor_arg, page_end = ("first", "after", "endCursor") if forward else ("last", "before", "startCursor")
    for _ in range(DEPTH // 100):
        page = data(f"query($c: String, $o: [{order['type']}]) {{ {name}({side}: 100, {cursor_arg}: $c, orderBy: $o) "
                    f"{{ pageInfo {{ {page_end} }} }} }}", {"c": cursor, "o": order["value"]})
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
            results[f"{label}, page at row {DEPTH}"] = measure(page % ("first", "after"),
                                                               {"c": walk(name, order, True), "o": order["value"]})
            results[f"{label}, last page (backward)"] = measure(page % ("last", "before"), {"c": None, "o": order["value"]})
            results[f"{label}, page at row {DEPTH} from the end (backward)"] = measure(
                page % ("last", "before"), {"c": walk(name, order, False), "o": order["value"]})


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
    for _ in range(WARMUP):
        post(scenario["query"], scenario["variables"])
for scenario in scenarios:
    scenario.update(time_scenario(scenario["query"], scenario["variables"]))
print(json.dumps({label: {k: scenario[k] for k in ("p50", "p99", "errors")} for label, scenario in results.items()}))
