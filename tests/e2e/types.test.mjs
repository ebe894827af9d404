// The package's TypeScript declarations are generated from the Rust types (tsify): the
// article and option shapes are there as the library serializes them, and no hand-written
// copy can drift from them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "./helpers.mjs";

test("pkg/qingyue.d.ts declares the Rust types", () => {
  const dts = readFileSync(join(root, "pkg", "qingyue.d.ts"), "utf8");
  const block = (name) => dts.slice(dts.indexOf(`export interface ${name} {`), dts.indexOf("\n}", dts.indexOf(`export interface ${name} {`)));
  const article = block("Article");
  for (const field of ["title: string;", "byline: string | null;", "textContent: string;", "kind: Kind;", "posts: Post[];", "url: string | null;", "script: Script | null;"]) {
    assert.ok(article.includes(field), `Article has ${field}`);
  }
  assert.match(block("Options"), /url\?: string/);
  assert.match(block("ConvertOptions"), /sourceLang\?: string/);
  assert.match(dts, /export type Kind = "article" \| "thread" \| "recipe" \| "product" \| "listing";/);
  assert.match(dts, /export type Target = "zh-Hans" \| "zh-Hant" \| "zh-TW" \| "zh-HK";/);
  assert.match(dts, /export function extract\(html: string \| Uint8Array, options\?: Options \| null\): Article;/);
  assert.match(dts, /export function toMarkdown\(article: Partial<Article>\): string;/);
  assert.ok(!dts.includes("_testTrap"), "test-only exports are not published");
  assert.ok(!readFileSync(join(root, "pkg", "qingyue-safe.js"), "utf8").includes("_testTrap"));
});
