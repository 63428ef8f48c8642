// Serves dist/ exactly as DEPLOY.md tells a host to: the .br or .gz copy when the browser accepts
// it, the right types, the security headers (Content-Security-Policy as a header, with
// frame-ancestors), hashed files cached for a year, index.html, sw.js and embed.js revalidated,
// and the address without its trailing slash redirected. scripts/run.sh uses it; so do the e2e
// tests of deployment, embedding and offline use (e2e/deploy.test.mjs checks that DEPLOY.md's
// nginx and Apache examples send the same headers).
//
//   node scripts/serve.mjs [--port 8080] [--host 127.0.0.1] [--base /regelingencheck/] [--dir dist]
//                          [--frame-ancestors "https://www.heemskerk.nl"] [--cors https://www.heemskerk.nl]
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
};
export const HASHED = /\.[0-9a-f]{10}\.(js|wasm|css|svg)$/;

/** The Content-Security-Policy of the app's page. `frameAncestors`: origins (besides the app's
 *  own) that may show it in an iframe. */
export function csp(frameAncestors = []) {
  return [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${["'self'", ...frameAncestors].join(" ")}`,
    "require-trusted-types-for 'script'",
    "trusted-types regelingencheck",
  ].join("; ");
}

/** The headers for one file of dist/ (by its name), as DEPLOY.md lists them: the same security
 *  headers on every response, the type, and the caching by name. `cors`: the origin of a host
 *  page that includes the app by script from another origin. */
export function headersFor(name, { frameAncestors = [], cors = null } = {}) {
  return {
    "Content-Type": TYPES[path.extname(name)] ?? "application/octet-stream",
    "Cache-Control": HASHED.test(name) ? "public, max-age=31536000, immutable" : "no-cache",
    "Content-Security-Policy": csp(frameAncestors),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": cors ? "cross-origin" : "same-origin",
    "Strict-Transport-Security": "max-age=31536000",
    ...(cors ? { "Access-Control-Allow-Origin": cors } : {}),
  };
}

/** An http.Server for `dir` under the path `base` (which ends in "/"). */
export function createServer({ dir = "dist", base = "/", frameAncestors = [], cors = null, log = null } = {}) {
  const root = path.resolve(dir);
  return http.createServer((req, res) => {
    const u = new URL(req.url, "http://x");
    const done = (status, headers = {}, body = null) => {
      res.writeHead(status, headers);
      res.end(req.method === "HEAD" ? null : body);
      log?.(`${status} ${req.method} ${req.url}`);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return done(405, { Allow: "GET, HEAD" });
    // The app's address without the slash: its relative links would point one folder up.
    if (u.pathname === base.slice(0, -1) && base !== "/") return done(301, { Location: base + u.search });
    if (!u.pathname.startsWith(base)) return done(404);
    let name = decodeURIComponent(u.pathname.slice(base.length)) || "index.html";
    if (name.includes("/") || name.startsWith(".") || /\.(br|gz)$/.test(name)) return done(404);
    const file = path.join(root, name);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return done(404);
    const headers = headersFor(name, { frameAncestors, cors });
    const accepts = String(req.headers["accept-encoding"] ?? "");
    let served = file;
    headers.Vary = "Accept-Encoding";
    for (const [encoding, ext] of [["br", ".br"], ["gzip", ".gz"]]) {
      if (new RegExp(`\\b${encoding}\\b`).test(accepts) && fs.existsSync(file + ext)) {
        served = file + ext;
        headers["Content-Encoding"] = encoding;
        break;
      }
    }
    const stat = fs.statSync(served);
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    headers.ETag = etag;
    if (req.headers["if-none-match"] === etag) {
      delete headers["Content-Encoding"];
      return done(304, headers);
    }
    headers["Content-Length"] = stat.size;
    done(200, headers, fs.readFileSync(served));
  });
}

// Run as a command (scripts/run.sh).
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const port = Number(opt("port", process.env.PORT ?? 8080));
  const host = opt("host", "127.0.0.1");
  let base = opt("base", "/");
  if (!base.startsWith("/")) base = `/${base}`;
  if (!base.endsWith("/")) base += "/";
  const frameAncestors = (opt("frame-ancestors", "") ?? "").split(/\s+/).filter(Boolean);
  const server = createServer({ dir: opt("dir", "dist"), base, frameAncestors, cors: opt("cors", null) });
  server.listen(port, host, () => console.log(`Regelingencheck runs at http://${host}:${port}${base}  (Ctrl+C stops it)`));
}
