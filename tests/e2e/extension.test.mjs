// The MV3 extension (target/extension, built by `make extension`) loaded unpacked in headless
// Chromium: the overlay opens on a locally served news page, shows the clean article, converts
// it, and Esc closes it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { startServer, shots, root, CHROMIUM_ARGS, gbkSamples } from "./helpers.mjs";

const extension = join(root, "target", "extension");
let server, context;
before(async () => {
  assert.ok(existsSync(join(extension, "manifest.json")), "run `make extension` first");
  server = await startServer();
  context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "qingyue-ext-")), {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: [...CHROMIUM_ARGS.filter((a) => !a.startsWith("--headless")), `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
    viewport: { width: 1100, height: 900 },
  });
});
after(async () => {
  await context?.close();
  server?.stop();
});

test("the extension opens its overlay on a news page and converts it", async () => {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const page = await context.newPage();
  await page.goto(`${server.url}/www/samples/guancha.html`);
  // The newest tab is the page just opened (tab URLs are hidden without the "tabs" permission).
  const tabId = await worker.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id)));
  assert.ok(tabId, "the tab is visible to the extension");
  await worker.evaluate((id) => globalThis.qingyueToggle(id), tabId);
  await page.waitForSelector("#qingyue-overlay-host[data-ready=true]", { timeout: 15000 });
  const text = () => page.$eval("#qingyue-overlay-host", (h) => {
    const c = h.shadowRoot.querySelector("article").cloneNode(true);
    c.querySelectorAll("rt, rp").forEach((n) => n.remove());
    return c.textContent;
  });
  let shown = await text();
  assert.match(shown, /斯坦福AI團隊抄襲中國大模型/);
  assert.ok(!shown.includes("史岱君") && !shown.includes("最新聞"));
  assert.match(shown, /updated 2024-06-05 08:00/, "dates are formatted as in the host page");
  await page.$eval("#qingyue-overlay-host", (h) => h.shadowRoot.querySelector('button[data-script="zh-Hant"]').click());
  await page.waitForFunction(() => document.querySelector("#qingyue-overlay-host").shadowRoot.querySelector("article").lang === "zh-Hant");
  shown = await text();
  assert.match(shown, /背後/);
  await page.screenshot({ path: join(shots, "extension-overlay.png") });
  await page.keyboard.press("Escape");
  assert.equal(await page.$("#qingyue-overlay-host"), null, "Esc closes the overlay");
  await page.close();
});

test("auto-convert converts a chosen site in place, including text added later, once", async () => {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const host = new URL(server.url).host;
  await worker.evaluate((h) => globalThis.qingyueSetAutoConvert(h, "zh-Hant"), host);
  const page = await context.newPage();
  await page.goto(`${server.url}/www/samples/guancha.html`);
  await page.waitForFunction(() => Number(document.documentElement.dataset.qingyueConverted) > 0, null, { timeout: 15000 });
  const title = await page.textContent("h1");
  assert.match(title, /背後/, "the page's own text is converted in place");
  await page.evaluate(() => { const p = document.createElement("p"); p.id = "late"; p.textContent = "后来加入的头发"; document.body.append(p); });
  await page.waitForFunction(() => document.querySelector("#late").textContent === "後來加入的頭髮", null, { timeout: 5000 });
  const count = await page.evaluate(() => Number(document.documentElement.dataset.qingyueConverted));
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => Number(document.documentElement.dataset.qingyueConverted)), count, "converted text is not converted again");
  await worker.evaluate((h) => globalThis.qingyueSetAutoConvert(h, null), host);
  await page.close();
});

test("the overlay merges an article split over two pages", async () => {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const page = await context.newPage();
  await page.goto(`${server.url}/www/samples/multipage.html`);
  const tabId = await worker.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id)));
  await worker.evaluate((id) => globalThis.qingyueToggle(id), tabId);
  await page.waitForSelector("#qingyue-overlay-host[data-pages='2']", { timeout: 15000 });
  const text = await page.$eval("#qingyue-overlay-host", (h) => h.shadowRoot.querySelector("article").textContent);
  for (const opening of ["自從ChatGPT亮相以來", "總體而言"]) assert.equal(text.split(opening).length - 1, 1, `${opening} once`);
  await page.close();
});

test("the action's badge marks pages with an article, and the overlay saves Markdown", async () => {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const newest = () => worker.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id)));
  const badge = (id) => worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), id);
  const nav = await context.newPage();
  await nav.goto(`${server.url}/tests/probe/navigation-only.html`);
  const navTab = await newest();
  assert.equal(await worker.evaluate((id) => globalThis.qingyueProbeTab(id), navTab), false);
  assert.equal(await badge(navTab), "", "no badge on a page without an article");
  const page = await context.newPage();
  await page.goto(`${server.url}/www/samples/guancha.html`);
  const tabId = await newest();
  assert.equal(await worker.evaluate((id) => globalThis.qingyueProbeTab(id), tabId), true);
  assert.equal(await badge(tabId), "读");
  await worker.evaluate((id) => globalThis.qingyueToggle(id), tabId);
  await page.waitForSelector("#qingyue-overlay-host[data-ready=true]", { timeout: 15000 });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.$eval("#qingyue-overlay-host", (h) => h.shadowRoot.querySelector(".download-md").click()),
  ]);
  const saved = readFileSync(await download.path(), "utf8");
  assert.match(saved, /^---\ntitle: "斯坦福AI團隊抄襲中國大模型/);
  assert.match(saved, /\n# 斯坦福AI團隊抄襲中國大模型/);
  assert.match(saved, /開源大模型是否永遠是免費的午餐/);
  await nav.close();
  await page.close();
});

test("the overlay merges a GBK article split over two pages (page 2 read as bytes)", async () => {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const page = await context.newPage();
  gbkSamples();
  await page.goto(`${server.url}/target/e2e-gbk/gbk-multipage.html`);
  const tabId = await worker.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id)));
  await worker.evaluate((id) => globalThis.qingyueToggle(id), tabId);
  await page.waitForSelector("#qingyue-overlay-host[data-pages='2']", { timeout: 15000 });
  const text = await page.$eval("#qingyue-overlay-host", (h) => h.shadowRoot.querySelector("article").textContent);
  for (const opening of ["自從ChatGPT亮相以來", "總體而言"]) assert.equal(text.split(opening).length - 1, 1, `${opening} once`);
  assert.ok(!text.includes("\uFFFD"), "page 2 decoded as GBK");
  await page.close();
});

test("settings, Narrate and 直排 in the overlay; the shortcut is bound", async () => {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const commands = await worker.evaluate(() => chrome.commands.getAll());
  assert.equal(commands.find((c) => c.name === "_execute_action")?.shortcut.replace(/\s/g, ""), "Alt+Shift+Q");
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.spoken = [];
    Object.defineProperty(window, "speechSynthesis", { value: {
      getVoices: () => [{ name: "Sin-ji", lang: "zh-HK" }, { name: "Ting-Ting", lang: "zh-CN" }],
      speak(u) { window.spoken.push({ text: u.text, voice: u.voice?.name }); }, cancel() {}, pause() {}, resume() {},
    } });
    window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
  });
  await page.goto(`${server.url}/www/samples/guancha.html`);
  const tabId = await worker.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id)));
  await worker.evaluate((id) => globalThis.qingyueToggle(id), tabId);
  await page.waitForSelector("#qingyue-overlay-host[data-ready=true]", { timeout: 15000 });
  const click = (sel) => page.$eval("#qingyue-overlay-host", (h, s) => h.shadowRoot.querySelector(s).click(), sel);
  const style = (sel, prop) => page.$eval("#qingyue-overlay-host", (h, [s, p]) => getComputedStyle(h.shadowRoot.querySelector(s))[p], [sel, prop]);
  await click(".settings-toggle");
  await click('[data-theme-choice="dark"]');
  await click(".larger");
  await click(".vertical");
  assert.equal(await style(".panel", "backgroundColor"), "rgb(30, 31, 34)");
  assert.equal(await style("article", "fontSize"), "20px");
  assert.equal(await style("article", "writingMode"), "vertical-rl");
  await click('button[data-script="zh-HK"]');
  await page.waitForFunction(() => document.querySelector("#qingyue-overlay-host").shadowRoot.querySelector("article").lang === "zh-HK");
  // Narrate runs in the content scripts' world, which has its own window: the stub goes there.
  await worker.evaluate((id) => chrome.scripting.executeScript({ target: { tabId: id }, func: () => {
    window.spoken = [];
    Object.defineProperty(window, "speechSynthesis", { configurable: true, value: {
      getVoices: () => [{ name: "Sin-ji", lang: "zh-HK" }, { name: "Ting-Ting", lang: "zh-CN" }],
      speak(u) { window.spoken.push({ text: u.text, voice: u.voice?.name }); }, cancel() {}, pause() {}, resume() {},
    } });
    window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
  } }), tabId);
  await click(".listen");
  const spoken = await worker.evaluate(async (id) => (await chrome.scripting.executeScript({ target: { tabId: id }, func: () => window.spoken }))[0].result, tabId);
  assert.equal(spoken.length, 1);
  assert.equal(spoken[0].voice, "Sin-ji", "香港 is read with a Hong Kong voice");
  assert.match(spoken[0].text, /^斯坦福AI團隊/, "the overlay reads the title first");
  assert.equal(await page.$eval("#qingyue-overlay-host", (h) => h.shadowRoot.querySelector(".narrate").hidden), false);
  await click(".listen");
  await page.screenshot({ path: join(shots, "extension-settings.png") });
  // Settings persist for the next overlay.
  await page.keyboard.press("Escape");
  await worker.evaluate((id) => globalThis.qingyueToggle(id), tabId);
  await page.waitForSelector("#qingyue-overlay-host[data-ready=true]", { timeout: 15000 });
  assert.equal(await style(".panel", "backgroundColor"), "rgb(30, 31, 34)", "theme persists");
  await click(".settings-toggle");
  await click('[data-theme-choice="light"]');
  await click(".smaller");
  await click(".vertical");
  await page.close();
});
