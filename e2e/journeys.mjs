// The five journeys of the issue, each run in nl, en, ar, tr and fa (journeys-*.test.mjs).
// A person fills in the app by label and role (answer.mjs); the result is compared with the
// regelcheck command's output for the same household (check.mjs), and nothing may leave the page
// or stay behind in it.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { phonePage, messages, regelcheck, screenshot, storedData } from "./lib.mjs";
import { answerAll, householdOf } from "./answer.mjs";
import { checkScreen, verifyResult, JULY_2023 } from "./check.mjs";

/** An amount typed the way a resident of that language would write it. */
const typed = (lang, amount) => {
  const [int, frac] = Number(amount).toFixed(2).split(".");
  return lang === "nl" || lang === "tr" ? `${int},${frac}` : `${int}.${frac}`;
};

export const JOURNEYS = {
  // (a) A single parent, children of 7 and 13, income just under 110% of the norm.
  "single-parent": {
    plan: (lang) => ({ partner: false, age: 34, children: [7, 13], income: lang === "en" ? "1,265" : "1265", amount: 1265,
      assets: "a-no", lowIncome: "a-yes", student: "a-no", debtHelp: "a-no" }),
    expect(truth, seen) {
      const kp = truth.schemes.find((s) => s.id === "kindpakket");
      assert.equal(truth.leefvorm, "alleenstaande_ouder");
      assert.equal(kp.limit_excl_holiday_pay, "1271.37", "110% limit excl. holiday pay for alleenstaande ouder, 1 July 2023");
      assert.ok(Number(truth.income_per_month) < Number(kp.limit_excl_holiday_pay), "income just under 110%");
      const yes = truth.schemes.filter((s) => s.verdict === "yes").map((s) => s.id);
      assert.ok(yes.length >= 3, `several "yes": ${yes.join(", ")}`);
      assert.ok(yes.includes("kindpakket"), `kindpakket is "yes": ${yes.join(", ")}`);
      assert.ok(seen.includes("children") && seen.includes("income"));
    },
  },
  // (b) A couple at AOW age, income € 10 above the 120% limit: "maybe", within the margin.
  "aow-couple-margin": {
    plan: (lang) => {
      const probe = regelcheck({ age: 70, partner_age: 68, children: [], income: "0" });
      const limit = Number(probe.schemes.find((s) => s.id === "energietoeslag_2023").limit_excl_holiday_pay);
      return { partner: true, age: 70, partnerAge: 68, children: [], income: typed(lang, limit + 10), amount: limit + 10,
        assets: "a-no", lowIncome: "a-yes", student: "a-no", debtHelp: "a-no" };
    },
    expect(truth) {
      assert.equal(truth.leefvorm, "gehuwd_aow");
      const et = truth.schemes.find((s) => s.id === "energietoeslag_2023");
      assert.equal(et.verdict, "maybe", "energietoeslag: maybe within the margin");
      const margin = et.reasons.find((r) => r.code === "within_margin");
      assert.ok(margin, `reason within_margin: ${JSON.stringify(et.reasons)}`);
      assert.equal(margin.over_by, "10.00");
    },
  },
  // (c) A single 19-year-old student: mostly "no", each "no" with its reason.
  "student-19": {
    plan: () => ({ partner: false, age: 19, children: [], income: "300", amount: 300,
      assets: "a-no", lowIncome: "a-yes", student: "a-yes", debtHelp: "a-no" }),
    expect(truth, seen) {
      assert.equal(truth.leefvorm, "alleenstaande_18_20");
      assert.ok(seen.includes("student"), `the student question is asked: ${seen.join(", ")}`);
      const no = truth.schemes.filter((s) => s.verdict === "no");
      assert.ok(no.length > truth.schemes.length / 2, `mostly "no": ${no.length} of ${truth.schemes.length}`);
      for (const s of no) assert.ok(s.reasons.length > 0, `${s.id} says why not`);
      assert.ok(no.some((s) => s.reasons.some((r) => r.code === "student")), "studiefinanciering is a reason");
    },
  },
  // (d) A couple with a child of 15 who do not know about savings and debt help.
  "dont-know": {
    plan: () => ({ partner: true, age: 41, partnerAge: 39, children: [15], income: "1900", amount: 1900,
      assets: "a-dont-know", lowIncome: "a-yes", student: "a-no", debtHelp: "a-dont-know" }),
    answers: { assets_above_limit: "a-dont-know", debt_help: "a-dont-know" },
    expect(truth, seen) {
      assert.ok(seen.includes("assets_above_limit") && seen.includes("debt_help"), `both questions asked: ${seen.join(", ")}`);
      const codes = truth.schemes.flatMap((s) => s.reasons.map((r) => r.code));
      assert.ok(codes.includes("assets_unknown"), "savings unknown is named");
      assert.ok(codes.includes("debt_help_unknown"), "debt help unknown is named");
    },
  },
  // (e) Income per four weeks (× 13 / 12) and per year (/ 12, taken with holiday pay as on a
  // jaaropgaaf) instead of per month.
  "four-weeks": {
    plan: () => ({ partner: false, age: 45, children: [], income: "1180", amount: 1180, period: "period-four-weeks",
      assets: "a-no", lowIncome: "a-yes", student: "a-no", debtHelp: "a-no" }),
    expect(truth) { assert.equal(truth.income_per_month, (Math.round((1180 * 13 / 12) * 100) / 100).toFixed(2)); },
  },
  "per-year": {
    plan: (lang) => ({ partner: true, age: 30, partnerAge: 32, children: [2, 9], income: lang === "nl" || lang === "tr" ? "21.600" : "21,600",
      amount: 21600, period: "period-year", assets: "a-no", lowIncome: "a-no", student: "a-no", debtHelp: "a-no" }),
    expect(truth) { assert.equal(truth.income_per_month, "1800.00"); },
  },
};

