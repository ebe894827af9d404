// Service worker: runs qingyue (extraction and conversion) for the content script, and opens or
// closes the reader overlay on the toolbar action and the keyboard command.
import init, * as wasm from "./pkg/qingyue.js";
import { ensureConversionData } from "./pkg/qingyue-ui.js";

const { extract, isProbablyReaderable, convertHtml, convertText, toMarkdown } = wasm;
const ready = init({ module_or_path: chrome.runtime.getURL("pkg/qingyue_bg.wasm") });
const DICTIONARY = chrome.runtime.getURL("pkg/qingyue-zh.bin");

async function handle(msg) {
  await ready;
  if (msg.type === "extract") {
    return { article: extract(msg.bytes ? new Uint8Array(msg.bytes) : msg.html, { url: msg.url, charset: msg.charset }) };
  }
  if (msg.type === "markdown") return { markdown: toMarkdown(msg.article) };
  if (msg.type === "convert") {
    await ensureConversionData(wasm, DICTIONARY);
    const options = { target: msg.target, phrases: !!msg.phrases, stripGlosses: true, sourceLang: msg.sourceLang || undefined };
    return {
      title: convertText(msg.title, options),
      content: convertHtml(msg.content, options),
      names: (msg.names || []).map((n) => convertText(n, options)),
    };
  }
  if (msg.type === "convertTexts") {
    await ensureConversionData(wasm, DICTIONARY);
    const options = { target: msg.target, stripGlosses: false };
    return { texts: msg.texts.map((t) => convertText(t, options)) };
  }
  if (msg.type === "setAutoConvert") {
    const { autoConvert = {} } = await chrome.storage.sync.get("autoConvert");
    if (msg.target) autoConvert[msg.host] = msg.target;
    else delete autoConvert[msg.host];
    await chrome.storage.sync.set({ autoConvert });
    await registerAutoConvert();
    return { autoConvert };
  }
  if (msg.type === "getAutoConvert") {
    const { autoConvert = {} } = await chrome.storage.sync.get("autoConvert");
    return { target: autoConvert[msg.host] || null };
  }
  throw new Error(`unknown message ${msg.type}`);
}

chrome.runtime.onMessage.addListener((msg, _sender, reply) => {
  handle(msg).then(reply, (e) => reply({ error: e.message }));
  return true; // async reply
});

/** Registers auto.js for the sites chosen for automatic conversion. */
async function registerAutoConvert() {
  const { autoConvert = {} } = await chrome.storage.sync.get("autoConvert");
  const hosts = Object.keys(autoConvert);
  const existing = await chrome.scripting.getRegisteredContentScripts({ ids: ["qingyue-auto"] });
  if (existing.length) await chrome.scripting.unregisterContentScripts({ ids: ["qingyue-auto"] });
  if (hosts.length) {
    await chrome.scripting.registerContentScripts([{
      id: "qingyue-auto",
      matches: hosts.flatMap((h) => [`http://${h}/*`, `https://${h}/*`]),
      js: ["auto.js"],
      runAt: "document_idle",
    }]);
  }
}
chrome.runtime.onInstalled.addListener(registerAutoConvert);
chrome.runtime.onStartup.addListener(registerAutoConvert);
globalThis.qingyueSetAutoConvert = (host, target) => handle({ type: "setAutoConvert", host, target });

/** Opens or closes the overlay in a tab. */
async function toggleTab(tabId) {
  await chrome.scripting.executeScript({ target: { tabId }, files: ["content.js"] });
}
globalThis.qingyueToggle = toggleTab;

/** The action's badge says "读" on pages that have an article to read (the reader probe,
 * much cheaper than extracting), and nothing elsewhere. */
async function probeTab(tabId) {
  try {
    const [{ result }] = await chrome.scripting.executeScript({
      target: { tabId },
      func: () => document.documentElement.outerHTML,
    });
    await ready;
    const readerable = typeof result === "string" && isProbablyReaderable(result);
    await chrome.action.setBadgeText({ tabId, text: readerable ? "读" : "" });
    if (readerable) await chrome.action.setBadgeBackgroundColor({ tabId, color: "#b03a2e" });
    return readerable;
  } catch {
    return false; // a page the extension may not read (chrome://, the web store)
  }
}
globalThis.qingyueProbeTab = probeTab;
chrome.tabs.onUpdated.addListener((tabId, info) => {
  if (info.status === "complete") probeTab(tabId);
});

chrome.action.onClicked.addListener((tab) => tab.id !== undefined && toggleTab(tab.id));
// The keyboard shortcut (Alt+Shift+Q) is bound to the action itself (`_execute_action`), so it
// is listed under the extension's shortcuts and clicks the button above.
