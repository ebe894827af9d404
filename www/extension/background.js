// Service worker: runs qingyue (extraction and conversion) for the content script, and opens or
// closes the reader overlay on the toolbar action and the keyboard command.
import init, { extract, loadConversionData, conversionDataLoaded, convertHtml, convertText } from "./pkg/qingyue.js";

const ready = init({ module_or_path: chrome.runtime.getURL("pkg/qingyue_bg.wasm") });

async function ensureConversionData() {
  if (conversionDataLoaded()) return;
  const res = await fetch(chrome.runtime.getURL("pkg/qingyue-zh.bin"));
  loadConversionData(new Uint8Array(await res.arrayBuffer()));
}

async function handle(msg) {
  await ready;
  if (msg.type === "extract") return { article: extract(msg.html, { url: msg.url }) };
  if (msg.type === "convert") {
    await ensureConversionData();
    const options = { target: msg.target, phrases: !!msg.phrases, stripGlosses: true };
    return { title: convertText(msg.title, options), content: convertHtml(msg.content, options) };
  }
  throw new Error(`unknown message ${msg.type}`);
}

chrome.runtime.onMessage.addListener((msg, _sender, reply) => {
  handle(msg).then(reply, (e) => reply({ error: e.message }));
  return true; // async reply
});

/** Opens or closes the overlay in a tab. */
async function toggleTab(tabId) {
  await chrome.scripting.executeScript({ target: { tabId }, files: ["content.js"] });
}
globalThis.qingyueToggle = toggleTab;

chrome.action.onClicked.addListener((tab) => tab.id !== undefined && toggleTab(tab.id));
chrome.commands.onCommand.addListener(async (command, tab) => {
  if (command === "toggle-reader" && tab?.id !== undefined) await toggleTab(tab.id);
});
