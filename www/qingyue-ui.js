// qingyue-ui.js — what the host page, the <qingyue-reader> element, the worker and the
// extension share: the script targets, the conversion-data loader, the byline/site/date line
// with its date format, and the merge of articles split over pages. No wasm import: each
// caller passes the functions it runs (the extension's content script reaches the wasm module
// through its service worker). Shipped in pkg/ beside qingyue.js; the extension loads it as a
// web-accessible resource.

/** The script toggle's choices: value, label. */
export const TARGETS = [["original", "原文"], ["zh-Hans", "简体"], ["zh-Hant", "繁體"], ["zh-TW", "臺灣"], ["zh-HK", "香港"]];

/**
 * Loads the conversion dictionaries once per module instance.
 * `wasm` holds `conversionDataLoaded` and `loadConversionData` (direct or from qingyue-safe.js).
 */
export async function ensureConversionData(wasm, url) {
  if (await wasm.conversionDataLoaded()) return;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`conversion data: HTTP ${res.status}`);
  await wasm.loadConversionData(new Uint8Array(await res.arrayBuffer()));
}

/** `2024-06-05T08:00:16+08:00` → `2024-06-05 08:00`, the page's own clock; a date alone stays. */
export function formatDate(iso) {
  if (!iso) return null;
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso);
  if (!m) return iso;
  return m[2] && m[2] !== "00:00" ? `${m[1]} ${m[2]}` : m[1];
}

/** Reading time as a range, as readers differ (Firefox Reader View shows one too). */
export function readingRange(minutes) {
  if (!minutes) return null;
  const low = Math.max(1, Math.round(minutes * 0.8));
  const high = Math.max(low, Math.ceil(minutes * 1.25));
  return low === high ? `${low} min` : `${low}–${high} min`;
}

/**
 * The line under the title: byline and site (through `convert`, so they follow the script
 * toggle), the publication date or else the last update labelled as such, the reading time.
 */
export function metaLine(article, convert = (s) => s) {
  const when = article.publishedTime ? formatDate(article.publishedTime)
    : article.modifiedTime ? `updated ${formatDate(article.modifiedTime)}` : null;
  const names = [article.byline, article.siteName].filter(Boolean).map(convert);
  return [...names, when, readingRange(article.readingMinutes)].filter(Boolean).join(" · ");
}

