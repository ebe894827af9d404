// <qingyue-reader>: the reader as an embeddable custom element (shipped in pkg/ next to the
// wasm package it imports).
//
//   <script type="module" src="/pkg/qingyue-reader.js"></script>
//   <qingyue-reader src="/news/story.html" script="zh-Hant" theme="sepia"></qingyue-reader>
//
// `src` (same origin) is fetched and its body streamed chunk by chunk into the Extractor;
// `.html = "…"` reads a string instead. Shadow DOM keeps the host page's styles out and the
// reader's in. Events: `qingyue-ready` (detail: the Article), `qingyue-error` (detail: message).
// Attributes: `script` = original | zh-Hans | zh-Hant | zh-TW | zh-HK, `theme` = light | sepia | dark,
// `vertical` (直排: set vertically, as printed). The bar's Listen button reads the article aloud.
import init, * as wasm from "./qingyue.js";
import { TARGETS, ensureConversionData, metaLine, mergePages, charsetOf, fetchPage, fragment, Narrator } from "./qingyue-ui.js";

const { extract, Extractor, convertHtml, convertText } = wasm;
const ready = init();
const DICTIONARY = new URL("./qingyue-zh.bin", import.meta.url);

const STYLE = `
:host { display: block; --bg: #fbfaf7; --fg: #1f2328; --muted: #6b6f76; --accent: #b03a2e; --line: #e2ded5;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 8px; }
:host([theme="sepia"]) { --bg: #f4ecd8; --fg: #3b2f1e; --muted: #7a6a52; --line: #e0d3b4; }
:host([theme="dark"]) { --bg: #1e1f22; --fg: #e3e3e3; --muted: #a0a3a8; --accent: #e8806f; --line: #3a3c40; }
.bar { display: flex; flex-wrap: wrap; gap: .4rem; padding: .5rem .8rem; border-bottom: 1px solid var(--line); font: 14px system-ui, sans-serif; }
.bar button { font: inherit; border: 1px solid var(--line); background: transparent; color: var(--fg); border-radius: 5px; padding: .15rem .6rem; cursor: pointer; }
.bar button[aria-pressed="true"] { background: var(--accent); color: #fff; border-color: var(--accent); }
article { padding: 1rem 1.4rem 1.6rem; font: 18px/1.8 Georgia, "Noto Serif CJK SC", serif; max-width: 40em; margin: 0 auto; }
h1 { font-size: 1.5em; line-height: 1.3; margin: 0 0 .3em; }
.meta { color: var(--muted); font: 13px system-ui, sans-serif; margin: 0 0 1.2em; }
img { max-width: 100%; height: auto; }
rt { font-size: .55em; color: var(--muted); }
a { color: var(--accent); }
article article { padding: .8em 0 .2em; font: inherit; max-width: none; border-top: 1px solid var(--line); }
article article:first-child { border-top: 0; padding-top: 0; }
article article > header { font: 13px system-ui, sans-serif; color: var(--muted); margin: 0 0 .4em; }
article article > header strong { color: var(--fg); margin-right: .5em; }
.status { padding: 1rem 1.4rem; color: var(--muted); font: 14px system-ui, sans-serif; }
.bar .end { margin-left: auto; display: flex; gap: .4rem; }
.narrate[hidden] { display: none; }
::highlight(qingyue-narrate) { background-color: color-mix(in srgb, var(--accent) 22%, transparent); }
:host([vertical]) article { writing-mode: vertical-rl; text-orientation: mixed; max-width: none; width: 100%; box-sizing: border-box; height: 80vh; overflow-x: auto; }
:host([vertical]) img { max-height: 60vh; width: auto; }
`;

export class QingyueReader extends HTMLElement {
  static observedAttributes = ["src", "script"];

