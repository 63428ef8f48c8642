// The three ways to put the app in the gemeente's site (DEPLOY.md section 6, issue 18 item 3), each
// in the browser, with the snippets DEPLOY.md gives: (a) a page of its own under a sub-path,
// (b) an iframe on another site, (c) a script include into a host page with hostile CSS.
// The app is served as DEPLOY.md says (scripts/serve.mjs) from 127.0.0.1, host pages from
// 127.0.0.2: another site.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { launch, phonePage, messages, shotsDir, serveDeployed, serveHostPages, recordViolations, cspViolations } from "./lib.mjs";
import { answerAll } from "./answer.mjs";

const BASE = "/werk-inkomen/regelingencheck/";
const deploy = fs.readFileSync(path.join(import.meta.dirname, "..", "DEPLOY.md"), "utf8");
const snippet = (marker) => deploy.match(/```html\n([\s\S]*?)```/g).map((b) => b.slice(8, -3)).find((b) => b.includes(marker));
const household = { partner: false, age: 34, children: [7, 13], income: "1250", assets: "a-no", lowIncome: "a-yes", student: "a-no" };

// Rules a CMS theme might have, and worse: element and class selectors the app also uses, a root
// font size of 10px, inherited fonts, colours and spacing. The host page puts the app's element
// at the same place and width in every variant (the host decides that box; the test compares
// what is inside it, pixel for pixel, and a fractional position would blur the comparison).
const HOSTILE = `
  html { font-size: 62.5%; }
  body { font-family: "Comic Sans MS", cursive; color: #c00; line-height: 3; letter-spacing: 2px;
         text-transform: uppercase; word-spacing: 6px; text-align: center; font-size: 22px; }
  * { box-sizing: content-box !important; }
  h1, h2, h3 { font-size: 50px; color: green; margin: 40px; font-family: serif; }
  p { margin: 30px; font-size: 22px; }
  button, input { font: 30px serif; background: yellow; border-radius: 0; }
  .primary, .secondary, .screen, .rc, .option, .error, .hint, .languages, .site-header, .skip-link {
    background: pink !important; padding: 50px !important; }
  a { color: orange; } ul { list-style: square; padding: 40px; } section { border: 5px dotted blue; }
  main { border: 4px solid; }`;

