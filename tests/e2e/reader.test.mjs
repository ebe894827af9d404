// The www/ reader page in headless Chromium: the sample is cleaned and shown, paste works,
// chrome lines never appear. Screenshots go to target/e2e/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { startServer, launch, shots, gbkSamples } from "./helpers.mjs";

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

async function openReader(viewport = { width: 1100, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}/`);
  await page.waitForSelector("#article:not([hidden])", { timeout: 15000 });
  return { page, errors };
}

test("the sample page is shown clean", async () => {
  const { page, errors } = await openReader();
  assert.equal(new URL(page.url()).pathname, "/www/", "/ redirects to the reader");
  const title = await page.textContent("#title");
  assert.equal(title, "斯坦福AI團隊抄襲中國大模型?背后還有更值得關注的信息");
  // The page gives only its last update (最后更新), shown as such.
  assert.match(await page.textContent("#meta"), /观察者网 · updated 2024-06-05 08:00 · /);
  // The text a reader sees, ruby annotations (pinyin above the characters) aside.
  const body = await page.$eval("#content", (el) => {
    const copy = el.cloneNode(true);
    copy.querySelectorAll("rt, rp").forEach((n) => n.remove());
    return copy.innerText;
  });
  assert.match(body, /開源大模型是否永遠是免費的午餐/);
  assert.match(body, /離不開每一個產業人的共同努力/);
  const paragraphs = await page.$$eval("#content p", (ps) => ps.filter((p) => p.textContent.length > 40).length);
  assert.ok(paragraphs >= 10, `ten article paragraphs, got ${paragraphs}`);
  for (const chrome of ["任編輯", "史岱君", "獨家稿件", "最新聞", "分享到", "評論", "热门评论", "Copyright", "首页"]) {
    assert.ok(!body.includes(chrome), `chrome "${chrome}" must not be shown`);
  }
  assert.match(await page.textContent("#stats"), /characters · UTF-8 · read in .* ms/);
  assert.deepEqual(errors, []);
  await page.screenshot({ path: join(shots, "reader-light.png"), fullPage: false });
  await page.close();
});

test("pasted HTML is read", async () => {
  const { page } = await openReader();
  await page.click("#paste-toggle");
  const html = `<html><head><title>Pasted story - Example News</title></head><body><nav>Home News Sport</nav>
    <article><h1>Pasted story</h1>${"<p>The committee met on Tuesday, and after a long debate it agreed to publish the report in full.</p>".repeat(4)}</article>
    <footer>© Example News</footer></body></html>`;
  await page.fill("#paste", html);
  await page.click("#paste-read");
  // Like Readability, a two-word headline keeps the site part of <title>.
  await page.waitForFunction(() => document.querySelector("#title").textContent === "Pasted story - Example News");
  const body = await page.innerText("#content");
  assert.match(body, /agreed to publish the report/);
  assert.ok(!body.includes("Home News Sport") && !body.includes("©"));
  await page.close();
});

test("a bad input shows an error, not a crash", async () => {
  const { page } = await openReader();
  await page.click("#paste-toggle");
  await page.fill("#paste", "   ");
  await page.click("#paste-read");
  await page.waitForFunction(() => /Could not read/.test(document.querySelector("#status").textContent));
  assert.match(await page.textContent("#status"), /empty input/);
  await page.close();
});

test("narrow screens get a readable layout", async () => {
  const { page } = await openReader({ width: 360, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `no horizontal scroll at 360 px (overflow ${overflow})`);
  await page.screenshot({ path: join(shots, "reader-mobile-360.png") });
  await page.close();
});

test("at 390×844 the controls take at most 15% of the first screen; settings sit in a popover", async () => {
  const { page, errors } = await openReader({ width: 390, height: 844 });
  const chrome = await page.$eval("header.bar", (b) => b.getBoundingClientRect().bottom);
  assert.ok(chrome <= 0.15 * 844, `controls take ${chrome}px of 844`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `no horizontal scroll at 390 px (overflow ${overflow})`);
  assert.equal(await page.isVisible("#settings"), false);
  await page.click('button[popovertarget="settings"]');
  assert.equal(await page.isVisible("#settings"), true);
  await page.screenshot({ path: join(shots, "reader-settings-390.png") });
  await page.keyboard.press("Escape");
  assert.equal(await page.isVisible("#settings"), false, "Esc closes the popover");
  assert.deepEqual(errors, []);
  await page.close();
});

test("Narrate reads sentence by sentence with a voice for the script shown, highlighting the sentence", async () => {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // speechSynthesis stubbed: headless Chromium has no voices. Utterances end when told to.
  await page.addInitScript(() => {
    window.spoken = [];
    class Utterance { constructor(text) { this.text = text; } }
    const synth = {
      speaking: false,
      getVoices: () => [{ name: "Mei-Jia", lang: "zh-TW" }, { name: "Ting-Ting", lang: "zh-CN" }, { name: "Daniel", lang: "en-GB", default: true }],
      speak(u) { window.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name, rate: u.rate }); window.current = u; },
      cancel() {}, pause() { window.paused = true; }, resume() { window.paused = false; },
    };
    Object.defineProperty(window, "speechSynthesis", { value: synth });
    window.SpeechSynthesisUtterance = Utterance;
    window.finishUtterance = () => window.current?.onend?.();
  });
  await page.goto(`${server.url}/`);
  await page.waitForSelector("#article:not([hidden])", { timeout: 15000 });
  await page.click('label:has(input[value="zh-Hant"])');
  await page.waitForFunction(() => document.querySelector("#article").lang === "zh-Hant");
  await page.click("#narrate-toggle");
  await page.waitForFunction(() => window.spoken.length === 1);
  let spoken = await page.evaluate(() => window.spoken);
  assert.equal(spoken[0].voice, "Mei-Jia", "繁體 is read with a Taiwan voice");
  assert.match(spoken[0].text, /^自從ChatGPT亮相以來.*。$/);
  assert.equal(spoken[0].text.split("。").length, 2, "one sentence");
  const highlighted = await page.evaluate(() => CSS.highlights.get("qingyue-narrate")?.size);
  assert.equal(highlighted, 1, "the sentence being read is highlighted");
  await page.evaluate(() => window.finishUtterance());
  await page.waitForFunction(() => window.spoken.length === 2);
  await page.click("#narrate-next");
  await page.waitForFunction(() => window.spoken.length === 3);
  await page.click("#narrate-prev");
  await page.waitForFunction(() => window.spoken.length === 4);
  spoken = await page.evaluate(() => window.spoken);
  assert.equal(spoken[3].text, spoken[1].text, "back one sentence");
  await page.selectOption("#narrate-rate", "1.5");
  await page.waitForFunction(() => window.spoken.at(-1).rate === 1.5);
  await page.click("#narrate-play");
  assert.equal(await page.evaluate(() => window.paused), true, "pause");
  await page.screenshot({ path: join(shots, "reader-narrate.png") });
  await page.click("#narrate-toggle");
  assert.equal(await page.isVisible("#narrate-bar"), false, "stop hides the controls");
  assert.deepEqual(errors, []);
  await page.close();
});

test("直排 sets the article vertically, and the setting persists", async () => {
  const { page, errors } = await openReader();
  await page.click('label:has(input[value="zh-Hant"])');
  await page.click('button[popovertarget="settings"]');
  await page.check("#vertical");
  await page.keyboard.press("Escape");
  assert.equal(await page.$eval("#article", (a) => getComputedStyle(a).writingMode), "vertical-rl");
  await page.screenshot({ path: join(shots, "reader-vertical.png") });
  await page.reload();
  await page.waitForSelector("#article:not([hidden])");
  assert.equal(await page.$eval("#article", (a) => getComputedStyle(a).writingMode), "vertical-rl", "persists");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the script toggle converts from the original and 原文 restores it exactly", async () => {
  const { page, errors } = await openReader();
  const original = await page.innerHTML("#content");
  const visible = () => page.$eval("#content", (el) => {
    const copy = el.cloneNode(true);
    copy.querySelectorAll("rt, rp").forEach((n) => n.remove());
    return copy.textContent;
  });
  assert.match(await visible(), /拖后腿/, "the sample is half converted: 后 left Simplified");
  assert.match(await page.textContent("#title"), /背后/);
  await page.click('label:has(input[value="zh-Hant"])');
  await page.waitForFunction(() => document.querySelector("#article").lang === "zh-Hant");
  let text = await visible();
  assert.match(text, /拖後腿/);
  assert.ok(!text.includes("拖后腿"));
  assert.equal(await page.textContent("#title"), "斯坦福AI團隊抄襲中國大模型?背後還有更值得關注的信息");
  await page.screenshot({ path: join(shots, "toggle-hant.png") });
  await page.click('label:has(input[value="zh-Hans"])');
  await page.waitForFunction(() => document.querySelector("#article").lang === "zh-Hans");
  text = await visible();
  assert.match(text, /开源大模型是否永远是免费的午餐/);
  assert.ok(!text.includes("開源"));
  await page.click('label:has(input[value="original"])');
  await page.waitForFunction(() => document.querySelector("#article").lang !== "zh-Hans");
  assert.equal(await page.innerHTML("#content"), original, "原文 restores the exact original");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the <qingyue-reader> element renders inside a third-party page and fires its event", async () => {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}/www/embed.html`);
  await page.waitForFunction(() => window.qingyueArticle || window.qingyueError, null, { timeout: 15000 });
  assert.equal(await page.evaluate(() => window.qingyueError), undefined);
  assert.match(await page.evaluate(() => window.qingyueArticle.title), /斯坦福/);
  const shown = await page.$eval("qingyue-reader", (el) => {
    const c = el.shadowRoot.querySelector(".content").cloneNode(true);
    c.querySelectorAll("rt, rp").forEach((n) => n.remove());
    return { title: el.shadowRoot.querySelector("h1").textContent, text: c.textContent, lang: el.shadowRoot.querySelector("article").lang };
  });
  assert.equal(shown.lang, "zh-Hant");
  assert.match(shown.title, /背後/);
  assert.match(shown.text, /拖後腿/);
  assert.ok(!shown.text.includes("責任編輯") && !shown.text.includes("史岱君"));
  // The host's `p { text-transform: uppercase }` does not reach inside the element.
  const transform = await page.$eval("qingyue-reader", (el) => getComputedStyle(el.shadowRoot.querySelector(".content p")).textTransform);
  assert.equal(transform, "none");
  await page.screenshot({ path: join(shots, "widget.png") });
  // The two-page story is merged: all ten paragraphs once, under a page divider.
  await page.waitForFunction(() => window.qingyueMultipage, null, { timeout: 15000 });
  const merged = await page.evaluate(() => ({ pages: window.qingyueMultipage.pages, content: window.qingyueMultipage.content }));
  assert.equal(merged.pages, 2);
  assert.equal((merged.content.match(/class="qingyue-page"/g) || []).length, 1);
  for (const opening of ["自從ChatGPT亮相以來", "具體來看", "總體而言"]) {
    assert.equal(merged.content.split(opening).length - 1, 1, `${opening} once`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test("theme and font size apply and persist; large inputs are read in a worker", async () => {
  const { page, errors } = await openReader();
  await page.click('button[popovertarget="settings"]');
  await page.click('[data-theme-choice="dark"]');
  await page.click("#larger");
  await page.click("#larger");
  await page.keyboard.press("Escape");
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector("#article")).fontSize), "21px");
  await page.screenshot({ path: join(shots, "reader-dark.png") });
  await page.reload();
  await page.waitForSelector("#article:not([hidden])");
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark", "settings persist");
  // A 2 MB page goes through the worker.
  await page.click("#paste-toggle");
  const big = `<html><head><title>Big page</title></head><body><article>${"<p>The committee met on Tuesday, and after a long debate it agreed to publish the report in full. 委员会同意发表报告。</p>".repeat(20000)}</article></body></html>`;
  await page.evaluate((html) => { document.querySelector("#paste").value = html; }, big);
  await page.click("#paste-read");
  await page.waitForFunction(() => document.querySelector("#title").textContent === "Big page", null, { timeout: 20000 });
  assert.ok(await page.evaluate(() => performance.getEntriesByType("resource").some((r) => r.name.endsWith("/www/worker.js"))), "worker used");
  // …and converts it there too.
  await page.click('label:has(input[value="zh-Hant"])');
  await page.waitForFunction(() => window.qingyueWorkerConversions === 1 && document.querySelector("#article").lang === "zh-Hant", null, { timeout: 20000 });
  assert.equal(await page.textContent("#title"), "Big page");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a forum thread reads as posts, each headed by its author and time", async () => {
  const { page, errors } = await openReader();
  await page.selectOption("#sample", "samples/forum-thread.html");
  await page.waitForFunction(() => document.querySelector("#title").textContent === "开源大模型是否永远是免费的午餐？", null, { timeout: 15000 });
  const heads = await page.$$eval("#content article > header", (hs) => hs.map((h) => h.textContent));
  assert.equal(heads.length, 5, `five posts, got ${heads.length}`);
  assert.match(heads[1], /^海淀码农 2024-06-05 09:40$/);
  const body = await page.textContent("#content");
  for (const chrome of ["签名", "积分", "举报", "发表回复", "Powered by"]) {
    assert.ok(!body.includes(chrome), `chrome "${chrome}" must not be shown`);
  }
  assert.deepEqual(errors, []);
  await page.screenshot({ path: join(shots, "reader-thread.png") });
  await page.close();
});

