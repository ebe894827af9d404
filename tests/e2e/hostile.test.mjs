// The sanitizer against hostile payloads (tests/hostile/payloads.txt) in headless Chromium:
// nothing executes, nothing navigates, no script-capable markup survives extraction.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { startServer, launch, root } from "./helpers.mjs";

const payloads = readFileSync(join(root, "tests", "hostile", "payloads.txt"), "utf8").split("\n").filter((l) => l.trim());
const PARA = "<p>The council met on Tuesday evening and, after a long debate about the budget, agreed to publish the full report next week.</p>";
const pageFor = (payload) => `<!DOCTYPE html><html><head><title>Council report - Example News</title></head><body><nav>Home</nav><article><h1>Council report</h1>${PARA}${PARA}<div>${payload}</div>${PARA}${PARA}</article><footer>© Example</footer></body></html>`;

// Markup that can run script or navigate, looked for inside the output's tags only (escaped
// text such as "&lt;script&gt;" is harmless).
const TAG = /<([a-zA-Z][\w:-]*)([^>]*)>/g;
const BAD_TAGS = /^(script|iframe|frame|frameset|object|embed|applet|svg|style|link|meta|base|form|input|button|textarea|select|template|noscript|xmp|noembed|noframes|portal|isindex|keygen|marquee|body|html|head|title|area|map|audio|video)$/i;
const BAD_ATTRS = /(^|\s)(on[a-z]+|style|srcdoc|formaction|xlink:href|action|background|dynsrc|lowsrc|ping|id|name|target)\s*=/i;
const URL_ATTR = /(href|src|srcset|cite)\s*=\s*"([^"]*)"/gi;
const BAD_SCHEME = /^\s*(javascript|vbscript|data:(?!image\/(png|jpe?g|gif|webp|avif|bmp))|[a-z][a-z0-9+.-]*:(?!\/\/))/i;
const SAFE_SCHEME = /^\s*(https?:\/\/|mailto:|#|\/|[^:]*$)/i;

function scriptCapable(html) {
  const found = [];
  for (const [, tag, attrs] of html.matchAll(TAG)) {
    if (BAD_TAGS.test(tag)) found.push(`<${tag}>`);
    if (BAD_ATTRS.test(attrs)) found.push(`${tag}: ${attrs.trim()}`);
    for (const [, name, value] of attrs.matchAll(URL_ATTR)) {
      for (const url of name.toLowerCase() === "srcset" ? value.split(",").map((c) => c.trim().split(/\s+/)[0]) : [value]) {
        if (!SAFE_SCHEME.test(url) || (BAD_SCHEME.test(url) && !/^\s*(https?|mailto):/i.test(url))) found.push(`${tag} ${name}: ${url}`);
      }
    }
  }
  return found;
}

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

test(`${payloads.length} hostile payloads: no script-capable markup, no execution, no navigation`, async () => {
  assert.ok(payloads.length >= 150);
  const context = await browser.newContext();
  // Every page of the context records calls instead of showing dialogs.
  await context.addInitScript(() => {
    window.__calls = [];
    for (const f of ["alert", "confirm", "prompt", "print"]) {
      window[f] = (...args) => { window.__calls.push(`${f}(${args.join(",")})`); };
    }
  });
  const dialogs = [];
  context.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  const page = await context.newPage();
  await page.goto(`${server.url}/www/`);
  await page.waitForSelector("#article:not([hidden])");
  const start = page.url();
  const outputs = await page.evaluate(async (docs) => {
    const mod = await import("/pkg/qingyue.js");
    await mod.default(); // the page's own instance when it has one, else a new one
    return docs.map((d) => { try { return mod.extract(d, { url: "https://news.example.com/a/b.html" }).content; } catch (e) { return `ERROR ${e.message}`; } });
  }, payloads.map(pageFor));

  const markup = [];
  outputs.forEach((html, i) => {
    assert.ok(!html.startsWith("ERROR"), `payload ${i + 1} lost the article: ${html}`);
    assert.match(html, /agreed to publish the full report/, `payload ${i + 1}: article text kept`);
    for (const f of scriptCapable(html)) markup.push(`payload ${i + 1} (${payloads[i].slice(0, 60)}): ${f}`);
  });
  assert.deepEqual(markup, [], "script-capable markup in the output");

  // Insert every output via innerHTML, then give handlers time to fire. As the browser parses
  // it, MathML (kept so formulas render) holds only MathML presentation elements and HTML
  // holds no stray MathML: a namespace switch on re-parsing is how mutation XSS starts.
  const namespaceFaults = await page.evaluate((list) => {
    const MATHML = "http://www.w3.org/1998/Math/MathML";
    const ALLOWED = new Set("math menclose merror mfrac mi mmultiscripts mn mo mover mpadded mphantom mprescripts mroot mrow ms mspace msqrt mstyle msub msubsup msup mtable mtd mtext mtr munder munderover none semantics".split(" "));
    const faults = [];
    list.forEach((html, i) => {
      const div = document.createElement("div");
      div.innerHTML = html;
      document.body.append(div);
      for (const el of div.querySelectorAll("*")) {
        const inMath = el.parentElement?.closest("math") != null;
        if (el.namespaceURI === MATHML ? !ALLOWED.has(el.localName) || (el.localName === "math" && inMath) : inMath || el.namespaceURI !== "http://www.w3.org/1999/xhtml") {
          faults.push(`payload ${i + 1}: <${el.localName}> in ${el.namespaceURI}${inMath ? " inside math" : ""}`);
        }
      }
      for (const el of div.querySelectorAll("*")) {
        for (const type of ["click", "mouseover", "focus", "load", "error", "toggle"]) el.dispatchEvent(new Event(type));
      }
    });
    return faults;
  }, outputs);
  assert.deepEqual(namespaceFaults, [], "elements in the wrong namespace after re-parsing");
  await page.waitForTimeout(500);
  assert.deepEqual(await page.evaluate(() => window.__calls), [], "calls from innerHTML insertion");
  assert.equal(page.url(), start, "no navigation");

  // And as whole documents.
  const doc = await context.newPage();
  for (let i = 0; i < outputs.length; i++) {
    await doc.setContent(`<!DOCTYPE html><html><body>${outputs[i]}</body></html>`, { waitUntil: "load" });
    const calls = await doc.evaluate(() => window.__calls);
    assert.deepEqual(calls, [], `payload ${i + 1} executed as a document`);
    assert.equal(doc.url(), "about:blank", `payload ${i + 1} navigated`);
  }
  assert.deepEqual(dialogs, [], "no dialog opened");
  await context.close();
});
