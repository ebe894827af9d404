#!/usr/bin/env python3
"""qingyue against its peers on the same development pages, scored the same way.

    bench/peers.py [--shared ../shared] [--out target/peers] [--sets magic,trafilatura,...]
                   [--python target/peers-venv/bin/python] [--smoothie PATH]

Runs, on every page of each set of ../shared/corpus (bytes in, no URL given):
- qingyue (the CLI, as `make eval` does);
- Mozilla Readability.js and Defuddle in Node on jsdom (bench/peers/js.mjs);
- dom_smoothie, natively (bench/native, binary `smoothie`);
- trafilatura in Python (bench/peers/trafilatura_run.py).
Each prediction is scored as bench/eval.py scores qingyue's (score.py's body F1, CJK
characters as tokens, `--official` for scrapinghub; snippets.py for trafilatura's set), and
one table of F1 per set and subset is printed. The JS and native peers get the page decoded
in the charset it declares, else UTF-8; trafilatura decodes the bytes itself.
"""
import argparse
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eval as qeval  # noqa: E402  (bench/eval.py: the sets, subsets and scorers)

PEERS = ["qingyue", "readability", "defuddle", "dom_smoothie", "trafilatura"]


def jsonl(text):
    # Lines end at "\n" only: a page's text may hold U+2028, which `splitlines` splits on.
    return {o["source"]: o["textContent"] for o in map(json.loads, filter(None, text.split("\n")))}


def run_peers(args, pages, out_dir):
    """Per peer (not qingyue): source path → text."""
    files = [p for _, p in pages]
    got = {}
    subprocess.run(["node", "bench/peers/js.mjs", out_dir, *files], check=True)
    for peer in ("readability", "defuddle"):
        with open(os.path.join(out_dir, f"{peer}.jsonl"), encoding="utf-8") as f:
            got[peer] = jsonl(f.read())
    got["dom_smoothie"] = jsonl(subprocess.run([args.smoothie, *files], capture_output=True, text=True, check=True).stdout)
    got["trafilatura"] = jsonl(subprocess.run([args.python, "bench/peers/trafilatura_run.py", *files], capture_output=True, text=True, check=True).stdout)
    return got


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="target/release/qingyue")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--out", default="target/peers")
    ap.add_argument("--sets", default=",".join(qeval.SETS))
    ap.add_argument("--python", default="target/peers-venv/bin/python")
    ap.add_argument("--smoothie", default="bench/native/target/release/smoothie")
    args = ap.parse_args()
    corpus = os.path.join(args.shared, "corpus")
    if not os.path.isdir(corpus):
        print(f"SKIPPED: the peer comparison: {corpus} not found")
        return 0
    rows = []
    for name in args.sets.split(","):
        root = os.path.join(corpus, name)
        if not os.path.isdir(root):
            print(f"SKIPPED: {name}: {root} not found")
            continue
        pages = qeval.SETS[name](root)
        out_dir = os.path.join(args.out, name)
        os.makedirs(out_dir, exist_ok=True)
        truth = os.path.join(root, "truth.json")
        preds = {"qingyue": qeval.run_set(args.bin, name, pages, out_dir)[0]}
        for peer, by_source in run_peers(args, pages, out_dir).items():
            path = os.path.join(out_dir, f"peer-{peer}.json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump({pid: {"articleBody": by_source.get(p, "")} for pid, p in pages}, f, ensure_ascii=False)
            preds[peer] = path
        figures = {}
        for peer, pred in preds.items():
            if name == "trafilatura":
                figures[peer] = {name: qeval.snippets(args.shared, truth, pred)["f1"]}
            else:
                f1, _ = qeval.score(args.shared, truth, pred, official=(name == "scrapinghub"))
                figures[peer] = {name: f1["f1"]}
            for of, row, keep in qeval.SUBSETS:
                if of == name:
                    (t, p), _ = qeval.subset(truth, pred, keep, out_dir, f"{row}-{peer}")
                    figures[peer][row] = qeval.score(args.shared, t, p)[0]["f1"]
        for row in figures["qingyue"]:
            rows.append((row, len(pages), [figures[p][row] for p in PEERS]))
    print(f"{'set (F1)':20} " + " ".join(f"{p:>12}" for p in PEERS))
    for row, n, figs in rows:
        best = max(figs[1:])
        mark = "leads" if figs[0] >= best else f"behind by {best - figs[0]:.3f}"
        print(f"{row:20} " + " ".join(f"{f:12.3f}" for f in figs) + f"   {mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
