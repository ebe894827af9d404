// `make size`: where the wasm module's weight is (scripts/sizes.mjs gives what a page
// downloads: raw, gzip, brotli).
//   node scripts/size.mjs NAMED_WASM [TOP]
// NAMED_WASM (cargo's output, before wasm-bindgen and wasm-opt, which keeps the name section)
// is split by function: each function's code bytes, summed by crate (the
// first path segment of its Rust symbol), plus the data section. A small reader of the wasm
// binary format stands in for twiggy, which would be one more tool to build on every machine.
import { readFileSync } from "node:fs";

const [named, topArg] = process.argv.slice(2);
const top = Number(topArg || 25);

/** Sections of a wasm binary: code body sizes by function index, data size, function names. */
function parse(bytes) {
  let pos = 8;
  const leb = () => {
    let result = 0, shift = 0, byte;
    do {
      byte = bytes[pos++];
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return result;
  };
  const name = () => {
    const len = leb();
    const s = new TextDecoder().decode(bytes.subarray(pos, pos + len));
    pos += len;
    return s;
  };
  let imported = 0, data = 0;
  const bodies = [], names = new Map();
  while (pos < bytes.length) {
    const id = bytes[pos++];
    const size = leb();
    const end = pos + size;
    if (id === 2) {
      for (let n = leb(); n > 0; n--) {
        name();
        name();
        const kind = bytes[pos++];
        if (kind === 0) { leb(); imported++; }
        else if (kind === 1) { pos++; const flags = leb(); leb(); if (flags & 1) leb(); }
        else if (kind === 2) { const flags = leb(); leb(); if (flags & 1) leb(); }
        else if (kind === 3) { pos += 2; }
        else { leb(); leb(); }
      }
    } else if (id === 10) {
      for (let n = leb(); n > 0; n--) {
        const len = leb();
        bodies.push(len);
        pos += len;
      }
    } else if (id === 11) {
      data += size;
    } else if (id === 0) {
      const section = name();
      if (section === "name") {
        while (pos < end) {
          const sub = bytes[pos++];
          const subSize = leb();
          const subEnd = pos + subSize;
          if (sub === 1) {
            for (let n = leb(); n > 0; n--) {
              const index = leb();
              names.set(index, name());
            }
          }
          pos = subEnd;
        }
      }
    }
    pos = end;
  }
  return { imported, bodies, data, names };
}

/** The crate of a Rust symbol: legacy mangling (`_ZN7qingyue7extract…` → qingyue, with
 * `<&T as core::fmt::Debug>` read as core) or v0 (`_RNvNtCs…_4core3fmt…` → core). */
function crateOf(symbol) {
  const legacy = /^_ZN(\d+)/.exec(symbol);
  if (legacy) {
    const len = Number(legacy[1]);
    let ident = symbol.slice(3 + legacy[1].length, 3 + legacy[1].length + len);
    if (ident.startsWith("_$LT$")) {
      ident = ident.slice(5).replace(/^(\$RF\$|\$BP\$|mut\$u20\$|\$u5b\$)+/, "");
      return (/^[A-Za-z_][A-Za-z0-9_]*/.exec(ident) || ["(other)"])[0];
    }
    return ident.replace(/^_+/, "") || "(other)";
  }
  if (symbol.startsWith("_R")) {
    const m = /C(?:s[0-9A-Za-z]*_)?(\d+)/.exec(symbol);
    if (m) return symbol.slice(m.index + m[0].length, m.index + m[0].length + Number(m[1]));
  }
  return "(runtime and glue)";
}

const wasm = parse(readFileSync(named));
const byCrate = new Map();
const fns = [];
wasm.bodies.forEach((len, i) => {
  const symbol = wasm.names.get(wasm.imported + i) || `function ${wasm.imported + i}`;
  // wasm-bindgen reads these to write the JS glue, then removes them.
  if (symbol.includes("__wbindgen_describe")) return;
  fns.push([len, symbol]);
  const crate = crateOf(symbol);
  byCrate.set(crate, (byCrate.get(crate) || 0) + len);
});
const code = fns.reduce((a, [len]) => a + len, 0);
console.log(`${named} (before wasm-opt): ${code.toLocaleString()} bytes of code in ${fns.length} functions, ${wasm.data.toLocaleString()} bytes of data`);
console.log("\ncode by crate:");
for (const [crate, len] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
  console.log(`  ${(len / 1024).toFixed(1).padStart(8)} KB  ${(100 * len / code).toFixed(1).padStart(5)}%  ${crate}`);
}
console.log(`\nlargest ${top} functions:`);
for (const [len, symbol] of fns.sort((a, b) => b[0] - a[0]).slice(0, top)) {
  console.log(`  ${(len / 1024).toFixed(1).padStart(8)} KB  ${symbol.slice(0, 110)}`);
}
