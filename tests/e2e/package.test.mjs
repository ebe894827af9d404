// The npm package as a user gets it: `npm pack pkg/`, installed from the tarball into a
// scratch project, bundled with esbuild and with Vite (both from npm), and each bundle run in
// headless Chromium: an extraction, a conversion, Markdown, the safe wrapper and the element.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync, copyFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { startServer, launch, root } from "./helpers.mjs";

const work = join(root, "target", "pack");
const app = join(work, "app");
const bin = (name) => join(root, "node_modules", ".bin", name);
let server, browser;

const MAIN = `
import init, { extract, loadConversionData, convertText, toMarkdown, version } from "qingyue";
import * as safe from "qingyue/safe";
import "qingyue/reader";
import dictionary from "qingyue/qingyue-zh.bin?url";

const page = "<title>试读 - 网站</title><article><h1>试读</h1><p>这是一段足够长的正文，讲述了软件在今天的发布经过，以及它带来的变化。</p>" +
  "<p>第二段继续说明：读者可以在简体和繁体之间切换，而链接和图片都保留下来。</p></article>";
try {
  await init();
  const article = extract(page);
  const bytes = new Uint8Array(await (await fetch(dictionary)).arrayBuffer());
  loadConversionData(bytes);
  await safe.ready();
  const viaSafe = await safe.extract(page);
  const reader = document.createElement("qingyue-reader");
  document.body.append(reader);
  reader.html = page;
  await new Promise((resolve) => reader.addEventListener("qingyue-ready", resolve, { once: true }));
  window.result = {
    version: version(),
    text: article.textContent,
    hant: convertText("软件", { target: "zh-TW", phrases: true }),
    markdown: toMarkdown(article),
    safe: viaSafe.title,
    element: reader.shadowRoot.querySelector(".content").textContent,
  };
} catch (e) {
  window.result = { error: String(e && e.stack || e) };
}
`;

before(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(app, { recursive: true });
  execFileSync("npm", ["pack", join(root, "pkg"), "--pack-destination", work, "--silent"], { stdio: "pipe" });
  const tarball = readdirSync(work).find((f) => f.endsWith(".tgz"));
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "scratch", private: true, type: "module" }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--offline", join(work, tarball)], { cwd: app, stdio: "pipe" });
  writeFileSync(join(app, "main.js"), MAIN);
  writeFileSync(join(app, "index.html"), `<!DOCTYPE html><meta charset="utf-8"><title>scratch</title><script type="module" src="./main.js"></script>`);
});

before(async () => {
  server = await startServer(work);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

async function run(path) {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}/${path}`);
  await page.waitForFunction(() => window.result, null, { timeout: 20000 });
  const result = await page.evaluate(() => window.result);
  await page.close();
  assert.equal(result.error, undefined, result.error);
  assert.deepEqual(errors, []);
  assert.match(result.version, /^\d+\.\d+\.\d+$/);
  assert.match(result.text, /^这是一段足够长的正文/);
  assert.equal(result.hant, "軟體");
  assert.match(result.markdown, /^---\ntitle: "试读/);
  assert.match(result.safe, /^试读/);
  assert.match(result.element, /第二段继续说明/);
}

test("the packed package bundles with esbuild and runs in Chromium", async () => {
  const out = join(app, "esbuild");
  // esbuild leaves `new URL(file, import.meta.url)` alone: the module and the dictionaries
  // are served beside the bundle, as its documentation says for such assets.
  execFileSync(bin("esbuild"), [join(app, "main.js"), "--bundle", "--format=esm", `--outdir=${out}`, "--loader:.bin=file", "--log-level=warning"], { cwd: app, stdio: "pipe" });
  copyFileSync(join(app, "node_modules", "qingyue", "qingyue_bg.wasm"), join(out, "qingyue_bg.wasm"));
  writeFileSync(join(out, "index.html"), `<!DOCTYPE html><meta charset="utf-8"><script type="module" src="./main.js"></script>`);
  await run("app/esbuild/index.html");
});

test("the packed package bundles with Vite and runs in Chromium", async () => {
  execFileSync(bin("vite"), ["build", app, "--base", "./", "--outDir", join(app, "vite"), "--emptyOutDir", "--logLevel", "warn"], { cwd: app, stdio: "pipe" });
  await run("app/vite/index.html");
});
