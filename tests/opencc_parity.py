"""qingyue's conversion against OpenCC itself (the C++ library, PyPI `opencc` 1.4.2).

`make opencc-parity` (part of `make test`) installs OpenCC in a venv and runs this with the path
of the `zhconfig` example: every OpenCC config qingyue ships converts the same texts, and the
outputs must be identical. The texts: the repository's samples, and when `../shared` exists the
seed page, the Chinese corpus's article bodies and OpenCC's own test-case inputs. Reverse
configs get Traditional input made by OpenCC's own forward configs.

    python tests/opencc_parity.py target/release/examples/zhconfig [SHARED_DIR]
"""

import html
import json
import re
import subprocess
import sys
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
CONFIGS = [
    "s2t", "s2tw", "s2twp", "s2hk", "s2hkp",
    "t2s", "tw2s", "tw2sp", "hk2s", "hk2sp",
    "t2tw", "t2hk", "tw2t", "hk2t",
]
# Traditional input for the reverse configs: which forward config makes it from Simplified.
SOURCE = {"t": "s2t", "tw": "s2twp", "hk": "s2hkp"}
# Characters whose entries opencc-js 1.4.2 (qingyue's data source) lacks but OpenCC 1.4.2 has;
# tests/zh.rs lists the test cases they fail. Lines containing them are left out here.
DATA_GAPS = "殢圞樠"


def page_text(path):
    raw = path.read_text(encoding="utf-8", errors="replace")
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    return html.unescape(re.sub(r"<[^>]+>", "\n", raw))


def texts(shared):
    simplified, traditional = [], []
    for page in sorted((ROOT / "www" / "samples").glob("*.html")):
        text = page_text(page)
        (traditional if "traditional" in page.name else simplified).append(text)
    if shared.is_dir():
        seed = shared / "seed" / "guancha-article-as-scraped.txt"
        if seed.exists():
            simplified.append(seed.read_text(encoding="utf-8"))
        truth = shared / "corpus" / "cwced" / "truth.json"
        if truth.exists():
            bodies = json.loads(truth.read_text(encoding="utf-8")).values()
            simplified.extend(v.get("articleBody", "") for v in bodies)
        cases = shared / "opencc" / "testcases.json"
        if cases.exists():
            inputs = [c["input"] for c in json.loads(cases.read_text(encoding="utf-8"))["cases"]]
            simplified.extend(inputs)
            traditional.extend(inputs)
    keep = lambda t: "\n".join(l for l in t.split("\n") if not any(c in l for c in DATA_GAPS))
    return keep("\n".join(simplified)), keep("\n".join(traditional))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    zhconfig = sys.argv[1]
    shared = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT.parent / "shared"
    simplified, traditional = texts(shared)
    failed = 0
    for name in CONFIGS:
        source = name.split("2")[0]
        text = simplified if source == "s" else (
            opencc.OpenCC(SOURCE[source]).convert(simplified) + "\n" + traditional
        )
        theirs = opencc.OpenCC(name).convert(text)
        run = subprocess.run([zhconfig, name], input=text.encode(), capture_output=True)
        ours = run.stdout.decode()
        if run.returncode != 0 or ours != theirs:
            failed += 1
            diffs = [(a, b) for a, b in zip(theirs.split("\n"), ours.split("\n")) if a != b]
            print(f"{name:6} DIFFERENT: {len(diffs)} lines; {run.stderr.decode().strip()}")
            for a, b in diffs[:3]:
                print(f"    opencc:  {a[:80]}\n    qingyue: {b[:80]}")
        else:
            print(f"{name:6} identical to OpenCC on {len(text):,} characters")
    if failed:
        sys.exit(f"opencc parity: {failed} config(s) differ from OpenCC {opencc.__version__}")


if __name__ == "__main__":
    main()
