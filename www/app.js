// The reader host page: loads the wasm package, reads a page (sample, file, drop or paste),
// and shows the cleaned article. The article HTML comes out of qingyue's allowlist sanitizer.
import init, { extract, loadConversionData, conversionDataLoaded, convertHtml, convertText } from "../pkg/qingyue.js";

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
  } else {
    await ensureConversionData();
    const options = { target, phrases: $("phrases").checked, stripGlosses: true, stripRuby: false };
    $("title").textContent = convertText(original.title || "", options);
    $("content").innerHTML = convertHtml(original.content, options);
    $("article").lang = target;
  }
  $("article").classList.toggle("no-ruby", !$("ruby").checked);
  $("convert-time").textContent = target === "original" ? "" : ` · conversion ${(performance.now() - t0).toFixed(1)} ms`;
}

function show(article, bytesIn, ms) {
  $("title").textContent = article.title || "(untitled)";
  const meta = [article.byline, article.siteName, article.publishedTime && article.publishedTime.replace("T", " "),
    article.readingMinutes ? `${article.readingMinutes} min` : null].filter(Boolean);
  $("meta").textContent = meta.join(" · ");
  const content = $("content");
  content.innerHTML = article.content;
  const el = $("article");
  el.lang = article.lang || "";
  el.dir = article.dir || "auto";
  el.hidden = false;
  $("status").textContent = "";
  $("stats").innerHTML = "";
  $("stats").append(`${bytesIn.toLocaleString()} bytes in → ${article.content.length.toLocaleString()} bytes out · ${article.length.toLocaleString()} characters · ${article.charset} · extraction ${ms.toFixed(1)} ms`);
  const conv = document.createElement("span");
  conv.id = "convert-time";
  $("stats").append(conv);
  original = article;
  applyScript().catch((e) => fail(e.message));
}

function fail(message) {
  $("article").hidden = true;
  $("stats").textContent = "";
  $("status").textContent = `Could not read this page: ${message}`;
}

function read(input, url) {
  const t0 = performance.now();
  try {
    const article = extract(input, { url });
    show(article, typeof input === "string" ? new TextEncoder().encode(input).length : input.length, performance.now() - t0);
  } catch (e) {
    fail(e.message);
  }
}

async function readSample(path) {
  $("status").textContent = "Loading…";
  const res = await fetch(path);
  if (!res.ok) return fail(`${path}: HTTP ${res.status}`);
  read(new Uint8Array(await res.arrayBuffer()), new URL(path, location.href).href);
}

async function readFile(file) {
  read(new Uint8Array(await file.arrayBuffer()), undefined);
}

async function main() {
  await init();
  $("sample").addEventListener("change", (e) => readSample(e.target.value));
  $("file").addEventListener("change", (e) => e.target.files[0] && readFile(e.target.files[0]));
  $("paste-toggle").addEventListener("click", () => {
    const box = $("paste-box");
    box.hidden = !box.hidden;
    $("paste-toggle").setAttribute("aria-expanded", String(!box.hidden));
    if (!box.hidden) $("paste").focus();
  });
  $("paste-read").addEventListener("click", () => read($("paste").value, undefined));
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
  $("ruby").checked = settings.ruby !== false;
  $("phrases").addEventListener("change", () => { settings.phrases = $("phrases").checked; save(); applyScript().catch((e) => fail(e.message)); });
  $("ruby").addEventListener("change", () => { settings.ruby = $("ruby").checked; save(); applyScript().catch((e) => fail(e.message)); });
  await readSample($("sample").value);
}

main().catch((e) => fail(e.message));
