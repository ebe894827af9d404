// Both targets give the same article: the wasm module (in Node) and the native CLI, on every
// page of ../shared/corpus (skipped when absent), field by field. Guards the wasm build's
// platform-specific paths (decoding, URLs) against drifting from the native ones.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
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

test("the wasm module and the native CLI give identical articles on the whole corpus", {
  skip: (!existsSync(corpus) && "SKIPPED: no ../shared corpus") || (!existsSync(cli) && "SKIPPED: no target/release/qingyue (make cli)"),
}, () => {
  initSync({ module: readFileSync(join(root, "pkg", "qingyue_bg.wasm")) });
  const files = pages();
  assert.ok(files.length > 100, `only ${files.length} corpus pages`);
  const out = execFileSync(cli, ["extract", "--format", "json", ...files], { maxBuffer: 1 << 30 }).toString();
  const native = new Map(out.split("\n").filter(Boolean).map((line) => {
    const { source, ...article } = JSON.parse(line);
    return [source, article];
  }));
  const differ = [];
  for (const file of files) {
    const want = native.get(file);
    let got;
    try {
      got = extract(readFileSync(file));
    } catch {
      got = undefined;
    }
    if (want === undefined || got === undefined) {
      if ((want === undefined) !== (got === undefined)) differ.push(`${file}: extracted by one target only`);
      continue;
    }
    const fields = Object.keys(want).filter((k) => JSON.stringify(got[k] ?? null) !== JSON.stringify(want[k] ?? null));
    if (fields.length) differ.push(`${file}: ${fields.join(", ")}`);
  }
  assert.deepEqual(differ, [], `${differ.length} of ${files.length} pages differ`);
});
