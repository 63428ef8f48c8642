// Starts Regelingencheck Heemskerk. One loader for the three ways to use it (see DEPLOY.md):
//   its own page:  index.html has <div id="app" data-regelingencheck="page">;
//   in an iframe:  the same page, which then tells the host page its height;
//   in a host page: <script type="module" src=".../embed.js"></script> and
//                   <div data-regelingencheck data-lang="nl"></div>: the app mounts in a shadow
//                   root of that element, with its files taken from where this script comes from.
// Until the app runs, this file speaks for it, in the visitor's language: loading, loading slowly,
// and what went wrong (no WebAssembly, a failed or broken download, no start after a time-out),
// with a button to try again and the Serviceplein's address and telephone number. The app can
// make no requests after it has started; only its own page registers the service worker (sw.js).
// scripts/build.sh writes the content-hashed file names into the copy in dist/.

const FILES = { js: "./regelingencheck.js", wasm: "./regelingencheck_bg.wasm", css: "./app.css", sw: "./sw.js" };
const SLOW_MS = 4000;
const TIMEOUT_MS = 10000;
// The Serviceplein (data/serviceplein.toml): in the gemeentehuis. No opening hours were found.
const ADDRESS = "Maerten van Heemskerckplein 1, 1964 EZ Heemskerk";
const PHONE = "14 0251";

const TEXT = {
  nl: {
    name: "Nederlands",
    language: "Taal",
    loading: "Even geduld, de pagina wordt geladen.",
    slow: "Het laden duurt langer dan normaal. Even geduld.",
    noWasm: "Uw browser kan deze pagina niet openen. Gebruik een nieuwere browser, of een andere telefoon of computer.",
    failed: "De pagina kon niet laden. Misschien is er even geen internet. Probeer het opnieuw.",
    timeout: "Het laden duurt te lang. Misschien is het internet traag. Probeer het opnieuw.",
    retry: "Probeer opnieuw",
    help: ["Hulp nodig? Ga naar het Serviceplein in het gemeentehuis: ", ". Of bel de gemeente: ", "."],
  },
  en: {
    name: "English",
    language: "Language",
    loading: "Please wait, the page is loading.",
    slow: "Loading is taking longer than usual. Please wait.",
    noWasm: "Your browser cannot open this page. Please use a newer browser, or another phone or computer.",
    failed: "The page could not load. Maybe there is no internet connection right now. Please try again.",
    timeout: "Loading is taking too long. Maybe the internet connection is slow. Please try again.",
    retry: "Try again",
    help: ["Need help? Go to the Serviceplein in the town hall (gemeentehuis): ", ". Or call the municipality: ", "."],
  },
  ar: {
    name: "العربية",
    language: "اللغة",
    loading: "انتظر قليلًا. جارٍ تحميل الصفحة.",
    slow: "التحميل يأخذ وقتًا أطول من العادة. انتظر قليلًا.",
    noWasm: "متصفحك لا يستطيع فتح هذه الصفحة. استعمل متصفحًا أحدث، أو هاتفًا أو حاسوبًا آخر.",
    failed: "لم يتم تحميل الصفحة. ربما لا يوجد إنترنت الآن. حاول مرة أخرى.",
    timeout: "التحميل يأخذ وقتًا طويلًا جدًا. ربما الإنترنت بطيء. حاول مرة أخرى.",
    retry: "حاول مرة أخرى",
    help: ["هل تحتاج إلى مساعدة؟ اذهب إلى مكتب الخدمات (Serviceplein) في مبنى البلدية: ", ". أو اتصل بالبلدية: ", "."],
  },
  tr: {
    name: "Türkçe",
    language: "Dil",
    loading: "Lütfen bekleyin, sayfa yükleniyor.",
    slow: "Yükleme normalden uzun sürüyor. Lütfen bekleyin.",
    noWasm: "Tarayıcınız bu sayfayı açamıyor. Daha yeni bir tarayıcı ya da başka bir telefon veya bilgisayar kullanın.",
    failed: "Sayfa yüklenemedi. Belki şu anda internet bağlantısı yok. Tekrar deneyin.",
    timeout: "Yükleme çok uzun sürüyor. Belki internet bağlantısı yavaş. Tekrar deneyin.",
    retry: "Tekrar deneyin",
    help: ["Yardıma mı ihtiyacınız var? Belediye binasındaki (gemeentehuis) Serviceplein'e gidin: ", ". Veya belediyeyi arayın: ", "."],
  },
  fa: {
    name: "فارسی",
    language: "زبان",
    loading: "لطفاً صبر کنید. صفحه در حال بارگذاری است.",
    slow: "بارگذاری بیشتر از معمول طول می‌کشد. لطفاً صبر کنید.",
    noWasm: "مرورگر شما نمی‌تواند این صفحه را باز کند. از یک مرورگر جدیدتر، یا از گوشی یا کامپیوتر دیگری استفاده کنید.",
    failed: "صفحه بارگذاری نشد. شاید الان اینترنت وصل نیست. دوباره امتحان کنید.",
    timeout: "بارگذاری خیلی طول می‌کشد. شاید اینترنت کند است. دوباره امتحان کنید.",
    retry: "دوباره امتحان کنید",
    help: ["به کمک نیاز دارید؟ به مرکز خدمات (Serviceplein) در ساختمان شهرداری (شاروالی) بروید: ", ". یا به شهرداری زنگ بزنید: ", "."],
  },
};
const RTL = new Set(["ar", "fa"]);
const url = (name) => new URL(name, import.meta.url).href;

