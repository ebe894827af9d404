// The wasm module under stress, in Node: a trap restarts it and the next call works; 1 000
// extractions in one instance leave its memory where it was after warm-up (no leak).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "./helpers.mjs";
// The test build (`make pkg-test`): the published package has no _testTrap.
import * as qy from "../../target/pkg-test/qingyue-safe.js";

const sample = readFileSync(join(root, "www", "samples", "guancha.html"));

test("a trap restarts the module and the next call works", async () => {
  await qy.ready({ module: readFileSync(join(root, "target", "pkg-test", "qingyue_bg.wasm")) });
  assert.match((await qy.extract(new Uint8Array(sample))).title, /斯坦福/);
  const original = console.error;
  console.error = () => {}; // the panic hook's message
  try {
    await assert.rejects(qy._testTrap(), /module was restarted/);
  } finally {
    console.error = original;
  }
  assert.match((await qy.extract(new Uint8Array(sample))).title, /斯坦福/, "works after the restart");
  await assert.rejects(qy.extract(""), /empty input/, "ordinary errors stay ordinary");
});

test("1 000 extractions in one instance: memory back to its warmed-up size", async () => {
  await qy.ready();
  const memory = (await qy.instance()).memory;
  for (let i = 0; i < 20; i++) await qy.extract(new Uint8Array(sample));
  const baseline = memory.buffer.byteLength;
  for (let i = 0; i < 1000; i++) await qy.extract(new Uint8Array(sample));
  assert.equal(memory.buffer.byteLength, baseline, `grew from ${baseline} to ${memory.buffer.byteLength}`);
});
