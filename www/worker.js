// Module worker: extraction and script conversion off the main thread, for large inputs,
// through the trap-surviving wrapper.
import * as qy from "../pkg/qingyue-safe.js";
import { ensureConversionData } from "../pkg/qingyue-ui.js";

const DICTIONARY = new URL("../pkg/qingyue-zh.bin", import.meta.url);

self.onmessage = async (e) => {
  const { id, op } = e.data;
  try {
    await qy.ready();
    if (op === "convert") {
      await ensureConversionData(qy, DICTIONARY);
      const { title, content, options } = e.data;
      self.postMessage({ id, title: await qy.convertText(title, options), content: await qy.convertHtml(content, options) });
    } else {
      self.postMessage({ id, article: await qy.extract(e.data.input, { url: e.data.url }) });
    }
  } catch (err) {
    self.postMessage({ id, error: err.message });
  }
};
