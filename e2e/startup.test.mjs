// When the app cannot start, the page says so in words (issue 18, item 1): a wasm that is missing
// or broken, a browser without WebAssembly, a download that does not end, no JavaScript. Each
// time in the visitor's language, with "Probeer opnieuw" where trying again can help, and the
// Serviceplein's address and telephone number; trying again works once the file is back.
// Served as DEPLOY.md says (scripts/serve.mjs), with files cached for a year, so a broken copy in
// the browser's cache is part of what is tested.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { launch, phonePage, messages, axe, serveDeployed, loaderTexts, servicepleinData, LANGS } from "./lib.mjs";

const TEXT = loaderTexts();
const HELP = servicepleinData();
let server, browser, wasm;
before(async () => {
  server = await serveDeployed();
  browser = await launch();
  wasm = fs.readdirSync(server.dir).find((f) => /^regelingencheck_bg\.[0-9a-f]{10}\.wasm$/.test(f));
});
after(async () => { await browser?.close(); await server?.close(); });

/** Replaces the wasm (and its compressed copies) by `bytes`, or removes it (null); returns a
 *  function that puts the real files back. */
function breakWasm(bytes) {
  const keep = {};
  for (const f of [wasm, `${wasm}.br`, `${wasm}.gz`]) {
    const p = path.join(server.dir, f);
    keep[p] = fs.readFileSync(p);
    fs.rmSync(p);
  }
  if (bytes) fs.writeFileSync(path.join(server.dir, wasm), bytes);
  return () => { for (const [p, b] of Object.entries(keep)) fs.writeFileSync(p, b); };
}

/** The state the loader shows, checked: its language and direction, the message, the retry
 *  button (or none), and the Serviceplein with the address and a telephone link. */
async function assertState(page, kind, lang, { retry }) {
  const t = TEXT[lang];
  const box = page.locator(`.rc-state.rc-${kind}`);
  await box.waitFor({ timeout: 15000 });
  assert.equal(await box.getAttribute("lang"), lang);
  assert.equal(await box.getAttribute("dir"), ["ar", "fa"].includes(lang) ? "rtl" : "ltr");
  assert.equal((await box.getByRole("alert").innerText()).trim(), t[kind]);
  assert.equal(await box.getByRole("button", { name: t.retry, exact: true }).count(), retry ? 1 : 0, "a retry button where it can help");
  const help = (await box.locator(".rc-help").innerText()).replace(/\s+/g, " ");
  assert.ok(help.includes(HELP.address) && help.includes(HELP.phone), `the Serviceplein: ${help}`);
  assert.equal(await box.locator(`a[href="tel:${HELP.phone.replace(/\D/g, "")}"]`).count(), 1, "the number can be called");
  assert.deepEqual(await box.locator(".languages button").allInnerTexts(), LANGS.map((l) => TEXT[l].name), "each language can be chosen");
  assert.deepEqual(await axe(page), [], `axe on the ${kind} state in ${lang}`);
}

test("the loader's texts exist in all five languages and name the Serviceplein of the data", () => {
  const keys = Object.keys(TEXT.nl).sort();
  for (const lang of LANGS) {
    assert.deepEqual(Object.keys(TEXT[lang]).sort(), keys, `the same texts in ${lang}`);
    for (const [k, v] of Object.entries(TEXT[lang])) assert.ok(String(v).trim(), `${lang}.${k} is not empty`);
  }
  assert.equal(TEXT.nl.retry, "Probeer opnieuw");
  const loader = fs.readFileSync(path.join(import.meta.dirname, "..", "static", "start.js"), "utf8");
  assert.ok(loader.includes(`const ADDRESS = "${HELP.address}";`), "the loader's address is the one in data/serviceplein.toml");
  assert.ok(loader.includes(`const PHONE = "${HELP.phone}";`), "the loader's telephone number is the one in data/serviceplein.toml");
  const html = fs.readFileSync(path.join(import.meta.dirname, "..", "index.html"), "utf8");
  assert.equal(html.split(HELP.address).length - 1, 5, "index.html's noscript names the address in five languages");
  assert.equal(html.split(`>${HELP.phone}</a>`).length - 1, 5, "and the telephone number");
});

test("wasm missing (404) in Dutch: the failure in words; Probeer opnieuw starts the app once the file is back", async () => {
  const { context, page } = await phonePage(browser);
  const restore = breakWasm(null);
  try {
    await page.goto(`${server.url}?lang=nl`);
    await assertState(page, "failed", "nl", { retry: true });
  } finally { restore(); }
  await page.getByRole("button", { name: TEXT.nl.retry }).click();
  await page.getByRole("heading", { level: 1, name: messages("nl")("start-heading") }).waitFor();
  assert.equal(await page.locator(".rc-state").count(), 0, "the message is gone");
  await context.close();
});

