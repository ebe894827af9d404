// Content script registered for the sites the reader chose "always convert" on: converts the
// page's text in place to the chosen script, including text added later (MutationObserver,
// batched), never converting the same text twice.
(async () => {
  if (window.__qingyueAuto) return;
  window.__qingyueAuto = true;
  const { autoConvert = {} } = await chrome.storage.sync.get("autoConvert");
  const target = autoConvert[location.host];
  if (!target) return;
  const SKIP = new Set(["SCRIPT", "STYLE", "CODE", "PRE", "KBD", "SAMP", "TEXTAREA", "NOSCRIPT", "TEMPLATE"]);
  // Text nodes whose current data is already our output: never fed back in.
  const converted = new WeakMap();
  const skipped = (node) => {
    for (let el = node.parentElement; el; el = el.parentElement) {
      if (SKIP.has(el.tagName) || el.isContentEditable || el.getAttribute("translate") === "no" || el.classList.contains("notranslate")) return true;
      if (el.id === "qingyue-overlay-host") return true;
      const lang = el.getAttribute("lang");
      if (lang) return !lang.toLowerCase().startsWith("zh");
    }
    return false;
  };
  const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
  let pending = new Set();
  let timer = null;
  const queue = (node) => {
    if (node.nodeType !== Node.TEXT_NODE || !CJK.test(node.data) || converted.get(node) === node.data || skipped(node)) return;
    pending.add(node);
    timer ??= setTimeout(flush, 50);
  };
  const collect = (root) => {
    if (root.nodeType === Node.TEXT_NODE) return queue(root);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) queue(n);
  };
  async function flush() {
    timer = null;
    const nodes = [...pending];
    pending = new Set();
    if (!nodes.length) return;
    const r = await chrome.runtime.sendMessage({ type: "convertTexts", target, texts: nodes.map((n) => n.data) });
    if (r.error) return;
    nodes.forEach((n, i) => {
      if (n.data !== r.texts[i]) n.data = r.texts[i];
      converted.set(n, n.data);
    });
    document.documentElement.dataset.qingyueConverted = String((Number(document.documentElement.dataset.qingyueConverted) || 0) + nodes.length);
  }
  collect(document.body);
  new MutationObserver((records) => {
    for (const rec of records) {
      if (rec.type === "characterData") queue(rec.target);
      for (const n of rec.addedNodes) collect(n);
    }
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
})();
