// Accessibility on every screen and error state, in all five languages: axe (WCAG 2.0/2.1 A and
// AA), <html lang dir>, the title naming the step, no horizontal scroll when narrow or zoomed,
// and a screenshot of each state at phone size. Then journeys done by keyboard only.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, phonePage, messages, axe, axeQuick, screenshot, horizontalOverflow, outsideViewport,
  focusIndicator, regelcheck, storedData, brokenTokens, mirroredAmounts, LANGS } from "./lib.mjs";
import { checkScreen, verifyResult, plain, RTL } from "./check.mjs";
import { tour, TOUR_STATES, TOUR_PLAN } from "./tour.mjs";
import { householdOf } from "./answer.mjs";

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// How narrow and zoomed is checked, on every state (one page, resized; layout depends only on the
// viewport in CSS pixels, so no new context is needed):
//  - 320 x 640 CSS px: WCAG 1.4.10 Reflow, which is defined as 320 CSS px wide (a 1280 px window
//    at 400% zoom, or a small phone).
//  - 640 x 400 CSS px: a 1280 x 800 window at 200% browser zoom. Browser zoom makes every CSS
//    pixel two device pixels, so the layout viewport is 640 x 400 CSS px; deviceScaleFactor only
//    changes how sharp it is drawn, not the layout, so it is left at 1. Setting
//    `document.documentElement.style.zoom` instead is not equivalent (it scales after layout
//    of the viewport and breaks media queries and getBoundingClientRect).
//  - 1280 x 800 with `html { font-size: 200% }`: text-only zoom (WCAG 1.4.4 Resize text), as
//    Chrome's font-size setting does; everything in app.css is in rem/em, so text and the boxes
//    around it grow and the viewport stays.
const SIZES = [
  { label: "320 CSS px wide (reflow)", width: 320, height: 640 },
  { label: "1280x800 at 200% zoom (640 CSS px)", width: 640, height: 400 },
  { label: "1280x800 with text at 200%", width: 1280, height: 800, fontSize: "200%" },
];
const PHONE = { width: 390, height: 844 };

async function overflowProblems(page) {
  const problems = [];
  // At phone size and at 320 px: amounts, percentages and counts such as "(2)" stay on one line,
  // and no amount is drawn mirrored.
  for (const [label, width] of [["390 px phone", 390], ["320 px", 320]]) {
    await page.setViewportSize({ width, height: 844 });
    const broken = await brokenTokens(page);
    if (broken.length) problems.push(`${label}: broken across lines: ${broken.join("; ")}`);
    const mirrored = await mirroredAmounts(page);
    if (mirrored.length) problems.push(`${label}: amounts drawn mirrored: ${mirrored.join("; ")}`);
  }
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    if (size.fontSize) await page.evaluate((fs) => { document.documentElement.style.fontSize = fs; }, size.fontSize);
    const scroll = await horizontalOverflow(page);
    if (scroll > 0) problems.push(`${size.label}: horizontal scroll of ${scroll} px`);
    const outside = await outsideViewport(page);
    if (outside.length) problems.push(`${size.label}: outside the viewport: ${outside.join("; ")}`);
    if (size.fontSize) await page.evaluate(() => { document.documentElement.style.fontSize = ""; });
  }
  await page.setViewportSize(PHONE);
  return problems;
}