/** Registers one journey test per language, run `concurrency` at a time (each in its own browser
 *  context: they share nothing). getEnv() gives { server, browser } once started. */
export function journeyTests(name, langs, getEnv, { concurrency = 1 } = {}) {
  describe(`journey ${name}`, { concurrency }, () => journeyTestsIn(name, langs, getEnv));
}

function journeyTestsIn(name, langs, getEnv) {
  const j = JOURNEYS[name];
  for (const lang of langs) {
    test(`journey ${name} in ${lang}: by label and role, result equals regelcheck, nothing leaves the page`, async () => {
      const { server, browser } = getEnv();
      const { context, page, requests, problems } = await phonePage(browser);
      try {
        const t = messages(lang);
        const plan = j.plan(lang);
        await page.goto(`${server.url}?lang=${lang}`);
        await page.getByRole("heading", { level: 1, name: t("start-heading") }).waitFor();
        const loaded = requests.length; // the page, CSS, JS, wasm and icon: all in before the app draws
        assert.ok(requests.some((u) => u.endsWith(".wasm")), `the app is loaded: ${requests.join(", ")}`);
        await checkScreen(page, lang, "start");
        assert.ok((await page.locator("main").textContent()).includes(t("start-norms", { date: JULY_2023[lang] })), "start names the norm date");

        let position = 0;
        const seen = await answerAll(page, lang, plan, async (q) => {
          position += 1;
          const step = await checkScreen(page, lang, q);
          assert.equal(step.n, position, `${q} is question ${position}`);
          assert.equal(page.url(), `${server.url}?lang=${lang}`, "no answer in the address");
        });
        await checkScreen(page, lang, "result");
        await screenshot(page, `journey-${name}-${lang}-result`);

        const truth = regelcheck(householdOf(plan, seen));
        j.expect(truth, seen);
        await verifyResult(page, lang, truth, { seen, typedAmount: plan.amount, periodKey: plan.period, children: plan.children, answers: j.answers });

        assert.deepEqual(requests.slice(loaded), [], "no request after the first load");
        assert.ok(requests.every((u) => u.startsWith(server.url)), `every request to our own origin: ${requests.join(", ")}`);
        const stored = await storedData(context, page);
        assert.deepEqual(stored.cookies, [], "no cookies");
        assert.deepEqual(stored.localStorage, {}, "nothing in localStorage");
        assert.deepEqual(stored.sessionStorage, {}, "nothing in sessionStorage");
        assert.deepEqual(stored.indexedDB, [], "no IndexedDB database");
        assert.deepEqual(stored.cacheStorage, [], "no Cache Storage");
        assert.equal(stored.documentCookie, "");
        assert.match(stored.historyState, /^\d+$/, "the history holds a screen number only");
        assert.deepEqual(problems, [], "no console errors or warnings");
      } finally {
        await context.close();
      }
    });
  }
}
