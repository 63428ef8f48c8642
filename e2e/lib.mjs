// Shared helpers for the end-to-end tests: serve dist/, drive Debian's Chromium, read the same
// messages the app shows (from i18n/*.ftl), and ask the regelcheck command for the truth.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { chromium } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";

const root = path.resolve(import.meta.dirname, "..");
const dist = path.join(root, "dist");
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

export async function launch() {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
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

/** The messages of one language, as the app renders them (variables isolated like Fluent). */
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
  return (key, vars = {}) => {
    const raw = out[key];
    if (raw === undefined) throw new Error(`no message ${key} in ${lang}`);
    if (raw.includes("->")) throw new Error(`message ${key} has a selector; the tests avoid those`);
    return raw.replace(/\{\s*\$(\w+)\s*\}/g, (_, v) => FSI + String(vars[v]) + PDI).replace(/\{\s*"([^"]*)"\s*\}/g, "$1").replace(/\n/g, " ");
  };
}

/** Formats an amount like the app (src/i18n/format.rs). */
export function money(lang, amount) {
  const [int, frac] = Number(amount).toFixed(2).split(".");
  const [g, d] = lang === "nl" || lang === "tr" ? [".", ","] : [",", "."];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, g);
  const n = `${grouped}${d}${frac}`;
  const text = lang === "en" ? `€${n}` : lang === "tr" ? `${n}\u00a0€` : `€\u00a0${n}`;
  return `\u2066${text}\u2069`;
}

/** What the rules say for a household: runs the regelcheck command. */
export function regelcheck(household) {
  const bin = path.join(root, "target", "debug", "regelcheck");
  if (!fs.existsSync(bin)) execFileSync("cargo", ["build", "--quiet", "--bin", "regelcheck"], { cwd: root });
  const out = execFileSync(bin, [], { input: JSON.stringify(household) + "\n" }).toString();
  return JSON.parse(out);
}

/** axe with the WCAG 2.0 and 2.1 A and AA rules; returns the violations. */
export async function axe(page) {
  const r = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
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