/** HTML parsed inert (no script runs, nothing loads) into a detached document's body. */
function parsedBody(html) {
  return new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}`, "text/html").body;
}

/** Markup (already sanitized by qingyue, or the reader's own) as nodes to insert. */
export function fragment(html) {
  const f = document.createDocumentFragment();
  f.append(...parsedBody(html).childNodes);
  return f;
}

/** Longest run of pages followed through `nextPageUrl`. */
export const MAX_PAGES = 10;

/**
 * Merges an article split over pages, as Safari Reader does: follows `nextPageUrl` on the
 * same origin as `firstUrl`, up to MAX_PAGES, appending each page's body under a divider and
 * dropping paragraphs already shown (sites repeat the last one). `fetchArticle(url)` returns
 * the next page's article, or null to stop; pages are read as bytes there, so GBK and Big5
 * sites merge too. Returns the article with the merged `content` and `pages`.
 */
export async function mergePages(article, firstUrl, fetchArticle) {
  const first = new URL(firstUrl);
  const visited = new Set([first.href]);
  const seen = new Set();
  const unique = (html) => {
    const body = parsedBody(html);
    for (const p of body.querySelectorAll("p, li, blockquote")) {
      const key = p.textContent.trim();
      if (!key) continue;
      if (seen.has(key)) p.remove();
      else seen.add(key);
    }
    return body.innerHTML;
  };
  let content = unique(article.content);
  let next = article.nextPageUrl, base = first, pages = 1;
  while (next && pages < MAX_PAGES) {
    const url = new URL(next, base);
    if (url.origin !== first.origin || visited.has(url.href)) break;
    visited.add(url.href);
    const page = await fetchArticle(url.href).catch(() => null);
    if (!page) break;
    pages += 1;
    content += `<hr class="qingyue-page" aria-label="Page ${pages}">` + unique(page.content);
    next = page.nextPageUrl;
    base = url;
  }
  return { ...article, content, pages };
}

/** The charset a response declares in its Content-Type, if any. */
export function charsetOf(res) {
  const m = /charset=([^;]+)/i.exec(res.headers.get("content-type") || "");
  return m ? m[1].trim() : undefined;
}

/** Fetches a page as bytes with the charset its server declares. */
export async function fetchPage(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return { bytes: new Uint8Array(await res.arrayBuffer()), charset: charsetOf(res) };
}

/** Copies `text` (or what the promise gives) and says so on the button for a moment. */
export async function copyWithFeedback(button, text) {
  const label = button.textContent;
  try {
    await navigator.clipboard.writeText(await text);
    button.textContent = "Copied ✓";
  } catch {
    button.textContent = "Copy failed";
  }
  setTimeout(() => { button.textContent = label; }, 1500);
}

/** Saves `text` as a file named after `title` (inside `parent`, e.g. a shadow root). */
export function download(text, type, title, ext, parent = document.body) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = `${(title || "article").slice(0, 60)}.${ext}`;
  parent.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** Speech voices' language for a script target (繁體 is read with a Taiwan voice). */
const VOICE_LANG = { "zh-Hans": "zh-CN", "zh-Hant": "zh-TW", "zh-TW": "zh-TW", "zh-HK": "zh-HK" };

/** Where a sentence ends: Chinese and Latin stops, then any closing quotes or brackets. */
const STOP = /[。！？!?；;…]/;
const CLOSER = /[”’」』）)\]》"']/;
const BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, blockquote, td, th, figcaption, pre, dd, dt, header, div, article";

/**
 * Narrate: reads the article aloud with the Web Speech API, a sentence at a time, with the
 * sentence being read highlighted (the CSS Custom Highlight API: `::highlight(qingyue-narrate)`;
 * the article's DOM is not touched). Pause, skip and speed; the voice is chosen for the
 * script shown (zh-CN, zh-TW, zh-HK) or the page's language.
 */
export class Narrator {
  #root; #onState; #sentences = []; #index = 0; #lang = ""; #rate = 1; #voice = null;
  state = "idle";

  constructor(root, onState = () => {}) {
    this.#root = root;
    this.#onState = onState;
  }

  static supported() {
    return typeof globalThis.speechSynthesis !== "undefined" && typeof globalThis.SpeechSynthesisUtterance !== "undefined";
  }

  /** The voice's name and language, once chosen. */
  get voice() {
    return this.#voice ? `${this.#voice.name} (${this.#voice.lang})` : "";
  }

  get sentence() {
    return this.#sentences[this.#index]?.text ?? "";
  }

  /** Starts reading from the first sentence; `lang` is a script target or a language tag. */
  start(lang, rate = this.#rate) {
    this.#lang = VOICE_LANG[lang] || lang || "";
    this.#rate = rate;
    this.#sentences = this.#split();
    this.#voice = pickVoice(speechSynthesis.getVoices(), this.#lang);
    this.#speak(0);
  }

  toggle() {
    if (this.state === "playing") {
      speechSynthesis.pause();
      this.#set("paused");
    } else if (this.state === "paused") {
      speechSynthesis.resume();
      this.#set("playing");
    }
  }

  next() { if (this.state !== "idle") this.#speak(Math.min(this.#index + 1, this.#sentences.length - 1)); }
  prev() { if (this.state !== "idle") this.#speak(Math.max(this.#index - 1, 0)); }

  setRate(rate) {
    this.#rate = rate;
    if (this.state !== "idle") this.#speak(this.#index);
  }

  stop() {
    this.#index = -1;
    speechSynthesis.cancel();
    globalThis.CSS?.highlights?.delete("qingyue-narrate");
    this.#set("idle");
  }

  #set(state) {
    this.state = state;
    this.#onState(state, this);
  }

  #speak(i) {
    const s = this.#sentences[i];
    if (!s) return this.stop();
    this.#index = i;
    speechSynthesis.cancel();
    const u = new SpeechSynthesisUtterance(s.text);
    u.lang = this.#voice?.lang || this.#lang;
    if (this.#voice) u.voice = this.#voice;
    u.rate = this.#rate;
    u.onend = () => { if (this.#index === i && this.state === "playing") this.#speak(i + 1); };
    this.#highlight(s);
    this.#set("playing");
    speechSynthesis.speak(u);
  }

  #highlight(s) {
    if (globalThis.CSS?.highlights && typeof Highlight !== "undefined") {
      const range = new Range();
      range.setStart(...s.start);
      range.setEnd(...s.end);
      CSS.highlights.set("qingyue-narrate", new Highlight(range));
    }
    s.start[0].parentElement?.scrollIntoView?.({ block: "nearest", behavior: "smooth" });
  }

  /** The sentences of the article text (ruby annotations left out), with where each lies. */
  #split() {
    const out = [];
    const walker = document.createTreeWalker(this.#root, NodeFilter.SHOW_TEXT, {
      // Ruby annotations and the byline/date line are not read.
      acceptNode: (n) => (n.parentElement?.closest("rt, rp, script, style, .meta") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    let cur = null, block = null;
    const flush = () => {
      if (cur && cur.text.trim()) out.push({ text: cur.text.trim(), start: cur.start, end: cur.end });
      cur = null;
    };
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const b = n.parentElement?.closest(BLOCKS);
      if (b !== block) {
        flush();
        block = b;
      }
      const text = n.data;
      for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (!cur) {
          if (/\s/.test(c)) continue;
          cur = { text: "", start: [n, i], end: [n, i + 1] };
        }
        cur.text += c;
        cur.end = [n, i + 1];
        const latinStop = c === "." && /\s/.test(text[i + 1] ?? " ");
        if (STOP.test(c) || latinStop) {
          while (i + 1 < text.length && CLOSER.test(text[i + 1])) {
            i += 1;
            cur.text += text[i];
            cur.end = [n, i + 1];
          }
          flush();
        }
      }
    }
    flush();
    return out;
  }
}

/** The voice for a language: exact (zh-TW), then the same language (zh), then the default. */
export function pickVoice(voices, lang) {
  const norm = (l) => (l || "").replace("_", "-").toLowerCase();
  const want = norm(lang);
  return voices.find((v) => norm(v.lang) === want)
    || voices.find((v) => want && norm(v.lang).split("-")[0] === want.split("-")[0])
    || voices.find((v) => v.default)
    || null;
}
