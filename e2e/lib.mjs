// Shared helpers for the end-to-end tests: serve dist/, drive Debian's Chromium, read the same
// messages the app shows (from i18n/*.ftl), and ask the regelcheck command for the truth.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { chromium } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";

const root = path.resolve(import.meta.dirname, "..");
// E2E_DIST serves another copy of the bundle (so a rebuild of dist/ does not change a running suite).
const dist = path.resolve(process.env.E2E_DIST ?? path.join(root, "dist"));
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm",
  ".css": "text/css", ".svg": "image/svg+xml" };

/** Serves dist/ on a free port; resolves to { url, close }. */
export function serve() {
  const server = http.createServer((req, res) => {
    const p = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = path.join(dist, p === "/" ? "index.html" : p);
    if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((r) => server.close(r)),
  })));
}

/** The day every test's browser believes it is, unless a test sets its own clock: within the
 *  period of the app's norms (1 July 2023), so a result reads as in the period it calculates for.
 *  The line shown when today is past that period is tested with its own clock (stale.test.mjs). */
export const TEST_TODAY = new Date("2023-09-01T10:00:00+02:00");

export async function launch() {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await context.clock.setFixedTime(TEST_TODAY);
    return context;
  };
  return browser;
}

/** A page at phone size that records every request and every console problem. */
export async function phonePage(browser, { width = 390, height = 844 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale: "nl-NL" });
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") problems.push(m.text()); });
  page.on("pageerror", (e) => problems.push(String(e)));
  return { context, page, requests, problems };
}

export const LANGS = ["nl", "en", "ar", "tr", "fa"];
const FSI = "\u2068", PDI = "\u2069";

/** The messages of one language, as the app renders them (variables isolated like Fluent).
 *  Plural selectors (`{ $n -> [one] … *[other] … }`) are resolved with the browser-independent
 *  CLDR rules of `Intl.PluralRules`, not with the app's own table, so a wrong category shows up. */
export function messages(lang) {
  const text = fs.readFileSync(path.join(root, "i18n", `${lang}.ftl`), "utf8");
  const out = {};
  let id = null;
  for (const line of text.split("\n")) {
    if (line.startsWith("#")) continue;
    const m = line.match(/^([a-z][a-z0-9-]*)\s*=\s?(.*)$/);
    if (m) { id = m[1]; out[id] = m[2]; } else if (id && /^\s/.test(line) && line.trim()) { out[id] += "\n" + line.trim(); }
    else if (!line.trim()) id = null;
  }
  const plural = new Intl.PluralRules(lang);
  // Resolves `{ $var }`, `{ "literal" }` and `{ $var -> [key] text *[other] text }` anywhere in
  // a message, selectors by exact value first, then by CLDR plural category.
  const render = (src, vars) => {
    let out = "";
    for (let i = 0; i < src.length; i++) {
      if (src[i] !== "{") { out += src[i]; continue; }
      let depth = 1, j = i + 1;
      for (; j < src.length && depth > 0; j++) { if (src[j] === "{") depth++; else if (src[j] === "}") depth--; }
      const inner = src.slice(i + 1, j - 1);
      i = j - 1;
      const lit = inner.match(/^\s*"([^"]*)"\s*$/);
      const v = inner.match(/^\s*\$(\w+)\s*$/);
      const sel = inner.match(/^\s*\$(\w+)\s*->\s*\n([\s\S]*)$/);
      if (lit) out += lit[1];
      else if (v) {
        if (!(v[1] in vars)) throw new Error(`message in ${lang} needs $${v[1]}`);
        out += FSI + String(vars[v[1]]) + PDI;
      } else if (sel) {
        if (!(sel[1] in vars)) throw new Error(`message in ${lang} needs $${sel[1]}`);
        const value = String(vars[sel[1]]);
        const variants = [];
        for (const l of sel[2].split("\n")) {
          const vm = l.match(/^(\*?)\[([^\]]+)\]\s*(.*)$/);
          if (vm) variants.push([vm[1], vm[2], vm[3]]);
          else if (l.trim() && variants.length) variants[variants.length - 1][2] += " " + l.trim();
        }
        const category = /^\d+$/.test(value) ? plural.select(Number(value)) : "other";
        const chosen = variants.find((x) => x[1] === value) ?? variants.find((x) => x[1] === category) ?? variants.find((x) => x[0] === "*");
        out += render(chosen[2].trim(), vars);
      } else throw new Error(`message in ${lang}: placeable { ${inner} } this reader does not follow`);
    }
    return out;
  };
  return (key, vars = {}) => {
    const raw = out[key];
    if (raw === undefined) throw new Error(`no message ${key} in ${lang}`);
    return render(raw, vars).replace(/\n/g, " ");
  };
}

