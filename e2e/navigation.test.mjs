// Robustness of navigation: switching language on every screen and error state, rapid double
// clicks, browser Back and Forward, "change" from the summary, a reload in the middle. Never a
// blank page (an h1 is always there), never the panic screen, never a lost answer that was valid.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, phonePage, messages, regelcheck, assertAlive, storedData, LANGS } from "./lib.mjs";
import { checkScreen, verifyResult, plain, RTL } from "./check.mjs";
import { flow } from "./journey.mjs";
import { answerAll, householdOf } from "./answer.mjs";
import { tour, TOUR_STATES } from "./tour.mjs";

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const ENDONYM = { nl: "Nederlands", en: "English", ar: "العربية", tr: "Türkçe", fa: "فارسی" };

/** What is on the screen, in one look: independent of the language (the screen, what is typed
 *  and chosen, which fields are marked wrong, the result's cards with verdicts and reasons), and
 *  the texts that depend on it (lang, dir, title, h1, errors, buttons). */
const look = (page) => page.evaluate(() => ({
  same: {
    screen: document.querySelector("form[data-question]")?.dataset.question ?? (document.querySelector("section.result") ? "result" : "start"),
    typed: [...document.querySelectorAll("main input[type=text]")].map((i) => `${i.id}=${i.value}`),
    checked: [...document.querySelectorAll("main input[type=radio]")].map((i) => (i.checked ? 1 : 0)).join(""),
    invalid: [...document.querySelectorAll("[aria-invalid=true]")].map((e) => e.id),
    alerts: document.querySelectorAll("[role=alert]").length,
    cards: [...document.querySelectorAll("li[id^=scheme-]")].map((li) => `${li.id} ${li.className} ${[...li.querySelectorAll("li[data-reason]")].map((r) => r.dataset.reason)}`),
  },
  lang: document.documentElement.lang,
  dir: document.documentElement.dir,
  title: document.title,
  h1: [...document.querySelectorAll("h1")].map((h) => h.textContent.trim()),
  panic: document.querySelectorAll("main.panic").length,
  alertTexts: [...document.querySelectorAll("[role=alert]")].map((a) => a.textContent.trim()),
  buttons: [...document.querySelectorAll("main button")].map((b) => b.textContent.trim()),
  pressed: [...document.querySelectorAll("nav button[aria-pressed=true]")].map((b) => b.textContent.trim()),
  step: Number(document.querySelector("form[data-question] .step")?.textContent.match(/\u2068(\d+)\u2069/)?.[1]) || null,
}));

