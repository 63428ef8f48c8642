// Robustness of input: garbage in every text field (letters, emoji, 10^30, negative numbers,
// "1,380.50" and "1.380,50", Arabic-Indic and Persian digits), entered by paste (fill),
// insertText and typing; whole journeys with each language's own digits. Never a blank page,
// never the panic screen, never a lost answer that was valid; the amount parser agrees with the
// regelcheck command on every input.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, phonePage, regelcheck, assertAlive, LANGS } from "./lib.mjs";
import { verifyResult } from "./check.mjs";
import { flow } from "./journey.mjs";
import { answerAll, householdOf } from "./answer.mjs";

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Up to the income screen: no partner, 34, no children. */
async function toIncome(page, lang) {
  const f = flow(page, lang);
  await page.goto(`${server.url}?lang=${lang}`);
  await f.start();
  await f.choose("a-partner-no");
  await f.next();
  await f.fillAge(34);
  await f.next();
  await f.chooseText("0");
  await f.next();
  await page.locator("form[data-question=income]").waitFor();
  return f;
}

// What people type or paste into the amount field; regelcheck, on the same rules, says which are
// amounts and which error each of the others gets.
const GARBAGE_INCOME = ["", "   ", "abc", "twaalfhonderd", "💶💶", "😀1265", "1e30", "10^30", "1000000000000000000000000000000",
  "-5", "-1265", "1,380.50", "1.380,50", "1.380", "1 380", "٣٤٥", "۳۴۵", "١٬٢٦٥٫٥٠", "€ 1.380,-", "1380,505", "1.380.5",
  "13,80,00", "Infinity", "NaN", "0x10", "<img src=x onerror=alert(1)>", "1265\u200f", "\u20661265\u2069"];
// Three ways text gets into a field: fill (as a paste does: one input event), insertText (what an
// IME or the clipboard sends), and typing key by key.
const METHODS = ["fill", "insertText", "type"];

async function enter(page, field, text, method) {
  if (method === "fill") return field.fill(text);
  await field.fill("");
  await field.focus();
  if (method === "insertText") { if (text) await page.keyboard.insertText(text); return; }
  await field.pressSequentially(text);
}

// Every input in Dutch and Persian; in the other languages one of each kind of error and the digits
// of that language, so each error message is seen in every language.
const SHORT_INCOME = { en: ["", "abc", "-5", "1000000000000000000000000000000", "1380,505", "1.380.5", "1,380.50"],
  ar: ["", "💶💶", "-1265", "1e30", "1380,505", "13,80,00", "٣٤٥", "١٬٢٦٥٫٥٠"],
  tr: ["   ", "twaalfhonderd", "-5", "10^30", "1000000000000000000000000000000", "1380,505", "1.380.5", "1.380,50"] };
for (const lang of LANGS) {
  test(`garbage and pasting in the income field in ${lang}: the rules' error, or accepted and kept`, async () => {
    const { context, page, problems } = await phonePage(browser);
    const failures = [];
    try {
      const f = await toIncome(page, lang);
      const t = f.t;
      const field = page.getByRole("textbox", { name: t("income-label"), exact: true });
      for (const [i, text] of (SHORT_INCOME[lang] ?? GARBAGE_INCOME).entries()) {
        const method = METHODS[i % METHODS.length];
        const where = `${JSON.stringify(text)} by ${method}`;
        try {
          const truth = regelcheck({ age: 34, income: text });
          await enter(page, field, text, method);
          assert.equal(await field.inputValue(), text, `the field shows what was entered (${where})`);
          await f.next();
          await assertAlive(page, where);
          if (truth.error) {
            const key = `error-income-${truth.error.code.replace(/_/g, "-")}`;
            await page.getByRole("alert").first().waitFor();
            assert.deepEqual((await page.getByRole("alert").allTextContents()).map((s) => s.trim()), [t(key)], `error ${key} for ${where}`);
            assert.equal(await field.getAttribute("aria-invalid"), "true", `field marked wrong (${where})`);
            assert.equal(await field.inputValue(), text, `the wrong text stays to be corrected (${where})`);
            const focused = await page.evaluate(() => document.activeElement?.labels?.[0]?.textContent ?? "");
            assert.equal(focused, t("income-label"), `focus on the field to correct (${where})`);
          } else {
            await page.locator("form[data-question]:not([data-question=income])").waitFor();
            await f.back();
            await page.locator("form[data-question=income]").waitFor();
            assert.equal(await field.inputValue(), text, `an accepted amount is kept as typed (${where})`);
            assert.equal(await page.getByRole("alert").count(), 0, `no error for ${where} (${truth.income_per_month})`);
          }
        } catch (e) {
          failures.push(e.message.split("\n")[0]);
          if (!(await page.locator("form[data-question=income]").count())) await toIncome(page, lang).catch(() => {});
        }
      }
    } finally {
      await context.close();
    }
    assert.deepEqual(failures, [], "income field");
    assert.deepEqual(problems, [], "no console errors or warnings");
  });
}