/** Formats an amount like the app (src/i18n/format.rs): whole euros without ",00". */
export function money(lang, amount) {
  const [int, frac] = Number(amount).toFixed(2).split(".");
  const [g, d] = lang === "nl" || lang === "tr" ? [".", ","] : [",", "."];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, g);
  const n = frac === "00" ? grouped : `${grouped}${d}${frac}`;
  const text = lang === "en" ? `€${n}` : lang === "tr" ? `${n}\u00a0€` : `€\u00a0${n}`;
  return `\u2066${text}\u2069`;
}

/** What the rules say for a household: runs the regelcheck command. The binary is rebuilt first
 *  when any source it is built from is newer, so the UI is never compared with stale rules. */
export function regelcheck(household) {
  const bin = path.join(root, "target", "debug", "regelcheck");
  if (!fs.existsSync(bin) || newestSource() > fs.statSync(bin).mtimeMs) {
    execFileSync("cargo", ["build", "--quiet", "--bin", "regelcheck"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  }
  let out;
  try {
    out = execFileSync(bin, [], { input: JSON.stringify(household) + "\n" }).toString();
  } catch (e) {
    if (e.status !== 2) throw e; // 2: the line has an error, given as {"line", "error"} on stdout
    out = e.stdout.toString();
  }
  return JSON.parse(out);
}

function newestSource() {
  let newest = 0;
  const walk = (p) => {
    const st = fs.statSync(p, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) for (const f of fs.readdirSync(p)) walk(path.join(p, f));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of ["src/rules", "src/bin", "src/lib.rs", "data", "build", "build.rs", "Cargo.toml", "Cargo.lock"]) walk(path.join(root, p));
  return newest;
}

/** What the result's list of what to do is made from, read from data/ as the build reads it:
 *  the ways to apply in their order (apply_routes.toml), and per regeling (regelingen/<id>.toml,
 *  in the order of `position`) its way to apply, the documents it needs and whether it is for
 *  children (a child-age condition); and the Serviceplein's phone number. Only the few keys the
 *  tests need are read. */
let appDataRead;
export function appData() {
  // The data does not change during a run: read it once.
  return (appDataRead ??= readAppData());
}

function readAppData() {
  const read = (f) => fs.readFileSync(path.join(root, "data", f), "utf8");
  const value = (text, key) => {
    const m = text.match(new RegExp(`^${key}\\s*=\\s*(.*)$`, "m"));
    return m ? JSON.parse(m[1]) : undefined;
  };
  const routes = [...read("apply_routes.toml").matchAll(/^id\s*=\s*"([^"]+)"/gm)].map((m) => m[1]);
  const dir = path.join(root, "data", "regelingen");
  const regelingen = fs.readdirSync(dir)
    .filter((f) => f.endsWith(".toml") && !f.endsWith(".scenarios.toml"))
    .map((f) => {
      const text = read(path.join("regelingen", f));
      const ages = text.match(/kind\s*=\s*"child_age",\s*min\s*=\s*(\d+),\s*max\s*=\s*(\d+)/);
      const gives = Object.fromEntries([...(text.match(/^gives\s*=\s*\{(.*)\}/m)?.[1] ?? "").matchAll(/(\w+)\s*=\s*"([\d.]+)"/g)].map((m) => [m[1], m[2]]));
      const end = text.match(/^end\s*=\s*"(\d{4})/m);
      return { id: f.replace(/\.toml$/, ""), apply: value(text, "apply"), documents: value(text, "documents"),
        position: value(text, "position"), forChildren: Boolean(ages),
        childAges: ages && { min: Number(ages[1]), max: Number(ages[2]) }, gives, endYear: end && Number(end[1]) };
    })
    .sort((a, b) => a.position - b.position);
  const phone = value(read("serviceplein.toml"), "phone");
  return { routes, regelingen: Object.fromEntries(regelingen.map((r) => [r.id, r])), phone };
}

/** A percentage like the app: "109,45%" (nl), "%109,45" (tr), "110%"; isolated left-to-right. */
export function percent(lang, p) {
  const [int, frac] = Number(p).toFixed(2).split(".");
  const [g, d] = lang === "nl" || lang === "tr" ? [".", ","] : [",", "."];
  const n = int.replace(/\B(?=(\d{3})+(?!\d))/g, g) + (frac === "00" ? "" : d + frac);
  return `\u2066${lang === "tr" ? "%" + n : n + "%"}\u2069`;
}

/** axe with the WCAG 2.0 and 2.1 A and AA rules; returns the violations. */
export async function axe(page) {
  const r = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
let axeSource;
/** The same check as axe(), about ten times faster for many screens of one page: AxeBuilder
 *  injects axe-core again on every call (about 1.7 s here); this injects the same axe-core
 *  (the copy @axe-core/playwright uses) once per document and then only runs it (about 0.15 s).
 *  DevTools evaluation is not subject to the page's Content-Security-Policy, just as with
 *  AxeBuilder. a11y.test.mjs checks that both give the same violations. */
export async function axeQuick(page) {
  if (!axeSource) {
    const nested = path.join(root, "node_modules", "@axe-core", "playwright", "node_modules", "axe-core", "axe.min.js");
    axeSource = fs.readFileSync(fs.existsSync(nested) ? nested : path.join(root, "node_modules", "axe-core", "axe.min.js"), "utf8");
  }
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(axeSource);
  const r = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }), WCAG);
  return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

export const shotsDir = path.join(root, "test-output", "screenshots");
export async function screenshot(page, name) {
  fs.mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: path.join(shotsDir, `${name}.png`), fullPage: true });
}

