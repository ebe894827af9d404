// The reader host page: reads a page (sample, file, drop or paste) with the wasm package behind
// its trap-surviving wrapper, and shows the cleaned article. The article HTML comes out of
// qingyue's allowlist sanitizer. What the element and the extension share is in qingyue-ui.js.
import * as qy from "../pkg/qingyue-safe.js";
import { TARGETS, ensureConversionData, metaLine, mergePages, fetchPage, Narrator, copyWithFeedback, download } from "../pkg/qingyue-ui.js";

const $ = (id) => document.getElementById(id);
const settings = JSON.parse(localStorage.getItem("qingyue") || "{}");
const save = () => localStorage.setItem("qingyue", JSON.stringify(settings));
const DICTIONARY = new URL("../pkg/qingyue-zh.bin", import.meta.url);

// The article as extracted: every toggle converts from it, so conversions never chain
// (乾坤 → 干坤 → 幹坤 cannot happen) and 原文 restores it exactly.
let original = null;
// The input last read (bytes or a string) and its URL, to read again with a page address.
let lastInput = null;
let originalHtml = "";

const target = () => document.querySelector('input[name="script"]:checked')?.value || "original";

async function applyScript() {
  if (!original) return;
  narrator.stop();
  const t = target();
  if (t === "original") {
    $("title").textContent = original.title || "(untitled)";
    $("content").innerHTML = original.content;
    $("article").lang = original.lang || "";
    $("meta").textContent = metaLine(original);
  } else {
    // The page's language picks the regional reverse conversion (臺灣 軟體 → 简体 软件).
    const options = { target: t, phrases: $("phrases").checked, stripGlosses: true, stripRuby: false, sourceLang: original.lang || undefined };
    await ensureConversionData(qy, DICTIONARY);
    if (original.content.length > WORKER_THRESHOLD) {
      // Large articles convert in the worker too.
      const r = await inWorker({ op: "convert", title: original.title || "", content: original.content, options });
      window.qingyueWorkerConversions = (window.qingyueWorkerConversions || 0) + 1;
      $("title").textContent = r.title;
      $("content").innerHTML = r.content;
    } else {
      $("title").textContent = await qy.convertText(original.title || "", options);
      $("content").innerHTML = await qy.convertHtml(original.content, options);
    }
    const names = {};
    for (const key of ["byline", "siteName"]) if (original[key]) names[key] = await qy.convertText(original[key], options);
    $("meta").textContent = metaLine({ ...original, ...names });
    $("article").lang = t;
  }
  $("article").classList.toggle("no-ruby", !$("ruby").checked);
}

function show(article, ms) {
  original = article;
  const content = $("content");
  content.innerHTML = article.content;
  // The lead image (og:image and kin) when the body does not already show it.
  const lead = $("lead-image");
  const shown = [...content.querySelectorAll("img")].some((img) => img.src === article.leadImage);
  lead.hidden = !article.leadImage || shown || !/^https?:/.test(article.leadImage);
  if (!lead.hidden) lead.src = article.leadImage;
  const el = $("article");
  el.dir = article.dir || "auto";
  el.hidden = false;
  $("status").textContent = "";
  const pages = article.pages > 1 ? ` · ${article.pages} pages merged` : "";
  $("stats").textContent = `${article.length.toLocaleString()} characters · ${article.charset}${pages} · read in ${ms.toFixed(1)} ms`;
  return applyScript();
}

