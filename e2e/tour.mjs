// A walk through every screen of the app and an error state on each question screen, in one
// language: start, all eleven questions (a household of two 66-year-olds not yet at AOW age, with
// a child of 10, so the AOW questions appear), the result, then "change" the income to above
// 110% so that the debt-help question appears too, and the result again.
// visit(state) is called on each state; state = { name, question, h1, error } where h1 and error
// are the texts the screen must show, as functions of a language (for switching languages).
import assert from "node:assert/strict";
import { messages, money } from "./lib.mjs";
import { flow } from "./journey.mjs";

const m = (key, vars) => (lang) => messages(lang)(key, typeof vars === "function" ? vars(lang) : vars);

/** The states in the order visited; the income is 1700 a month first, then 1900. */
export const TOUR_STATES = [
  "start", "partner", "partner-error", "age", "age-error", "partner_age", "partner_age-error", "aow", "aow-error",
  "partner_aow", "partner_aow-error", "children", "children-error", "children-ages", "children-ages-error",
  "income", "income-error", "assets_above_limit", "assets_above_limit-error", "low_income_3_years",
  "low_income_3_years-error", "student", "student-error", "result", "debt_help", "debt_help-error", "result-debt-help",
];

export async function tour(page, lang, visit) {
  const f = flow(page, lang);
  const t = f.t;
  const h1 = page.locator("h1");
  const here = async (state) => {
    if (state.question) await page.locator(`form[data-question=${state.question}]`).waitFor();
    assert.equal((await h1.textContent()).trim(), state.h1(lang).trim(), `h1 on ${state.name} (${lang})`);
    if (state.error) {
      const alert = page.getByRole("alert");
      await alert.first().waitFor();
      assert.ok((await alert.allTextContents()).some((a) => a.trim() === state.error(lang)), `error "${state.error(lang)}" on ${state.name} (${lang})`);
    }
    await visit(state);
  };
  const question = async (q, h1Key, errorKey, answer, vars) => {
    await here({ name: q, question: q, h1: m(h1Key, vars) });
    await f.next();
    await here({ name: `${q}-error`, question: q, h1: m(h1Key, vars), error: m(errorKey) });
    await answer();
    await f.next();
  };

  await page.getByRole("heading", { level: 1, name: t("start-heading") }).waitFor();
  await here({ name: "start", h1: m("start-heading") });
  await f.start();
  await question("partner", "q-partner", "error-choose", () => f.choose("a-partner-yes"));
  await question("age", "q-age", "error-age-empty", () => f.fillAge(66));
  // The partner's age gets a different error: under 18, said about the partner.
  await here({ name: "partner_age", question: "partner_age", h1: m("q-partner-age") });
  await f.fillAge(17);
  await f.next();
  await here({ name: "partner_age-error", question: "partner_age", h1: m("q-partner-age"), error: m("error-partner-age-under-18") });
  await f.fillAge(66);
  await f.next();
  // The AOW age of 1 July 2023 comes from the data into the question.
  const aowAge = (lang) => ({ age: messages(lang)("aow-age", { years: 66, months: 10 }) });
  await question("aow", "q-aow", "error-choose", () => f.choose("a-no"), aowAge);
  await question("partner_aow", "q-partner-aow", "error-choose", () => f.choose("a-no"), aowAge);
  // Children: first the number, then the ages.
  await here({ name: "children", question: "children", h1: m("q-children") });
  await f.next();
  await here({ name: "children-error", question: "children", h1: m("q-children"), error: m("error-choose") });
  await f.chooseText("1");
  await here({ name: "children-ages", question: "children", h1: m("q-children") });
  await f.next();
  await here({ name: "children-ages-error", question: "children", h1: m("q-children"), error: m("error-child-age") });
  await f.fillChild(1, 10);
  await f.next();
  // Income: letters first.
  await here({ name: "income", question: "income", h1: m("q-income") });
  await f.fillIncome("twaalfhonderd");
  await f.next();
  await here({ name: "income-error", question: "income", h1: m("q-income"), error: m("error-income-not-a-number") });
  await f.fillIncome("1700");
  await f.next();
  await question("assets_above_limit", "q-assets", "error-choose", () => f.choose("a-no"), (lang) => ({ limit: money(lang, 15210) }));
  await question("low_income_3_years", "q-low-income", "error-choose", () => f.choose("a-yes"), { years: 3 });
  await here({ name: "student", question: "student", h1: m("q-student") });
  await f.toResult();
  await here({ name: "student-error", question: "student", h1: m("q-student"), error: m("error-choose") });
  await f.choose("a-no");
  await f.toResult();
  await page.locator("section.result").waitFor();
  await here({ name: "result", h1: m("result-heading") });

  // Change the income on the summary: above 110%, so debt help matters now.
  await page.getByRole("button", { name: `${t("button-change")}: ${t("summary-income")}`, exact: true }).click();
  await page.locator("form[data-question=income]").waitFor();
  assert.equal(await page.getByRole("textbox", { name: t("income-label"), exact: true }).inputValue(), "1700", "the income is kept for changing");
  await f.fillIncome("1900");
  const seen = ["partner", "age", "partner_age", "aow", "partner_aow", "children", "income"];
  for (let guard = 0; guard < 6; guard++) {
    await f.next();
    const q = await page.locator("form[data-question]").getAttribute("data-question");
    seen.push(q);
    if (q === "debt_help") break;
  }
  await here({ name: "debt_help", question: "debt_help", h1: m("q-debt-help") });
  await f.toResult();
  await here({ name: "debt_help-error", question: "debt_help", h1: m("q-debt-help"), error: m("error-choose") });
  await f.choose("a-no");
  await f.toResult();
  await page.locator("section.result").waitFor();
  await here({ name: "result-debt-help", h1: m("result-heading") });
  return seen;
}

/** The answers the tour ends with (answer.mjs plan), for householdOf(TOUR_PLAN, seen). */
export const TOUR_PLAN = { partner: true, age: 66, partnerAge: 66, aow: false, partnerAow: false, children: [10],
  income: "1900", assets: "a-no", lowIncome: "a-yes", student: "a-no", debtHelp: "a-no" };
