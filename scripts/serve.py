#!/usr/bin/env python3
"""Serve the project for `make demo` and the end-to-end tests: `/` redirects to `/www/`,
`.wasm` is served as application/wasm, nothing is cached.

    scripts/serve.py [PORT] [--root DIR] [--quiet]
"""
import argparse
import functools
import http.server
import os
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".json": "application/json",
        ".svg": "image/svg+xml",
        # No charset: a page says its own (GBK and Big5 pages do, in <meta>).
        ".html": "text/html",
        ".css": "text/css; charset=utf-8",
    }

    def __init__(self, *args, quiet=False, **kwargs):
        self.quiet = quiet
        super().__init__(*args, **kwargs)

    def redirected(self):
        if self.path in ("/", "/index.html"):
            self.send_response(302)
            self.send_header("Location", "/www/")
            self.end_headers()
            return True
        return False

    def do_GET(self):
        if not self.redirected():
            super().do_GET()

    def do_HEAD(self):
        if not self.redirected():
            super().do_HEAD()

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, fmt, *args):
        if not self.quiet:
            super().log_message(fmt, *args)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("port", nargs="?", type=int, default=8080)
    ap.add_argument("--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    handler = functools.partial(Handler, directory=os.path.abspath(args.root), quiet=args.quiet)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler)
    print(f"qingyue demo: http://127.0.0.1:{server.server_address[1]}/  (Ctrl-C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