// Two languages at a time: each tour has its own browser context, and much of a tour is waiting
// for the next frame.
describe("every screen in every language", { concurrency: 2 }, () => { for (const lang of LANGS) {
  test(`every screen and error state in ${lang}: axe, lang/dir, title, reflow, screenshot`, async (ctx) => {
    const { context, page, problems } = await phonePage(browser);
    const failures = [];
    const visited = [];
    try {
      await page.goto(`${server.url}?lang=${lang}`);
      const seen = await tour(page, lang, async (state) => {
        visited.push(state.name);
        const where = `${lang} ${state.name}`;
        try { await checkScreen(page, lang, where); } catch (e) { failures.push(e.message); }
        const violations = await axeQuick(page);
        if (violations.length) failures.push(`axe on ${where}: ${violations.join(" | ")}`);
        if (lang === "nl" && ["start", "income-error", "result"].includes(state.name)) {
          // The quick axe must find what AxeBuilder finds.
          assert.deepEqual(violations, await axe(page), `axeQuick equals AxeBuilder on ${where}`);
        }
        for (const p of await overflowProblems(page)) failures.push(`${where}: ${p}`);
        await screenshot(page, `screen-${lang}-${String(visited.length).padStart(2, "0")}-${state.name}`);
      });
      assert.deepEqual(visited, TOUR_STATES, "every state visited");
      ctx.diagnostic(`axe checked ${visited.length} states in ${lang}`);
      // The tour's last household, checked against the rules as well; after the income was
      // changed the summary still lists every question asked, in order.
      await verifyResult(page, lang, regelcheck(householdOf(TOUR_PLAN, seen)), { seen, typedAmount: 1900, children: [10] })
        .catch((e) => failures.push(`result: ${e.message.split("\n")[0]}`));
      assert.deepEqual(failures, [], `accessibility problems in ${lang}`);
    } finally {
      await context.close();
    }
    assert.deepEqual(problems, [], "no console errors or warnings");
  });

  // The screens of intermediair mode (all questions on one screen, with its error summary, the
  // result, and "next family" with its question before wiping) and the bilingual result view.
  test(`intermediair form, its error, its result and the bilingual view in ${lang}: axe, lang/dir, title, reflow`, async () => {
    const { context, page, problems } = await phonePage(browser);
    const t = messages(lang);
    const failures = [];
    const check = async (name, title) => {
      const where = `${lang} ${name}`;
      const s = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir, title: document.title,
        h1: [...document.querySelectorAll("h1")].map((h) => h.textContent.trim()), panic: document.querySelectorAll("main.panic").length,
        holes: [...document.querySelectorAll("main h1, main h2, main p, main legend, main label, main li, main dt, main dd")]
          .filter((e) => e.textContent.includes("\u2068\u2069")).map((e) => e.textContent.replace(/[\u2066-\u2069]/g, "").trim().slice(0, 80)) }));
      if (s.holes.length) failures.push(`${where}: a message with an empty value: ${s.holes.join(" | ")}`);
      if (s.panic || s.h1.length !== 1 || !s.h1[0]) failures.push(`${where}: h1 ${JSON.stringify(s.h1)}, panic ${s.panic}`);
      if (s.lang !== lang || s.dir !== (RTL.has(lang) ? "rtl" : "ltr")) failures.push(`${where}: lang ${s.lang} dir ${s.dir}`);
      if (title && s.title !== title) failures.push(`${where}: title "${s.title}", expected "${title}"`);
      const violations = await axeQuick(page);
      if (violations.length) failures.push(`axe on ${where}: ${violations.join(" | ")}`);
      for (const p of await overflowProblems(page)) failures.push(`${where}: ${p}`);
      await screenshot(page, `screen-${lang}-${name}`);
    };
    try {
      await page.goto(`${server.url}?lang=${lang}`);
      await page.getByRole("switch", { name: t("mode-intermediair") }).click();
      await page.getByRole("button", { name: t("button-start"), exact: true }).click();
      await page.locator("form[data-question=all]").waitFor();
      const formTitle = plain(t("page-title", { step: t("compact-heading") }));
      await check("intermediair-form", formTitle);
      await page.getByRole("button", { name: t("button-show-result"), exact: true }).click();
      await page.locator("#error-summary").waitFor();
      await page.getByRole("alert").first().waitFor();
      await check("intermediair-form-error", formTitle);
      await page.getByRole("radio", { name: t("a-partner-no"), exact: true }).check();
      // Both ages are labelled "age in years": the own age is the one under its own question.
      // On the one-screen form the question names the field too: two fields say "age in years".
      await page.getByRole("textbox", { name: `${t("q-age")} ${t("age-label")}`, exact: true }).fill("34");
      await page.getByRole("radio", { name: "2", exact: true }).check();
      await page.getByRole("textbox", { name: t("child-age-label", { n: 1 }), exact: true }).fill("7");
      await page.getByRole("textbox", { name: t("child-age-label", { n: 2 }), exact: true }).fill("13");
      await page.getByRole("textbox", { name: `${t("q-income")} ${t("income-label")}`, exact: true }).fill("1290");
      // The yes/no/don't-know questions this family is asked, by keyboard: focus "no", Space.
      // Answering one can switch on another question (debt help); focus must stay on the option
      // just chosen. A question not needed stays in place, switched off.
      for (let i = 0; i < 6; i++) {
        const group = page.getByRole("group").filter({ has: page.getByRole("radio", { name: t("a-dont-know"), exact: true, disabled: false }) })
          .filter({ hasNot: page.getByRole("radio", { checked: true }) });
        if (!(await group.count())) break;
        const no = group.first().getByRole("radio", { name: t("a-no"), exact: true });
        const question = await no.getAttribute("name");
        await no.focus();
        await page.keyboard.press("Space");
        await page.waitForFunction((q) => document.querySelector(`input[name="${q}"]:checked`), question);
        const focus = await page.evaluate(() => ({ name: document.activeElement?.getAttribute("name"), checked: document.activeElement?.checked,
          label: document.activeElement?.closest("fieldset")?.querySelector("legend")?.textContent.trim() }));
        if (focus.name !== question || !focus.checked) {
          failures.push(`${lang} intermediair form: after Space on "${t("a-no")}" of ${question}, focus is on an ${focus.checked ? "" : "un"}checked option of ${focus.name} ("${focus.label}")`);
        }
      }
      await page.getByRole("button", { name: t("button-show-result"), exact: true }).click();
      await page.locator("section.result").waitFor();
      await check("intermediair-result", plain(t("result-title")));
      if (lang !== "nl") {
        await page.getByRole("button", { name: t("bilingual-on"), exact: true }).click();
        await page.getByRole("button", { name: t("bilingual-off"), exact: true }).waitFor();
        await check("bilingual-result", plain(t("result-title")));
      }
      // "Next family" asks before it wipes; the question is a state of its own.
      await page.getByRole("button", { name: t("button-next-family"), exact: true }).first().click();
      await page.locator("#confirm-wipe").waitFor();
      await check("intermediair-confirm-wipe", plain(t("result-title")));
      await page.getByRole("button", { name: t("button-wipe"), exact: true }).click();
      await page.getByRole("heading", { level: 1, name: t("start-heading") }).waitFor();
      const stored = await storedData(context, page);
      assert.deepEqual(stored.localStorage, {}, "nothing in localStorage");
      assert.ok(Object.values(stored.sessionStorage).every((v) => !/\d/.test(v)), `only the mode in sessionStorage, no answer: ${JSON.stringify(stored.sessionStorage)}`);
      assert.deepEqual(stored.cookies, []);
    } finally {
      await context.close();
    }
    assert.deepEqual(failures, [], `accessibility problems in ${lang}`);
    assert.deepEqual(problems, [], "no console errors or warnings");
  });
} });

