// Content script: takes the page's HTML, asks the service worker for the article, and shows it
// in an overlay (Shadow DOM; Esc closes) with the script toggle. Injected on demand; a second
// injection closes the overlay.
(() => {
  const existing = document.getElementById("qingyue-overlay-host");
  if (existing) {
    existing.remove();
    return;
  }
  const host = document.createElement("div");
  host.id = "qingyue-overlay-host";
  host.style.cssText = "position:fixed;inset:0;z-index:2147483647;";
  const root = host.attachShadow({ mode: "open" });
  root.innerHTML = `<style>
    .veil { position: fixed; inset: 0; background: rgb(0 0 0 / .45); overflow: auto; }
    .panel { max-width: 44em; margin: 2rem auto; background: #fbfaf7; color: #1f2328; border-radius: 10px; box-shadow: 0 10px 40px rgb(0 0 0 / .3); }
    .bar { display: flex; gap: .4rem; align-items: center; padding: .6rem 1rem; border-bottom: 1px solid #e2ded5; font: 14px system-ui, sans-serif; }
    .bar button { font: inherit; border: 1px solid #e2ded5; background: transparent; border-radius: 5px; padding: .15rem .6rem; cursor: pointer; }
    .bar button[aria-pressed="true"] { background: #b03a2e; color: #fff; }
    .bar .auto { margin-left: auto; color: #6b6f76; }
    .bar .close { margin-left: .4rem; }
    article { padding: 1.2rem 2rem 2rem; font: 19px/1.8 Georgia, "Noto Serif CJK SC", serif; }
    h1 { font-size: 1.5em; line-height: 1.3; margin: 0 0 .3em; }
    .meta { color: #6b6f76; font: 13px system-ui, sans-serif; }
    img { max-width: 100%; height: auto; }
    rt { font-size: .55em; color: #6b6f76; }
    article article { padding: .8em 0 .2em; font: inherit; border-top: 1px solid #e2ded5; }
    article article:first-child { border-top: 0; padding-top: 0; }
    article article > header { font: 13px system-ui, sans-serif; color: #6b6f76; margin: 0 0 .4em; }
    article article > header strong { color: #1f2328; margin-right: .5em; }
  </style>
  <div class="veil"><div class="panel" role="dialog" aria-modal="true" aria-label="Reader">
    <div class="bar" role="group" aria-label="Script">
      ${[["original", "原文"], ["zh-Hans", "简体"], ["zh-Hant", "繁體"], ["zh-TW", "臺灣"], ["zh-HK", "香港"]]
        .map(([v, l]) => `<button type="button" data-script="${v}" aria-pressed="${v === "original"}">${l}</button>`).join("")}
      <label class="auto"><input type="checkbox" class="auto-box"> always convert this site</label>
      <button type="button" class="copy-md" title="Copy the article as Markdown">Copy Markdown</button>
      <button type="button" class="download-md" title="Save the article as a Markdown file">.md</button>
      <button type="button" class="close" aria-label="Close reader">✕</button>
    </div>
    <article><p class="meta">Reading…</p></article>
  </div></div>`;
  document.documentElement.append(host);
  const article = root.querySelector("article");
  let original = null;
  const close = () => { host.remove(); document.removeEventListener("keydown", onKey, true); };
  const onKey = (e) => { if (e.key === "Escape") close(); };
  document.addEventListener("keydown", onKey, true);
  root.querySelector(".close").addEventListener("click", close);
  // "Always convert this site": remembered per host; the page is converted in place from then on.
  const autoBox = root.querySelector(".auto-box");
  chrome.runtime.sendMessage({ type: "getAutoConvert", host: location.host }).then((r) => { autoBox.checked = !!r.target; });
  autoBox.addEventListener("change", () => {
    const pressed = root.querySelector('button[data-script][aria-pressed="true"]')?.dataset.script;
    const target = autoBox.checked ? (pressed && pressed !== "original" ? pressed : "zh-Hant") : null;
    chrome.runtime.sendMessage({ type: "setAutoConvert", host: location.host, target });
  });
  const render = (title, content, lang) => {
    article.innerHTML = "";
    const h1 = document.createElement("h1");
    h1.textContent = title;
    const meta = document.createElement("p");
    meta.className = "meta";
    const when = original.publishedTime || (original.modifiedTime && `updated ${original.modifiedTime}`);
    meta.textContent = [original.byline, original.siteName, when, original.readingMinutes && `${original.readingMinutes} min`].filter(Boolean).join(" · ");
    const body = document.createElement("div");
    body.className = "content";
    body.innerHTML = content; // sanitized by qingyue
    article.lang = lang || "";
    article.append(h1, meta, body);
  };
  // Markdown of the article as shown (in the script chosen).
  const markdown = async () => {
    const shown = { ...original, title: article.querySelector("h1")?.textContent || "", content: article.querySelector(".content")?.innerHTML || "" };
    const r = await chrome.runtime.sendMessage({ type: "markdown", article: shown });
    if (r.error) throw new Error(r.error);
    return r.markdown;
  };
  root.querySelector(".copy-md").addEventListener("click", async (e) => {
    const button = e.currentTarget;
    if (!original) return;
    const label = button.textContent;
    try {
      await navigator.clipboard.writeText(await markdown());
      button.textContent = "Copied ✓";
    } catch {
      button.textContent = "Copy failed";
    }
    setTimeout(() => { button.textContent = label; }, 1500);
  });
  root.querySelector(".download-md").addEventListener("click", async () => {
    if (!original) return;
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([await markdown()], { type: "text/markdown" }));
    a.download = `${(article.querySelector("h1")?.textContent || "article").slice(0, 60)}.md`;
    root.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });
  root.querySelector(".bar").addEventListener("click", async (e) => {
    const b = e.target.closest("button[data-script]");
    if (!b || !original) return;
    for (const x of root.querySelectorAll("button[data-script]")) x.setAttribute("aria-pressed", String(x === b));
    if (b.dataset.script === "original") return render(original.title, original.content, original.lang);
    const r = await chrome.runtime.sendMessage({ type: "convert", target: b.dataset.script, title: original.title, content: original.content });
    if (r.error) throw new Error(r.error);
    render(r.title, r.content, b.dataset.script);
  });
  chrome.runtime.sendMessage({ type: "extract", html: document.documentElement.outerHTML, url: location.href }).then((r) => {
    if (r.error) {
      article.querySelector(".meta").textContent = `Could not read this page: ${r.error}`;
      return;
    }
    original = r.article;
    render(original.title, original.content, original.lang);
    host.dataset.ready = "true";
    followPages();
  });

  // Articles split over pages: follow nextPageUrl on this origin (up to ten pages) and append
  // each page under a divider, dropping paragraphs already shown.
  async function followPages() {
    const seen = new Set();
    const unique = (html) => {
      const t = document.createElement("template");
      t.innerHTML = html;
      for (const p of t.content.querySelectorAll("p, li, blockquote")) {
        const key = p.textContent.trim();
        if (key && seen.has(key)) p.remove();
        else if (key) seen.add(key);
      }
      return t.innerHTML;
    };
    let content = unique(original.content);
    const visited = new Set([location.href]);
    let next = original.nextPageUrl, pages = 1;
    while (next && pages < 10) {
      const url = new URL(next, location.href);
      if (url.origin !== location.origin || visited.has(url.href)) break;
      visited.add(url.href);
      const res = await fetch(url);
      if (!res.ok) break;
      // Bytes, not res.text(): the extractor decodes GBK and Big5 pages by their charset.
      const bytes = Array.from(new Uint8Array(await res.arrayBuffer()));
      const r = await chrome.runtime.sendMessage({ type: "extract", bytes, url: url.href });
      if (r.error) break;
      pages += 1;
      content += `<hr aria-label="Page ${pages}">` + unique(r.article.content);
      next = r.article.nextPageUrl;
    }
    if (pages > 1) {
      original = { ...original, content };
      render(original.title, content, original.lang);
      host.dataset.pages = String(pages);
    }
  }
})();