const host = document.querySelector("[data-regelingencheck]");
if (!host) {
  console.error("Regelingencheck: no element with the attribute data-regelingencheck on this page (see DEPLOY.md).");
} else if (!host.hasAttribute("data-started")) {
  host.setAttribute("data-started", "");
  run(host);
}

function run(host) {
  const own = host.dataset.regelingencheck === "page";
  const mode = !own ? "include" : window.self !== window.top ? "frame" : "page";
  let root = host;
  let cssReady = Promise.resolve();
  if (mode === "include") {
    // The app's own box: the host's rules do not reach into it, the app's do not reach out.
    const shadow = host.shadowRoot ?? host.attachShadow({ mode: "open" });
    const css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = url(FILES.css);
    cssReady = new Promise((done) => { css.onload = css.onerror = done; });
    root = document.createElement("section");
    root.className = "rc";
    root.setAttribute("aria-label", "Regelingencheck Heemskerk");
    shadow.replaceChildren(css, root);
    // Sizes follow the browser's default font size, not the host's root font size.
    cssReady.then(() => root.style.setProperty("--rc-rem", getComputedStyle(root).fontSize));
  }
  root.dataset.mode = mode;
  if (mode === "frame") tellHeight(root);
  openDetailsForPrint(root);

  let lang = pickLanguage(host.dataset.lang, own);
  let state = null;
  let attempt = 0;
  let started = false;
  let timers = [];
  let abort = null;

  // The states before the app runs, in the chosen language; the language buttons switch it.
  function show(kind) {
    state = kind;
    const t = TEXT[lang];
    const failed = kind === "failed" || kind === "timeout" || kind === "noWasm";
    const box = el(mode === "include" ? "div" : "main", { class: `screen rc-state rc-${kind}`, lang, dir: RTL.has(lang) ? "rtl" : "ltr" });
    const h1 = el("h1", {}, "Regelingencheck Heemskerk");
    const message = el("p", { role: failed ? "alert" : "status" }, t[kind]);
    box.append(h1, message);
    if (kind === "failed" || kind === "timeout") {
      const retry = el("button", { type: "button", class: "primary" }, t.retry);
      retry.addEventListener("click", () => { show("loading"); start(); });
      box.append(el("div", { class: "actions" }, retry));
    }
    if (failed || kind === "slow") {
      const phone = el("a", { href: `tel:${PHONE.replace(/\D/g, "")}`, dir: "ltr" }, PHONE);
      const address = el("bdi", { lang: "nl", dir: "ltr" }, ADDRESS);
      box.append(el("p", { class: "rc-help" }, t.help[0], address, t.help[1], phone, t.help[2]));
    }
    if (failed) {
      const list = el("ul");
      for (const [code, other] of Object.entries(TEXT)) {
        const b = el("button", { type: "button", lang: code, dir: RTL.has(code) ? "rtl" : "ltr", "aria-pressed": String(code === lang) }, other.name);
        b.addEventListener("click", () => { lang = code; show(state); });
        list.append(el("li", {}, b));
      }
      box.append(el("nav", { class: "languages", "aria-label": t.language }, list));
    }
    root.replaceChildren(box);
  }

  function start() {
    const mine = ++attempt;
    abort?.abort();
    abort = new AbortController();
    timers.forEach(clearTimeout);
    timers = [
      setTimeout(() => mine === attempt && !started && show("slow"), SLOW_MS),
      setTimeout(() => mine === attempt && !started && show("timeout"), TIMEOUT_MS),
    ];
    // Another attempt loads the glue code afresh (a module that failed once is not fetched
    // again) and asks past the browser's cache for the wasm, in case a broken copy was kept.
    const again = mine > 1 ? `?attempt=${mine}` : "";
    const wasm = fetch(url(FILES.wasm), { signal: abort.signal, cache: mine > 1 ? "reload" : "default" })
      .then((r) => { if (!r.ok) throw new Error(`${FILES.wasm}: HTTP ${r.status}`); return r; });
    wasm.catch(() => {});
    Promise.all([import(url(FILES.js) + again), cssReady])
      .then(async ([glue]) => {
        await glue.default({ module_or_path: wasm });
        if (mine !== attempt || started) return;
        started = true;
        timers.forEach(clearTimeout);
        // The app starts in the language shown while loading: the one picked from the page's
        // data-lang, ?lang= and the browser, or the one the visitor chose meanwhile.
        glue.mount(root, mode, lang);
        if (mode === "page") registerServiceWorker();
      })
      .catch((e) => {
        // A panic in the app shows the app's own message: leave it.
        if (mine !== attempt || root.querySelector(".panic")) return;
        if (started) throw e;
        timers.forEach(clearTimeout);
        console.error("Regelingencheck could not start (see DEPLOY.md):", e);
        show("failed");
      });
  }

  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
    show("noWasm");
    return;
  }
  // The page's own text ("Even geduld…" in five languages) stays until the first change.
  if (mode === "include") show("loading");
  start();
}

