// Deploys by a recipe (issue 18, item 2): dist/ holds content-hashed files with their .br and .gz
// copies and no build paths; the Content-Security-Policy (with Trusted Types) is sent as a header
// and a whole journey causes no violation; DEPLOY.md's nginx and Apache examples send the same
// headers as the run command (scripts/serve.mjs); and, where Debian's nginx is installed, the
// nginx example itself serves the app under a sub-path.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import net from "node:net";
import path from "node:path";
import zlib from "node:zlib";
import crypto from "node:crypto";
import { spawn } from "node:child_process";
import { launch, phonePage, messages, serveDeployed, distCopy, recordViolations, cspViolations } from "./lib.mjs";
import { answerAll } from "./answer.mjs";
import { headersFor, HASHED } from "../scripts/serve.mjs";

const root = path.resolve(import.meta.dirname, "..");
const deploy = fs.readFileSync(path.join(root, "DEPLOY.md"), "utf8");
const household = { partner: true, age: 40, partnerAge: 38, children: [4, 9, 15], income: "1900", assets: "a-no", lowIncome: "a-yes", student: "a-no" };
const SECURITY = ["Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy",
  "Cross-Origin-Opener-Policy", "Cross-Origin-Resource-Policy", "Strict-Transport-Security"];
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("dist/: hashed names that match their content, .br and .gz copies of the same bytes, every reference resolves, no build paths", () => {
  const dir = distCopy();
  const files = fs.readdirSync(dir).filter((f) => !/\.(br|gz)$/.test(f));
  for (const f of files) {
    const bytes = fs.readFileSync(path.join(dir, f));
    if (["index.html", "sw.js", "embed.js"].includes(f)) assert.ok(!HASHED.test(f));
    else {
      assert.match(f, HASHED, `${f} has a hash in its name`);
      assert.equal(f.split(".").at(-2), crypto.createHash("sha256").update(bytes).digest("hex").slice(0, 10), `${f}'s hash is its content's`);
    }
    assert.ok(zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, `${f}.br`))).equals(bytes), `${f}.br`);
    assert.ok(zlib.gunzipSync(fs.readFileSync(path.join(dir, `${f}.gz`))).equals(bytes), `${f}.gz`);
  }
  const html = fs.readFileSync(path.join(dir, "index.html"), "utf8");
  const refs = [...html.matchAll(/(?:href|src)="([^"#:]+)"/g)].map((m) => m[1]);
  assert.equal(refs.length, 4, `icon, CSS, JS and loader: ${refs}`);
  for (const r of refs) assert.ok(files.includes(r), `index.html names ${r}`);
  for (const loader of ["embed.js", refs.find((r) => r.startsWith("start."))]) {
    const text = fs.readFileSync(path.join(dir, loader), "utf8");
    for (const r of text.match(/"\.\/[^"]+"/g).map((s) => s.slice(3, -1))) assert.ok(files.includes(r), `${loader} names ${r}`);
  }
  const wasm = fs.readFileSync(path.join(dir, files.find((f) => f.endsWith(".wasm")))).toString("latin1");
  for (const p of [os.homedir(), root, "/.cargo/registry/"]) assert.ok(!wasm.includes(p), `the wasm names ${p}`);
});

test("the policy as a header, with Trusted Types: a whole journey in Dutch and Arabic, bilingual, print and intermediair, without a violation", async () => {
  const app = await serveDeployed();
  for (const lang of ["nl", "ar"]) {
    const { context, page, problems } = await phonePage(browser);
    await recordViolations(context);
    const response = await page.goto(`${app.url}?lang=${lang}`);
    const headers = response.headers();
    assert.equal(headers["content-security-policy"], headersFor("index.html")["Content-Security-Policy"]);
    assert.match(headers["content-security-policy"], /frame-ancestors 'self'.*require-trusted-types-for 'script'/);
    assert.equal(headers["content-encoding"], "br");
    const t = messages(lang);
    await page.getByRole("heading", { level: 1, name: t("start-heading") }).waitFor();
    await answerAll(page, lang, household);
    await page.locator("details.fold-no > summary").click();
    if (lang !== "nl") await page.locator(".view-switch button").click();
    await page.emulateMedia({ media: "print" });
    await page.emulateMedia({ media: "screen" });
    await page.locator(".mode-switch").click();
    await page.locator("form.compact, section.result").first().waitFor();
    assert.deepEqual(await cspViolations(page), [], `no violation in ${lang}`);
    assert.deepEqual(problems, [], `no console errors in ${lang}`);
    await context.close();
  }
  await app.close();
});

/** The header lines of a fenced block of DEPLOY.md: nginx `add_header Name "value"` or Apache
 *  `Header always set Name "value"`; Cache-Control by the files it is set for. */
function documented(kind) {
  const block = deploy.match(new RegExp("```" + kind + "\\n([\\s\\S]*?)```"))[1];
  const re = kind === "nginx" ? /add_header ([\w-]+) "([^"]*)" always;/g : /Header always set ([\w-]+) "([^"]*)"/g;
  const out = {};
  for (const [, name, value] of block.matchAll(re)) (out[name] ??= []).push(value);
  if (kind === "nginx") out["Cache-Control"] = [...block.matchAll(/^\s*(?:"~[^"]+"|default)\s+"([^"]+)";/gm)].map((m) => m[1]);
  return out;
}

for (const kind of ["nginx", "apache"]) {
  test(`DEPLOY.md's ${kind} example sends the headers the run command sends`, () => {
    const doc = documented(kind);
    const hashed = headersFor("app.0123456789.css");
    const fixed = headersFor("index.html");
    for (const name of SECURITY) assert.deepEqual(doc[name], [fixed[name]], `${name} in the ${kind} example`);
    assert.deepEqual(new Set(doc["Cache-Control"]), new Set([fixed["Cache-Control"], hashed["Cache-Control"]]), "Cache-Control by name");
  });
}
test("DEPLOY.md lists the same policy in its list of headers", () => {
  assert.ok(deploy.includes(`    Content-Security-Policy: ${headersFor("index.html")["Content-Security-Policy"]}\n`));
});

/** A free port on 127.0.0.1. */
const freePort = () => new Promise((resolve) => { const s = net.createServer().listen(0, "127.0.0.1", () => { const p = s.address().port; s.close(() => resolve(p)); }); });

/** Starts `cmd`, waits until `url` answers; returns a function that stops it. */
async function start(cmd, args, url) {
  const server = spawn(cmd, args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  server.stderr.on("data", (d) => { stderr += d; });
  const stop = async () => { if (server.exitCode === null) { server.kill("SIGTERM"); await new Promise((r) => server.once("exit", r)); } };
  for (let i = 0; i < 100; i++) {
    if (await fetch(url).then(() => true, () => false)) return stop;
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  assert.fail(`${cmd} did not start: ${stderr}`);
}

/** What a host serving `dir` at `url` must do, as DEPLOY.md says: the redirect without the slash,
 *  every header of scripts/serve.mjs, the compressed copies; then the app runs there, in Arabic,
 *  with its service worker, without a policy violation or a console error. */
async function checkHost(url, dir, encoding) {
  const head = (u) => fetch(u, { headers: { "accept-encoding": "br, gzip" }, redirect: "manual" });
  const noSlash = await head(url.slice(0, -1) + "?lang=ar");
  assert.equal(noSlash.status, 301);
  assert.ok(noSlash.headers.get("location").endsWith("/werk-inkomen/regelingencheck/?lang=ar"), noSlash.headers.get("location"));
  for (const f of ["", "sw.js", "embed.js", ...fs.readdirSync(dir).filter((x) => HASHED.test(x))]) {
    const r = await head(url + f);
    assert.equal(r.status, 200, f);
    const want = headersFor(f || "index.html");
    for (const name of [...SECURITY, "Cache-Control", "Content-Type"]) assert.equal(r.headers.get(name), want[name], `${name} of ${f || "index.html"}`);
    assert.equal(r.headers.get("content-encoding"), encoding, `${f} compressed`);
    assert.match(r.headers.get("vary") ?? "", /Accept-Encoding/);
    assert.equal(r.headers.get("content-language"), null, `${f}: no language from the .br extension`);
  }
  const { context, page, problems } = await phonePage(browser);
  await recordViolations(context);
  await page.goto(url.slice(0, -1) + "?lang=ar");
  await page.getByRole("heading", { level: 1, name: messages("ar")("start-heading") }).waitFor();
  await answerAll(page, "ar", household);
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope), url);
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
}

/** DEPLOY.md's example for `kind`, with the folder and the port of this test. */
function example(kind, dir, port) {
  const block = deploy.match(new RegExp("```" + kind + "\\n([\\s\\S]*?)```"))[1];
  const site = block.replace("listen 8080;", `listen 127.0.0.1:${port};`)
    .replaceAll("/var/www/regelingencheck/dist", dir);
  assert.ok(site.includes(dir), "the example names the folder to replace");
  return site;
}

const nginx = "/usr/sbin/nginx";
test("Debian's nginx with DEPLOY.md's configuration serves the app under a sub-path, with the headers", { skip: !fs.existsSync(nginx) && "nginx is not installed (apt-get install nginx libnginx-mod-http-brotli-static)" }, async () => {
  const dir = distCopy();
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), "rc-nginx-"));
  const port = await freePort();
  const brotli = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";
  fs.writeFileSync(path.join(prefix, "site.conf"), example("nginx", dir, port));
  fs.writeFileSync(path.join(prefix, "nginx.conf"), [
    fs.existsSync(brotli) ? `load_module ${brotli};` : "",
    process.getuid?.() === 0 ? "user root;" : "",
    `worker_processes 1; pid ${prefix}/nginx.pid; error_log ${prefix}/error.log;`,
    "events {}",
    `http { access_log off; client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy;`,
    `  fastcgi_temp_path ${prefix}/fastcgi; uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;`,
    `  include ${prefix}/site.conf; }`,
  ].join("\n"));
  const url = `http://127.0.0.1:${port}/werk-inkomen/regelingencheck/`;
  const stop = await start(nginx, ["-p", prefix, "-c", path.join(prefix, "nginx.conf"), "-g", "daemon off;"], url);
  try { await checkHost(url, dir, fs.existsSync(brotli) ? "br" : "gzip"); } finally { await stop(); }
});

