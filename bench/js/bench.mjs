// `make bench` (JS part): qingyue's wasm package against Readability.js on the same pages, in
// Node (Readability with jsdom) and in headless Chromium (Readability with DOMParser), in one run;
// then, in Chromium, the script toggle and conversion against opencc-js on the same text.
//
//   node bench/js/bench.mjs [SHARED_DIR]
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";
import { initSync, extract } from "../../pkg/qingyue.js";
import { pages } from "./pages.mjs";
import { startServer, launch, root } from "../../tests/e2e/helpers.mjs";

const shared = process.argv[2] || join(root, "..", "shared");
const all = pages(shared);
if (all.length === 0) {
  console.log(`bench: no pages under ${shared}/corpus; skipping`);
  process.exit(0);
}
const totalBytes = all.reduce((n, p) => n + p.bytes.length, 0);
const row = (name, ms, ok) =>
  console.log(`${name.padEnd(30)} ${(ms / all.length).toFixed(2).padStart(8)} ms/page ${(totalBytes / 1e6 / (ms / 1e3)).toFixed(1).padStart(8)} MB/s   (${ok}/${all.length} pages)`);

function best(rounds, fn) {
  let min = Infinity, result;
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    result = fn();
    min = Math.min(min, performance.now() - t);
  }
  return [min, result];
}

console.log(`JS hosts, ${all.length} pages, ${(totalBytes / 1e6).toFixed(1)} MB`);
initSync({ module: readFileSync(join(root, "pkg", "qingyue_bg.wasm")) });
const [qNode, qOk] = best(3, () => all.filter((p) => { try { extract(new Uint8Array(p.bytes)); return true; } catch { return false; } }).length);
row("qingyue wasm, Node", qNode, qOk);

const quiet = new VirtualConsole();
const texts = all.map((p) => p.bytes.toString("utf8"));
const [rNode, rOk] = best(1, () => texts.filter((html, i) => {
  try {
    const dom = new JSDOM(html, { url: "https://example.com/", virtualConsole: quiet });
    return new Readability(dom.window.document).parse() !== null;
  } catch { return false; }
}).length);
row("Readability.js + jsdom, Node", rNode, rOk);
console.log(`qingyue wasm is ${(rNode / qNode).toFixed(1)}x Readability.js in Node`);

