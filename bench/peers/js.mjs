// Peer extractors in Node, for `bench/peers.py`: Mozilla Readability.js and Defuddle, each on
// a page parsed by jsdom. The bytes are decoded in the charset the page declares (a BOM, or a
// `<meta>` charset in its first 4 KB), else UTF-8: jsdom's own fallback, windows-1252, would
// garble every undeclared UTF-8 page.
//
//     node bench/peers/js.mjs OUT_DIR FILE...
//
// Writes OUT_DIR/readability.jsonl and OUT_DIR/defuddle.jsonl: one line per file,
// `{"source", "textContent"}` (empty when the peer found nothing or threw).
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";
import { Defuddle } from "defuddle/node";

const [out, ...files] = process.argv.slice(2);
if (!out || files.length === 0) {
  console.error("usage: node bench/peers/js.mjs OUT_DIR FILE...");
  process.exit(2);
}
mkdirSync(out, { recursive: true });

// Pages log CSS and script errors to the console; they are not the bench's.
const quiet = new VirtualConsole();
const decode = (bytes) => {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
  try {
    return new TextDecoder(declared ?? "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
};
const dom = (html) => new JSDOM(html, { virtualConsole: quiet, url: "https://example.invalid/" });
const textOf = (html) => dom(`<body>${html}</body>`).window.document.body.textContent;

// Defuddle reports a page's broken JSON-LD on the console: the page's fault, not the bench's.
console.error = () => {};
console.warn = () => {};
const lines = { readability: [], defuddle: [] };
for (const source of files) {
  const html = decode(readFileSync(source));
  let r = "";
  try {
    r = new Readability(dom(html).window.document).parse()?.textContent ?? "";
  } catch {
    r = "";
  }
  let d = "";
  try {
    const res = await Defuddle(dom(html), "https://example.invalid/");
    d = res?.content ? textOf(res.content) : "";
  } catch {
    d = "";
  }
  lines.readability.push(JSON.stringify({ source, textContent: r }));
  lines.defuddle.push(JSON.stringify({ source, textContent: d }));
}
for (const [peer, rows] of Object.entries(lines)) {
  writeFileSync(`${out}/${peer}.jsonl`, rows.join("\n") + "\n");
}
