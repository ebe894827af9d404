// Shared set-up for the end-to-end tests: the demo server on a free port and Debian's
// Chromium driven by playwright-core (npm cannot download browsers here).
import { spawn, execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const shots = join(root, "target", "e2e");
mkdirSync(shots, { recursive: true });

export const CHROMIUM_ARGS = [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
];

/** Starts scripts/serve.py on a free port (serving `dir`, the project by default); resolves to { url, stop }. */
export function startServer(dir = root) {
  return new Promise((resolve, reject) => {
    const proc = spawn("python3", [join(root, "scripts", "serve.py"), "0", "--quiet", "--root", dir], { stdio: ["ignore", "pipe", "inherit"] });
    let buf = "";
    proc.stdout.on("data", (d) => {
      buf += d;
      const m = buf.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) resolve({ url: `http://127.0.0.1:${m[1]}`, stop: () => proc.kill() });
    });
    proc.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
}

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/**
 * GBK copies of the samples (the news page and the two-page story), written to
 * target/e2e-gbk/ with `<meta charset="gbk">`, for the tests of legacy-charset pages. Node has
 * no GBK encoder; Python's codec writes them. Returns the folder.
 */
export function gbkSamples() {
  const out = join(root, "target", "e2e-gbk");
  const script = `
import pathlib, sys
root, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
for src, dst in [("guancha.html", "gbk-news.html"), ("multipage.html", "gbk-multipage.html"), ("multipage-2.html", "gbk-multipage-2.html")]:
    s = (root / "www" / "samples" / src).read_text("utf-8")
    s = s.replace('<meta charset="utf-8">', '<meta charset="gbk">', 1).replace("multipage-2.html", "gbk-multipage-2.html").replace('href="multipage.html"', 'href="gbk-multipage.html"')
    (out / dst).write_bytes(s.encode("gbk", "xmlcharrefreplace"))
`;
  execFileSync("python3", ["-c", script, root, out]);
  return out;
}