/** Presses key, then checks the focused element has a visible focus indicator. */
async function press(page, key, trail) {
  await page.keyboard.press(key);
  const f = await focusIndicator(page);
  trail.push(`${key} → ${f.element}`);
  assert.ok(f.visible, `focus visible after ${trail.slice(-4).join(", ")}: outline ${f.own?.outline}, box-shadow ${f.own?.boxShadow}${f.label ? `, label outline ${f.label.outline}, box-shadow ${f.label.boxShadow}` : ""}`);
  assert.ok(f.onScreen, `the focused element ${f.element} is on screen`);
  return f;
}

/** Tab (or Shift+Tab) until the focused element matches; every stop must show its focus. */
async function tabTo(page, trail, match, { back = false, max = 25 } = {}) {
  for (let i = 0; i < max; i++) {
    const f = await press(page, back ? "Shift+Tab" : "Tab", trail);
    if (match(f)) return f;
  }
  assert.fail(`never reached the element by ${back ? "Shift+Tab" : "Tab"}: ${trail.slice(-max).join(", ")}`);
}

for (const lang of ["nl", "ar"]) {
  test(`keyboard only in ${lang}: Tab, Shift+Tab, Space, Enter, arrows; focus always visible`, async () => {
    const { context, page, problems } = await phonePage(browser);
    const t = messages(lang);
    const trail = [];
    const button = (key) => (f) => f.kind === "button" && f.name === t(key);
    const radio = (label) => (f) => f.kind === "radio" && f.name === plain(label);
    const textbox = (label) => (f) => f.kind === "text" && f.name === plain(label);
    const onQuestion = (q) => page.locator(`form[data-question=${q}]`).waitFor();
    const headingFocused = async () => {
      // The app moves focus after the new screen has rendered: give it that moment (the check
      // below still fails when focus never arrives).
      await page.waitForFunction(() => document.activeElement?.tagName === "H1", null, { timeout: 2000 }).catch(() => {});
      const f = await focusIndicator(page);
      assert.equal(f.kind, "h1", `focus moves to the new screen's heading, not ${f.element}`);
      assert.ok(f.visible, `the focused heading shows focus: ${f.own.outline}`);
    };
    try {
      await page.goto(`${server.url}?lang=${lang}`);
      await page.getByRole("heading", { level: 1, name: t("start-heading") }).waitFor();
      const first = await press(page, "Tab", trail);
      assert.equal(first.name, t("skip-link"), "the first Tab stop is the skip link");
      await tabTo(page, trail, button("button-start"));
      await press(page, "Shift+Tab", trail);
      await tabTo(page, trail, button("button-start"));
      await page.keyboard.press("Enter");

      await onQuestion("partner");
      await headingFocused();
      await tabTo(page, trail, radio(t("a-partner-no")));
      await press(page, "Space", trail);
      assert.equal(await page.getByRole("radio", { name: t("a-partner-no"), exact: true }).isChecked(), true, "Space chooses");
      const down = await press(page, "ArrowDown", trail);
      assert.ok(radio(t("a-partner-yes"))(down) && down.checked, "ArrowDown moves to and chooses the next option");
      const up = await press(page, "ArrowUp", trail);
      assert.ok(radio(t("a-partner-no"))(up) && up.checked, "ArrowUp moves back");
      await tabTo(page, trail, button("button-next"));
      await tabTo(page, trail, radio(t("a-partner-no")), { back: true });
      await tabTo(page, trail, button("button-next"));
      await page.keyboard.press("Enter");

      await onQuestion("age");
      await headingFocused();
      await tabTo(page, trail, textbox(t("age-label")));
      await page.keyboard.type("34");
      await page.keyboard.press("Enter"); // Enter in a text field sends the form, as people expect

      await onQuestion("children");
      await headingFocused();
      await tabTo(page, trail, radio("0"));
      // Left to right the next option is to the right; right to left it is to the left.
      const forward = lang === "ar" ? "ArrowLeft" : "ArrowRight";
      await press(page, forward, trail);
      const two = await press(page, forward, trail);
      assert.ok(radio("2")(two) && two.checked, `${forward} twice chooses 2 children (${two.element})`);
      await tabTo(page, trail, textbox(t("child-age-label", { n: 1 })));
      await page.keyboard.type("7");
      await tabTo(page, trail, textbox(t("child-age-label", { n: 2 })));
      await page.keyboard.type("13");
      await tabTo(page, trail, button("button-next"));
      await page.keyboard.press("Enter");

      await onQuestion("income");
      await headingFocused();
      await tabTo(page, trail, textbox(t("income-label")));
      await page.keyboard.type("1265");
      const month = await tabTo(page, trail, (f) => f.kind === "radio");
      assert.ok(month.name === t("period-option-month") && month.checked, `Tab goes to the chosen period (${month.element})`);
      // What counts as income is an open list, not a control: the next stop is Next.
      const afterPeriod = await press(page, "Tab", trail);
      assert.ok(button("button-next")(afterPeriod), `Tab goes from the period to Next (${afterPeriod.element})`);
      await page.keyboard.press("Enter");

      for (const [q, key] of [["assets_above_limit", "a-no"], ["low_income_3_years", "a-yes"], ["student", "a-no"]]) {
        await onQuestion(q);
        await headingFocused();
        const firstRadio = await tabTo(page, trail, (f) => f.kind === "radio");
        assert.equal(firstRadio.name, t("a-yes"));
        if (key === "a-no") await press(page, "ArrowDown", trail); else await press(page, "Space", trail);
        assert.equal(await page.getByRole("radio", { name: t(key), exact: true }).isChecked(), true, `${q}: ${key}`);
        await tabTo(page, trail, (f) => f.kind === "button" && (f.name === t("button-next") || f.name === t("button-show-result")));
        await page.keyboard.press("Enter");
      }

      await page.locator("section.result").waitFor();
      await headingFocused();
      // Every stop on the result screen shows its focus, down to the last button and back.
      await tabTo(page, trail, button("button-restart"), { max: 60 });
      await tabTo(page, trail, (f) => f.kind === "button" && f.name.startsWith(t("button-change")), { back: true, max: 10 });
      const seen = ["partner", "age", "children", "income", "assets_above_limit", "low_income_3_years", "student"];
      const plan = { partner: false, age: 34, children: [7, 13], income: "1265", assets: "a-no", lowIncome: "a-yes", student: "a-no", debtHelp: "a-no" };
      await verifyResult(page, lang, regelcheck(householdOf(plan, seen)), { seen, typedAmount: 1265, children: [7, 13] });
      // "Start again" asks before it wipes: the question gets the focus, and "No" keeps every answer.
      await tabTo(page, trail, button("button-restart"));
      await page.keyboard.press("Enter");
      await page.locator("#confirm-wipe").waitFor();
      await page.waitForFunction(() => document.activeElement?.id === "confirm-wipe", null, { timeout: 2000 }).catch(() => {});
      const asked = await focusIndicator(page);
      assert.ok(asked.element.startsWith("div#confirm-wipe") && asked.visible, `focus on the question before wiping, visible: ${asked.element}`);
      await tabTo(page, trail, button("button-keep"));
      await page.keyboard.press("Enter");
      await page.locator("#confirm-wipe").waitFor({ state: "detached" });
      assert.equal(await page.getByRole("button", { name: new RegExp(`^${t("button-change")}: `) }).count(), seen.length, "every answer kept");
      assert.deepEqual(problems, [], "no console errors or warnings");
    } finally {
      await context.close();
    }
  });
}
