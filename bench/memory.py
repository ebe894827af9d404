#!/usr/bin/env python3
"""Peak memory of the CLI on a generated 60 MiB Chinese page, against the budget of
6 x input + 64 MiB.

    bench/memory.py [--bin target/release/qingyue] [--mib 60]
"""
import argparse
import os
import resource
import subprocess
import sys
import tempfile

ARTICLE = "北京时间昨日，国家统计局发布了最新的经济数据，显示国内生产总值稳步增长，消费市场持续回暖。"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="target/release/qingyue")
    ap.add_argument("--mib", type=int, default=60)
    args = ap.parse_args()
    unit = f"<div class=c><p>{ARTICLE}</p><ul><li><a href=/x>链接</a></li></ul></div>".encode()
    body = unit * (args.mib * 1024 * 1024 // len(unit))
    with tempfile.NamedTemporaryFile(suffix=".html", delete=False) as f:
        f.write(b"<html><head><title>t</title></head><body><div class=article>" + body + b"</div></body></html>")
        path = f.name
    try:
        size = os.path.getsize(path)
        proc = subprocess.run([args.bin, "extract", path], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    finally:
        os.unlink(path)
    budget = 6 * size + 64 * 1024 * 1024
    ok = proc.returncode == 0 and peak <= budget
    print(f"memory: {size / 2**20:.1f} MiB page -> peak {peak / 2**20:.1f} MiB (budget 6x + 64 MiB = {budget / 2**20:.1f} MiB) {'ok' if ok else 'OVER'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
