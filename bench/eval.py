#!/usr/bin/env python3
"""Run the qingyue CLI over each set in ../shared/corpus and score it with ../shared/eval.

    bench/eval.py [--bin target/release/qingyue] [--shared ../shared] [--out target/eval]
                  [--check README.md]

Prints F1 / precision / recall (score.py; --official too for scrapinghub) and title / byline /
date accuracy (meta_score.py) per set, and writes the predictions to --out. With --check, fails
when any figure is more than 0.005 below the one recorded in the README's eval table.
"""
import argparse
import json
import os
import re
import subprocess
import sys

SETS = {
    # set: (html files, id from path)
    "scrapinghub": lambda root: [(f[:-5], os.path.join(root, "html", f)) for f in sorted(os.listdir(os.path.join(root, "html"))) if f.endswith(".html")],
    "readability": lambda root: [(d, os.path.join(root, d, "source.html")) for d in sorted(os.listdir(root)) if os.path.isfile(os.path.join(root, d, "source.html"))],
    "cwced": lambda root: [(f[:-5], os.path.join(root, "html", f)) for f in sorted(os.listdir(os.path.join(root, "html"))) if f.endswith(".html")],
    # magic-html's benchmark: articles and forum threads; truth carries `kind` and `lang`.
    "magic": lambda root: [(f[:-5], os.path.join(root, "html", f)) for f in sorted(os.listdir(os.path.join(root, "html"))) if f.endswith(".html")],
    # trafilatura's evaluation set: truth is "with"/"without" snippets (snippets.py).
    "trafilatura": lambda root: [(f[:-5], os.path.join(root, "html", f)) for f in sorted(os.listdir(os.path.join(root, "html"))) if f.endswith(".html")],
}
# Subsets of a set scored on their own: (set, row name, which truth entries).
SUBSETS = [
    ("magic", "magic threads", lambda t: t.get("kind") == "thread"),
    ("magic", "magic zh articles", lambda t: t.get("kind") == "article" and t.get("lang") == "zh"),
]
TOLERANCE = 0.005


def run_set(binary, name, pages, out_dir):
    truth_urls = {}
    pred = {}
    # One process per set: JSON Lines, one per file, in order.
    proc = subprocess.run([binary, "extract", "--format", "json", *[p for _, p in pages]], capture_output=True, text=True)
    by_source = {}
    for line in proc.stdout.splitlines():
        obj = json.loads(line)
        by_source[obj["source"]] = obj
    for pid, path in pages:
        a = by_source.get(path)
        pred[pid] = {"articleBody": a["textContent"], "title": a["title"], "byline": a["byline"], "publishedTime": a["publishedTime"]} if a else {"articleBody": ""}
    path = os.path.join(out_dir, f"{name}.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(pred, f, ensure_ascii=False)
    return path, proc.stderr.strip()


def score(shared, truth, pred, official=False):
    cmd = [sys.executable, os.path.join(shared, "eval", "score.py"), truth, pred, "--json"] + (["--official"] if official else [])
    out = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
    return {k: out[k] for k in ("f1", "precision", "recall")}, out


def snippets(shared, truth, pred):
    cmd = [sys.executable, os.path.join(shared, "eval", "snippets.py"), truth, pred, "--json"]
    out = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
    return {k: out[k] for k in ("f1", "precision", "recall")}


def subset(truth, pred, keep, out_dir, name):
    """Truth and prediction files holding only the pages `keep` selects."""
    t = json.load(open(truth, encoding="utf-8"))
    p = json.load(open(pred, encoding="utf-8"))
    t = {k: v for k, v in t.items() if keep(v)}
    paths = []
    for what, data in (("truth", t), ("pred", {k: p.get(k, {"articleBody": ""}) for k in t})):
        path = os.path.join(out_dir, f"{name.replace(' ', '-')}.{what}.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False)
        paths.append(path)
    return paths, len(t)


def meta(shared, truth, pred):
    out = subprocess.run([sys.executable, os.path.join(shared, "eval", "meta_score.py"), truth, pred], capture_output=True, text=True, check=True).stdout
    return {k: float(v) for k, v in re.findall(r"(title|byline|publishedTime) \d+/\d+ \(([0-9.]+)\)", out)}, out.strip()


def recorded(readme):
    """Figures recorded in the README's eval table: rows `| set | F1 | P | R | title | byline | date |`."""
    rows = {}
    in_table = False
    for line in open(readme, encoding="utf-8"):
        if "<!-- eval-table -->" in line:
            in_table = not in_table
            continue
        if in_table and line.startswith("|") and not line.startswith("|--") and not line.startswith("| set"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            keys = ["f1", "precision", "recall", "title", "byline", "publishedTime"]
            rows[cells[0]] = {k: float(v) for k, v in zip(keys, cells[1:]) if re.fullmatch(r"[0-9.]+", v)}
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="target/release/qingyue")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--out", default="target/eval")
    ap.add_argument("--check")
    args = ap.parse_args()
    corpus = os.path.join(args.shared, "corpus")
    if not os.path.isdir(corpus):
        print(f"SKIPPED: the accuracy gate: {corpus} not found (it exists in CI and on developer machines)")
        return 0
    os.makedirs(args.out, exist_ok=True)
    results = {}
    for name, lister in SETS.items():
        root = os.path.join(corpus, name)
        if not os.path.isdir(root):
            continue
        truth = os.path.join(root, "truth.json")
        pages = lister(root)
        pred, errors = run_set(args.bin, name, pages, args.out)
        if name == "trafilatura":
            results[name] = snippets(args.shared, truth, pred)
        else:
            f1, _ = score(args.shared, truth, pred, official=(name == "scrapinghub"))
            m, _ = meta(args.shared, truth, pred)
            results[name] = {**f1, **m}
        figs = "  ".join(f"{k} {v:.3f}" for k, v in results[name].items())
        print(f"{name:17} {len(pages):4} pages  {figs}" + ("  (official tokenizer)" if name == "scrapinghub" else "") + ("  (snippets)" if name == "trafilatura" else ""))
        for of, row, keep in SUBSETS:
            if of == name:
                (t, p), n = subset(truth, pred, keep, args.out, row)
                results[row], _ = score(args.shared, t, p)
                figs = "  ".join(f"{k} {v:.3f}" for k, v in results[row].items())
                print(f"{row:17} {n:4} pages  {figs}")
        if errors:
            print("  errors:", errors.replace("\n", "\n          "))
    if args.check:
        failed = []
        for name, figs in recorded(args.check).items():
            for k, want in figs.items():
                got = results.get(name, {}).get(k)
                if got is not None and got < want - TOLERANCE:
                    failed.append(f"{name} {k}: {got:.3f} < recorded {want:.3f} - {TOLERANCE}")
        if failed:
            print("eval: below the figures recorded in", args.check)
            for f in failed:
                print("  " + f)
            return 1
        print(f"eval: every figure within {TOLERANCE} of {args.check} or better")
    return 0


if __name__ == "__main__":
    sys.exit(main())