// Ages: whole numbers 0 to 120 in Western, Arabic-Indic or Persian digits; an adult is 18 or older,
// and a partner under 18 is told so about the partner, not about "you".
const expectAge = (text, adult, partner = false) => {
  const digits = text.trim().replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0));
  if (!digits) return adult ? "error-age-empty" : "error-child-age";
  if (!/^\d+$/.test(digits)) return adult ? "error-age-not-number" : "error-child-age";
  const n = Number(digits);
  if (n > 120) return adult ? "error-age-too-high" : "error-child-age";
  if (adult && n < 18) return partner ? "error-partner-age-under-18" : "error-age-under-18";
  return null;
};
const GARBAGE_AGE = ["", "   ", "abc", "💶", "-5", "1e30", "10^30", "1000000000000000000000000000000", "34.5", "3 4", "٣٤", "۳۴", "17", "121", "0", " 34 ", "٠١٨"];
const SHORT_AGE = { ar: ["", "abc", "-5", "1000000000000000000000000000000", "١٧", "٣٤"] };

for (const lang of ["nl", "ar"]) {
  test(`garbage and pasting in the age fields (own, partner, children) in ${lang}`, async () => {
    const { context, page, problems } = await phonePage(browser);
    const failures = [];
    try {
      const f = flow(page, lang);
      const t = f.t;
      await page.goto(`${server.url}?lang=${lang}`);
      await f.start();
      await f.choose("a-partner-yes");
      await f.next();
      for (const [q, next] of [["age", "partner_age"], ["partner_age", "children"]]) {
        await page.locator(`form[data-question=${q}]`).waitFor();
        const field = page.getByRole("textbox", { name: t("age-label"), exact: true });
        for (const [i, text] of [...(SHORT_AGE[lang] ?? GARBAGE_AGE), "40"].entries()) {
          const where = `${q} ${JSON.stringify(text)}`;
          try {
            await enter(page, field, text, METHODS[i % METHODS.length]);
            await f.next();
            await assertAlive(page, where);
            const key = expectAge(text, true, q === "partner_age");
            if (key) {
              await page.getByRole("alert").first().waitFor();
              assert.deepEqual((await page.getByRole("alert").allTextContents()).map((s) => s.trim()), [t(key)], `error for ${where}`);
              assert.equal(await field.inputValue(), text, `kept to correct (${where})`);
            } else {
              await page.locator(`form[data-question=${next}]`).waitFor();
              await f.back();
              await page.locator(`form[data-question=${q}]`).waitFor();
              assert.equal(await field.inputValue(), text, `accepted and kept (${where})`);
            }
          } catch (e) { failures.push(e.message.split("\n")[0]); }
        }
        await f.next();
      }
      // Children's ages: 0 to 120.
      await page.locator("form[data-question=children]").waitFor();
      await f.chooseText("2");
      const first = page.getByRole("textbox", { name: t("child-age-label", { n: 1 }), exact: true });
      const second = page.getByRole("textbox", { name: t("child-age-label", { n: 2 }), exact: true });
      await second.fill("9");
      for (const [i, text] of [...(SHORT_AGE[lang] ?? GARBAGE_AGE), "7"].entries()) {
        const where = `child 1 ${JSON.stringify(text)}`;
        try {
          await enter(page, first, text, METHODS[i % METHODS.length]);
          await f.next();
          await assertAlive(page, where);
          const key = expectAge(text, false);
          if (key) {
            await page.getByRole("alert").first().waitFor();
            assert.deepEqual((await page.getByRole("alert").allTextContents()).map((s) => s.trim()), [t(key)], `error for ${where}`);
            assert.equal(await first.getAttribute("aria-invalid"), "true", `the wrong child's field is marked (${where})`);
            assert.equal(await second.getAttribute("aria-invalid"), null, `the right child's field is not (${where})`);
            assert.equal(await second.inputValue(), "9", `the other child's age is kept (${where})`);
          } else {
            await page.locator("form[data-question=income]").waitFor();
            await f.back();
            await page.locator("form[data-question=children]").waitFor();
            assert.equal(await first.inputValue(), text, `accepted and kept (${where})`);
            assert.equal(await second.inputValue(), "9");
          }
        } catch (e) { failures.push(e.message.split("\n")[0]); }
      }
    } finally {
      await context.close();
    }
    assert.deepEqual(failures, [], "age fields");
    assert.deepEqual(problems, [], "no console errors or warnings");
  });
}

// Whole journeys with digits and separators as people in each language type them, pasted.
const NATIVE = [
  { lang: "ar", age: "٣٤", children: ["٧", "١٣"], income: "١٬٢٦٥٫٠٠", amount: 1265 },
  { lang: "fa", age: "۳۴", children: ["۷", "۱۳"], income: "۱۲۶۵", amount: 1265 },
  { lang: "nl", age: "34", children: ["7", "13"], income: "€ 1.265,-", amount: 1265 },
  { lang: "en", age: "34", children: ["7", "13"], income: "1,265.00", amount: 1265 },
  { lang: "tr", age: "34", children: ["7", "13"], income: "1.265,00", amount: 1265 },
];
for (const n of NATIVE) {
  test(`native digits and separators pasted in ${n.lang} (${n.income}): result equals regelcheck`, async () => {
    const { context, page, problems } = await phonePage(browser);
    try {
      await page.goto(`${server.url}?lang=${n.lang}`);
      const plan = { partner: false, age: n.age, children: n.children, income: n.income, assets: "a-no", lowIncome: "a-yes", student: "a-no", debtHelp: "a-no" };
      const seen = await answerAll(page, n.lang, plan);
      const household = { ...householdOf(plan, seen), age: 34, children: [7, 13] };
      await verifyResult(page, n.lang, regelcheck(household), { seen, typedAmount: n.amount, children: household.children });
      assert.deepEqual(problems, [], "no console errors or warnings");
    } finally {
      await context.close();
    }
  });
}
