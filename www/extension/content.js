// Content script: takes the page's HTML, asks the service worker for the article, and shows it
// in an overlay (Shadow DOM; Esc closes) with the script toggle, reading settings (theme, text
// size, regional words, 直排), Narrate and Markdown. Injected on demand; a second injection
// closes the overlay. What it shares with the host page and the element (targets, the meta
// line, the multi-page merge, the narrator) is loaded from the extension's qingyue-ui.js.
(async () => {
  const existing = document.getElementById("qingyue-overlay-host");
  if (existing) {
    existing.remove();
    return;
  }
  const ui = await import(chrome.runtime.getURL("pkg/qingyue-ui.js"));
  const ask = async (msg) => {
    const r = await chrome.runtime.sendMessage(msg);
    if (r?.error) throw new Error(r.error);
    return r;
  };
  const { readerSettings: saved = {} } = await chrome.storage.local.get("readerSettings");
  const settings = { theme: "light", size: 19, phrases: false, vertical: false, ...saved };
  const store = () => chrome.storage.local.set({ readerSettings: settings });

  const host = document.createElement("div");
  host.id = "qingyue-overlay-host";
  host.style.cssText = "position:fixed;inset:0;z-index:2147483647;";
  const root = host.attachShadow({ mode: "open" });
  root.append(ui.fragment(`<style>
    .veil { position: fixed; inset: 0; background: rgb(0 0 0 / .45); overflow: auto; }
    .panel { --bg: #fbfaf7; --fg: #1f2328; --muted: #6b6f76; --accent: #b03a2e; --line: #e2ded5;
      max-width: 46em; margin: 2rem auto; background: var(--bg); color: var(--fg); border-radius: 10px; box-shadow: 0 10px 40px rgb(0 0 0 / .3); }
    .panel[data-theme="sepia"] { --bg: #f4ecd8; --fg: #3b2f1e; --muted: #7a6a52; --line: #dccfae; }
    .panel[data-theme="dark"] { --bg: #1e1f22; --fg: #e3e3e3; --muted: #a0a3a8; --accent: #e8806f; --line: #3a3c40; }
    .bar { display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; padding: .6rem 1rem; border-bottom: 1px solid var(--line); font: 14px system-ui, sans-serif; }
    .bar button, .settings button, .narrate button, select { font: inherit; border: 1px solid var(--line); background: transparent; color: var(--fg); border-radius: 5px; padding: .15rem .6rem; cursor: pointer; }
    button[aria-pressed="true"] { background: var(--accent); color: #fff; border-color: var(--accent); }
    .bar .end { margin-left: auto; display: flex; gap: .4rem; }
    .settings, .narrate { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; padding: .5rem 1rem; border-bottom: 1px solid var(--line); font: 13px system-ui, sans-serif; }
    .settings[hidden], .narrate[hidden] { display: none; }
    .hint { color: var(--muted); }
    article { padding: 1.2rem 2rem 2rem; font: var(--size, 19px)/1.8 Georgia, "Noto Serif CJK SC", serif; }
    article.vertical { writing-mode: vertical-rl; text-orientation: mixed; width: 100%; box-sizing: border-box; height: 75vh; overflow-x: auto; }
    article.vertical img { max-height: 50vh; width: auto; }
    h1 { font-size: 1.5em; line-height: 1.3; margin: 0 0 .3em; }
    .meta { color: var(--muted); font: 13px system-ui, sans-serif; }
    img { max-width: 100%; height: auto; }
    .panel[data-theme="dark"] img { filter: brightness(.82); }
    a { color: var(--accent); }
    rt, rp { display: none; } /* pinyin glosses: the host page offers them, opt-in */
    ::highlight(qingyue-narrate) { background-color: color-mix(in srgb, var(--accent) 22%, transparent); }
    article article { padding: .8em 0 .2em; font: inherit; border-top: 1px solid var(--line); }
    article article:first-child { border-top: 0; padding-top: 0; }
    article article > header { font: 13px system-ui, sans-serif; color: var(--muted); margin: 0 0 .4em; }
    article article > header strong { color: var(--fg); margin-right: .5em; }
  </style>
  <div class="veil"><div class="panel" role="dialog" aria-modal="true" aria-label="Reader">
    <div class="bar">
      <span role="group" aria-label="Script">${ui.TARGETS.map(([v, l]) => `<button type="button" data-script="${v}" aria-pressed="${v === "original"}">${l}</button>`).join(" ")}</span>
      <span class="end">
        <button type="button" class="listen" aria-pressed="false" title="Read aloud">Listen</button>
        <button type="button" class="settings-toggle" aria-expanded="false" title="Reading settings">Aa</button>
        <button type="button" class="copy-md" title="Copy the article as Markdown">Copy Markdown</button>
        <button type="button" class="download-md" title="Save the article as a Markdown file">.md</button>
        <button type="button" class="close" aria-label="Close reader">✕</button>
      </span>
    </div>
    <div class="settings" hidden>
      <span role="group" aria-label="Theme">${["light", "sepia", "dark"].map((t) => `<button type="button" data-theme-choice="${t}">${t[0].toUpperCase() + t.slice(1)}</button>`).join(" ")}</span>
      <span role="group" aria-label="Text size"><button type="button" class="smaller" aria-label="Smaller text">A−</button> <button type="button" class="larger" aria-label="Larger text">A+</button></span>
      <label><input type="checkbox" class="phrases"> 地区词汇 <span class="hint">regional words</span></label>
      <label><input type="checkbox" class="vertical"> 直排</label>
      <label><input type="checkbox" class="auto-box"> always convert this site</label>
    </div>
    <div class="narrate" role="group" aria-label="Read aloud" hidden>
      <button type="button" class="prev">◀ Back</button> <button type="button" class="play">Pause</button> <button type="button" class="next">Next ▶</button>
      <label>Speed <select class="rate"><option>0.8</option><option selected>1</option><option>1.25</option><option>1.5</option><option>2</option></select></label>
      <span class="voice hint"></span>
    </div>
    <article><p class="meta">Reading…</p></article>
  </div></div>`));
  document.documentElement.append(host);
  const $ = (sel) => root.querySelector(sel);
  const article = $("article");
  const panel = $(".panel");
  let original = null;
  let script = "original";
  const narrator = new ui.Narrator(article, (state, n) => {
    $(".narrate").hidden = state === "idle";
    $(".listen").setAttribute("aria-pressed", String(state !== "idle"));
    $(".play").textContent = state === "paused" ? "Resume" : "Pause";
    $(".voice").textContent = n.voice;
  });
  const close = () => {
    narrator.stop();
    host.remove();
    document.removeEventListener("keydown", onKey, true);
  };
  const onKey = (e) => { if (e.key === "Escape") close(); };
  document.addEventListener("keydown", onKey, true);
  $(".close").addEventListener("click", close);

  const applyLook = () => {
    panel.dataset.theme = settings.theme;
    article.style.setProperty("--size", `${settings.size}px`);
    article.classList.toggle("vertical", settings.vertical);
    for (const b of root.querySelectorAll("[data-theme-choice]")) b.setAttribute("aria-pressed", String(b.dataset.themeChoice === settings.theme));
    $(".phrases").checked = settings.phrases;
    $(".vertical").checked = settings.vertical;
  };
  applyLook();
  const look = (key, value) => { settings[key] = value; store(); applyLook(); };
  $(".settings-toggle").addEventListener("click", (e) => {
    const box = $(".settings");
    box.hidden = !box.hidden;
    e.currentTarget.setAttribute("aria-expanded", String(!box.hidden));
  });
  for (const b of root.querySelectorAll("[data-theme-choice]")) b.addEventListener("click", () => look("theme", b.dataset.themeChoice));
  $(".smaller").addEventListener("click", () => look("size", Math.max(14, settings.size - 1)));
  $(".larger").addEventListener("click", () => look("size", Math.min(30, settings.size + 1)));
  $(".vertical").addEventListener("change", (e) => look("vertical", e.target.checked));
  $(".phrases").addEventListener("change", (e) => { look("phrases", e.target.checked); show().catch(fail); });

  // "Always convert this site": remembered per host; the page is converted in place from then on.
  const autoBox = $(".auto-box");
  ask({ type: "getAutoConvert", host: location.host }).then((r) => { autoBox.checked = !!r.target; });
  autoBox.addEventListener("change", () => {
    const target = autoBox.checked ? (script !== "original" ? script : "zh-Hant") : null;
    ask({ type: "setAutoConvert", host: location.host, target });
  });

  const fail = (e) => {
    article.replaceChildren();
    const p = document.createElement("p");
    p.className = "meta";
    p.textContent = `Could not read this page: ${e.message}`;
    article.append(p);
  };

  // The article in the script chosen, its byline and site converted with it.
  async function show() {
    if (!original) return;
    narrator.stop();
    let { title, content } = original;
    let names = {};
    if (script !== "original") {
      const r = await ask({ type: "convert", target: script, phrases: settings.phrases, sourceLang: original.lang, title, content, names: [original.byline || "", original.siteName || ""] });
      ({ title, content } = r);
      names = { byline: r.names[0] || null, siteName: r.names[1] || null };
    }
    article.replaceChildren();
    const h1 = document.createElement("h1");
    h1.textContent = title;
    const meta = document.createElement("p");
    meta.className = "meta";
    meta.textContent = ui.metaLine({ ...original, ...names });
    const body = document.createElement("div");
    body.className = "content";
    body.append(ui.fragment(content)); // sanitized by qingyue
    article.lang = script === "original" ? original.lang || "" : script;
    article.append(h1, meta, body);
  }

  $(".bar").addEventListener("click", (e) => {
    const b = e.target.closest("button[data-script]");
    if (!b || !original) return;
    script = b.dataset.script;
    for (const x of root.querySelectorAll("button[data-script]")) x.setAttribute("aria-pressed", String(x === b));
    show().catch(fail);
  });

  // Read aloud, with a voice for the script shown.
  $(".listen").addEventListener("click", () => {
    if (narrator.state !== "idle") return narrator.stop();
    narrator.start(script === "original" ? original?.lang || document.documentElement.lang : script, Number($(".rate").value));
  });
  $(".listen").hidden = !ui.Narrator.supported();
  $(".play").addEventListener("click", () => narrator.toggle());
  $(".next").addEventListener("click", () => narrator.next());
  $(".prev").addEventListener("click", () => narrator.prev());
  $(".rate").addEventListener("change", (e) => narrator.setRate(Number(e.target.value)));

  // Markdown of the article as shown (in the script chosen).
  const markdown = async () => {
    const shown = { ...original, title: article.querySelector("h1")?.textContent || "", content: article.querySelector(".content")?.innerHTML || "" };
    return (await ask({ type: "markdown", article: shown })).markdown;
  };
  $(".copy-md").addEventListener("click", () => original && ui.copyWithFeedback($(".copy-md"), markdown()));
  $(".download-md").addEventListener("click", async () => {
    if (original) ui.download(await markdown(), "text/markdown", article.querySelector("h1")?.textContent, "md", root);
  });

  try {
    original = (await ask({ type: "extract", html: document.documentElement.outerHTML, url: location.href })).article;
    await show();
    host.dataset.ready = "true";
    // Articles split over pages: pages are read as bytes, so GBK and Big5 sites merge too.
    const merged = await ui.mergePages(original, location.href, async (url) => {
      const res = await fetch(url);
      if (!res.ok) return null;
      const bytes = Array.from(new Uint8Array(await res.arrayBuffer()));
      return (await ask({ type: "extract", bytes, url, charset: ui.charsetOf(res) })).article;
    });
    if (merged.pages > 1) {
      original = merged;
      await show();
      host.dataset.pages = String(merged.pages);
    }
  } catch (e) {
    fail(e);
  }
})();