let app, host, stranger, browser;
before(async () => {
  // The host's origin must be known to the app's server (frame-ancestors, CORS): start it first.
  let appOrigin = "";
  const pages = {
    "/frame.html": () => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Iedereen doet mee</title><link rel="icon" href="data:,"></head>
      <body><h1>Iedereen doet mee</h1>${snippet("<iframe").replaceAll("https://apps.heemskerk.nl", appOrigin).replace("/werk-inkomen/regelingencheck/", BASE)}
      <p id="after">Na het frame.</p></body></html>`,
    "/include.html": (u) => `<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Iedereen doet mee</title><link rel="icon" href="data:,">
      <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${appOrigin} 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline' ${appOrigin}; connect-src 'self' ${appOrigin}; img-src 'self' data: ${appOrigin}">
      <style>#column { position: absolute !important; inset-block-start: 1200px !important; inset-inline-start: 0 !important; width: 360px !important; margin: 0 !important; padding: 0 !important; }
        #column > [data-regelingencheck] { display: block !important; margin: 0 !important; padding: 0 !important; border: 0 !important; width: 360px !important; }</style>
      ${u.searchParams.has("hostile") ? `<style>${HOSTILE}</style>` : ""}
      ${u.searchParams.has("theme") ? `<style>[data-regelingencheck] { --rc-color-primary: rgb(0, 96, 58); --rc-font-family: serif; }</style>` : ""}
      </head><body><main><h1>Iedereen doet mee</h1><p class="host-text"><a href="#later">Naar later</a></p>
      <div id="column">${u.searchParams.has("noapp") ? "<div data-regelingencheck></div>" : snippet("data-regelingencheck")
        .replace('data-lang="nl"', `data-lang="${u.searchParams.get("lang") ?? "nl"}"`).replace(`src="${"/werk-inkomen/regelingencheck/"}`, `src="${appOrigin}${BASE}`)}</div>
      <h2 id="later">Later</h2><p class="host-text">Tekst van de gemeente.</p></main></body></html>`,
  };
  host = await serveHostPages(pages);
  stranger = await serveHostPages(pages);
  app = await serveDeployed({ base: BASE, frameAncestors: [host.origin], cors: host.origin });
  appOrigin = app.origin;
  browser = await launch();
});
after(async () => { await browser?.close(); await app?.close(); await host?.close(); await stranger?.close(); });

async function poll(fn, ok, what, timeout = 5000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await fn();
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`${what}: ${JSON.stringify(last)}`);
}

test("(a) a page of its own under a sub-path; the address without its slash is redirected", async () => {
  const { context, page, problems } = await phonePage(browser);
  await recordViolations(context);
  const response = await page.goto(`${app.origin}${BASE.slice(0, -1)}?lang=tr`);
  assert.equal(page.url(), `${app.url}?lang=tr`);
  assert.equal(response.request().redirectedFrom()?.url(), `${app.origin}${BASE.slice(0, -1)}?lang=tr`);
  await page.getByRole("heading", { level: 1, name: messages("tr")("start-heading") }).waitFor();
  assert.equal(await page.getAttribute(".rc", "data-mode"), "page");
  assert.equal(await page.getAttribute("html", "lang"), "tr");
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("(b) in an iframe on another site: the frame takes the app's height, links open outside, no service worker", async () => {
  const { context, page, problems } = await phonePage(browser);
  await context.route(/^https:\/\//, (r) => r.fulfill({ contentType: "text/html", body: "<!doctype html><title>elders</title><p>elders</p>" }));
  const asked = app.requests.length;
  await page.goto(`${host.origin}/frame.html`);
  const frame = page.frameLocator("#regelingencheck");
  const t = messages("nl");
  await frame.getByRole("heading", { level: 1, name: t("start-heading") }).waitFor();
  const inside = () => page.frames().find((f) => f.url().startsWith(app.origin));
  assert.equal(await inside().evaluate(() => document.querySelector(".rc").dataset.mode), "frame");
  const sizes = async () => ({
    frame: Math.round(await page.evaluate(() => document.getElementById("regelingencheck").getBoundingClientRect().height)),
    app: await inside().evaluate(() => Math.ceil(document.querySelector(".rc").getBoundingClientRect().height)),
    scrolls: await inside().evaluate(() => document.documentElement.scrollHeight > innerHeight + 1),
  });
  await poll(sizes, (s) => Math.abs(s.frame - s.app) <= 1 && !s.scrolls, "the frame as tall as the start screen");

  await answerAll(frame, "nl", household);
  await frame.getByRole("heading", { level: 1, name: t("result-heading") }).waitFor();
  const result = await poll(sizes, (s) => Math.abs(s.frame - s.app) <= 1 && !s.scrolls, "the frame as tall as the result");
  assert.ok(result.app > 1200, `the result is long (${result.app} px) and nothing scrolls inside the frame`);

  // Where to apply opens outside the frame; the result stays.
  const link = frame.locator("li.route a").first();
  assert.equal(await link.getAttribute("target"), "_blank");
  assert.ok((await link.textContent()).endsWith(t("link-new-tab")), "the link says it opens in a new tab");
  const [tab] = await Promise.all([context.waitForEvent("page"), link.click()]);
  assert.ok(tab.url().startsWith("https://"), tab.url());
  await frame.getByRole("heading", { level: 1, name: t("result-heading") }).waitFor();
  assert.equal(page.url(), `${host.origin}/frame.html`);
  assert.ok(!app.requests.slice(asked).some((r) => r.includes("sw.js")), "no service worker in a frame");
  assert.deepEqual(problems, []);
  await context.close();
});

test("(b) a site not named in frame-ancestors cannot show it in a frame", async () => {
  const { context, page } = await phonePage(browser);
  await page.goto(`${stranger.origin}/frame.html`);
  await page.waitForTimeout(1500);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  assert.ok(!frame.url().startsWith(app.origin) || (await frame.locator(".rc").count()) === 0, "the app is not shown");
  assert.equal(await page.frameLocator("#regelingencheck").locator(".rc").count(), 0);
  await context.close();
});

test("(c) included by script, among hostile CSS: the app looks exactly the same, and the host page stays as it was", async () => {
  const shots = {};
  const hostStyle = {};
  for (const variant of ["plain", "hostile"]) {
    const { context, page, problems } = await phonePage(browser);
    await recordViolations(context);
    await page.goto(`${host.origin}/include.html?lang=ar${variant === "hostile" ? "&hostile" : ""}`);
    const t = messages("ar");
    await page.getByRole("heading", { level: 1, name: t("start-heading") }).waitFor();
    const root = page.locator("[data-regelingencheck] section.rc");
    shots[variant] = [await root.screenshot()];
    await page.getByRole("button", { name: t("button-start"), exact: true }).click();
    await page.locator("form[data-question=partner]").waitFor();
    shots[variant].push(await root.screenshot());
    if (variant === "plain") {
      hostStyle.withApp = await page.evaluate(styleOfHost);
      assert.deepEqual(await cspViolations(page), [], "the policies DEPLOY.md asks of a host page suffice");
      assert.deepEqual(problems, []);
    }
    await context.close();
  }
  fs.mkdirSync(shotsDir, { recursive: true });
  for (const v of ["plain", "hostile"]) shots[v].forEach((b, i) => fs.writeFileSync(path.join(shotsDir, `embed-include-${v}-${i}.png`), b));
  assert.ok(shots.plain[0].equals(shots.hostile[0]), "the start screen is the same pixel for pixel");
  assert.ok(shots.plain[1].equals(shots.hostile[1]), "the first question is the same pixel for pixel");

  // The app's CSS changes nothing on the host page: the same page without the app looks the same.
  const { context, page } = await phonePage(browser);
  await page.goto(`${host.origin}/include.html?noapp`);
  assert.deepEqual(hostStyle.withApp, await page.evaluate(styleOfHost), "the host's fonts, colours and spacing");
  await context.close();
});

function styleOfHost() {
  return ["html", "body", "main", "h1", "p.host-text", "a", "h2"].map((s) => {
    const cs = getComputedStyle(document.querySelector(s));
    return `${s}: ${cs.fontFamily} ${cs.fontSize} ${cs.color} ${cs.lineHeight} ${cs.margin} ${cs.padding} ${cs.direction}`;
  });
}

test("(c) included, the app keeps to its root: the host's <html lang dir>, title, history and <main> are its own", async () => {
  const { context, page, problems } = await phonePage(browser);
  await context.route(/^https:\/\//, (r) => r.fulfill({ contentType: "text/html", body: "<!doctype html><title>elders</title><p>elders</p>" }));
  const asked = app.requests.length;
  await page.goto(`${host.origin}/include.html?lang=ar`);
  const t = messages("ar");
  await page.getByRole("heading", { level: 1, name: t("start-heading") }).waitFor();
  const root = page.locator("[data-regelingencheck] section.rc");
  assert.equal(await root.getAttribute("lang"), "ar");
  assert.equal(await root.getAttribute("dir"), "rtl");
  assert.equal(await root.getAttribute("data-mode"), "include");
  const entries = await page.evaluate(() => history.length);

  await page.getByRole("button", { name: t("button-start"), exact: true }).click();
  await page.locator("form[data-question=partner]").waitFor();
  // A #fragment link of the host page does not move the app.
  await page.getByRole("link", { name: "Naar later" }).click();
  await page.waitForTimeout(200);
  assert.equal(await page.locator("form[data-question=partner]").count(), 1, "the app stays on its question");
  await page.getByRole("button", { name: "فارسی", exact: true }).click();
  assert.equal(await root.getAttribute("lang"), "fa");

  const f = messages("fa");
  await answerAll(page, "fa", household, undefined, { fromHere: true });
  await page.getByRole("heading", { level: 1, name: f("result-heading") }).waitFor();
  assert.equal(await page.getAttribute("html", "lang"), "en", "the host's language");
  assert.equal(await page.getAttribute("html", "dir"), "ltr", "the host's direction");
  assert.equal(await page.title(), "Iedereen doet mee", "the host's title");
  assert.equal(await page.evaluate(() => history.length), entries + 1, "one history entry: the host's own #later link");
  assert.equal(await page.evaluate(() => document.querySelectorAll("main").length), 1, "one <main>: the host's");
  assert.equal(await page.evaluate(() => document.querySelector("[data-regelingencheck]").shadowRoot.querySelectorAll("main").length), 0);
  assert.equal(await page.locator("li.route a").first().getAttribute("target"), "_blank", "links open in a new tab");
  assert.deepEqual(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
  assert.ok(!app.requests.slice(asked).some((r) => r.includes("sw.js")), "no service worker asked for");
  assert.deepEqual(problems, []);
  await context.close();
});

test("(c) a gemeente's colours and fonts, set as custom properties on the host's element, apply inside", async () => {
  const { context, page } = await phonePage(browser);
  await page.goto(`${host.origin}/include.html?theme&lang=nl`);
  const start = page.getByRole("button", { name: messages("nl")("button-start"), exact: true });
  await start.waitFor();
  assert.equal(await start.evaluate((b) => getComputedStyle(b).backgroundColor), "rgb(0, 96, 58)");
  assert.match(await page.locator("[data-regelingencheck] h1").evaluate((h) => getComputedStyle(h).fontFamily), /^serif$/);
  await context.close();
});
