// `make bench` (conversion part): qingyue's wasm conversion against opencc-js on the same
// Chinese text in the same Node process: MB/s per config, first-call latency, and whether the
// outputs are identical.
//
//   node bench/js/zh.mjs [SHARED_DIR]
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as OpenCC from "opencc-js";
import { initSync, loadConversionData, convertText } from "../../pkg/qingyue.js";
import { root } from "../../tests/e2e/helpers.mjs";

const shared = process.argv[2] || join(root, "..", "shared");
const truth = join(shared, "corpus", "cwced", "truth.json");
if (!existsSync(truth)) {
  console.log(`bench: ${truth} not found; skipping the conversion bench`);
  process.exit(0);
}
let prose = Object.values(JSON.parse(readFileSync(truth, "utf8"))).map((v) => v.articleBody).join("\n");
while (Buffer.byteLength(prose) < 1_000_000) prose += "\n" + prose;
const mb = Buffer.byteLength(prose) / 1e6;

initSync({ module: readFileSync(join(root, "pkg", "qingyue_bg.wasm")) });
let t = performance.now();
loadConversionData(new Uint8Array(readFileSync(join(root, "pkg", "qingyue-zh.bin"))));
const loadMs = performance.now() - t;

const traditional = convertText(prose, { target: "zh-Hant", stripGlosses: false });
// opencc-js names: from/to locales; qingyue: a target (the source script is detected).
const runs = [
  ["s2t", prose, { from: "cn", to: "t" }, { target: "zh-Hant" }],
  ["s2tw", prose, { from: "cn", to: "tw" }, { target: "zh-TW" }],
  ["s2hk", prose, { from: "cn", to: "hk" }, { target: "zh-HK" }],
  ["t2s", traditional, { from: "t", to: "cn" }, { target: "zh-Hans" }],
];
console.log(`conversion (best of 3), ${mb.toFixed(2)} MB of Chinese news prose; qingyue data load ${loadMs.toFixed(1)} ms`);
for (const [name, text, occ, qy] of runs) {
  const options = { ...qy, stripGlosses: false };
  t = performance.now();
  const first = convertText("测试文本", options);
  const qFirst = performance.now() - t;
  let ours, q = Infinity;
  for (let r = 0; r < 3; r++) {
    t = performance.now();
    ours = convertText(text, options);
    q = Math.min(q, performance.now() - t);
  }
  t = performance.now();
  const conv = OpenCC.Converter(occ);
  conv("测试文本");
  const oFirst = performance.now() - t;
  let theirs, o = Infinity;
  for (let r = 0; r < 3; r++) {
    t = performance.now();
    theirs = conv(text);
    o = Math.min(o, performance.now() - t);
  }
  const same = ours === theirs ? "identical" : `DIFFERENT (${[...ours].filter((c, i) => c !== [...theirs][i]).length} chars)`;
  console.log(`${name.padEnd(5)} qingyue wasm ${(mb / (q / 1e3)).toFixed(1).padStart(7)} MB/s (first call ${qFirst.toFixed(1)} ms)   opencc-js ${(mb / (o / 1e3)).toFixed(1).padStart(7)} MB/s (first call ${oFirst.toFixed(1)} ms)   ${(o / q).toFixed(2)}x   output ${same}`);
  void first;
}
// Round trip t2s(s2t(x)) against opencc-js's own round trip on the same text.
const ours = convertText(convertText(prose, { target: "zh-Hant", stripGlosses: false }), { target: "zh-Hans", stripGlosses: false });
const theirs = OpenCC.Converter({ from: "t", to: "cn" })(OpenCC.Converter({ from: "cn", to: "t" })(prose));
console.log(`round trip t2s(s2t(x)): ${ours === theirs ? "identical to opencc-js" : "DIFFERENT from opencc-js"}; equal to the input: ${ours === prose}`);
