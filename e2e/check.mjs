// Checks shared by the end-to-end tests: what every screen must have (lang, dir, title, an h1,
// no panic), and the result screen compared, line by line, with the regelcheck command's output
// for the same household, so the UI and the rules can never disagree.
import assert from "node:assert/strict";
import { messages, money, percent, appData } from "./lib.mjs";

export const RTL = new Set(["ar", "fa"]);
/** Without the bidi isolation marks (U+2066 to U+2069), as the app writes the title bar. */
export const plain = (s) => s.replace(/[\u2066-\u2069]/g, "");
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The norm date as each language writes it (the app's default peildatum, 1 July 2023). */
export const JULY_2023 = { nl: "1 juli 2023", en: "1 July 2023", ar: "1 تموز (يوليو) 2023", tr: "1 Temmuz 2023", fa: "\u20661-7-2023\u2069" };

/** <html lang dir>, the page title naming the step, an h1 and no panic: on any screen.
 *  One look at the page (one round trip), then the checks. Returns { n } on a question: the
 *  step has no total any more (it would change as answers come in). */
export async function checkScreen(page, lang, where) {
  const t = messages(lang);
  const s = await page.evaluate(() => ({
    panic: document.querySelectorAll("main.panic").length,
    h1: [...document.querySelectorAll("h1")].map((h) => h.innerText.trim()),
    lang: document.documentElement.getAttribute("lang"),
    dir: document.documentElement.getAttribute("dir"),
    title: document.title,
    form: document.querySelector("form[data-question]:not([data-question=all])")?.textContent ?? null,
    compact: document.querySelectorAll("form[data-question=all]").length,
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
    const pattern = new RegExp(escape(t("step-n", { n: "\u0000" })).replace("\u0000", "(\\d+)"));
    const m = s.form.match(pattern);
    assert.ok(m, `the step ("${plain(t("step-n", { n: "n" }))}") is shown on ${where}: ${plain(s.form.slice(0, 120))}`);
    const n = Number(m[1]);
    assert.equal(s.title, plain(t("page-title", { step: t("step-n", { n }) })), `title names the step on ${where}`);
    return { n };
  }
  const title = s.compact ? t("page-title", { step: t("compact-heading") }) : t(s.result ? "result-title" : "app-name");
  assert.equal(s.title, plain(title), `title on ${where}`);
  return null;
}

const SUMMARY_LABEL = { partner: "summary-partner", age: "summary-age", partner_age: "summary-partner-age", aow: "summary-aow",
  partner_aow: "summary-partner-aow", children: "summary-children", income: "summary-income", assets_above_limit: "summary-assets",
  low_income_3_years: "summary-low-income", student: "summary-student", debt_help: "summary-debt-help" };

/** The text the app must show for one reason of the regelcheck output. */
export function reasonText(lang, r) {
  const t = messages(lang);
  const m = (x) => money(lang, x);
  // A range from birth reads "under 18", not "from 0 to 17" (the app's own message for it).
  const under = r.code === "no_child_in_age_range" && r.min === 0;
  const key = r.code.startsWith("age_below") ? "why-age-below" : under ? "why-no-child-under" : `why-${r.code.replace(/_/g, "-")}`;
  const vars = {};
  if (under) vars.age = r.max + 1;
  // The AOW age and the years of low income of 1 July 2023, from the data.
  if (r.code === "aow_age") vars.age = t("aow-age", { years: 66, months: 10 });
  if (r.code === "short_low_income") vars.years = 3;
  if ("income" in r) vars.income = m(r.income);
  if ("limit" in r) vars.limit = m(r.limit);
  if ("over_by" in r) vars.overBy = m(r.over_by);
  if ("min" in r) vars.min = r.min;
  if ("max" in r) vars.max = r.max;
  if ("min_age" in r) vars.minAge = r.min_age;
  return t(key, vars);
}

/** How a reason weighs on its regeling's verdict, as the result sorts and filters them: a "no"
 *  card names its failing reasons, a "maybe" card those still open, and "more" lists all of them,
 *  failing first, then open, then passing. */
const WEIGHT = {
  income_above_limit: 0, no_child_in_age_range: 0, age_below_18: 0, age_below_21: 0, age_below_minimum: 0, aow_age: 0,
  assets_above_limit: 0, student: 0, short_low_income: 0,
  within_margin: 1, debt_help_unknown: 1, assets_unknown: 1, student_unknown: 1, low_income_3_years_unknown: 1, capacity_test_needed: 1,
  income_within_limit: 2, debt_help_no_income_limit: 2,
};
export function weight(r) {
  assert.ok(r.code in WEIGHT, `a reason this test knows: ${r.code}`);
  return WEIGHT[r.code];
}
/** The income's own reasons: on a card they are the distance line, not a line of "why". */
const INCOME_REASONS = new Set(["income_within_limit", "within_margin", "income_above_limit", "debt_help_no_income_limit"]);

const cents = (x) => Math.round(Number(x) * 100);
/** Amounts of € 100 or more, rounded to whole euros for reading (half away from zero); closer
 *  to the limit the cents are kept. */
const readable = (c) => (c >= 10000 ? Math.floor((c + 50) / 100) : c / 100);

/** The distance line of a card: the income against the limit it was compared with (the first
 *  reason the rules give), or null when there is none. Returns [key, amount or undefined]. */
export function distanceOf(s) {
  const r = s.reasons[0];
  switch (r?.code) {
    case "income_within_limit": {
      const d = cents(r.limit) - cents(r.income);
      return d === 0 ? ["distance-at-limit"] : ["distance-below", readable(d)];
    }
    case "within_margin": return ["distance-within-margin", Number(r.over_by)];
    case "income_above_limit": return ["distance-above", readable(cents(r.over_by))];
    case "debt_help_no_income_limit": return ["distance-no-limit"];
    default: return null;
  }
}

/** Every amount in the regelcheck output, formatted as the app formats it. */
function amountsOf(lang, truth, extra = []) {
  const out = new Set(extra.map((x) => money(lang, x)));
  out.add(money(lang, truth.income_per_month));
  for (const s of truth.schemes) {
    if (s.limit) { out.add(money(lang, s.limit)); out.add(money(lang, s.limit_excl_holiday_pay)); }
    for (const r of s.reasons) for (const k of ["income", "limit", "over_by"]) if (k in r) out.add(money(lang, r[k]));
    const d = distanceOf(s);
    if (d?.[1] !== undefined) out.add(money(lang, d[1]));
  }
  return out;
}

/** What a regeling's texts take from its data file: the children's ages, the amounts it gives and
 *  the year its period ends (the app's own formatting of each). */
export function regelingVars(lang, id) {
  const r = appData().regelingen[id];
  const vars = {};
  if (r.childAges) Object.assign(vars, { age: r.childAges.max + 1, min: r.childAges.min, max: r.childAges.max });
  for (const [k, v] of Object.entries(r.gives)) vars[k] = money(lang, v);
  if (r.endYear) vars.year = r.endYear;
  return vars;
}

/** "energietoeslag_2023" → "short-energietoeslag-2023", as the app builds its message ids. */
const msgId = (prefix, id) => `${prefix}-${id.replace(/_/g, "-")}`;
/** The names in the list of what to do: Dutch, with the abbreviations the forms use. */
const SHORT_NAME = { kindpakket: "Kindpakket", iit: "IIT", czm: "CZM", jfsc: "Jeugdfonds Sport & Cultuur",
  maatschappelijke_activiteiten: "Maatschappelijke activiteiten", computerregeling: "Computerregeling",
  energietoeslag_2023: "Energietoeslag 2023", kwijtschelding: "Kwijtschelding gemeentelijke belastingen", bijzondere_bijstand: "Bijzondere bijstand" };

/**
 * The result screen against the regelcheck output for the same household:
 * the indication with the norms' date, the income lines, what to do (each way to apply once,
 * naming exactly the regelingen that are "yes" or "maybe"), every regeling card (verdict class,
 * verdict word, group heading, the reasons it names and, opened, every reason by code and full
 * text with its amounts, the distance to the limit and the limit line), no card more, every
 * amount on the screen accounted for, and the summary (one "change" button per question asked).
 * Without a child under 18 at home the regelingen for children are one line, not cards.
 * expect: { seen (questions asked), typedAmount (number as typed, in its period), periodKey,
 *           children: [ages], answers: {question: label key}, assetsLimit }
 */
export async function verifyResult(page, lang, truth, expect) {
  const t = messages(lang);
  const data = appData();
  assert.ok(truth.schemes, `regelcheck gave a result: ${JSON.stringify(truth)}`);
  assert.ok(Array.isArray(expect.children), "verifyResult needs the children's ages");
  const result = page.locator("section.result");
  await result.waitFor();
  const all = await result.textContent();
  assert.ok((await page.locator("h1").textContent()).includes(t("result-heading")), "result heading");
  assert.equal(truth.norm.date, "2023-07-01");
  const indication = await result.locator("p.indication").textContent();
  assert.ok(indication.includes(t("result-indication")), "says it is an indication");
  assert.ok(indication.includes(t("amounts-from", { date: JULY_2023[lang] })), `names the norms' date: ${plain(indication)}`);
  // The income per month and its exact percentage of the norm: on paper (and in intermediair
  // mode on screen too).
  assert.equal(await result.locator("p.income-exact").textContent(),
    t("result-income", { income: money(lang, truth.income_per_month), percent: percent(lang, truth.percent_of_norm) }),
    `income line ${truth.income_per_month} / ${truth.percent_of_norm}%`);
  // An income not typed per month: what was typed, and what that is per month.
  const period = expect.periodKey ?? "period-month";
  const converted = await result.locator("p.income-line").allTextContents();
  if (period === "period-month") assert.deepEqual(converted, [], "no conversion line for a monthly income");
  else {
    const vars = { amount: money(lang, expect.typedAmount), perMonth: money(lang, truth.income_per_month) };
    assert.deepEqual(converted, [period === "period-year" ? t("result-income-converted-year", vars)
      : t("result-income-converted", { ...vars, period: t(period) })], `the income converted from per ${period}`);
  }

  // What to do: each way to apply once, in the data's order, with the Dutch names of the
  // regelingen that are "yes" or "maybe"; the documents under the first route that needs them.
  const open = truth.schemes.filter((s) => s.verdict !== "no");
  const listed = new Set();
  const routes = data.routes.map((id) => ({ id, schemes: open.filter((s) => data.regelingen[s.id].apply === id) }))
    .filter((r) => r.schemes.length).map((r) => {
      const documents = r.schemes.flatMap((s) => data.regelingen[s.id].documents).filter((d) => !listed.has(d) && listed.add(d));
      return { id: r.id, line: `${r.schemes.map((s) => SHORT_NAME[s.id]).join(", ")}: ${t(msgId("route", r.id))}`, documents: documents.map((d) => t(msgId("doc", d))) };
    });
  const shownRoutes = await result.locator("section.todo ol.routes > li").evaluateAll((lis) => lis.map((li) => ({
    classes: li.className, line: li.querySelector("p").textContent, documents: [...li.querySelectorAll(".docs li")].map((d) => d.textContent) })));
  assert.deepEqual(shownRoutes, routes.map((r) => ({ classes: `route route-${r.id}`, line: r.line, documents: r.documents })), "what to do, each way to apply once");
  const phone = await result.locator("section.todo .help a.phone").evaluate((a) => ({ href: a.getAttribute("href"), text: a.textContent }));
  assert.deepEqual(phone, { href: `tel:${data.phone.replace(/\D/g, "")}`, text: t("help-phone", { phone: `\u2066${data.phone}\u2069` }) }, "the Serviceplein's phone number");

  // The cards. Without a child under 18 the regelingen for children have no card of their own.
  const noChildren = !expect.children.some((a) => Number(a) < 18);
  const carded = truth.schemes.filter((s) => !(noChildren && s.verdict === "no" && data.regelingen[s.id].forChildren));
  if (noChildren) assert.ok(truth.schemes.filter((s) => data.regelingen[s.id].forChildren).every((s) => s.verdict === "no"), "no regeling for children without children");
  const ids = await page.locator("li[id^=scheme-]").evaluateAll((els) => els.map((e) => e.id));
  assert.deepEqual([...ids].sort(), carded.map((s) => `scheme-${s.id}`).sort(), "one card per regeling, no more");
  assert.deepEqual(await result.locator("p.children-none").allTextContents(), noChildren ? [t("children-none")] : [],
    noChildren ? "one line for the regelingen for children" : "no line about children");
  if (noChildren) assert.equal(await result.locator("section.group-no p.children-none").count(), 1, "the children's line is in the \"no\" group");
  // Only groups with something in them; the count of cards in each heading.
  for (const v of ["yes", "maybe", "no"]) {
    const count = carded.filter((s) => s.verdict === v).length;
    const heading = await result.locator(`section.group-${v} > h2`).allTextContents();
    if (!count && !(v === "no" && noChildren)) assert.deepEqual(heading, [], `no empty group ${v}`);
    else assert.deepEqual(heading, [t(`group-${v}`) + (count ? ` (${count})` : "")], `group ${v} with its count`);
  }
  for (const s of carded) {
    const card = page.locator(`li#scheme-${s.id}`);
    const info = await card.evaluate((el) => {
      const texts = (sel) => [...el.querySelectorAll(sel)].map((e) => e.textContent);
      const reasons = (sel) => [...el.querySelectorAll(sel)].map((li) => ({ code: li.dataset.reason, text: li.textContent }));
      return {
        classes: [...el.classList], group: el.closest("section")?.querySelector("h2")?.textContent ?? "", folded: Boolean(el.closest("details.fold-no")),
        name: el.querySelector(".own h3")?.textContent, verdict: el.querySelector(".own .verdict")?.textContent,
        gives: texts(".own > p.gives"), why: reasons(".own > ul.why > li[data-reason]"), advice: texts(".own > p.advice"),
        more: el.querySelectorAll("details.more").length, distance: texts("details.more > summary .distance"),
        desc: texts("details.more > p.desc"), reasons: reasons("details.more > ul.reasons > li[data-reason]"),
        limit: texts("details.more > p.limit:not(.norm-date)"), norms: texts("details.more > p.norm-date"),
      };
    });
    const where = `${lang} ${s.id}`;
    assert.ok(info.classes.includes("scheme") && info.classes.includes(`scheme-${s.verdict}`)
      && ["yes", "maybe", "no"].filter((v) => v !== s.verdict).every((v) => !info.classes.includes(`scheme-${v}`)),
      `${where}: verdict ${s.verdict}, card has classes ${info.classes.join(" ")}`);
    assert.ok(info.group.includes(t(`group-${s.verdict}`)), `${where}: under the heading "${t(`group-${s.verdict}`)}", found "${info.group}"`);
    assert.equal(info.verdict, t(`verdict-${s.verdict}`), `${where}: shows the word ${t(`verdict-${s.verdict}`)}`);
    assert.equal(info.folded, s.verdict === "no", `${where}: only "no" is folded away`);
    const text = (rs) => rs.map((r) => ({ code: r.code, text: reasonText(lang, r) }));
    if (s.verdict === "no") {
      // A "no" is its failing reasons, nothing more.
      assert.deepEqual(info.why, text(s.reasons.filter((r) => weight(r) === 0)), `${where}: the failing reasons`);
      assert.deepEqual([info.more, info.gives.length, info.advice.length], [0, 0, 0], `${where}: a "no" card has no details, no "gives", no advice`);
      continue;
    }
    assert.deepEqual(info.gives, [t(msgId("short", s.id), regelingVars(lang, s.id))], `${where}: what it gives`);
    // A "maybe" names what is still open, apart from the income (that is the distance line).
    const why = s.verdict === "maybe" ? s.reasons.filter((r) => weight(r) === 1 && !INCOME_REASONS.has(r.code)) : [];
    assert.deepEqual(info.why, text(why), `${where}: the reasons named on the card`);
    // "Apply anyway" only when the margin is all that stands between the household and a yes.
    const notPassing = s.reasons.filter((r) => weight(r) !== 2).map((r) => r.code);
    const anyway = s.verdict === "maybe" && notPassing.length === 1 && notPassing[0] === "within_margin";
    assert.deepEqual(info.advice, anyway ? [t("apply-anyway")] : [], `${where}: advice to apply anyway`);
    assert.equal(info.more, 1, `${where}: more on request`);
    const d = distanceOf(s);
    assert.deepEqual(info.distance, d ? [t(d[0], d[1] === undefined ? {} : { amount: money(lang, d[1]) })] : [], `${where}: distance to the limit`);
    assert.deepEqual(info.desc, [t(msgId("regeling", s.id), regelingVars(lang, s.id))], `${where}: description`);
    // Every reason of the rules: failing first, then open, then passing, each in the rules' order.
    const sorted = s.reasons.map((r, i) => [r, i]).sort((a, b) => weight(a[0]) - weight(b[0]) || a[1] - b[1]).map(([r]) => r);
    assert.deepEqual(info.reasons, text(sorted), `${where}: every reason`);
    assert.deepEqual(info.limit, s.limit
      ? [t("limit-line", { limit: money(lang, s.limit_excl_holiday_pay), limitIncl: money(lang, s.limit), percentage: percent(lang, s.percentage) })] : [],
      `${where}: limit line`);
    assert.deepEqual(info.norms, [t("result-norms", { date: JULY_2023[lang] })], `${where}: norms' date`);
  }

  // Every amount the result shows (the app isolates each as U+2066 … U+2069) comes from the rules,
  // from the answers or from what a regeling gives in its data file (the energietoeslag's
  // € 1.300); an amount from anywhere else is a disagreement.
  const gives = Object.values(appData().regelingen).flatMap((r) => Object.values(r.gives));
  const known = amountsOf(lang, truth, [expect.typedAmount, ...(expect.assetsLimit ? [expect.assetsLimit] : []), ...gives]);
  const shown = all.match(/\u2066[^\u2066\u2069]*€[^\u2066\u2069]*\u2069/g) ?? [];
  for (const a of shown) assert.ok(known.has(a), `amount ${plain(a)} on the result is not in the regelcheck output (${[...known].map(plain).join(", ")})`);

  // The summary: one row with a "change" button per question asked, in the order asked (also
  // after an answer was changed: a question once asked stays asked).
  const summary = page.getByRole("region", { name: t("summary-heading"), exact: true });
  const changes = await summary.getByRole("button", { name: new RegExp(`^${escape(t("button-change"))}`) }).evaluateAll((bs) => bs.map((b) => b.getAttribute("aria-label") ?? b.textContent));
  const rowFor = (q) => `${t("button-change")}: ${t(SUMMARY_LABEL[q], { years: 3 })}`;
  assert.deepEqual(changes, expect.seen.map(rowFor), "a change button per answer, in the order asked");
  // Compared without bidi marks: how the summary isolates a list of ages may change; the amounts
  // above are compared with their marks.
  const sumText = plain(await summary.textContent());
  assert.ok(sumText.includes(plain(t("summary-income-value", { amount: money(lang, expect.typedAmount), period: t(expect.periodKey ?? "period-month") }))),
    `summary shows the income as typed, ${expect.typedAmount} per ${expect.periodKey ?? "period-month"}: ${sumText}`);
  if (expect.children?.length) {
    assert.ok(sumText.includes(plain(t("summary-children-ages", { ages: expect.children.join(lang === "ar" || lang === "fa" ? "، " : ", "), count: expect.children.length }))), `summary shows the children: ${sumText}`);
  }
  for (const [q, key] of Object.entries(expect.answers ?? {})) {
    const row = summary.getByRole("button", { name: rowFor(q), exact: true });
    assert.equal(await row.count(), 1, `summary row for ${q}`);
    const value = await row.evaluate((b) => b.closest("dd")?.textContent ?? b.parentElement.textContent);
    assert.ok(value.includes(t(key)), `summary ${q} shows "${t(key)}": "${value}"`);
  }
}
