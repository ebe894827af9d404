// Writes docs/screenshot.jpg, the README's picture of the reader: `node scripts/screenshot.mjs`
// after `make pkg` (headless Chromium from Debian, the demo server).
import { join } from "node:path";
import { startServer, launch, root } from "../tests/e2e/helpers.mjs";

const server = await startServer();
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 960, height: 640 } });
await page.goto(`${server.url}/`);
await page.waitForSelector("#article:not([hidden])", { timeout: 15000 });
await page.click('label:has(input[value="zh-Hant"])');
await page.waitForFunction(() => document.querySelector("#article").lang === "zh-Hant");
await page.screenshot({ path: join(root, "docs", "screenshot.jpg"), type: "jpeg", quality: 80 });
await browser.close();
server.stop();
