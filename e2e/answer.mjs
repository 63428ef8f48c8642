// Answers whatever question is on screen from a plan, so journeys follow the app's own flow
// (which skips questions that cannot change a verdict).
import assert from "node:assert/strict";
import { flow, } from "./journey.mjs";

/**
 * plan: { partner: bool, age, partnerAge, aow: bool, partnerAow: bool, children: [ages],
 *         income: "text", period: "period-month" | ..., assets/lowIncome/student/debtHelp: "a-yes" | "a-no" | "a-dont-know" }
 * onScreen(question, page) is called on every screen before answering (for axe, screenshots).
 * fromHere: answer from the screen now shown instead of pressing the start button first.
 */
export async function answerAll(page, lang, plan, onScreen = async () => {}, { fromHere = false } = {}) {
  const f = flow(page, lang);
  if (!fromHere) await f.start();
  const seen = [];
  for (let guard = 0; guard < 20; guard++) {
    const form = page.locator("form[data-question]");
    if (!(await form.count())) break;
    const q = await form.getAttribute("data-question");
    seen.push(q);
    await onScreen(q, page);
    switch (q) {
      case "partner": await f.choose(plan.partner ? "a-partner-yes" : "a-partner-no"); break;
      case "age": await f.fillAge(plan.age); break;
      case "partner_age": await f.fillAge(plan.partnerAge); break;
      case "aow": await f.choose(plan.aow ? "a-yes" : "a-no"); break;
      case "partner_aow": await f.choose(plan.partnerAow ? "a-yes" : "a-no"); break;
      case "children":
        await f.chooseText(String(plan.children.length));
        for (const [i, a] of plan.children.entries()) await f.fillChild(i + 1, a);
        break;
      case "income":
        await f.fillIncome(plan.income);
        if (plan.period) await f.choose(plan.period.replace("period-", "period-option-"));
        break;
      case "assets_above_limit": await f.choose(plan.assets ?? "a-no"); break;
      case "low_income_3_years": await f.choose(plan.lowIncome ?? "a-yes"); break;
      case "student": await f.choose(plan.student ?? "a-no"); break;
      case "debt_help": await f.choose(plan.debtHelp ?? "a-no"); break;
      default: assert.fail(`unknown question ${q}`);
    }
    const last = page.getByRole("button", { name: f.t("button-show-result"), exact: true });
    if (await last.count()) await last.click(); else await f.next();
  }
  await page.locator("section.result").waitFor();
  return seen;
}

/** The household as the regelcheck command reads it, from the same plan. An answer to a question
 *  not asked (not in seen) is not used: the app works out the result without it too. */
export function householdOf(plan, seen) {
  const tri = (k) => (k === "a-yes" ? true : k === "a-no" ? false : null);
  const period = (plan.period ?? "period-month").replace("period-", "").replace("-", "_");
  // A yearly amount is taken as on a jaaropgaaf: with holiday pay.
  const h = { age: plan.age, children: plan.children, income: plan.income, period, holiday_pay_included: period === "year" };
  if (plan.partner) h.partner_age = plan.partnerAge;
  if (seen.includes("aow")) h.aow = plan.aow;
  if (seen.includes("partner_aow")) h.partner_aow = plan.partnerAow;
  for (const [key, q, v] of [["assets_above_limit", "assets_above_limit", plan.assets ?? "a-no"], ["low_income_3_years", "low_income_3_years", plan.lowIncome ?? "a-yes"], ["student", "student", plan.student ?? "a-no"], ["debt_help", "debt_help", plan.debtHelp ?? "a-no"]]) {
    h[key] = seen.includes(q) ? tri(v) : null;
  }
  return h;
}
