// The reader host page: loads the wasm package, reads a page (sample, file, drop or paste),
// and shows the cleaned article. The article HTML comes out of qingyue's allowlist sanitizer.
import init, { extract, loadConversionData, conversionDataLoaded, convertHtml, convertText, toMarkdown } from "../pkg/qingyue.js";

const $ = (id) => document.getElementById(id);
const settings = JSON.parse(localStorage.getItem("qingyue") || "{}");
const save = () => localStorage.setItem("qingyue", JSON.stringify(settings));

// The article as extracted: every toggle converts from it, so conversions never chain
// (乾坤 → 干坤 → 幹坤 cannot happen) and 原文 restores it exactly.
let original = null;

async function ensureConversionData() {
  if (conversionDataLoaded()) return;
  const res = await fetch(new URL("../pkg/qingyue-zh.bin", import.meta.url));
  if (!res.ok) throw new Error(`conversion data: HTTP ${res.status}`);
  loadConversionData(new Uint8Array(await res.arrayBuffer()));
}

async function applyScript() {
  if (!original) return;
  const target = document.querySelector('input[name="script"]:checked').value;
  const t0 = performance.now();
  if (target === "original") {
    $("title").textContent = original.title || "(untitled)";
    $("content").innerHTML = original.content;
    $("article").lang = original.lang || "";
    showMeta(original, (s) => s);
  } else {
    // The page's language picks the regional reverse conversion (臺灣 軟體 → 简体 软件).
    const options = { target, phrases: $("phrases").checked, stripGlosses: true, stripRuby: false, sourceLang: original.lang || undefined };
    if (original.content.length > WORKER_THRESHOLD) {
      // Large articles convert in the worker too.
      const r = await inWorker({ op: "convert", title: original.title || "", content: original.content, options });
      window.qingyueWorkerConversions = (window.qingyueWorkerConversions || 0) + 1;
      $("title").textContent = r.title;
      $("content").innerHTML = r.content;
    } else {
      await ensureConversionData();
      $("title").textContent = convertText(original.title || "", options);
      $("content").innerHTML = convertHtml(original.content, options);
    }
    await ensureConversionData();
    showMeta(original, (s) => convertText(s, options));
    $("article").lang = target;
  }
  $("article").classList.toggle("no-ruby", !$("ruby").checked);
  $("convert-time").textContent = target === "original" ? "" : ` · conversion ${(performance.now() - t0).toFixed(1)} ms`;
}

// The byline, site, date and reading time, with names in the script shown.
function showMeta(article, convert) {
  // The publication time, else the last update (最后更新) labelled as such.
  const when = article.publishedTime ? article.publishedTime.replace("T", " ")
    : article.modifiedTime && `updated ${article.modifiedTime.replace("T", " ")}`;
  const names = [article.byline, article.siteName].filter(Boolean).map(convert);
  $("meta").textContent = [...names, when, readingRange(article.readingMinutes)].filter(Boolean).join(" · ");
}

function show(article, bytesIn, ms) {
  $("title").textContent = article.title || "(untitled)";
  showMeta(article, (s) => s);
  const content = $("content");
  content.innerHTML = article.content;
  // The lead image (og:image and kin) when the body does not already show it.
  const lead = $("lead-image");
  const shown = [...content.querySelectorAll("img")].some((img) => img.src === article.leadImage);
  lead.hidden = !article.leadImage || shown || !/^https?:/.test(article.leadImage);
  if (!lead.hidden) lead.src = article.leadImage;
  const el = $("article");
  el.lang = article.lang || "";
  el.dir = article.dir || "auto";
  el.hidden = false;
  $("status").textContent = "";
  $("stats").innerHTML = "";
  $("stats").append(`${bytesIn.toLocaleString()} bytes in → ${article.content.length.toLocaleString()} bytes out · ${article.removedElements.toLocaleString()} elements removed · ${article.length.toLocaleString()} characters · ${article.charset} · extraction ${ms.toFixed(1)} ms`);
  const conv = document.createElement("span");
  conv.id = "convert-time";
  $("stats").append(conv);
  original = article;
  applyScript().catch((e) => fail(e.message));
}

function applyLook() {
  const root = document.documentElement;
  root.dataset.theme = settings.theme || "light";
  root.dataset.font = settings.font || "serif";
  root.style.setProperty("--font-size", `${settings.fontSize || 19}px`);
  root.style.setProperty("--measure", settings.width || "38em");
  $("theme").value = root.dataset.theme;
  $("font").value = root.dataset.font;
  $("width").value = settings.width || "38em";
}

let originalHtml = "";

// Reading time as a range, as readers differ (Firefox Reader View shows one too).
function readingRange(minutes) {
  if (!minutes) return null;
  const low = Math.max(1, Math.round(minutes * 0.8)), high = Math.max(low, Math.ceil(minutes * 1.25));
  return low === high ? `${low} min` : `${low}–${high} min`;
}

function fail(message) {
  $("article").hidden = true;
  $("stats").textContent = "";
  $("status").textContent = `Could not read this page: ${message}`;
}

// Inputs larger than this are read in a Web Worker, so the page never freezes.
const WORKER_THRESHOLD = 1 << 20;
let worker = null;

let nextJob = 0;
function inWorker(message) {
  worker ??= new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  const id = ++nextJob;
  return new Promise((resolve, reject) => {
    const onMessage = (e) => {
      if (e.data.id !== id) return;
      worker.removeEventListener("message", onMessage);
      e.data.error ? reject(new Error(e.data.error)) : resolve(e.data);
    };
    worker.addEventListener("message", onMessage);
    worker.postMessage({ ...message, id });
  });
}

