// Service worker of Regelingencheck's own page, so that the page also starts without a network
// after one visit. It keeps the program files of one version, nothing else: index.html and the
// content-hashed JS, wasm, CSS and icon. The app sends and stores no answers, and this worker
// only ever sees requests for the app's own files. It makes no request of its own except to fetch
// those files when a new version is installed, checking each against the hash in its name.
// scripts/dist.mjs writes VERSION and FILES into the copy in dist/; this file is never hashed,
// so a host must send it with Cache-Control: no-cache (DEPLOY.md).
const VERSION = "dev";
const FILES = [];
const CACHE = `regelingencheck-${VERSION}`;
const scope = self.registration.scope;
const INDEX = new URL("./", scope).href;
const OURS = new Set(FILES.map((f) => new URL(f, scope).href));

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    for (const href of OURS) {
      const response = await fetch(href);
      if (!(await intact(response.clone(), href))) throw new Error(`${href} does not match its name`);
      await cache.put(href, response);
    }
    // The page of this version: the one that loads this version's loader.
    const page = await fetch(INDEX, { cache: "no-cache" });
    const loader = FILES.find((f) => f.startsWith("start."));
    if (!page.ok || !loader || !(await page.clone().text()).includes(loader)) {
      throw new Error("index.html is not of this version");
    }
    await cache.put(INDEX, page);
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith("regelingencheck-") && name !== CACHE) await caches.delete(name);
    }
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const address = new URL(request.url);
  address.search = "";
  address.hash = "";
  if (request.mode === "navigate") {
    if (address.href === INDEX || address.href === `${INDEX}index.html`) event.respondWith(page(request));
    return;
  }
  if (OURS.has(address.href)) event.respondWith(file(request, address.href));
  // Anything else (sw.js, embed.js, other sites): the browser fetches it as if there were no worker.
});

/** The page: from the network when there is one (so a new version shows at once), else kept. */
async function page(request) {
  try {
    const response = await fetch(request);
    if (response.status < 500) return response;
    return (await caches.match(INDEX, { cacheName: CACHE })) ?? response;
  } catch (offline) {
    const kept = await caches.match(INDEX, { cacheName: CACHE });
    if (kept) return kept;
    throw offline;
  }
}

/** A hashed file never changes: kept copy first; the loader's second try asks past it. */
async function file(request, href) {
  const cache = await caches.open(CACHE);
  if (request.cache !== "reload") {
    const kept = await cache.match(href);
    if (kept) return kept;
  }
  const response = await fetch(request);
  if (await intact(response.clone(), href)) await cache.put(href, response.clone());
  return response;
}

/** The file's content has the SHA-256 whose first hex digits are in its name. */
async function intact(response, href) {
  const want = href.match(/\.([0-9a-f]{10})\.[a-z]+$/)?.[1];
  if (!response.ok || !want) return false;
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", await response.arrayBuffer()));
  return Array.from(digest.slice(0, 5), (b) => b.toString(16).padStart(2, "0")).join("") === want;
}
