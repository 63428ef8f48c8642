// Times the app's own work in the browser, for comparing builds (a benchmark, not a test):
// re-rendering the whole app by switching the language, and typing an amount in the intermediair
// form, each repeated. Usage: [N=100] node scripts/bench-ui.mjs [dir=dist] [rounds=5]
// Prints the median of the rounds in milliseconds per action, at CPU 1x in headless Chromium, and
// the wasm memory after the first screen and after all the rounds' work (the allocator must not
// let memory grow with use: an intermediair helps family after family without reloading).
import { chromium } from "playwright-core";
import { spawn } from "node:child_process";

const dir = process.argv[2] ?? "dist";
const rounds = Number(process.argv[3] ?? 5);
const n = Number(process.env.N ?? 100); // actions of each kind per round
const port = 8300 + Math.floor(Math.random() * 500);
const server = spawn(process.execPath, ["scripts/serve.mjs", "--port", String(port), "--dir", dir], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = { language: [], typing: [] };
try {
  for (let r = 0; r < rounds; r++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    // Keep the wasm memory where the bench can read it.
    await page.addInitScript(() => {
      const wrap = (f) => async (...a) => { const r = await f(...a); self.__rcMemory = (r.instance ?? r).exports.memory; return r; };
      WebAssembly.instantiateStreaming = wrap(WebAssembly.instantiateStreaming.bind(WebAssembly));
      WebAssembly.instantiate = wrap(WebAssembly.instantiate.bind(WebAssembly));
    });
    await page.goto(`http://127.0.0.1:${port}/?lang=nl`);
    await page.waitForSelector("#screen-heading");
    const memory = () => page.evaluate(() => self.__rcMemory?.buffer.byteLength ?? 0);
    results.memoryStart ??= await memory();
    // n language switches: each renders the whole app again.
    results.language.push(await page.evaluate(async (n) => {
      const frame = () => new Promise((ok) => setTimeout(ok, 0));
      const buttons = () => [...document.querySelectorAll("nav.languages button")];
      const t0 = performance.now();
      for (let i = 0; i < n; i++) { buttons()[i % 5].click(); await frame(); }
      return (performance.now() - t0) / n;
    }, n));
    // The intermediair form: n keystrokes into the income field.
    await page.locator(".mode-switch").click();
    await page.locator(".start button.primary").click();
    await page.waitForSelector("form.compact");
    results.typing.push(await page.evaluate(async (n) => {
      const frame = () => new Promise((ok) => setTimeout(ok, 0));
      const input = document.querySelector('[data-item="income"] input[type="text"], [data-item="income"] input');
      const t0 = performance.now();
      for (let i = 0; i < n; i++) {
        input.value = String(1000 + i);
        input.dispatchEvent(new InputEvent("input", { bubbles: true }));
        await frame();
      }
      return (performance.now() - t0) / n;
    }, n));
    results.memoryEnd = await memory();
    await context.close();
  }
  console.log(`${dir}: language switch ${median(results.language).toFixed(2)} ms, keystroke ${median(results.typing).toFixed(2)} ms (median of ${rounds}); wasm memory ${results.memoryStart / 1024} KB at start, ${results.memoryEnd / 1024} KB after ${n} switches and ${n} keystrokes a round`);
} finally {
  await browser.close();
  server.kill();
}