/** Horizontal overflow of the document, in CSS pixels (0 is good). */
export async function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The page is alive: an h1 with text, and never the panic screen. Returns the h1 text. */
export async function assertAlive(page, where = "") {
  const panic = await page.locator("main.panic").count();
  if (panic) throw new Error(`panic screen shown ${where}: ${await page.locator("main.panic").innerText()}`);
  const h1 = page.locator("h1").first();
  await h1.waitFor({ state: "visible", timeout: 5000 });
  const text = (await h1.innerText()).trim();
  if (!text) throw new Error(`empty h1 ${where}`);
  return text;
}

/** Everything the browser keeps for this origin that could hold an answer. Cache Storage lists
 *  every kept address except the service worker's program files (sw.js keeps the page and the
 *  content-hashed files, which cannot hold an answer; offline.test.mjs checks exactly those). */
export async function storedData(context, page) {
  const inPage = await page.evaluate(async () => {
    const dump = (s) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => [s.key(i), s.getItem(s.key(i))]));
    const dbs = indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [];
    const program = (u) => new URL(u).origin === location.origin && /\/(index\.html)?$|\.[0-9a-f]{10}\.(js|wasm|css|svg)$/.test(new URL(u).pathname);
    const caches_ = [];
    for (const name of self.caches ? await caches.keys() : []) {
      for (const r of await (await caches.open(name)).keys()) if (!program(r.url)) caches_.push(`${name}: ${r.url}`);
    }
    return { localStorage: dump(localStorage), sessionStorage: dump(sessionStorage), indexedDB: dbs,
      cacheStorage: caches_, documentCookie: document.cookie, historyState: JSON.stringify(history.state) };
  });
  return { cookies: await context.cookies(), ...inPage };
}

/** The element with keyboard focus and the visible focus indicator drawn for it. A radio's
 *  ring is drawn on its <label class="option"> wrapper (the input itself has outline: none), so
 *  for a control inside its own label the label's outline and box-shadow count too. */