test("a corrupt wasm in Arabic: the failure in words, right to left; trying again fetches past the cached broken copy", async () => {
  const { context, page } = await phonePage(browser);
  const asked = () => server.requests.filter((r) => r.includes(wasm)).length;
  const before = asked();
  const good = fs.readFileSync(path.join(server.dir, wasm));
  const restore = breakWasm(good.subarray(0, good.length >> 1));
  try {
    await page.goto(`${server.url}?lang=ar`);
    await assertState(page, "failed", "ar", { retry: true });
    // The visitor can read it in another language.
    await page.getByRole("button", { name: TEXT.nl.name }).click();
    await assertState(page, "failed", "nl", { retry: true });
    await page.getByRole("button", { name: TEXT.ar.name }).click();
  } finally { restore(); }
  // The message stays: the time-out of a start that already failed does not replace it.
  await page.waitForTimeout(10500);
  assert.equal(await page.locator(".rc-state.rc-failed").count(), 1, "still the failure, not the time-out");
  // The broken copy was sent with "immutable, one year": a plain reload would use it again.
  await page.getByRole("button", { name: TEXT.ar.retry }).click();
  await page.getByRole("heading", { level: 1, name: messages("ar")("start-heading") }).waitFor();
  assert.equal(asked() - before, 2, "the server was asked for the wasm twice: once broken, once good");
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  await context.close();
});

test("no WebAssembly: the message at once, in the browser's language, and the wasm is never downloaded", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "tr-TR" });
  const page = await context.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.addInitScript(() => { delete globalThis.WebAssembly; });
  await page.goto(server.url);
  await assertState(page, "noWasm", "tr", { retry: false });
  await page.waitForTimeout(300);
  assert.deepEqual(requests.filter((u) => u.includes(".wasm")), [], "no wasm requested");
  await context.close();
});

test("a download that does not end: 'still loading', then after 10 s the message with Probeer opnieuw; the app starts when it arrives, in the language chosen meanwhile", async () => {
  const { context, page } = await phonePage(browser);
  const held = [];
  await page.route((u) => u.pathname.endsWith(".wasm"), (route) => { held.push(route); });
  const started = Date.now();
  await page.goto(`${server.url}?lang=fa`);
  const slow = page.locator(".rc-state.rc-slow");
  await slow.waitFor({ timeout: 8000 });
  assert.ok(Date.now() - started >= 3500, "not before about 4 s");
  assert.equal((await slow.getByRole("status").innerText()).trim(), TEXT.fa.slow);
  assert.equal(await slow.getAttribute("dir"), "rtl");
  await assertState(page, "timeout", "fa", { retry: true });
  assert.ok(Date.now() - started >= 9500, "the time-out is about 10 s");
  // While waiting, the visitor switches to Turkish.
  await page.locator(".rc-state .languages button[lang=tr]").click();
  assert.equal((await page.locator(".rc-state [role=alert]").innerText()).trim(), TEXT.tr.timeout);
  // The first download still arrives: the app takes the message's place, in Turkish.
  await page.unroute((u) => u.pathname.endsWith(".wasm"));
  for (const route of held) await route.continue();
  await page.getByRole("heading", { level: 1, name: messages("tr")("start-heading") }).waitFor({ timeout: 10000 });
  assert.equal(await page.locator("html").getAttribute("lang"), "tr");
  await context.close();
});

test("a policy without 'wasm-unsafe-eval' (as many host sites send): the message, not an endless 'loading'", async () => {
  const { context, page } = await phonePage(browser);
  // The page's header policy, minus 'wasm-unsafe-eval' (the page's own <meta> policy still has it;
  // both apply).
  await page.route((u) => u.pathname === "/", async (route) => {
    const response = await route.fetch();
    const headers = response.headers();
    headers["content-security-policy"] = headers["content-security-policy"].replace(" 'wasm-unsafe-eval'", "");
    await route.fulfill({ response, headers });
  });
  await page.goto(`${server.url}?lang=en`);
  await assertState(page, "failed", "en", { retry: true });
  await context.close();
});

test("without JavaScript: the page says so in all five languages, with the Serviceplein, and no endless 'loading'", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url);
  const blocks = page.locator(".rc-noscript");
  assert.equal(await blocks.count(), 5);
  assert.deepEqual(await blocks.evaluateAll((els) => els.map((e) => e.lang)), LANGS);
  for (let i = 0; i < 5; i++) {
    const b = blocks.nth(i);
    assert.ok(await b.isVisible());
    const text = await b.innerText();
    assert.ok(text.includes("JavaScript") && text.includes(HELP.address) && text.includes(HELP.phone), text);
    assert.equal(await b.getAttribute("dir"), i === 2 || i === 4 ? "rtl" : "ltr");
  }
  assert.equal(await page.locator(".rc-loading").isVisible(), false, "the loading text is hidden");
  await context.close();
});

test("in Arabic the page is right to left before the app first shows, so nothing jumps when it starts", async () => {
  const { context, page } = await phonePage(browser);
  // The order of the changes to the page: <html dir> set, and the app's first heading inserted.
  // (Set only after the first render, Arabic was first laid out left to right in the Dutch font,
  // and Lighthouse measured the page jumping: a layout shift of 0.44.)
  await page.addInitScript(() => {
    self.__changes = [];
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === "attributes" && r.target === document.documentElement) self.__changes.push(`dir=${r.target.dir}`);
        for (const n of r.addedNodes ?? []) {
          if (n.nodeType === 1 && (n.id === "screen-heading" || n.querySelector?.("#screen-heading"))) self.__changes.push("heading");
        }
      }
    }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["dir"] });
  });
  await page.goto(`${server.url}?lang=ar`);
  await page.getByRole("heading", { level: 1, name: messages("ar")("start-heading") }).waitFor();
  const changes = await page.evaluate(() => self.__changes);
  assert.ok(changes.includes("heading"), JSON.stringify(changes));
  assert.ok(changes.indexOf("dir=rtl") !== -1 && changes.indexOf("dir=rtl") < changes.indexOf("heading"),
    `right to left before the first heading: ${JSON.stringify(changes)}`);
  await context.close();
});
