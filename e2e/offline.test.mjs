// Offline after the first visit (issue 18, item 4): on its own page, the service worker keeps the
// program files of one version, so a reload without network starts the app; it asks for nothing
// but the app's own files, never holds an answer, and a new version replaces the old cleanly.
// Served as DEPLOY.md says (scripts/serve.mjs) under a sub-path: the worker's scope is that path.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { launch, phonePage, messages, serveDeployed, distCopy, storedData } from "./lib.mjs";
import { answerAll } from "./answer.mjs";

const BASE = "/werk-inkomen/regelingencheck/";
const root = path.resolve(import.meta.dirname, "..");
const household = { partner: false, age: 34, children: [7, 13], income: "1250", assets: "a-no", lowIncome: "a-yes", student: "a-no" };
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The files the service worker of the bundle in `dir` keeps (its FILES), as addresses under `url`. */
function kept(dir, url) {
  const files = JSON.parse(fs.readFileSync(path.join(dir, "sw.js"), "utf8").match(/const FILES = (\[.*?\]);/)[1]);
  return [url, ...files.map((f) => url + f)].sort();
}

const caches = (page) => page.evaluate(async () => {
  const out = {};
  for (const name of await self.caches.keys()) out[name] = (await (await self.caches.open(name)).keys()).map((r) => r.url).sort();
  return out;
});
const ready = (page) => page.evaluate(async () => (await navigator.serviceWorker.ready).scope);

async function poll(fn, ok, what, timeout = 10000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await fn();
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.fail(`${what}: ${JSON.stringify(last)}`);
}

test("after one visit a reload without network starts the app; the worker keeps program files only and asks for nothing else", async () => {
  const app = await serveDeployed({ base: BASE });
  const { context, page, problems } = await phonePage(browser);
  const t = messages("nl");
  await page.goto(`${app.url}?lang=nl`);
  await page.getByRole("heading", { level: 1, name: t("start-heading") }).waitFor();
  assert.equal(await ready(page), app.url, "the worker's scope is the app's own folder");
  const files = kept(app.dir, app.url);
  const first = await poll(() => caches(page), (c) => Object.values(c)[0]?.length === files.length, "the program files kept");
  assert.equal(Object.keys(first).length, 1, "one version");
  assert.deepEqual(Object.values(first)[0], files, "index.html and the hashed files, nothing else");
  const allowed = new Set(["", "sw.js", ...files.map((u) => u.slice(app.url.length))]);
  const paths = app.requests.map((r) => r.split(" ")[2].slice(BASE.length).split("?")[0]);
  assert.deepEqual(paths.filter((p) => !allowed.has(p)), [], "only the app's own files were asked for");

  // Using the app asks for nothing.
  const asked = app.requests.length;
  await answerAll(page, "nl", household);
  assert.equal(app.requests.length, asked, `no request while using the app: ${app.requests.slice(asked)}`);

  // Without network: a reload starts it, and a whole journey works.
  await context.setOffline(true);
  await page.reload();
  await page.getByRole("heading", { level: 1, name: t("start-heading") }).waitFor();
  await answerAll(page, "nl", household);
  await page.getByRole("heading", { level: 1, name: t("result-heading") }).waitFor();
  // The answers are nowhere: the kept files are the same, and there is no other storage.
  assert.deepEqual(await caches(page), first, "the cache did not change");
  const stored = await storedData(context, page);
  assert.deepEqual([stored.cookies, stored.localStorage, stored.sessionStorage, stored.indexedDB],
    [[], {}, {}, []], "no cookies, local or session storage, IndexedDB");
  await context.setOffline(false);
  assert.deepEqual(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED/.test(p)), []);
  await context.close();
  await app.close();
});

/** Version 2 of the bundle in `dir`: the same program with one more CSS rule, so new names for
 *  the CSS, the loader and a new sw.js, made by the same step as scripts/build.sh (dist.mjs). */
function version2(dir) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "rc-v2-"));
  const find = (re) => fs.readdirSync(dir).find((f) => re.test(f));
  fs.copyFileSync(path.join(dir, find(/^regelingencheck_bg\.[0-9a-f]{10}\.wasm$/)), path.join(out, "regelingencheck_bg.wasm"));
  fs.copyFileSync(path.join(dir, find(/^regelingencheck\.[0-9a-f]{10}\.js$/)), path.join(out, "regelingencheck.js"));
  fs.copyFileSync(path.join(dir, find(/^icon\.[0-9a-f]{10}\.svg$/)), path.join(out, "icon.svg"));
  for (const f of ["start.js", "sw.js"]) fs.copyFileSync(path.join(root, "static", f), path.join(out, f));
  fs.copyFileSync(path.join(root, "index.html"), path.join(out, "index.html"));
  fs.writeFileSync(path.join(out, "app.css"), `${fs.readFileSync(path.join(root, "static", "app.css"), "utf8")}\n.rc .version-2 { color: inherit; }\n`);
  execFileSync(process.execPath, [path.join(root, "scripts", "dist.mjs"), out], { stdio: "ignore" });
  return out;
}

test("a new version replaces the old one cleanly: the next visit shows it, the old copy goes, and offline starts the new one", async () => {
  const dir = distCopy();
  const app = await serveDeployed({ base: BASE, dir });
  const { context, page } = await phonePage(browser);
  const t = messages("nl");
  const css = () => page.evaluate(() => document.querySelector('link[rel="stylesheet"]').getAttribute("href"));
  await page.goto(app.url);
  await page.getByRole("heading", { level: 1, name: t("start-heading") }).waitFor();
  await ready(page);
  const old = await poll(() => caches(page), (c) => Object.values(c)[0]?.length === kept(dir, app.url).length, "version 1 kept");
  const css1 = await css();

  // Deployed as DEPLOY.md says: copied over the old files, which stay for a while.
  const v2 = version2(dir);
  fs.cpSync(v2, dir, { recursive: true });
  await page.reload();
  await page.getByRole("heading", { level: 1, name: t("start-heading") }).waitFor();
  const css2 = await css();
  assert.notEqual(css2, css1, "the visit with network shows version 2 at once");
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  const now = await poll(() => caches(page), (c) => Object.keys(c).length === 1 && !(Object.keys(old)[0] in c) && Object.values(c)[0].length === kept(v2, app.url).length,
    "version 2 kept, version 1 gone");
  assert.deepEqual(Object.values(now)[0], kept(v2, app.url));

  await context.setOffline(true);
  await page.reload();
  await page.getByRole("heading", { level: 1, name: t("start-heading") }).waitFor();
  assert.equal(await css(), css2, "offline, version 2 starts");
  await context.setOffline(false);
  await context.close();
  await app.close();
});
