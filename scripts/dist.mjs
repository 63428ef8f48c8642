// Turns dist/ as scripts/build.sh leaves it (plain names) into what a host serves:
//  - the JS, wasm, CSS, icon and loader get content-hashed names (name.<10 hex of SHA-256>.ext),
//    so a browser never pairs an old file with a new one; index.html, sw.js (the service worker)
//    and embed.js (the loader under a fixed name, for host pages) keep their names;
//  - every reference is rewritten (index.html, the loader, the service worker's file list);
//  - the scripts of the first load are minified (terser), sw.js is not;
//  - the CSS's rem sizes become multiples of --rc-rem (see the top of static/app.css);
//  - .br and .gz copies are written beside every file, for hosts that serve them as they are;
//  - the wasm must not name folders of the build machine;
//  - a size table: raw, gzip and brotli per file, and the first load (HTML, loader, JS, wasm, CSS).
// Usage: node scripts/dist.mjs [dir]   (dir defaults to dist)
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import crypto from "node:crypto";
import { minify } from "terser";

const dir = path.resolve(process.argv[2] ?? "dist");
const file = (name) => path.join(dir, name);
const read = (name) => fs.readFileSync(file(name));
const hash = (bytes) => crypto.createHash("sha256").update(bytes).digest("hex").slice(0, 10);

function fail(message) {
  console.error(`dist.mjs: ${message}`);
  process.exit(1);
}

/** Replaces `from` by `to` in text, exactly `times` times, or stops the build. */
function swap(text, from, to, where, times = 1) {
  const n = text.split(from).length - 1;
  if (n !== times) fail(`${where}: expected ${times}× ${JSON.stringify(from)}, found ${n}`);
  return text.split(from).join(to);
}

/** Moves a file to its hashed name; returns that name. */
function hashName(name, bytes = read(name)) {
  const ext = path.extname(name);
  const hashed = `${name.slice(0, -ext.length)}.${hash(bytes)}${ext}`;
  fs.writeFileSync(file(hashed), bytes);
  fs.rmSync(file(name));
  return hashed;
}

// 1. The CSS: comments and extra white space out; rem inside declarations as a multiple of
//    --rc-rem (not in @media or @container conditions, where var() cannot stand, and not in the
//    --rc-rem declaration).
let css = read("app.css").toString().replace(/\/\*[\s\S]*?\*\//g, "");
css = css.split(/(?<=[{};])/).map((chunk) => {
  if (chunk.endsWith("{") || /^\s*--rc-rem\s*:/.test(chunk)) return chunk;
  return chunk.replace(/(-?\d*\.?\d+)rem\b/g, "calc($1 * var(--rc-rem))");
}).join("");
// Runs of white space as one space, none around braces and semicolons (never around ":", which
// in a selector would join "a :hover" into "a:hover").
css = css.replace(/\s+/g, " ").replace(/\s*([{};])\s*/g, "$1").trim() + "\n";
fs.writeFileSync(file("app.css"), css);

// 2. The scripts of the first load minified by terser (a dev dependency, from npm): the
//    wasm-bindgen glue here, the loader once its file names are filled in below. Measured: the
//    glue 6.1 -> 4.5 KB brotli, the loader 3.2 -> 2.9 KB.
async function minified(name, code) {
  try {
    const out = await minify(code, { module: true, compress: { passes: 2 }, mangle: true });
    return out.code + "\n";
  } catch (e) {
    fail(`${name} does not minify: ${e.message}`);
  }
}
fs.writeFileSync(file("regelingencheck.js"), await minified("regelingencheck.js", read("regelingencheck.js").toString()));

// 3. The assets, by content.
const names = {};
for (const name of ["regelingencheck_bg.wasm", "regelingencheck.js", "app.css", "icon.svg"]) names[name] = hashName(name);

// 4. The loader knows the assets' names; the hashed copy serves index.html, embed.js host pages.
let loader = read("start.js").toString();
for (const name of ["regelingencheck_bg.wasm", "regelingencheck.js", "app.css"]) loader = swap(loader, `"./${name}"`, `"./${names[name]}"`, "start.js");
loader = await minified("start.js", loader);
fs.writeFileSync(file("start.js"), loader);
fs.writeFileSync(file("embed.js"), loader);
names["start.js"] = hashName("start.js");

// 5. The page.
let html = read("index.html").toString();
html = swap(html, 'href="app.css"', `href="${names["app.css"]}"`, "index.html");
html = swap(html, 'href="icon.svg"', `href="${names["icon.svg"]}"`, "index.html");
html = swap(html, 'href="regelingencheck.js"', `href="${names["regelingencheck.js"]}"`, "index.html");
html = swap(html, 'src="start.js"', `src="${names["start.js"]}"`, "index.html");
fs.writeFileSync(file("index.html"), html);

// 6. The service worker: this version's files.
const kept = ["start.js", "regelingencheck.js", "regelingencheck_bg.wasm", "app.css", "icon.svg"].map((n) => names[n]);
let sw = read("sw.js").toString();
sw = swap(sw, 'const VERSION = "dev";', `const VERSION = "${hash(Buffer.from(kept.join(" ") + html))}";`, "sw.js");
sw = swap(sw, "const FILES = [];", `const FILES = ${JSON.stringify(kept)};`, "sw.js");
// Not minified: it is not part of the first load, and a web team reads it to see what it keeps.
fs.writeFileSync(file("sw.js"), sw);

// 7. No folder of the build machine inside the wasm (scripts/build.sh remaps them).
const wasm = read(names["regelingencheck_bg.wasm"]).toString("latin1");
for (const p of [process.env.HOME, process.cwd(), "/.cargo/registry", "/.rustup/"].filter((p) => p && p.length > 1)) {
  if (wasm.includes(p)) fail(`the wasm names the build machine's folder ${p}; build with scripts/build.sh`);
}

// 8. Compressed copies beside each file.
const served = fs.readdirSync(dir).filter((f) => !/\.(br|gz)$/.test(f) && fs.statSync(file(f)).isFile()).sort();
const sizes = {};
for (const f of served) {
  const raw = read(f);
  const br = zlib.brotliCompressSync(raw, { params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
  } });
  const gz = zlib.gzipSync(raw, { level: 9 });
  fs.writeFileSync(file(`${f}.br`), br);
  fs.writeFileSync(file(`${f}.gz`), gz);
  sizes[f] = [raw.length, gz.length, br.length];
}

// 9. The table.
const kb = (n) => (n / 1024).toFixed(1).padStart(10);
const row = (label, [raw, gz, br]) => console.log(`${label.padEnd(44)}${kb(raw)}${kb(gz)}${kb(br)}`);
const sum = (list) => list.reduce((a, f) => a.map((x, i) => x + sizes[f][i]), [0, 0, 0]);
console.log(`${"file".padEnd(44)}${"raw KB".padStart(10)}${"gzip KB".padStart(10)}${"brotli KB".padStart(10)}`);
for (const f of served) row(f, sizes[f]);
const first = ["index.html", names["start.js"], names["regelingencheck.js"], names["regelingencheck_bg.wasm"], names["app.css"]];
row("first load (HTML, loader, JS, wasm, CSS)", sum(first));
row("total", sum(served));