async function switchTo(page, lang) {
  await page.getByRole("button", { name: ENDONYM[lang], exact: true }).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

// One walk in Dutch, and on every state a switch to each language in turn (en, ar, tr, fa, back to
// nl): every screen and error state is seen in every language, and from left-to-right to
// right-to-left and back.
for (const home of ["nl"]) {
  test(`switching language on every screen and error state (tour in ${home}) keeps screen, answers and error`, async (ctx) => {
    const { context, page, problems } = await phonePage(browser);
    const failures = [];
    let switches = 0;
    try {
      await page.goto(`${server.url}?lang=${home}`);
      const visited = [];
      await tour(page, home, async (state) => {
        visited.push(state.name);
        const before = await look(page);
        for (const lang of [...LANGS.filter((l) => l !== home), home]) {
          const where = `${state.name} switched to ${lang}`;
          try {
            await switchTo(page, lang);
            switches++;
            const now = await look(page);
            const t = messages(lang);
            assert.equal(now.panic, 0, `no panic on ${where}`);
            assert.deepEqual([now.lang, now.dir], [lang, RTL.has(lang) ? "rtl" : "ltr"], `lang and dir on ${where}`);
            assert.deepEqual(now.h1, [state.h1(lang).trim()], `h1 on ${where}`);
            assert.deepEqual(now.same, before.same, `screen, answers and error kept on ${where}`);
            assert.deepEqual(now.step, before.step, `same step on ${where}`);
            if (state.error) assert.ok(now.alertTexts.includes(state.error(lang)), `error in ${lang} on ${where}: ${now.alertTexts}`);
            const title = now.step ? plain(t("page-title", { step: t("step-n", { n: now.step }) }))
              : plain(t(state.name.startsWith("result") ? "result-title" : "app-name"));
            assert.equal(now.title, title, `title on ${where}`);
            if (state.question) assert.ok(now.buttons.includes(t("button-back")), `Back button in ${lang} on ${where}: ${now.buttons}`);
            assert.deepEqual(now.pressed, [ENDONYM[lang]], `${lang} pressed`);
          } catch (e) {
            failures.push(e.message.split("\n")[0]);
            await switchTo(page, home).catch(() => {});
          }
        }
      });
      assert.deepEqual(visited, TOUR_STATES);
      ctx.diagnostic(`${switches} language switches on ${visited.length} states`);
    } finally {
      await context.close();
    }
    assert.deepEqual(failures, [], "language switching");
    assert.deepEqual(problems, [], "no console errors or warnings");
  });
}
const SINGLE_PARENT = { partner: false, age: 34, children: [7, 13], income: "1265", assets: "a-no", lowIncome: "a-yes", student: "a-no", debtHelp: "a-no" };

/** Whether the screen shows the plan's answer to q (the radio checked, the text typed). */
async function showsAnswer(page, lang, q, plan) {
  const t = messages(lang);
  const radio = (key) => page.getByRole("radio", { name: t(key), exact: true }).isChecked();
  const text = (label) => page.getByRole("textbox", { name: label, exact: true }).inputValue();
  switch (q) {
    case "partner": return radio(plan.partner ? "a-partner-yes" : "a-partner-no");
    case "age": return (await text(t("age-label"))) === String(plan.age);
    case "children": {
      if (!(await page.getByRole("radio", { name: String(plan.children.length), exact: true }).isChecked())) return false;
      for (const [i, a] of plan.children.entries()) if ((await text(t("child-age-label", { n: i + 1 }))) !== String(a)) return false;
      return true;
    }
    case "income": return (await text(t("income-label"))) === plan.income && radio((plan.period ?? "period-month").replace("period-", "period-option-"));
    case "assets_above_limit": return radio(plan.assets);
    case "low_income_3_years": return radio(plan.lowIncome);
    case "student": return radio(plan.student);
    case "debt_help": return radio(plan.debtHelp);
    default: throw new Error(q);
  }
}

// A double click (or two clicks before the app draws again) on Begin, Next, Back and on the
// result's Back, each from a fresh page: the second click lands on whatever the next screen has
// under the pointer. Never further than one screen on, never an answer lost, never a mode or an
// answer chosen that the resident did not choose.
test("rapid double clicks on Begin, Next and Back never lose an answer, choose anything or break the page", async () => {
  const lang = "nl";
  const t = messages(lang);
  const failures = [];
  const scenarios = [
    { name: "Begin", setup: [], button: "button-start", expect: ["partner"] },
    { name: "Next on partner", setup: ["partner"], button: "button-next", expect: ["age"] },
    { name: "Next on age", setup: ["partner", "age"], button: "button-next", expect: ["children"] },
    { name: "Next on children", setup: ["partner", "age", "children"], button: "button-next", expect: ["income"] },
    { name: "Next on income", setup: ["partner", "age", "children", "income"], button: "button-next", expect: ["assets_above_limit"] },
    { name: "Back on income", setup: ["partner", "age", "children", "income"], back: true, button: "button-back", expect: ["children", "age"] },
    { name: "Back on children", setup: ["partner", "age", "children"], back: true, button: "button-back", expect: ["age", "partner"] },
    { name: "Back on the result", setup: "all", button: "button-back", expect: ["student", "low_income_3_years"] },
    { name: "Next twice in one moment (script)", setup: ["partner"], button: "button-next", script: true, expect: ["age"] },
  ];
  for (const sc of scenarios) {
    const { context, page, problems } = await phonePage(browser);
    const f = flow(page, lang);
    try {
      await page.goto(`${server.url}?lang=${lang}`);
      if (sc.setup === "all") await answerAll(page, lang, SINGLE_PARENT);
      else if (sc.setup.length) {
        // Answer the setup questions, then come back to the last one with Back.
        const seen = await answerAll(page, lang, SINGLE_PARENT, async (q) => { if (!sc.setup.includes(q)) throw new Error("stop"); }).catch((e) => { if (e.message !== "stop") throw e; });
        await f.back();
        await page.locator(`form[data-question=${sc.setup.at(-1)}]`).waitFor();
      }
      const button = page.getByRole("button", { name: t(sc.button), exact: true }).last();
      if (sc.script) await button.evaluate((b) => { b.click(); b.click(); });
      else await button.dblclick();
      await page.waitForTimeout(100);
      await assertAlive(page, `after a double click on ${sc.name}`);
      const now = await page.evaluate(() => ({ screen: document.querySelector("form[data-question]")?.dataset.question ?? (document.querySelector("section.result") ? "result" : "start"),
        checkedNow: [...document.querySelectorAll("main input[type=radio]:checked")].map((i) => i.id) }));
      const mode = await page.getByRole("switch").first().getAttribute("aria-checked").catch(() => null);
      if (mode === "true") failures.push(`${sc.name}: the double click switched intermediair mode on (screen "${now.screen}", sessionStorage ${JSON.stringify(await page.evaluate(() => ({ ...sessionStorage })))})`);
      if (!sc.expect.includes(now.screen)) failures.push(`${sc.name}: ended on "${now.screen}", expected ${sc.expect.join(" or ")}`);
      else if (sc.name === "Begin" && now.checkedNow.length) failures.push(`Begin: the second click chose ${now.checkedNow}`);
      else if (now.screen !== "result" && sc.setup.length && !(await showsAnswer(page, lang, now.screen, SINGLE_PARENT)) && sc.setup !== "all" && sc.setup.includes(now.screen)) {
        failures.push(`${sc.name}: the answer to ${now.screen} is not shown after the double click`);
      }
      if (problems.length) failures.push(`${sc.name}: console ${problems.join(" | ")}`);
    } catch (e) {
      failures.push(`${sc.name}: ${e.message.split("\n")[0]}`);
    } finally {
      await context.close();
    }
  }
  assert.deepEqual(failures, [], "double clicks");
});

for (const lang of ["nl", "ar"]) {
  test(`browser Back and Forward through a whole journey and the result in ${lang}`, async () => {
    const { context, page, problems } = await phonePage(browser);
    try {
      const t = messages(lang);
      await page.goto(`${server.url}?lang=${lang}`);
      const seen = await answerAll(page, lang, SINGLE_PARENT);
      const truth = regelcheck(householdOf(SINGLE_PARENT, seen));
      const expect = { seen, typedAmount: 1265, children: [7, 13] };
      await verifyResult(page, lang, truth, expect);
      const screen = async () => (await page.locator("form[data-question]").count()) ? page.locator("form[data-question]").getAttribute("data-question")
        : (await page.locator("section.result").count()) ? "result" : "start";
      // Back through every question to the start, each showing its answer; then with the
      // app's own Back button the same way.
      const lost = [];
      for (let i = seen.length - 1; i >= 0; i--) {
        await page.goBack();
        await page.locator(`form[data-question=${seen[i]}]`).waitFor();
        await checkScreen(page, lang, `Back to ${seen[i]}`);
        if (!(await showsAnswer(page, lang, seen[i], SINGLE_PARENT))) lost.push(`browser Back to ${seen[i]}`);
      }
      await page.goBack();
      await page.getByRole("heading", { level: 1, name: t("start-heading") }).waitFor();
      assert.ok(page.url().startsWith(server.url), "still in the app");
      // Forward all the way to the result again: the same result.
      for (const q of seen) {
        await page.goForward();
        await page.locator(`form[data-question=${q}]`).waitFor();
      }
      await page.goForward();
      await page.locator("section.result").waitFor();
      await verifyResult(page, lang, truth, expect);
      // Back twice, Forward once, quickly.
      await page.goBack(); await page.goBack(); await page.goForward();
      await assertAlive(page, "after quick Back, Back, Forward");
      assert.equal(await screen(), seen[seen.length - 1]);
      await page.goForward();
      await page.locator("section.result").waitFor();
      for (let i = seen.length - 1; i >= 0; i--) {
        await page.getByRole("button", { name: t("button-back"), exact: true }).last().click();
        await page.locator(`form[data-question=${seen[i]}]`).waitFor();
        if (!(await showsAnswer(page, lang, seen[i], SINGLE_PARENT))) lost.push(`"${t("button-back")}" to ${seen[i]}`);
      }
      assert.deepEqual(lost, [], "every answer shown again when going back (the state still holds it: the result is right)");
      assert.deepEqual(problems, [], "no console errors or warnings");
    } finally {
      await context.close();
    }
  });
}

for (const lang of ["nl", "ar"]) {
  test(`a reload in the middle, on an error and on the result returns to a working start screen in ${lang}`, async () => {
    const { context, page, problems } = await phonePage(browser);
    try {
      const f = flow(page, lang);
      const t = f.t;
      const start = async (where) => {
        await page.reload();
        await page.getByRole("heading", { level: 1, name: t("start-heading") }).waitFor();
        await checkScreen(page, lang, `reload ${where}`);
        const stored = await storedData(context, page);
        assert.deepEqual([stored.cookies, stored.localStorage, stored.sessionStorage, stored.indexedDB], [[], {}, {}, []], "nothing stored");
        await f.start();
        await page.locator("form[data-question=partner]").waitFor();
        assert.equal(await page.getByRole("radio", { checked: true }).count(), 0, `nothing remembered after the reload ${where}`);
      };
      await page.goto(`${server.url}?lang=${lang}`);
      await f.start();
      await f.choose("a-partner-no");
      await f.next();
      await f.fillAge(34);
      await f.next();
      await page.locator("form[data-question=children]").waitFor();
      await start("on the children question");
      await f.next();
      await page.getByRole("alert").waitFor();
      await start("on an error");
      await page.goto(`${server.url}?lang=${lang}`);
      const seen = await answerAll(page, lang, SINGLE_PARENT);
      assert.ok(seen.length > 3);
      await start("on the result");
      // And the journey still works to the end after it.
      await page.goto(`${server.url}?lang=${lang}`);
      const again = await answerAll(page, lang, SINGLE_PARENT);
      await verifyResult(page, lang, regelcheck(householdOf(SINGLE_PARENT, again)), { seen: again, typedAmount: 1265, children: [7, 13] });
      assert.deepEqual(problems, [], "no console errors or warnings");
    } finally {
      await context.close();
    }
  });
}

test("each \"change\" button on the result opens its question with the answer shown, and Next returns to the result", async () => {
  const { context, page, problems } = await phonePage(browser);
  const lang = "en";
  const t = messages(lang);
  const lost = [];
  try {
    await page.goto(`${server.url}?lang=${lang}`);
    const seen = await answerAll(page, lang, SINGLE_PARENT);
    const truth = regelcheck(householdOf(SINGLE_PARENT, seen));
    const labels = { partner: "summary-partner", age: "summary-age", children: "summary-children", income: "summary-income",
      assets_above_limit: "summary-assets", low_income_3_years: "summary-low-income", student: "summary-student", debt_help: "summary-debt-help" };
    for (const q of seen) {
      await page.getByRole("button", { name: `${t("button-change")}: ${t(labels[q], { years: 3 })}`, exact: true }).click();
      await page.locator(`form[data-question=${q}]`).waitFor();
      await checkScreen(page, lang, `change ${q}`);
      if (!(await showsAnswer(page, lang, q, SINGLE_PARENT))) lost.push(q);
      // On through the questions after it, each already answered, back to the result.
      for (let i = 0; i < seen.length && !(await page.locator("section.result").count()); i++) {
        const last = page.getByRole("button", { name: t("button-show-result"), exact: true });
        await ((await last.count()) ? last : page.getByRole("button", { name: t("button-next"), exact: true })).click();
        await assertAlive(page, `after change ${q}`);
        assert.equal(await page.getByRole("alert").count(), 0, `no error on the way back to the result after changing ${q}`);
      }
      await verifyResult(page, lang, truth, { seen, typedAmount: 1265, children: [7, 13] });
    }
    assert.deepEqual(lost, [], "questions opened by \"change\" that do not show their answer");
    assert.deepEqual(problems, [], "no console errors or warnings");
  } finally {
    await context.close();
  }
});
