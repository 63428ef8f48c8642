// The result a resident can act on: what to do and the Serviceplein on the first phone screen,
// the whole result at most three screens tall with the cards folded, "vraag het toch aan" never
// under "Nu niet voor u", a step number that only counts up, a print of at most two A4 pages at
// 10 pt or more, and intermediair mode's one list of every missing answer. axe on every new state.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { serve, launch, phonePage, messages, axeQuick, screenshot, LANGS, shotsDir } from "./lib.mjs";
import { answerAll } from "./answer.mjs";
import { JOURNEYS } from "./journeys.mjs";
import { plain } from "./check.mjs";

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PHONE = { width: 390, height: 844 };
const pdfDir = path.join(path.dirname(shotsDir), "print");

/** Where the parts of the result are, in CSS pixels from the top of the page. */
const layout = (page) => page.evaluate(() => {
  const bottom = (sel) => { const e = document.querySelector(sel); return e ? Math.round(e.getBoundingClientRect().bottom + scrollY) : null; };
  const top = (sel) => { const e = document.querySelector(sel); return e ? Math.round(e.getBoundingClientRect().top + scrollY) : null; };
  return { height: document.documentElement.scrollHeight, todoTop: top("section.todo"), todoBottom: bottom("section.todo"),
    phoneBottom: bottom("section.todo a.phone"), firstCard: top("li.scheme"), openDetails: document.querySelectorAll("details[open]").length };
});