const extractOffThread = async (input, url) => (await inWorker({ op: "extract", input, url })).article;

async function read(input, url) {
  const t0 = performance.now();
  const size = typeof input === "string" ? new TextEncoder().encode(input).length : input.length;
  try {
    const article = size > WORKER_THRESHOLD ? await extractOffThread(input, url) : extract(input, { url });
    // The original, side by side, in the charset the extractor found (GBK, Big5 …).
    originalHtml = typeof input === "string" ? input : decodeAs(input, article.charset);
    show(article, size, performance.now() - t0);
  } catch (e) {
    fail(e.message);
  }
}

function decodeAs(bytes, charset) {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

async function readSample(path) {
  $("status").textContent = "Loading…";
  const res = await fetch(path);
  if (!res.ok) return fail(`${path}: HTTP ${res.status}`);
  read(new Uint8Array(await res.arrayBuffer()), new URL(path, location.href).href);
}

// An opened file is named in the sample menu, so the menu says what is shown and choosing a
// sample again reads it.
async function readFile(file) {
  const menu = $("sample");
  let option = menu.querySelector("option[data-file]");
  if (!option) {
    option = document.createElement("option");
    option.dataset.file = "";
    option.value = "";
    menu.prepend(option);
  }
  option.textContent = `File: ${file.name}`;
  menu.value = "";
  read(new Uint8Array(await file.arrayBuffer()), undefined);
}

async function main() {
  await init();
  $("sample").addEventListener("change", (e) => e.target.value && readSample(e.target.value));
  $("file").addEventListener("change", (e) => e.target.files[0] && readFile(e.target.files[0]));
  $("paste-toggle").addEventListener("click", () => {
    const box = $("paste-box");
    box.hidden = !box.hidden;
    $("paste-toggle").setAttribute("aria-expanded", String(!box.hidden));
    if (!box.hidden) $("paste").focus();
  });
  $("paste-read").addEventListener("click", () => read($("paste").value, undefined));
  applyLook();
  const look = (key, value) => { settings[key] = value; save(); applyLook(); };
  $("theme").addEventListener("change", (e) => look("theme", e.target.value));
  $("font").addEventListener("change", (e) => look("font", e.target.value));
  $("width").addEventListener("change", (e) => look("width", e.target.value));
  $("smaller").addEventListener("click", () => look("fontSize", Math.max(14, (settings.fontSize || 19) - 1)));
  $("larger").addEventListener("click", () => look("fontSize", Math.min(30, (settings.fontSize || 19) + 1)));
  const articleHtml = () => `<!DOCTYPE html><html lang="${$("article").lang}"><head><meta charset="utf-8"><title>${$("title").textContent.replace(/</g, "&lt;")}</title></head><body><h1>${$("title").textContent.replace(/</g, "&lt;")}</h1>${$("content").innerHTML}</body></html>`;
  $("copy").addEventListener("click", () => navigator.clipboard?.writeText($("content").innerHTML).catch(() => {}));
  $("download").addEventListener("click", () => {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([articleHtml()], { type: "text/html" }));
    a.download = `${($("title").textContent || "article").slice(0, 60)}.html`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });
  // Markdown of the article as shown (in the script chosen): front matter, title, body.
  const shownMarkdown = () => toMarkdown({ ...original, title: $("title").textContent, content: $("content").innerHTML });
  const saveAs = (text, type, ext) => {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([text], { type }));
    a.download = `${($("title").textContent || "article").slice(0, 60)}.${ext}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
  const copied = async (button, text) => {
    const label = button.textContent;
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = "Copied ✓";
    } catch {
      button.textContent = "Copy failed";
    }
    setTimeout(() => { button.textContent = label; }, 1500);
  };
  $("copy-md").addEventListener("click", () => original && copied($("copy-md"), shownMarkdown()));
  $("download-md").addEventListener("click", () => original && saveAs(shownMarkdown(), "text/markdown", "md"));
  $("print").addEventListener("click", () => window.print());
  $("show-original").addEventListener("click", () => {
    const frame = $("original");
    frame.hidden = !frame.hidden;
    $("show-original").setAttribute("aria-pressed", String(!frame.hidden));
    $("drop-zone").classList.toggle("side-by-side", !frame.hidden);
    // Sandboxed without scripts: the original page is shown, never run.
    if (!frame.hidden) frame.srcdoc = originalHtml;
  });
  const zone = document.body;
  zone.addEventListener("dragover", (e) => { e.preventDefault(); $("drop-hint").hidden = false; });
  zone.addEventListener("dragleave", () => { $("drop-hint").hidden = true; });
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    $("drop-hint").hidden = true;
    const file = e.dataTransfer.files[0];
    if (file) readFile(file);
  });
  for (const input of document.querySelectorAll('input[name="script"]')) {
    if (input.value === settings.script) input.checked = true;
    input.addEventListener("change", () => { settings.script = input.value; save(); applyScript().catch((e) => fail(e.message)); });
  }
  $("phrases").checked = !!settings.phrases;
  // Pinyin over the characters is opt-in: a first screen of it confuses more than it helps.
  $("ruby").checked = settings.ruby === true;
  $("phrases").addEventListener("change", () => { settings.phrases = $("phrases").checked; save(); applyScript().catch((e) => fail(e.message)); });
  $("ruby").addEventListener("change", () => { settings.ruby = $("ruby").checked; save(); applyScript().catch((e) => fail(e.message)); });
  await readSample($("sample").value);
}

main().catch((e) => fail(e.message));
