// Conversion parity with opencc-js (the package qingyue's dictionaries come from) on real
// Chinese prose (../shared/corpus/cwced/truth.json; skipped when absent): the wasm module's
// output must be identical for every shipped target.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as OpenCC from "opencc-js";
import { initSync, loadConversionData, convertText } from "../../pkg/qingyue.js";
import { root } from "./helpers.mjs";

const truth = join(root, "..", "shared", "corpus", "cwced", "truth.json");

test("wasm conversion equals opencc-js on Chinese news prose", { skip: !existsSync(truth) && "no ../shared corpus" }, () => {
  initSync({ module: readFileSync(join(root, "pkg", "qingyue_bg.wasm")) });
  loadConversionData(new Uint8Array(readFileSync(join(root, "pkg", "qingyue-zh.bin"))));
  const prose = Object.values(JSON.parse(readFileSync(truth, "utf8"))).map((v) => v.articleBody).join("\n");
  const traditional = OpenCC.Converter({ from: "cn", to: "t" })(prose);
  const cases = [
    [prose, { target: "zh-Hant" }, { from: "cn", to: "t" }],
    [prose, { target: "zh-TW" }, { from: "cn", to: "tw" }],
    [prose, { target: "zh-TW", phrases: true }, { from: "cn", to: "twp" }],
    [prose, { target: "zh-HK" }, { from: "cn", to: "hk" }],
    [traditional, { target: "zh-Hans" }, { from: "t", to: "cn" }],
  ];
  for (const [text, ours, theirs] of cases) {
    const a = convertText(text, { ...ours, stripGlosses: false });
    const b = OpenCC.Converter(theirs)(text);
    if (a !== b) {
      const [ca, cb] = [[...a], [...b]];
      const at = ca.findIndex((c, i) => c !== cb[i]);
      assert.fail(`${JSON.stringify(ours)} differs from opencc-js ${JSON.stringify(theirs)} at ${at}: …${ca.slice(Math.max(0, at - 8), at + 8).join("")}… vs …${cb.slice(Math.max(0, at - 8), at + 8).join("")}…`);
    }
  }
});