/** The language of the texts before the app runs: the host's data-lang, else ?lang= on the app's
 *  own page, else the browser's languages in order, else Dutch (as the app chooses). */
function pickLanguage(given, own) {
  const tags = [given, own ? new URLSearchParams(location.search).get("lang") : null, ...(navigator.languages ?? [])];
  for (const tag of tags) {
    const code = (tag ?? "").toLowerCase().split(/[-_]/)[0];
    if (code in TEXT) return code;
  }
  return "nl";
}

/** In an iframe: tell the host page how tall the app is, whenever that changes, so it can size
 *  the frame (DEPLOY.md has the five lines for the host page). Only the height is sent. */
function tellHeight(root) {
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ regelingencheck: "height", height }, "*");
    }
  }).observe(root);
}

/** Printing shows what is folded: every <details> of the app opens before printing and closes
 *  again after, so the paper carries the full explanation, printed by the button or the menu.
 *  Here rather than in the app: the same few lines cost the wasm four times their size. */
function openDetailsForPrint(root) {
  window.addEventListener("beforeprint", () => {
    for (const d of root.querySelectorAll("details:not([open])")) {
      d.open = true;
      d.setAttribute("data-print-opened", "");
    }
  });
  window.addEventListener("afterprint", () => {
    for (const d of root.querySelectorAll("details[data-print-opened]")) {
      d.open = false;
      d.removeAttribute("data-print-opened");
    }
  });
}

/** Offline after the first visit, on the app's own page only: sw.js keeps the program files
 *  (never answers). Under Trusted Types the script URL goes through a policy that allows only it. */
function registerServiceWorker() {
  if (!("serviceWorker" in navigator)) return;
  const sw = url(FILES.sw);
  let script = sw;
  try {
    if (window.trustedTypes) {
      script = trustedTypes.createPolicy("regelingencheck", { createScriptURL: (u) => { if (u !== sw) throw new TypeError(u); return u; } }).createScriptURL(sw);
    }
  } catch { /* no policy allowed: then no service worker */ return; }
  navigator.serviceWorker.register(script, { scope: "./" }).catch(() => {});
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}
