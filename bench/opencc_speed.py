"""`make bench` part: OpenCC's own C++ library (PyPI `opencc`, through its Python binding) on the
same text as examples/zhspeed.rs and bench/js/zh.mjs, for the native comparison.

    target/opencc-venv/bin/python bench/opencc_speed.py ../shared/corpus/cwced/truth.json
"""

import json
import sys
import time
from pathlib import Path

import opencc


def main():
    truth = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/cwced/truth.json")
    if not truth.exists():
        print(f"opencc bench: {truth} not found; skipping")
        return
    text = "\n".join(v.get("articleBody", "") for v in json.loads(truth.read_text("utf-8")).values())
    while len(text.encode()) < 1_000_000:
        text = text + "\n" + text
    mb = len(text.encode()) / 1e6
    traditional = opencc.OpenCC("s2t").convert(text)
    print(f"OpenCC {opencc.__version__} (C++, Python binding), {mb:.2f} MB, best of 5")
    for name, source in [("s2t", text), ("s2tw", text), ("s2hk", text), ("t2s", traditional)]:
        converter = opencc.OpenCC(name)
        best = float("inf")
        for _ in range(5):
            t = time.perf_counter()
            converter.convert(source)
            best = min(best, time.perf_counter() - t)
        print(f"{name:5} {mb / best:7.1f} MB/s")


if __name__ == "__main__":
    main()
