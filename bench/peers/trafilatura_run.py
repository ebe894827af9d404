#!/usr/bin/env python3
"""trafilatura, the Python peer, for `bench/peers.py`: one JSON line per file on stdout,
{"source", "textContent"} (empty when it found nothing). It is given the page's bytes and
decodes them itself; its default settings (comments and tables included) are used.

    python bench/peers/trafilatura_run.py FILE...
"""
import json
import sys

import trafilatura

for source in sys.argv[1:]:
    with open(source, "rb") as f:
        data = f.read()
    try:
        text = trafilatura.extract(data) or ""
    except Exception:  # a peer's crash on one page is an empty result, not the bench's end
        text = ""
    print(json.dumps({"source": source, "textContent": text}, ensure_ascii=False))