export async function focusIndicator(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { element: "body", visible: false };
    const ring = (e) => {
      const cs = getComputedStyle(e);
      const outline = cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) > 0;
      const shadow = cs.boxShadow !== "none" && !/^(rgba\(0, 0, 0, 0\)\s*)?0px 0px( 0px)?( 0px)?$/.test(cs.boxShadow.trim());
      return { outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`, boxShadow: cs.boxShadow, visible: outline || shadow };
    };
    const own = ring(el);
    const label = el.closest("label");
    const wrap = label ? ring(label) : null;
    const accessibleName = (el.getAttribute("aria-label") ?? el.labels?.[0]?.innerText ?? el.innerText ?? "").replace(/[\u2066-\u2069]/g, "").trim();
    const kind = el.tagName === "INPUT" ? el.type : el.tagName.toLowerCase();
    const r = el.getBoundingClientRect();
    return { element: `${kind}${el.id ? "#" + el.id : ""} "${accessibleName.slice(0, 50)}"`, kind, name: accessibleName,
      checked: el.checked ?? null, own, label: wrap, visible: own.visible || Boolean(wrap?.visible),
      onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight };
  });
}

/** Elements that stick out of the viewport sideways (content lost even when scrolling is off). */
export async function outsideViewport(page) {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const out = [];
    for (const el of document.querySelectorAll("main *, header *")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === "hidden") continue;
      if (r.right > vw + 1 || r.left < -1) out.push(`${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""} "${(el.textContent ?? "").trim().slice(0, 30)}" ${Math.round(r.left)}..${Math.round(r.right)} of ${vw}`);
    }
    return out.slice(0, 5);
  });
}

/** Short runs that must stay on one line, broken across lines on screen: amounts ("€ 1,816.23",
 *  isolated by the app as U+2066 … U+2069), percentages and counts like "(2)". */
export async function brokenTokens(page) {
  return page.evaluate(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !el.getClientRects().length || getComputedStyle(el).visibility === "hidden") continue;
      for (const m of n.data.matchAll(/\u2066[^\u2066\u2069]*[€%][^\u2066\u2069]*\u2069|\(\d+\)/g)) {
        const r = document.createRange();
        r.setStart(n, m.index);
        r.setEnd(n, m.index + m[0].length);
        const tops = new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top)));
        if (tops.size > 1) out.push(`"${m[0].replace(/[\u2066-\u2069]/g, "")}" in "${n.data.replace(/[\u2066-\u2069]/g, "").trim().slice(0, 50)}"`);
      }
    }
    return out;
  });
}

/** Amounts drawn in the wrong order: "€" must stand left of the digits ("€ 1,816.23"), or right
 *  of them in Turkish ("1.816,23 €"), also inside right-to-left text. Returns the mirrored ones. */
export async function mirroredAmounts(page) {
  return page.evaluate(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const rect = (n, i) => { const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 1); return r.getClientRects()[0]; };
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (const m of n.data.matchAll(/\u2066([^\u2066\u2069]*€[^\u2066\u2069]*)\u2069/g)) {
        const text = m[1];
        const euro = rect(n, m.index + 1 + text.indexOf("€"));
        const digit = rect(n, m.index + 1 + text.search(/\d/));
        if (!euro || !digit || Math.abs(euro.top - digit.top) > 4) continue;
        const euroFirst = text.indexOf("€") < text.search(/\d/);
        if (euroFirst ? euro.left > digit.left : euro.left < digit.left) out.push(text);
      }
    }
    return out;
  });
}

// ---- Deployment, embedding and start-up: DEPLOY.md, as scripts/serve.mjs serves it ----
import os from "node:os";
import { createServer as createDeployServer } from "../scripts/serve.mjs";

/** A copy of dist/ in a temporary folder: a rebuild during the tests does not change it, and a
 *  test may break or replace files in it. */
export function distCopy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rc-dist-"));
  fs.cpSync(dist, dir, { recursive: true });
  return dir;
}

/** Serves a copy of dist/ as DEPLOY.md tells a host to (scripts/serve.mjs: compressed copies, the
 *  headers, caching by name, the redirect of the address without its slash), under `base`.
 *  `requests` lists "status METHOD path" of everything asked of it.
 *  Resolves to { url, origin, dir, requests, close }. */
export async function serveDeployed({ base = "/", dir = distCopy(), frameAncestors = [], cors = null } = {}) {
  const requests = [];
  const server = createDeployServer({ dir, base, frameAncestors, cors, log: (line) => requests.push(line) });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { url: origin + base, origin, dir, requests,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }) };
}

/** Serves host pages from another site (127.0.0.2, while the app is on 127.0.0.1): `pages` maps a
 *  path to a function of the request's URL that returns the page's HTML. */
export async function serveHostPages(pages) {
  const server = http.createServer((req, res) => {
    const u = new URL(req.url, "http://x");
    const page = pages[u.pathname];
    if (!page) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(page(u));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.2", resolve));
  const origin = `http://127.0.0.2:${server.address().port}`;
  return { origin, close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }) };
}

/** What the loader (static/start.js) says before the app runs, per language. */
export function loaderTexts() {
  const src = fs.readFileSync(path.join(root, "static", "start.js"), "utf8");
  const object = src.match(/^const TEXT = (\{[\s\S]*?^\});$/m)?.[1];
  if (!object) throw new Error("no TEXT in static/start.js");
  return Function(`return ${object};`)();
}

/** The Serviceplein as data/serviceplein.toml has it: { address (street, postcode and town), phone }. */
export function servicepleinData() {
  const text = fs.readFileSync(path.join(root, "data", "serviceplein.toml"), "utf8");
  const value = (key) => JSON.parse(text.match(new RegExp(`^${key}\\s*=\\s*(".*")`, "m"))[1]);
  return { address: `${value("address")}, ${value("postcode_town")}`, phone: value("phone") };
}

/** Records Content-Security-Policy violations of every page and frame of `context` in
 *  `window.__cspViolations` (read it with cspViolations(frame)). Call before the page loads. */
export async function recordViolations(context) {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__cspViolations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
}
export const cspViolations = (frame) => frame.evaluate(() => window.__cspViolations ?? ["no recorder"]);
