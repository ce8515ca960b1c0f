#!/usr/bin/env python3
"""Ingest throughput: posts seed-sized articles through ingestArticles and reports articles per second.

Each article is the bundled sample text with its numbers and a marker changed, so every one is new content and
goes through the whole pipeline (normalise, deduplicate, extract, link, write). --clients sends that many batches
at once, as several scrapers feeding one instance would. With --pid (the service's process id, on this machine) it
also reports the service's CPU time per article, which waiting for a core does not inflate, and the load average
around the run: on a shared machine articles per second say as much about the neighbours as about the service.
Usage: ingest_bench.py URL ARTICLE.txt [--articles N] [--batch B] [--clients C] [--pid PID]
With access control on, pass an editor token in CLAIMGRAPH_TOKEN (scripts/mint-token.sh makes one).
"""
import argparse
from concurrent.futures import ThreadPoolExecutor
import json
import os
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


def load_average():
    with open("/proc/loadavg") as load:
        return load.read().split()[0]


def article(template, headline, n, run):
    body = template.replace("1,000", f"{1000 + n:,}").replace("11,000", f"{11000 + n:,}")
    return {"url": f"https://ingest-bench.example/{run}/{n}", "headline": headline,
            "body": body + f"\nBench marker {run}-{n}.", "publishedAt": "2025-02-20T09:00:00Z"}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("template")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--warmup", type=int, default=100)
    parser.add_argument("--clients", type=int, default=1)
    parser.add_argument("--pid", type=int)
    args = parser.parse_args()
    text = open(args.template, encoding="utf-8").read()
    headline = [line for line in text.splitlines() if line.strip()][1 if text.startswith("Recent") else 0]
    run = str(int(time.time()))
    warm = [article(text, headline, -n - 1, run) for n in range(args.warmup)]
    for i in range(0, len(warm), args.batch):
        post(args.url, warm[i:i + args.batch])
    articles = [article(text, headline, n, run) for n in range(args.articles)]
    batches = [articles[i:i + args.batch] for i in range(0, len(articles), args.batch)]
    load_before = load_average()
    cpu_before = process_cpu_seconds(args.pid) if args.pid else None
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=args.clients) as pool:
        outcomes = [outcome for batch in pool.map(lambda b: post(args.url, b), batches) for outcome in batch]
    elapsed = time.perf_counter() - started
    cpu = process_cpu_seconds(args.pid) - cpu_before if args.pid else None
    created = outcomes.count("CREATED")
    print(f"ingest_clients {args.clients}")
    print(f"ingest_articles {len(articles)}")
    print(f"ingest_created {created}")
    print(f"ingest_seconds {elapsed:.2f}")
    print(f"ingest_articles_per_second {len(articles) / elapsed:.1f}")
    if cpu is not None:
        print(f"ingest_service_cpu_ms_per_article {cpu * 1000 / len(articles):.2f}")
    print(f"ingest_load_average_before_after {load_before}/{load_average()}")


if __name__ == "__main__":
    main()