  #original = null;
  #root;
  #narrator;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: "open" });
    this.#root.innerHTML = `<style>${STYLE}</style>
      <div class="bar" role="group" aria-label="Script">${TARGETS.map(([v, l]) => `<button type="button" data-script="${v}" lang="zh" aria-pressed="false">${l}</button>`).join("")}
        <span class="end"><button type="button" class="listen" aria-pressed="false" title="Read aloud">Listen</button>
        <span class="narrate" hidden><button type="button" class="prev" aria-label="Previous sentence">◀</button><button type="button" class="play">Pause</button><button type="button" class="next" aria-label="Next sentence">▶</button></span></span></div>
      <p class="status" role="status">Loading…</p>
      <article hidden><h1></h1><p class="meta"></p><div class="content"></div></article>`;
    this.#root.querySelector(".bar").addEventListener("click", (e) => {
      const b = e.target.closest("button[data-script]");
      if (b) this.setAttribute("script", b.dataset.script);
    });
    const q = (sel) => this.#root.querySelector(sel);
    this.#narrator = new Narrator(q(".content"), (state) => {
      q(".narrate").hidden = state === "idle";
      q(".listen").setAttribute("aria-pressed", String(state !== "idle"));
      q(".play").textContent = state === "paused" ? "Resume" : "Pause";
    });
    q(".listen").hidden = !Narrator.supported();
    q(".listen").addEventListener("click", () => {
      if (this.#narrator.state !== "idle") return this.#narrator.stop();
      const target = this.getAttribute("script") || "original";
      this.#narrator.start(target === "original" ? this.#original?.lang || "" : target);
    });
    q(".play").addEventListener("click", () => this.#narrator.toggle());
    q(".next").addEventListener("click", () => this.#narrator.next());
    q(".prev").addEventListener("click", () => this.#narrator.prev());
  }

  /** The extracted article, or null. */
  get article() {
    return this.#original;
  }

  /** Reads an HTML string. */
  set html(value) {
    ready.then(() => this.#show(extract(value, { url: document.baseURI }))).catch((e) => this.#fail(e));
  }

  attributeChangedCallback(name, old, value) {
    if (name === "src" && value && value !== old) this.#load(value);
    if (name === "script") this.#render().catch((e) => this.#fail(e));
  }

  async #load(src) {
    try {
      await ready;
      const url = new URL(src, document.baseURI);
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      const ex = new Extractor({ url: url.href, charset: charsetOf(res) });
      const reader = res.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        ex.write(value);
      }
      this.#show(await followPages(ex.finish(), url));
    } catch (e) {
      this.#fail(e);
    }
  }

  #show(article) {
    this.#original = article;
    this.#render()
      .then(() => this.dispatchEvent(new CustomEvent("qingyue-ready", { detail: article, bubbles: true, composed: true })))
      .catch((e) => this.#fail(e));
  }

  async #render() {
    const a = this.#original;
    if (!a) return;
    const target = this.getAttribute("script") || "original";
    for (const b of this.#root.querySelectorAll("button[data-script]")) b.setAttribute("aria-pressed", String(b.dataset.script === target));
    const art = this.#root.querySelector("article");
    let title = a.title, content = a.content;
    if (target !== "original") {
      await ensureConversionData(wasm, DICTIONARY);
      const options = { target, stripGlosses: true, sourceLang: a.lang || undefined };
      title = convertText(a.title, options);
      content = convertHtml(a.content, options);
    }
    art.querySelector("h1").textContent = title;
    const convert = target === "original" ? (t) => t : (t) => convertText(t, { target, stripGlosses: true, sourceLang: a.lang || undefined });
    art.querySelector(".meta").textContent = metaLine(a, convert);
    this.#narrator.stop();
    art.querySelector(".content").replaceChildren(fragment(content)); // sanitized by qingyue
    art.lang = target === "original" ? a.lang || "" : target;
    art.hidden = false;
    this.#root.querySelector(".status").hidden = true;
  }

  #fail(e) {
    const status = this.#root.querySelector(".status");
    status.hidden = false;
    status.textContent = `Could not read this page: ${e.message}`;
    this.dispatchEvent(new CustomEvent("qingyue-error", { detail: e.message, bubbles: true, composed: true }));
  }
}

/** Merges an article split over pages (same origin, up to ten pages; see qingyue-ui.js). */
export function followPages(article, firstUrl) {
  return mergePages(article, firstUrl, async (url) => {
    const { bytes, charset } = await fetchPage(url);
    return extract(bytes, { url, charset });
  });
}

if (!customElements.get("qingyue-reader")) customElements.define("qingyue-reader", QingyueReader);
