// Shared set-up for the end-to-end tests: the demo server on a free port and Debian's
// Chromium driven by playwright-core (npm cannot download browsers here).
import { spawn } from "node:child_process";
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
