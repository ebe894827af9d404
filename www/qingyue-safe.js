// qingyue-safe.js — the wasm package behind a guard that survives traps.
//
// A panic inside WebAssembly aborts the instance: every later call would fail. This wrapper
// keeps the compiled module, and when a call traps it instantiates a fresh copy of the glue
// and module, then rethrows a clear Error; the next call works again. Ordinary errors (bad
// input) are plain JS Errors and need no restart.
//
//   import * as qy from "./qingyue-safe.js";
//   await qy.ready();                       // or ready({ module: bytesOrWebAssemblyModule })
//   const article = await qy.extract(html, { url });
import * as firstGlue from "./qingyue.js";

let glue = null;
let compiled = null;
let generation = 0;
let source = null;

async function instantiate() {
  generation += 1;
  // The first instance is the statically imported glue, so bundlers include it. A restart
  // needs a fresh copy of the glue module (its instance state included): a distinct URL
  // gives one where the package is served as files (in a bundle, there is no such file and
  // the restart reports it).
  const mod = generation === 1 ? firstGlue
    : await import(/* @vite-ignore */ new URL(`./qingyue.js?instance=${generation}`, import.meta.url).href);
  if (!compiled) {
    const input = source ?? (await fetch(new URL("./qingyue_bg.wasm", import.meta.url)));
    compiled = input instanceof WebAssembly.Module ? input
      : input instanceof Response ? await WebAssembly.compileStreaming(input)
      : await WebAssembly.compile(input);
  }
  const exports = mod.initSync({ module: compiled });
  glue = mod;
  return exports;
}

let readyPromise = null;
/** Loads the module once; `options.module` may be the .wasm bytes or a WebAssembly.Module. */
export function ready(options = {}) {
  if (options.module) source = options.module;
  readyPromise ??= instantiate();
  return readyPromise;
}

/** The current instance's exports (for memory measurements). */
export async function instance() {
  return readyPromise;
}

async function call(name, args) {
  await ready();
  try {
    return glue[name](...args);
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) {
      const reason = e.message;
      readyPromise = instantiate();
      await readyPromise;
      throw new Error(`qingyue: internal error (${reason}); the module was restarted, please retry`);
    }
    throw e;
  }
}

export const extract = (...args) => call("extract", args);
export const convertText = (...args) => call("convertText", args);
export const convertHtml = (...args) => call("convertHtml", args);
export const loadConversionData = (...args) => call("loadConversionData", args);
export const conversionDataLoaded = (...args) => call("conversionDataLoaded", args);
export const toMarkdown = (...args) => call("toMarkdown", args);
export const isProbablyReaderable = (...args) => call("isProbablyReaderable", args);
