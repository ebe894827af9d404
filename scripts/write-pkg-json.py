#!/usr/bin/env python3
"""Write pkg/package.json so pkg/ is an npm-installable ES module package.

    scripts/write-pkg-json.py PKG_DIR
"""
import json
import os
import re
import sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
cargo = open(os.path.join(root, "Cargo.toml"), encoding="utf-8").read()
field = lambda k: re.search(rf'^{k}\s*=\s*"([^"]*)"', cargo, re.M).group(1)
pkg = sys.argv[1]
files = sorted(f for f in os.listdir(pkg) if f != "package.json" and not f.startswith("."))
manifest = {
    "name": "qingyue",
    "version": field("version"),
    "description": field("description"),
    "license": field("license"),
    "type": "module",
    "main": "qingyue.js",
    "module": "qingyue.js",
    "types": "qingyue.d.ts",
    "exports": {
        ".": {"types": "./qingyue.d.ts", "default": "./qingyue.js"},
        # <qingyue-reader>: importing it defines the element.
        "./reader": "./qingyue-reader.js",
        # The same functions behind a guard that restarts the module after a trap.
        "./safe": "./qingyue-safe.js",
        # Targets, the meta line, the multi-page merge and the narrator, for custom readers.
        "./ui": "./qingyue-ui.js",
        "./qingyue_bg.wasm": "./qingyue_bg.wasm",
        "./qingyue-zh.bin": "./qingyue-zh.bin",
        "./package.json": "./package.json",
    },
    "files": files,
    "sideEffects": ["./qingyue-reader.js"],
}
with open(os.path.join(pkg, "package.json"), "w", encoding="utf-8") as f:
    json.dump(manifest, f, indent=2)
    f.write("\n")
