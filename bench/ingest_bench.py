#!/usr/bin/env python3
"""Ingest throughput: posts seed-sized articles through ingestArticles and reports articles per second.

Each article is the bundled sample text with its numbers and a marker changed, so every one is new content and
goes through the whole pipeline (normalise, deduplicate, extract, link, write). --clients sends that many batches
at once, as several scrapers feeding one instance would. With --pid (the service's process id, on this machine) it
also reports the service's CPU time per article, which waiting for a core does not inflate, and the load average
around the run: on a shared machine articles per second say as much about the neighbours as about the service.
With --jcmd (the jcmd of the JDK the service runs on) it also reports, per measured round, the milliseconds per
article the service's JIT compilers spent compiling and its collector's pauses lasted, from the JVM's performance
counters (elapsed time, so on a busy machine a compile also counts the time it waited for a core): a round that
still compiles a lot is not warmed up yet, whatever the warm-up count says.
A JVM service is measured warmed up: --warmup articles first (timed and reported too, so a cold start is visible
beside the result), then --rounds measured rounds of --articles each; the result is the median round.
Usage: ingest_bench.py URL ARTICLE.txt [--warmup W] [--rounds R] [--articles N] [--batch B] [--clients C] [--pid PID]
       [--jcmd JCMD]
With access control on, pass an editor token in CLAIMGRAPH_TOKEN (scripts/mint-token.sh makes one).
"""
import argparse
from concurrent.futures import ThreadPoolExecutor
import json
import os
import statistics
import subprocess
import time
import urllib.request

MUTATION = "mutation($inputs: [ArticleInput!]!) { ingestArticles(inputs: $inputs) { outcome error } }"


def post(url, inputs):
    body = json.dumps({"query": MUTATION, "variables": {"inputs": inputs}}).encode()
    headers = {"Content-Type": "application/json"}
    if os.environ.get("CLAIMGRAPH_TOKEN"):  # a bearer token, for a service with access control on
        headers["Authorization"] = "Bearer " + os.environ["CLAIMGRAPH_TOKEN"]
    request = urllib.request.Request(url, body, headers)
    with urllib.request.urlopen(request, timeout=300) as response:
        answer = json.load(response)
    if "errors" in answer:
        raise SystemExit(f"GraphQL errors: {answer['errors']}")
    return [r["outcome"] for r in answer["data"]["ingestArticles"]]


def process_cpu_seconds(pid):
    """User plus system CPU time of a process, from /proc (Linux)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def jvm_seconds(jcmd, pid):
    """(JIT compile seconds, GC pause seconds) of a JVM so far, elapsed, from its performance counters (jcmd PerfCounter.print)."""
    counters = {}
    output = subprocess.run([jcmd, str(pid), "PerfCounter.print"], capture_output=True, text=True, check=True).stdout
    for line in output.splitlines():
        name, _, value = line.partition("=")
        counters[name] = value.strip('"')
    ticks = float(counters["sun.os.hrt.frequency"])
    gc = sum(int(v) for k, v in counters.items() if k.startswith("sun.gc.collector.") and k.endswith(".time"))
    return int(counters["java.ci.totalTime"]) / ticks, gc / ticks


def load_average():
    with open("/proc/loadavg") as load:
        return load.read().split()[0]


def article(template, headline, n, run):
    body = template.replace("1,000", f"{1000 + n:,}").replace("11,000", f"{11000 + n:,}")
    return {"url": f"https://ingest-bench.example/{run}/{n}", "headline": headline,
            "body": body + f"\nBench marker {run}-{n}.", "publishedAt": "2025-02-20T09:00:00Z"}


def timed_round(url, articles, batch, clients, pid):
    """Sends the articles in batches from `clients` threads; returns (seconds, service CPU seconds or None, outcomes)."""
    batches = [articles[i:i + batch] for i in range(0, len(articles), batch)]
    cpu_before = process_cpu_seconds(pid) if pid else None
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        outcomes = [outcome for answer in pool.map(lambda b: post(url, b), batches) for outcome in answer]
    elapsed = time.perf_counter() - started
    cpu = process_cpu_seconds(pid) - cpu_before if pid else None
    return elapsed, cpu, outcomes


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("template")
    parser.add_argument("--articles", type=int, default=2000, help="articles per measured round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--warmup", type=int, default=6000, help="articles sent before the measured rounds")
    parser.add_argument("--clients", type=int, default=1)
    parser.add_argument("--pid", type=int)
    parser.add_argument("--jcmd", help="jcmd of the service's JDK: report JIT and GC time per article (needs --pid)")
    args = parser.parse_args()
    text = open(args.template, encoding="utf-8").read()
    headline = [line for line in text.splitlines() if line.strip()][1 if text.startswith("Recent") else 0]
    run = str(int(time.time()))
    number = iter(range(10 ** 9))
    if args.warmup:
        warm = [article(text, headline, next(number), run) for _ in range(args.warmup)]
        elapsed, cpu, _ = timed_round(args.url, warm, args.batch, args.clients, args.pid)
        print(f"ingest_warmup_articles {args.warmup}")
        print(f"ingest_warmup_articles_per_second {args.warmup / elapsed:.1f}")
    load_before = load_average()
    rates, cpus, created, total = [], [], 0, 0
    for r in range(1, args.rounds + 1):
        articles = [article(text, headline, next(number), run) for _ in range(args.articles)]
        jvm_before = jvm_seconds(args.jcmd, args.pid) if args.jcmd and args.pid else None
        elapsed, cpu, outcomes = timed_round(args.url, articles, args.batch, args.clients, args.pid)
        jvm_after = jvm_seconds(args.jcmd, args.pid) if jvm_before else None
        created += outcomes.count("CREATED")
        total += len(articles)
        rates.append(len(articles) / elapsed)
        print(f"ingest_round_{r}_articles_per_second {rates[-1]:.1f}")
        if cpu is not None:
            cpus.append(cpu * 1000 / len(articles))
            print(f"ingest_round_{r}_service_cpu_ms_per_article {cpus[-1]:.2f}")
        if jvm_after:
            jit, gc = (after - before for after, before in zip(jvm_after, jvm_before))
            print(f"ingest_round_{r}_jit_compile_ms_per_article {jit * 1000 / len(articles):.2f}")
            print(f"ingest_round_{r}_gc_pause_ms_per_article {gc * 1000 / len(articles):.2f}")
    print(f"ingest_clients {args.clients}")
    print(f"ingest_articles {total}")
    print(f"ingest_created {created}")
    print(f"ingest_articles_per_second {statistics.median(rates):.1f}")
    if cpus:
        print(f"ingest_service_cpu_ms_per_article {statistics.median(cpus):.2f}")
    print(f"ingest_load_average_before_after {load_before}/{load_average()}")


if __name__ == "__main__":
    main()
