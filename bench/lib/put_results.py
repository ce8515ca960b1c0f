#!/usr/bin/env python3
"""Puts a bench's results into docs/performance.md between the bench's markers (the latest run replaces the one
before); the first time, under a new section heading at the end.

    put_results.py NAME HEADING RESULTS_FILE DOC
"""
import sys

name, heading, results_file, doc_file = sys.argv[1:5]
results, doc = open(results_file).read().strip(), open(doc_file).read()
start, end = f"<!-- {name} results: start -->", f"<!-- {name} results: end -->"
block = start + "\n" + results + "\n" + end
if start in doc and end in doc:
    doc = doc[:doc.index(start)] + block + doc[doc.index(end) + len(end):]
else:
    doc = doc.rstrip("\n") + f"\n\n## {heading}\n\n" + block + "\n"
open(doc_file, "w").write(doc)