// Chromium: both run in the page; pages are fetched from the bench server first.
const server = await startServer(join(root, ".."));
const browser = await launch();
const page = await browser.newPage();
const base = `${server.url}/${relative(join(root, ".."), root)}`;
await page.goto(`${base}/www/index.html`);
const urls = all.map((p) => `${server.url}/${relative(join(root, ".."), p.path)}`);
const truth = `${server.url}/${relative(join(root, ".."), join(shared, "corpus", "cwced", "truth.json"))}`;
const result = await page.evaluate(async ({ base, urls, truth }) => {
  const mod = await import(`${base}/pkg/qingyue.js`);
  await mod.default();
  const src = await (await fetch(`${base}/node_modules/@mozilla/readability/Readability.js`)).text();
  const Readability = new Function(`${src}; return Readability;`)();
  const bytes = await Promise.all(urls.map(async (u) => new Uint8Array(await (await fetch(u)).arrayBuffer())));
  const time = (rounds, fn) => { let min = Infinity, r; for (let i = 0; i < rounds; i++) { const t = performance.now(); r = fn(); min = Math.min(min, performance.now() - t); } return [min, r]; };
  const [q, qOk] = time(3, () => bytes.filter((b) => { try { mod.extract(b); return true; } catch { return false; } }).length);
  const decoder = new TextDecoder();
  const [r, rOk] = time(2, () => bytes.filter((b) => {
    try { return new Readability(new DOMParser().parseFromString(decoder.decode(b), "text/html")).parse() !== null; } catch { return false; }
  }).length);
  // The script toggle on a 50 KB article, after the first load (dictionaries and tables warm).
  mod.loadConversionData(new Uint8Array(await (await fetch(`${base}/pkg/qingyue-zh.bin`)).arrayBuffer()));
  const sample = mod.extract(new Uint8Array(await (await fetch(`${base}/www/samples/guancha.html`)).arrayBuffer()));
  let article = sample.content;
  while (new TextEncoder().encode(article).length < 50_000) article += sample.content;
  const t0 = performance.now();
  mod.convertHtml(article, { target: "zh-Hant" });
  const firstToggle = performance.now() - t0;
  const [toggle] = time(5, () => mod.convertHtml(article, { target: "zh-Hant" }));
  // Conversion of the Chinese corpus's prose (1 MB or more) against opencc-js, as bench/js/zh.mjs
  // does in Node.
  const zh = [];
  const response = await fetch(truth);
  let prose = response.ok ? Object.values(await response.json()).map((v) => v.articleBody).join("\n") : "";
  while (prose && new TextEncoder().encode(prose).length < 1_000_000) prose += "\n" + prose;
  const mb = new TextEncoder().encode(prose).length / 1e6;
  if (prose) {
    const OpenCC = await import(`${base}/node_modules/opencc-js/dist/esm/full.js`);
    const traditional = mod.convertText(prose, { target: "zh-Hant", stripGlosses: false });
    const runs = [
      ["s2t", prose, { from: "cn", to: "t" }, { target: "zh-Hant" }],
      ["s2tw", prose, { from: "cn", to: "tw" }, { target: "zh-TW" }],
      ["s2hk", prose, { from: "cn", to: "hk" }, { target: "zh-HK" }],
      ["t2s", traditional, { from: "t", to: "cn" }, { target: "zh-Hans" }],
    ];
    for (const [name, text, occ, qy] of runs) {
      const [ours, a] = time(3, () => mod.convertText(text, { ...qy, stripGlosses: false }));
      const conv = OpenCC.Converter(occ);
      const [theirs, b] = time(3, () => conv(text));
      zh.push({ name, ours, theirs, same: a === b });
    }
  }
  return { q, qOk, r, rOk, toggle, firstToggle, articleBytes: new TextEncoder().encode(article).length, zh, mb };
}, { base, urls, truth });
row("qingyue wasm, Chromium", result.q, result.qOk);
row("Readability.js + DOMParser, Chromium", result.r, result.rOk);
console.log(`qingyue wasm is ${(result.r / result.q).toFixed(1)}x Readability.js in Chromium (decoding included for both)`);
console.log(`script toggle in Chromium, ${result.articleBytes} byte article to zh-Hant: ${result.toggle.toFixed(2)} ms (first toggle, building tables: ${result.firstToggle.toFixed(1)} ms)`);
if (result.zh.length) console.log(`conversion in Chromium (best of 3), ${result.mb.toFixed(2)} MB of Chinese news prose`);
for (const { name, ours, theirs, same } of result.zh) {
  const rate = (ms) => `${(result.mb / (ms / 1e3)).toFixed(1).padStart(7)} MB/s`;
  console.log(`${name.padEnd(5)} qingyue wasm ${rate(ours)}   opencc-js ${rate(theirs)}   ${(theirs / ours).toFixed(2)}x   output ${same ? "identical" : "DIFFERENT"}`);
}
// Cold start: a fresh browser context each time (no cache), from the glue's import and init()
// to the article of the corpus page nearest 100 KB, the page's bytes already in hand; and the
// extraction alone, in the same run.
const distance = (p) => Math.abs(p.bytes.length - 100_000);
const hundred = all.reduce((a, b) => (distance(b) < distance(a) ? b : a));
const hundredUrl = `${server.url}/${relative(join(root, ".."), hundred.path)}`;
const cold = [];
for (let i = 0; i < 5; i++) {
  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto(`${base}/www/samples/english-news.html`);
  cold.push(await fresh.evaluate(async ({ base, url }) => {
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    const t0 = performance.now();
    const mod = await import(`${base}/pkg/qingyue.js`);
    await mod.default();
    const t1 = performance.now();
    mod.extract(bytes);
    const t2 = performance.now();
    return { total: t2 - t0, init: t1 - t0, extract: t2 - t1 };
  }, { base, url: hundredUrl }));
  await context.close();
}
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`cold start in Chromium (fresh context, ${hundred.bytes.length} byte page, median of 5): import + init() + extract ${median(cold.map((c) => c.total)).toFixed(1)} ms (init ${median(cold.map((c) => c.init)).toFixed(1)} ms, first extraction ${median(cold.map((c) => c.extract)).toFixed(1)} ms)`);
await browser.close();
server.stop();
