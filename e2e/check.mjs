// Checks shared by the end-to-end tests: what every screen must have (lang, dir, title, an h1,
// no panic), and the result screen compared, line by line, with the regelcheck command's output
// for the same household, so the UI and the rules can never disagree.
import assert from "node:assert/strict";
import { messages, money, percent } from "./lib.mjs";

export const RTL = new Set(["ar", "fa"]);
/** Without the bidi isolation marks (U+2066 to U+2069), as the app writes the title bar. */
export const plain = (s) => s.replace(/[\u2066-\u2069]/g, "");
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The norm date as each language writes it (the app's default peildatum, 1 July 2023). */
export const JULY_2023 = { nl: "1 juli 2023", en: "1 July 2023", ar: "1 يوليو 2023", tr: "1 Temmuz 2023", fa: "1 ژوئیه 2023" };

/** <html lang dir>, the page title naming the step, an h1 and no panic: on any screen.
 *  One look at the page (one round trip), then the checks. Returns { n, total } on a question. */
export async function checkScreen(page, lang, where) {
  const t = messages(lang);
  const s = await page.evaluate(() => ({
    panic: document.querySelectorAll("main.panic").length,
    h1: [...document.querySelectorAll("h1")].map((h) => h.innerText.trim()),
    lang: document.documentElement.getAttribute("lang"),
    dir: document.documentElement.getAttribute("dir"),
    title: document.title,
    form: document.querySelector("form[data-question]")?.textContent ?? null,
    result: document.querySelectorAll("section.result").length,
    // A message whose variable came out empty: "more than ⁨⁩?"
    holes: [...document.querySelectorAll("main h1, main h2, main p, main legend, main label, main li, main dt, main dd")]
      .filter((e) => e.textContent.includes("\u2068\u2069")).map((e) => e.textContent.replace(/[\u2066-\u2069]/g, "").trim().slice(0, 80)),
  }));
  assert.deepEqual(s.holes, [], `no message with an empty value on ${where}`);
  assert.equal(s.panic, 0, `no panic on ${where}`);
  assert.equal(s.h1.length, 1, `exactly one h1 on ${where}: ${s.h1.join(" | ")}`);
  assert.ok(s.h1[0].length > 0, `the h1 has text on ${where}`);
  assert.equal(s.lang, lang, `<html lang> on ${where}`);
  assert.equal(s.dir, RTL.has(lang) ? "rtl" : "ltr", `<html dir> on ${where}`);
  if (s.form !== null) {
    const pattern = new RegExp(escape(t("step-of", { n: "\u0000", total: "\u0001" })).replace("\u0000", "(\\d+)").replace("\u0001", "(\\d+)"));
    const m = s.form.match(pattern);
    assert.ok(m, `the step ("${plain(t("step-of", { n: "n", total: "t" }))}") is shown on ${where}: ${plain(s.form.slice(0, 120))}`);
    const [n, total] = [Number(m[1]), Number(m[2])];
    assert.equal(s.title, plain(t("page-title", { step: t("step-of", { n, total }) })), `title names the step on ${where}`);
    return { n, total };
  }
  assert.equal(s.title, plain(t(s.result ? "result-title" : "app-name")), `title on ${where}`);
  return null;
}

const SUMMARY_LABEL = { partner: "summary-partner", age: "summary-age", partner_age: "summary-partner-age", aow: "summary-aow",
  partner_aow: "summary-partner-aow", children: "summary-children", income: "summary-income", assets_above_limit: "summary-assets",
  low_income_3_years: "summary-low-income", student: "summary-student", debt_help: "summary-debt-help" };

/** The text the app must show for one reason of the regelcheck output. */
export function reasonText(lang, r) {
  const t = messages(lang);
  const m = (x) => money(lang, x);
  const key = r.code.startsWith("age_below") ? "why-age-below" : `why-${r.code.replace(/_/g, "-")}`;
  const vars = {};
  if ("income" in r) vars.income = m(r.income);
  if ("limit" in r) vars.limit = m(r.limit);
  if ("over_by" in r) vars.overBy = m(r.over_by);
  if ("min" in r) vars.min = r.min;
  if ("max" in r) vars.max = r.max;
  if ("min_age" in r) vars.minAge = r.min_age;
  return t(key, vars);
}

/** Every amount in the regelcheck output, formatted as the app formats it. */
function amountsOf(lang, truth, extra = []) {
  const out = new Set(extra.map((x) => money(lang, x)));
  out.add(money(lang, truth.income_per_month));
  for (const s of truth.schemes) {
    if (s.limit) { out.add(money(lang, s.limit)); out.add(money(lang, s.limit_excl_holiday_pay)); }
    for (const r of s.reasons) for (const k of ["income", "limit", "over_by"]) if (k in r) out.add(money(lang, r[k]));
  }
  return out;
}

/**
 * The result screen against the regelcheck output for the same household:
 * the income line, every regeling card (verdict class, verdict word, group heading, each reason
 * by code and full text with its amounts, the limit line), no card more, every amount on the
 * screen accounted for, and the summary (one "change" button per question asked).
 * expect: { seen (questions asked), typedAmount (number as typed, in its period), periodKey,
 *           children: [ages], age, partnerAge, answers: {question: label key} }
 */
export async function verifyResult(page, lang, truth, expect) {
  const t = messages(lang);
  assert.ok(truth.schemes, `regelcheck gave a result: ${JSON.stringify(truth)}`);
  const result = page.locator("section.result");
  await result.waitFor();
  const all = await result.textContent();
  assert.ok((await page.locator("h1").textContent()).includes(t("result-heading")), "result heading");
  assert.ok(all.includes(t("result-income", { income: money(lang, truth.income_per_month), percent: percent(lang, truth.percent_of_norm) })),
    `income line ${truth.income_per_month} / ${truth.percent_of_norm}% shown`);
  assert.equal(truth.norm.date, "2023-07-01");
  assert.ok(all.includes(t("result-norms", { date: JULY_2023[lang] })), "norm date shown");
  assert.ok(all.includes(t("result-indication")), "says it is an indication");

  const ids = await page.locator("li[id^=scheme-]").evaluateAll((els) => els.map((e) => e.id));
  assert.deepEqual([...ids].sort(), truth.schemes.map((s) => `scheme-${s.id}`).sort(), "one card per regeling, no more");
  for (const s of truth.schemes) {
    const card = page.locator(`li#scheme-${s.id}`);
    const info = await card.evaluate((el) => {
      // The group a card is in: the heading of the section around it.
      const heading = el.closest("section")?.querySelector("h2");
      return { classes: [...el.classList], group: heading?.textContent ?? "", text: el.textContent,
        reasons: [...el.querySelectorAll("li[data-reason]")].map((li) => ({ code: li.dataset.reason, text: li.textContent })) };
    });
    const where = `${lang} ${s.id}`;
    assert.ok(info.classes.includes("scheme") && info.classes.includes(`scheme-${s.verdict}`)
      && ["yes", "maybe", "no"].filter((v) => v !== s.verdict).every((v) => !info.classes.includes(`scheme-${v}`)),
      `${where}: verdict ${s.verdict}, card has classes ${info.classes.join(" ")}`);
    assert.ok(info.group.includes(t(`group-${s.verdict}`)), `${where}: under the heading "${t(`group-${s.verdict}`)}", found "${info.group}"`);
    assert.ok(info.text.includes(t(`verdict-${s.verdict}`)), `${where}: shows the word ${t(`verdict-${s.verdict}`)}`);
    assert.deepEqual(info.reasons.map((r) => r.code), s.reasons.map((r) => r.code), `${where}: reasons`);
    s.reasons.forEach((r, i) => assert.equal(info.reasons[i].text, reasonText(lang, r), `${where}: text of reason ${r.code}`));
    if (s.limit) {
      const line = t("limit-line", { limit: money(lang, s.limit_excl_holiday_pay), limitIncl: money(lang, s.limit), percentage: percent(lang, s.percentage) });
      assert.ok(info.text.includes(line), `${where}: limit line "${plain(line)}" in "${plain(info.text)}"`);
    }
  }

  // Every amount the result shows (the app isolates each as U+2066 … U+2069) comes from the rules
  // or from the answers; an amount from anywhere else is a disagreement.
  const known = amountsOf(lang, truth, [expect.typedAmount, ...(expect.assetsLimit ? [expect.assetsLimit] : [])]);
  const shown = all.match(/\u2066[^\u2066\u2069]*€[^\u2066\u2069]*\u2069/g) ?? [];
  for (const a of shown) assert.ok(known.has(a), `amount ${plain(a)} on the result is not in the regelcheck output (${[...known].map(plain).join(", ")})`);

  // The summary: one row with a "change" button per question asked. After an answer was changed
  // (expect.changed) a question that can no longer change a verdict may drop out of it, so
  // then only the questions every household is asked must be there.
  const summary = page.getByRole("region", { name: t("summary-heading"), exact: true });
  const changes = await summary.getByRole("button", { name: new RegExp(`^${escape(t("button-change"))}`) }).evaluateAll((bs) => bs.map((b) => b.getAttribute("aria-label") ?? b.textContent));
  const rowFor = (q) => `${t("button-change")}: ${t(SUMMARY_LABEL[q])}`;
  if (expect.changed) {
    for (const c of changes) assert.ok(expect.seen.some((q) => rowFor(q) === c), `summary row "${c}" is a question asked`);
    for (const q of expect.seen.filter((q) => ["partner", "age", "partner_age", "children", "income"].includes(q))) assert.ok(changes.includes(rowFor(q)), `summary row for ${q}`);
  } else {
    assert.deepEqual(changes, expect.seen.map(rowFor), "a change button per answer, in the order asked");
  }
  // Compared without bidi marks: how the summary isolates a list of ages may change; the amounts
  // above are compared with their marks.
  const sumText = plain(await summary.textContent());
  assert.ok(sumText.includes(plain(t("summary-income-value", { amount: money(lang, expect.typedAmount), period: t(expect.periodKey ?? "period-month") }))),
    `summary shows the income as typed, ${expect.typedAmount} per ${expect.periodKey ?? "period-month"}: ${sumText}`);
  if (expect.children?.length) {
    assert.ok(sumText.includes(plain(t("summary-children-ages", { ages: expect.children.join(", "), count: expect.children.length }))), `summary shows the children: ${sumText}`);
  }
  for (const [q, key] of Object.entries(expect.answers ?? {})) {
    const row = summary.getByRole("button", { name: rowFor(q), exact: true });
    assert.equal(await row.count(), 1, `summary row for ${q}`);
    const value = await row.evaluate((b) => b.closest("dd")?.textContent ?? b.parentElement.textContent);
    assert.ok(value.includes(t(key)), `summary ${q} shows "${t(key)}": "${value}"`);
  }
}
