// Module worker: extraction off the main thread for large inputs.
import init, { extract } from "../pkg/qingyue.js";

const ready = init();
self.onmessage = async (e) => {
  try {
    await ready;
    self.postMessage({ article: extract(e.data.input, { url: e.data.url }) });
  } catch (err) {
    self.postMessage({ error: err.message });
  }
};