function applyLook() {
  const root = document.documentElement;
  root.dataset.theme = settings.theme || "light";
  root.dataset.font = settings.font || "serif";
  root.style.setProperty("--font-size", `${settings.fontSize || 19}px`);
  root.style.setProperty("--measure", settings.width || "38em");
  $("font").value = root.dataset.font;
  $("width").value = settings.width || "38em";
  $("size-value").textContent = `${settings.fontSize || 19}px`;
  for (const b of document.querySelectorAll("[data-theme-choice]")) b.setAttribute("aria-pressed", String(b.dataset.themeChoice === root.dataset.theme));
  $("article").classList.toggle("vertical", !!settings.vertical);
  $("vertical").checked = !!settings.vertical;
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

function decodeAs(bytes, charset) {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

async function read(input, url) {
  lastInput = { input, url };
  const t0 = performance.now();
  const size = typeof input === "string" ? input.length * 3 : input.length;
  try {
    let article = size > WORKER_THRESHOLD ? (await inWorker({ op: "extract", input, url })).article : await qy.extract(input, { url });
    // An article split over pages is merged (same origin, up to ten pages), as the element
    // and the extension merge it.
    if (url && article.nextPageUrl) {
      article = await mergePages(article, url, async (next) => {
        const { bytes, charset } = await fetchPage(next);
        return qy.extract(bytes, { url: next, charset });
      });
    }
    // The original, side by side, in the charset the extractor found (GBK, Big5 …).
    originalHtml = typeof input === "string" ? input : decodeAs(input, article.charset);
    if (!$("original").hidden) $("original").srcdoc = originalHtml;
    await show(article, performance.now() - t0);
  } catch (e) {
    fail(e.message);
  }
}

async function readSample(path) {
  $("status").textContent = "Loading…";
  $("page-url").value = "";
  const url = new URL(path, location.href).href;
  try {
    read((await fetchPage(url)).bytes, url);
  } catch (e) {
    fail(e.message);
  }
}

// An opened file is named in the sample menu, so the menu says what is shown and choosing a
// sample again reads it. Its address, when given, resolves its links and images.
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
  read(new Uint8Array(await file.arrayBuffer()), pageUrl());
}

function pageUrl() {
  const v = $("page-url").value.trim();
  try {
    return v ? new URL(v).href : undefined;
  } catch {
    return undefined;
  }
}

// Read aloud.
const narrator = new Narrator($("content"), (state, n) => {
  $("narrate-bar").hidden = state === "idle";
  $("narrate-toggle").setAttribute("aria-pressed", String(state !== "idle"));
  $("narrate-play").textContent = state === "paused" ? "Resume" : "Pause";
  $("narrate-voice").textContent = n.voice;
});

function buildScriptToggle() {
  const box = $("script-toggle");
  for (const [value, label] of TARGETS) {
    const l = document.createElement("label");
    l.innerHTML = `<input type="radio" name="script" value="${value}"><span lang="${value === "original" ? "zh" : value}">${label}</span>`;
    box.append(l);
  }
  const chosen = box.querySelector(`input[value="${settings.script || "original"}"]`) || box.querySelector("input");
  chosen.checked = true;
  for (const input of box.querySelectorAll("input")) {
    input.addEventListener("change", () => { settings.script = input.value; save(); applyScript().catch((e) => fail(e.message)); });
  }
}

const saveAs = async (text, type, ext) => download(await text, type, $("title").textContent, ext);

async function main() {
  await qy.ready();
  buildScriptToggle();
  $("sample").addEventListener("change", (e) => e.target.value && readSample(e.target.value));
  $("file").addEventListener("change", (e) => e.target.files[0] && readFile(e.target.files[0]));
  $("paste-toggle").addEventListener("click", () => {
    const box = $("paste-box");
    box.hidden = !box.hidden;
    $("paste-toggle").setAttribute("aria-expanded", String(!box.hidden));
    if (!box.hidden) $("paste").focus();
  });
  $("paste-read").addEventListener("click", () => read($("paste").value, pageUrl()));
  $("page-url").addEventListener("change", () => lastInput && read(lastInput.input, pageUrl() ?? lastInput.url));
  applyLook();
  const look = (key, value) => { settings[key] = value; save(); applyLook(); };
  for (const b of document.querySelectorAll("[data-theme-choice]")) b.addEventListener("click", () => look("theme", b.dataset.themeChoice));
  $("font").addEventListener("change", (e) => look("font", e.target.value));
  $("width").addEventListener("change", (e) => look("width", e.target.value));
  $("smaller").addEventListener("click", () => look("fontSize", Math.max(14, (settings.fontSize || 19) - 1)));
  $("larger").addEventListener("click", () => look("fontSize", Math.min(30, (settings.fontSize || 19) + 1)));
  $("vertical").addEventListener("change", (e) => look("vertical", e.target.checked));
  const articleHtml = () => `<!DOCTYPE html><html lang="${$("article").lang}"><head><meta charset="utf-8"><title>${$("title").textContent.replace(/</g, "&lt;")}</title></head><body><h1>${$("title").textContent.replace(/</g, "&lt;")}</h1>${$("content").innerHTML}</body></html>`;
  // Copy gives the text a reader sees (no pinyin annotations); Markdown keeps the structure.
  const shownText = () => {
    const c = $("content").cloneNode(true);
    c.querySelectorAll("rt, rp").forEach((n) => n.remove());
    return `${$("title").textContent}\n\n${c.innerText.trim()}\n`;
  };
  const shownMarkdown = () => qy.toMarkdown({ ...original, title: $("title").textContent, content: $("content").innerHTML });
  $("copy").addEventListener("click", () => original && copyWithFeedback($("copy"), shownText()));
  $("copy-md").addEventListener("click", () => original && copyWithFeedback($("copy-md"), shownMarkdown()));
  $("download-md").addEventListener("click", () => original && saveAs(shownMarkdown(), "text/markdown", "md"));
  $("download").addEventListener("click", () => original && saveAs(articleHtml(), "text/html", "html"));
  $("print").addEventListener("click", () => window.print());
  $("show-original").addEventListener("click", () => {
    const frame = $("original");
    frame.hidden = !frame.hidden;
    $("show-original").setAttribute("aria-pressed", String(!frame.hidden));
    $("drop-zone").classList.toggle("side-by-side", !frame.hidden);
    // Sandboxed without scripts: the original page is shown, never run.
    if (!frame.hidden) frame.srcdoc = originalHtml;
  });
  $("narrate-toggle").hidden = !Narrator.supported();
  $("narrate-toggle").addEventListener("click", () => {
    if (narrator.state !== "idle") return narrator.stop();
    const t = target();
    narrator.start(t === "original" ? original?.lang || document.documentElement.lang : t, Number($("narrate-rate").value));
  });
  $("narrate-play").addEventListener("click", () => narrator.toggle());
  $("narrate-next").addEventListener("click", () => narrator.next());
  $("narrate-prev").addEventListener("click", () => narrator.prev());
  $("narrate-rate").addEventListener("change", (e) => narrator.setRate(Number(e.target.value)));
  const zone = document.body;
  zone.addEventListener("dragover", (e) => { e.preventDefault(); $("drop-hint").hidden = false; });
  zone.addEventListener("dragleave", () => { $("drop-hint").hidden = true; });
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    $("drop-hint").hidden = true;
    const file = e.dataTransfer.files[0];
    if (file) readFile(file);
  });
  $("phrases").checked = !!settings.phrases;
  // Pinyin over the characters is opt-in: a first screen of it confuses more than it helps.
  $("ruby").checked = settings.ruby === true;
  $("phrases").addEventListener("change", () => { settings.phrases = $("phrases").checked; save(); applyScript().catch((e) => fail(e.message)); });
  $("ruby").addEventListener("change", () => { settings.ruby = $("ruby").checked; save(); applyScript().catch((e) => fail(e.message)); });
  await readSample($("sample").value);
}

main().catch((e) => fail(e.message));