const apache = "/usr/sbin/apache2";
test("Debian's Apache with DEPLOY.md's configuration serves the app under a sub-path, with the headers", { skip: !fs.existsSync(apache) && "Apache is not installed (apt-get install apache2)" }, async () => {
  const dir = distCopy();
  fs.chmodSync(dir, 0o755);
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), "rc-apache-"));
  const port = await freePort();
  const mod = (name, file) => `LoadModule ${name}_module /usr/lib/apache2/modules/mod_${file ?? name}.so`;
  fs.writeFileSync(path.join(prefix, "apache2.conf"), [
    mod("mpm_event"), mod("authz_core"), mod("mime"), mod("dir"), mod("alias"), mod("rewrite"), mod("headers"),
    `ServerRoot ${prefix}`, `PidFile ${prefix}/apache2.pid`, `ErrorLog ${prefix}/error.log`, `DefaultRuntimeDir ${prefix}`,
    "ServerName localhost", `Listen 127.0.0.1:${port}`,
    process.getuid?.() === 0 ? "User www-data\nGroup www-data" : "",
    // Debian's own MIME settings, as a host has them (it reads .br as Breton, for one).
    "Include /etc/apache2/mods-available/mime.conf",
    `<VirtualHost *:${port}>`, example("apache", dir, port), "</VirtualHost>",
  ].join("\n"));
  const url = `http://127.0.0.1:${port}/werk-inkomen/regelingencheck/`;
  const stop = await start(apache, ["-f", path.join(prefix, "apache2.conf"), "-DFOREGROUND"], url);
  try { await checkHost(url, dir, "br"); } finally { await stop(); }
});