describe("the first screen of the result", { concurrency: 2 }, () => {
  for (const lang of ["nl", "ar"]) {
    test(`single parent just under 110% in ${lang}: what to do and the Serviceplein's telephone on the first screen, the result at most 3 screens`, async () => {
      const { context, page, problems } = await phonePage(browser, PHONE);
      const t = messages(lang);
      try {
        await page.goto(`${server.url}?lang=${lang}`);
        await answerAll(page, lang, JOURNEYS["single-parent"].plan(lang));
        await page.evaluate(() => scrollTo(0, 0));
        const l = await layout(page);
        assert.equal(l.openDetails, 0, "every card folded");
        assert.ok(l.todoBottom <= PHONE.height, `the what-to-do list ends on the first screen: bottom at ${l.todoBottom} px`);
        assert.ok(l.phoneBottom <= PHONE.height, `the telephone is on the first screen: bottom at ${l.phoneBottom} px`);
        assert.ok(l.firstCard > l.todoBottom, "what to do comes before the first card");
        const phone = page.locator("section.todo a.phone");
        assert.ok(plain(await phone.textContent()).includes("14 0251"));
        assert.equal(await phone.getAttribute("href"), "tel:140251");
        assert.ok(await phone.isVisible());
        assert.ok(l.height <= 3 * PHONE.height, `the result is at most 3 screens tall: ${l.height} px`);
        // Each route once.
        const routes = await page.locator("ol.routes > li").evaluateAll((lis) => lis.map((li) => li.className));
        assert.equal(new Set(routes).size, routes.length, `each route once: ${routes}`);
        assert.ok(routes[0].includes("route-digid_form"), "the one DigiD form first");
        assert.ok((await page.locator("li.route-digid_form").textContent()).includes(plain(t("doc-bank-statements"))), "its documents");
        await screenshot(page, `result-first-screen-${lang}`);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
});

describe("advice and steps along every journey", { concurrency: 2 }, () => {
  for (const lang of LANGS) {
    test(`every journey in ${lang}: the step only counts up, and "apply anyway" is never under "Nu niet voor u"`, async () => {
      const t = messages(lang);
      const advice = plain(t("apply-anyway"));
      const stepPattern = new RegExp(plain(t("step-n", { n: "\u0000" })).replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace("\u0000", "(\\d+)"));
      const households = { ...JOURNEYS,
        // The couple of 70 without children from the language review: JFSC used to say "apply anyway" under "no".
        "couple-70-margin": { plan: () => ({ ...JOURNEYS["aow-couple-margin"].plan(lang) }) } };
      for (const [name, j] of Object.entries(households)) {
        const { context, page, problems } = await phonePage(browser, PHONE);
        try {
          await page.goto(`${server.url}?lang=${lang}`);
          const steps = [];
          await answerAll(page, lang, j.plan(lang), async () => {
            const text = plain(await page.locator("form[data-question] p.step").textContent());
            const m = text.match(stepPattern);
            assert.ok(m, `${name}: a step number in "${text}"`);
            steps.push(Number(m[1]));
            assert.ok(plain(await page.title()).includes(plain(t("step-n", { n: m[1] }))), `${name}: the title names the step`);
          });
          assert.deepEqual(steps, steps.map((_, i) => i + 1), `${name} in ${lang}: steps ${steps.join(", ")}`);
          const no = page.locator("section.group-no");
          if (await no.count()) {
            assert.ok(!plain(await no.textContent()).includes(advice), `${name} in ${lang}: no advice under "Nu niet voor u"`);
          }
          // Advice stands only on a "maybe" card.
          const advised = await page.locator("li.scheme:has(p.advice)").evaluateAll((lis) => lis.map((li) => li.className));
          for (const c of advised) assert.ok(c.includes("scheme-maybe"), `${name}: advice on ${c}`);
          assert.deepEqual(problems, []);
        } finally {
          await context.close();
        }
      }
    });
  }
});

// A household with regelingen in every group, so the print is as long as it gets.
const family = { partner: false, age: 34, children: [7, 13], income: "1290", assets: "a-no", lowIncome: "a-dont-know", student: "a-no", debtHelp: "a-dont-know" };

function pdfPages(buffer) {
  return (buffer.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

describe("print and the new states, in every language", { concurrency: 2 }, () => {
  for (const lang of LANGS) {
    test(`result in ${lang}: print at most 2 A4 pages with text of 10 pt or more and the Dutch beside it; axe on folded parts opened, confirm and bilingual`, async () => {
      const { context, page, problems } = await phonePage(browser, PHONE);
      const t = messages(lang);
      const failures = [];
      const check = async (where) => {
        const v = await axeQuick(page);
        if (v.length) failures.push(`axe on ${lang} ${where}: ${v.join(" | ")}`);
      };
      try {
        await page.goto(`${server.url}?lang=${lang}`);
        await answerAll(page, lang, family);
        await check("result");
        // Every fold opened.
        const closed = page.locator("details:not([open]) > summary");
        for (let guard = 0; guard < 30 && (await closed.count()); guard++) await closed.first().click();
        await check("result with every fold open");
        await screenshot(page, `result-open-${lang}`);
        // Starting again asks first, and "no" keeps everything.
        await page.getByRole("button", { name: t("button-restart"), exact: true }).click();
        await page.locator("#confirm-wipe").waitFor();
        assert.equal(await page.evaluate(() => document.activeElement?.id), "confirm-wipe", "focus on the question");
        await check("confirm before wiping");
        await page.getByRole("button", { name: t("button-keep"), exact: true }).click();
        assert.equal(await page.locator("#confirm-wipe").count(), 0);
        assert.equal(await page.locator("section.result").count(), 1, "the result is kept");
        if (lang !== "nl") {
          await page.getByRole("button", { name: t("bilingual-on"), exact: true }).click();
          await check("bilingual");
          // One notation on both sides: every amount in the Dutch way.
          const amounts = (await page.locator("section.result").textContent()).match(/\u2066[^\u2066\u2069]*€[^\u2066\u2069]*\u2069/g) ?? [];
          for (const a of amounts) assert.match(plain(a), /^€\u00a0\d{1,3}(\.\d{3})*(,\d\d)?$/, `Dutch notation in the bilingual view: ${plain(a)}`);
          const nl = await page.locator(".scheme .nl-lines").first();
          assert.ok(await nl.isVisible(), "Dutch lines shown under each card");
          await page.getByRole("button", { name: t("bilingual-off"), exact: true }).click();
        }

        await page.emulateMedia({ media: "print" });
        // Print opens what is folded (the app does so on beforeprint; emulation does not fire it).
        await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
        const smallest = await page.evaluate(() => {
          let min = Infinity, where = "";
          const walker = document.createTreeWalker(document.querySelector("section.result"), NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const el = n.parentElement;
            if (!n.data.trim() || !el.getClientRects().length) continue;
            const size = parseFloat(getComputedStyle(el).fontSize);
            if (size < min) { min = size; where = n.data.trim().slice(0, 40); }
          }
          return { pt: Math.round(min * 0.75 * 100) / 100, where };
        });
        assert.ok(smallest.pt >= 10, `smallest printed text ${smallest.pt} pt: "${smallest.where}"`);
        const meta = await page.locator(".print-meta").textContent();
        assert.ok(meta.includes("Regelingencheck Heemskerk"), "the app's name on the sheet");
        assert.ok(meta.includes(new URL(server.url).host), "the page's address on the sheet");
        // The browser carries the texts of these two sources only (build/data.rs).
        const sources = await page.locator("footer.sources .source-list").textContent();
        assert.match(sources, /bijstandsnormen|normenoverzicht/i, "the norms' source on the sheet");
        assert.ok(sources.includes("memo Minimabeleid, D/2023/537902"), "the council memo on the sheet");
        if (lang !== "nl") {
          const nlCards = await page.locator("li.scheme .nl-lines").evaluateAll((els) => els.filter((e) => e.getClientRects().length).length);
          const cards = await page.locator("li.scheme").count();
          assert.equal(nlCards, cards, "every printed card carries its Dutch line");
        }
        assert.equal(await page.locator("details:not([open])").count(), 0, "folded parts print open");
        fs.mkdirSync(pdfDir, { recursive: true });
        const pdf = await page.pdf({ format: "A4", printBackground: false, preferCSSPageSize: true });
        fs.writeFileSync(path.join(pdfDir, `result-${lang}.pdf`), pdf);
        assert.ok(pdfPages(pdf) <= 2, `at most 2 A4 pages in ${lang}: ${pdfPages(pdf)}`);
        assert.deepEqual(failures, []);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });

    test(`intermediair mode in ${lang}: one list of every missing answer, each a link to its field; the compact result; axe`, async () => {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      const t = messages(lang);
      const failures = [];
      try {
        await page.goto(`${server.url}?lang=${lang}`);
        await page.getByRole("switch", { name: t("mode-intermediair") }).click();
        await page.getByRole("button", { name: t("button-start"), exact: true }).click();
        await page.locator("form[data-question=all]").waitFor();
        const before = await page.locator(".compact-item").evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
        // 66 makes the AOW question needed: it changes in place.
        await page.locator("#age-input").fill("66");
        const after = await page.locator(".compact-item").evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
        assert.deepEqual(after, before, "the form does not move while typing");
        await page.locator("#age-input").fill("34");
        await page.getByRole("button", { name: t("button-show-result"), exact: true }).click();
        const summary = page.locator("#error-summary");
        await summary.waitFor();
        await page.waitForFunction(() => document.activeElement?.id === "error-summary", null, { timeout: 2000 }).catch(() => {});
        assert.equal(await page.evaluate(() => document.activeElement?.id), "error-summary", "focus on the list of errors");
        const links = await summary.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href").slice(1)));
        // Every field marked as needing an answer is in the list, and nothing else.
        const marked = await page.evaluate(() => [...document.querySelectorAll(".compact-item")]
          .filter((item) => item.querySelector("[role=alert]")).map((item) => item.dataset.item));
        assert.deepEqual(links.map((id) => id.replace(/-(0|input)$/, "").replace(/^child-age-\d+$/, "children")), marked, `links ${links}`);
        assert.ok(marked.includes("partner") && marked.includes("income"), `missing answers listed: ${marked}`);
        const v = await axeQuick(page);
        if (v.length) failures.push(`axe on the error list: ${v.join(" | ")}`);
        await page.screenshot({ path: path.join(shotsDir, `intermediair-errors-${lang}.png`), fullPage: true });
        for (const id of links) {
          await summary.locator(`a[href="#${id}"]`).click();
          assert.equal(await page.evaluate(() => document.activeElement?.id), id, `the link focuses ${id}`);
        }
        assert.equal(page.url(), `${server.url}?lang=${lang}`, "the links add nothing to the address");

        await page.getByRole("radio", { name: t("a-partner-no"), exact: true }).check();
        await page.getByRole("radio", { name: "2", exact: true }).check();
        await page.locator("#child-age-0").fill("7");
        await page.locator("#child-age-1").fill("13");
        await page.locator("#income-input").fill("1290");
        for (const n of ["assets_above_limit", "low_income_3_years", "student", "debt_help"]) {
          const no = page.locator(`input[name=${n}]:not([disabled])`).nth(1);
          if (await no.count()) await no.check();
        }
        await page.getByRole("button", { name: t("button-show-result"), exact: true }).click();
        await page.locator("table.overview").waitFor();
        const rows = await page.locator("table.overview tbody tr[id^=scheme-]").count();
        assert.ok(rows >= 7, `one row per regeling: ${rows}`);
        const jfsc = await page.locator("tr#scheme-jfsc").textContent();
        assert.ok(jfsc.includes(plain(t("apply-jfsc-intermediair"))), "the JFSC row says how to register the child");
        const v2 = await axeQuick(page);
        if (v2.length) failures.push(`axe on the compact result: ${v2.join(" | ")}`);
        await page.screenshot({ path: path.join(shotsDir, `intermediair-result-${lang}.png`), fullPage: true });
        // "Volgend gezin" asks first.
        await page.getByRole("button", { name: t("button-next-family"), exact: true }).click();
        await page.locator("#confirm-wipe").waitFor();
        assert.equal(await page.locator("section.result").count(), 1, "nothing wiped before the answer");
        await page.getByRole("button", { name: t("button-wipe"), exact: true }).click();
        await page.getByRole("heading", { level: 1, name: t("start-heading") }).waitFor();
        assert.equal(await page.getByRole("switch", { name: t("mode-intermediair") }).getAttribute("aria-checked"), "true", "the mode stays");
        assert.deepEqual(failures, []);
      } finally {
        await context.close();
      }
    });
  }
});
