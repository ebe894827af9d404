// Both targets give the same article: the wasm module (in Node) and the native CLI, on every
// page of ../shared/corpus (skipped when absent), field by field. Guards the wasm build's
// platform-specific paths (decoding, URLs) against drifting from the native ones.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { initSync, extract } from "../../pkg/qingyue.js";
import { root } from "./helpers.mjs";

const corpus = join(root, "..", "shared", "corpus");
const cli = join(root, "target", "release", "qingyue");

/** Every page of every set, as `bench/eval.py` lists them. */
function pages() {
  const files = [];
  for (const set of readdirSync(corpus).sort()) {
    const dir = join(corpus, set);
    if (existsSync(join(dir, "html"))) {
      for (const f of readdirSync(join(dir, "html")).sort()) if (f.endsWith(".html")) files.push(join(dir, "html", f));
    } else {
      for (const d of readdirSync(dir).sort()) if (existsSync(join(dir, d, "source.html"))) files.push(join(dir, d, "source.html"));
    }
  }
  return files;
}

/** The fields of the two targets' articles that differ, per file. */
function differences(files, url) {
  const args = ["extract", "--format", "json", ...(url ? ["--url", url] : []), ...files];
  const out = execFileSync(cli, args, { maxBuffer: 1 << 30 }).toString();
  const native = new Map(out.split("\n").filter(Boolean).map((line) => {
    const { source, ...article } = JSON.parse(line);
    return [source, article];
  }));
  const differ = [];
  for (const file of files) {
    const want = native.get(file);
    let got;
    try {
      got = extract(readFileSync(file), url ? { url } : undefined);
    } catch {
      got = undefined;
    }
    if (want === undefined || got === undefined) {
      if ((want === undefined) !== (got === undefined)) differ.push(`${file}: extracted by one target only`);
      continue;
    }
    const fields = Object.keys(want).filter((k) => JSON.stringify(got[k] ?? null) !== JSON.stringify(want[k] ?? null));
    if (fields.length) differ.push(`${file}: ${fields.map((k) => `${k} ${JSON.stringify(got[k])} != ${JSON.stringify(want[k])}`.slice(0, 400)).join(", ")}`);
  }
  return differ;
}

// Links that URL parsers are known to disagree on, or that only a strict parser rejects.
const AWKWARD_LINKS = [
  "/a/../b/./c", "../../../x", "?q=1", "#frag", "//cdn.example.net/i.png", "\\\\back\\slash",
  "http://例子.中国/路径?查询=值#片段", "https://[::1]:8080/v6", "http://192.168.0.1./ip", "http://0x7f.1/hex",
  "https://user:pw@例子.cn:443/x", "http://exa mple.com/", "https://[::1/", "http://a.b/%zz%41", "HTTP://EXAMPLE.COM/UP",
  " \t\nhttps://example.org/ws\n ", "javascript:alert(1)", "mailto:someone@例子.cn", "tel:+861234", "ftp://files.example.com/",
  "data:image/png;base64,iVBORw0KGgo=", "http://xn--fiq228c.cn/", "https://example.com:99999/", "http://a.b/c d?e f#g h",
  "https://例子.cn/a?x=%E4%BE%8B&y=例", "http://\u00e9xample.com/", "https://xn--/", "https:example.com/nos", "/%2e%2e/x",
];

test("the wasm module and the native CLI give identical articles on awkward links", {
  skip: !existsSync(cli) && "SKIPPED: no target/release/qingyue (make cli)",
}, () => {
  initSync({ module: readFileSync(join(root, "pkg", "qingyue_bg.wasm")) });
  const dir = mkdtempSync(join(tmpdir(), "qingyue-targets-"));
  const page = join(dir, "links.html");
  const items = AWKWARD_LINKS.map((href, i) =>
    `<p>第${i}段：这是一段足够长的正文，用来确保文章被识别出来，并且每段都有<a href="${href.replace(/"/g, "&quot;")}">一个链接</a>和<img src="${href.replace(/"/g, "&quot;")}" alt="图${i}">。</p>`);
  writeFileSync(page, `<!doctype html><meta charset=utf-8><title>链接</title><base href="sub/"><article><h1>链接</h1>${items.join("")}</article>`);
  for (const url of [undefined, "https://例子.cn/news/2024/a.html?x=1#y", "http://[::1]:8080/a/b"]) {
    assert.deepEqual(differences([page], url), [], `page URL ${url}`);
  }
  const html = extract(readFileSync(page), { url: "https://example.com/news/a.html" }).content;
  assert.match(html, /href="https:\/\/example\.com\/b\/c"/, "a root-relative link resolves against the page URL");
});

test("the wasm module and the native CLI give identical articles on the whole corpus", {
  skip: (!existsSync(corpus) && "SKIPPED: no ../shared corpus") || (!existsSync(cli) && "SKIPPED: no target/release/qingyue (make cli)"),
}, () => {
  initSync({ module: readFileSync(join(root, "pkg", "qingyue_bg.wasm")) });
  const files = pages();
  assert.ok(files.length > 100, `only ${files.length} corpus pages`);
  for (const url of [undefined, "https://example.com/news/2024/page.html"]) {
    const differ = differences(files, url);
    assert.deepEqual(differ, [], `${differ.length} of ${files.length} pages differ (page URL ${url ?? "none"})`);
  }
});
