// Prints each file's size raw, gzip (-9) and brotli (quality 11): what a page downloads.
//   node scripts/sizes.mjs FILE...
import { readFileSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

for (const f of process.argv.slice(2)) {
  const b = readFileSync(f);
  const gz = gzipSync(b, { level: 9 }).length;
  const br = brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`${f}: ${b.length} bytes raw, ${gz} gzip, ${br} brotli`);
}