test("the article is copied and saved as Markdown, in the script shown", async () => {
  const { page, errors } = await openReader();
  // The clipboard is stubbed: headless Chromium has no system clipboard to read back.
  await page.evaluate(() => {
    Object.defineProperty(navigator, "clipboard", { value: { writeText: async (t) => { window.copiedText = t; } } });
  });
  await page.click('button[popovertarget="actions"]');
  await page.click("#copy-md");
  await page.waitForFunction(() => typeof window.copiedText === "string");
  const copied = await page.evaluate(() => window.copiedText);
  assert.match(copied, /^---\ntitle: "斯坦福AI團隊抄襲中國大模型\?背后還有更值得關注的信息"\n/);
  assert.match(copied, /\nsite: "观察者网"\n/);
  assert.match(copied, /\n# 斯坦福AI團隊抄襲中國大模型/);
  assert.match(copied, /開源大模型是否永遠是免費的午餐/);
  assert.ok(!/<(p|div|span)\b/.test(copied), "no HTML blocks in the Markdown");
  assert.match(await page.textContent("#copy-md"), /Copied/);
  await page.keyboard.press("Escape");
  await page.check('input[name="script"][value="zh-Hans"]');
  await page.waitForFunction(() => document.querySelector("#article").lang === "zh-Hans");
  await page.click('button[popovertarget="actions"]');
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-md")]);
  assert.match(download.suggestedFilename(), /\.md$/);
  const saved = readFileSync(await download.path(), "utf8");
  assert.match(saved, /\n# 斯坦福AI团队抄袭中国大模型/, "the saved file is in the script shown");
  assert.match(saved, /开源大模型是否永远是免费的午餐/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("an opened GBK file: named in the menu, its original shown side by side in its own charset", async () => {
  const { page, errors } = await openReader();
  await page.setInputFiles("#file", join(gbkSamples(), "gbk-news.html"));
  await page.waitForFunction(() => document.querySelector("#sample").selectedOptions[0]?.textContent === "File: gbk-news.html", null, { timeout: 15000 });
  await page.waitForFunction(() => /GBK/.test(document.querySelector("#stats").textContent));
  assert.match(await page.textContent("#title"), /斯坦福AI團隊抄襲中國大模型/);
  await page.click('button[popovertarget="actions"]');
  await page.click("#show-original");
  const frameText = await page.$eval("#original", (f) => f.srcdoc);
  assert.match(frameText, /<title>斯坦福AI團隊抄襲中國大模型/, "the original is decoded as GBK, not as UTF-8");
  assert.ok(!frameText.includes("\uFFFD"), "no replacement characters");
  // Choosing a sample again reads it.
  await page.selectOption("#sample", "samples/english-news.html");
  await page.waitForFunction(() => !/斯坦福/.test(document.querySelector("#title").textContent), null, { timeout: 15000 });
  assert.deepEqual(errors, []);
  await page.close();
});

test("regional words go both ways, names convert with the text, titles are not justified, no pinyin by default", async () => {
  const { page, errors } = await openReader();
  assert.equal(await page.isChecked("#ruby"), false, "ruby is opt-in");
  const rubyShown = await page.$eval("#content", (c) => [...c.querySelectorAll("rt")].some((rt) => rt.getBoundingClientRect().height > 0));
  assert.equal(rubyShown, false, "no pinyin on the first screen");
  assert.equal(await page.$eval("#title", (t) => getComputedStyle(t).textAlign), "start");
  await page.selectOption("#sample", "samples/traditional-news.html");
  await page.waitForFunction(() => /臺北捷運/.test(document.querySelector("#title").textContent), null, { timeout: 15000 });
  await page.click('button[popovertarget="settings"]');
  await page.check("#phrases");
  await page.keyboard.press("Escape");
  await page.click('label:has(input[value="zh-Hans"])');
  await page.waitForFunction(() => document.querySelector("#article").lang === "zh-Hans");
  await page.waitForFunction(() => /软件/.test(document.querySelector("#content").textContent), null, { timeout: 15000 });
  const text = await page.textContent("#content");
  assert.ok(!text.includes("软体"), "臺灣 軟體 becomes 简体 软件, not 软体");
  assert.match(await page.textContent("#meta"), /城市日报/, "the site name is converted too");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the element reads aloud and sets 直排 too", async () => {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript(() => {
    window.spoken = [];
    Object.defineProperty(window, "speechSynthesis", { value: {
      getVoices: () => [{ name: "Ting-Ting", lang: "zh-CN" }, { name: "Mei-Jia", lang: "zh-TW" }],
      speak(u) { window.spoken.push({ text: u.text, voice: u.voice?.name }); }, cancel() {}, pause() {}, resume() {},
    } });
    window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
  });
  await page.goto(`${server.url}/www/embed.html`);
  await page.waitForFunction(() => window.qingyueArticle, null, { timeout: 15000 });
  await page.$eval("qingyue-reader", (el) => el.shadowRoot.querySelector(".listen").click());
  await page.waitForFunction(() => window.spoken.length === 1);
  const first = await page.evaluate(() => window.spoken[0]);
  assert.equal(first.voice, "Mei-Jia", "the element shows 繁體: a Taiwan voice");
  assert.match(first.text, /^自從ChatGPT亮相以來/);
  await page.$eval("qingyue-reader", (el) => el.setAttribute("vertical", ""));
  assert.equal(await page.$eval("qingyue-reader", (el) => getComputedStyle(el.shadowRoot.querySelector("article")).writingMode), "vertical-rl");
  await page.screenshot({ path: join(shots, "widget-vertical.png") });
  assert.deepEqual(errors, []);
  await page.close();
});

test("the host page merges a two-page story, resolves a pasted page's images by its address, copies text", async () => {
  const { page, errors } = await openReader();
  await page.selectOption("#sample", "samples/multipage.html");
  await page.waitForFunction(() => /2 pages merged/.test(document.querySelector("#stats").textContent), null, { timeout: 15000 });
  const text = await page.textContent("#content");
  for (const opening of ["自從ChatGPT亮相以來", "總體而言"]) assert.equal(text.split(opening).length - 1, 1, `${opening} once`);
  // A pasted page: WeChat-style <div> paragraphs, a layout table, a relative image.
  const para = (n) => `<div>第${n}段：市政府今天公布了新的交通规划，地铁网络将在未来五年内延伸到郊区，方便居民出行。</div>`;
  const pasted = `<html><head><title>规划公布</title></head><body><table><tr><td><div id="js_content">${[1, 2, 3, 4].map(para).join("")}<img src="/img/map.png" alt="地图"></div></td></tr></table></body></html>`;
  await page.click("#paste-toggle");
  await page.fill("#paste", pasted);
  await page.click('button[popovertarget="actions"]');
  await page.fill("#page-url", "https://example.org/news/1.html");
  await page.keyboard.press("Escape");
  await page.click("#paste-read");
  await page.waitForFunction(() => document.querySelector("#title").textContent === "规划公布", null, { timeout: 15000 });
  assert.equal(await page.$$eval("#content table", (t) => t.length), 0, "the layout table is not drawn as a box");
  assert.equal(await page.$$eval("#content p", (ps) => ps.length), 4, "each <div> paragraph is a spaced paragraph");
  assert.equal(await page.$eval("#content img", (i) => i.getAttribute("src")), "https://example.org/img/map.png");
  await page.evaluate(() => {
    Object.defineProperty(navigator, "clipboard", { value: { writeText: async (t) => { window.copiedText = t; } } });
  });
  await page.click('button[popovertarget="actions"]');
  await page.click("#copy");
  await page.waitForFunction(() => typeof window.copiedText === "string");
  const copied = await page.evaluate(() => window.copiedText);
  assert.match(copied, /^规划公布\n\n第1段/);
  assert.ok(!copied.includes("<"), "text, not markup");
  assert.match(await page.textContent("#copy"), /Copied/);
  await page.keyboard.press("Escape");
  // Figures are dimmed in the dark theme.
  await page.click('button[popovertarget="settings"]');
  await page.click('[data-theme-choice="dark"]');
  assert.match(await page.$eval("#content img", (i) => getComputedStyle(i).filter), /brightness/);
  assert.deepEqual(errors, []);
  await page.close();
});
