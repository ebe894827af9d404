// Module worker: extraction and script conversion off the main thread, for large inputs.
import init, { extract, loadConversionData, conversionDataLoaded, convertHtml, convertText } from "../pkg/qingyue.js";

const ready = init();

async function ensureConversionData() {
  if (conversionDataLoaded()) return;
  const res = await fetch(new URL("../pkg/qingyue-zh.bin", import.meta.url));
  if (!res.ok) throw new Error(`conversion data: HTTP ${res.status}`);
  loadConversionData(new Uint8Array(await res.arrayBuffer()));
}

self.onmessage = async (e) => {
  const { id, op } = e.data;
  try {
    await ready;
    if (op === "convert") {
      await ensureConversionData();
      const { title, content, options } = e.data;
      self.postMessage({ id, title: convertText(title, options), content: convertHtml(content, options) });
    } else {
      self.postMessage({ id, article: extract(e.data.input, { url: e.data.url }) });
    }
  } catch (err) {
    self.postMessage({ id, error: err.message });
  }
};
