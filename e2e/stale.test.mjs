// When the device's date is past the period of the norms the app calculates with (1 July 2023),
// the start screen and the result say so in every language, and the energietoeslag 2023, whose
// period has ended, is no longer offered.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, messages, LANGS } from "./lib.mjs";
import { answerAll } from "./answer.mjs";
import { JULY_2023, plain } from "./check.mjs";

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const NOVEMBER_2026 = new Date("2026-11-29T10:00:00+01:00");
const COUPLE_50 = { partner: true, age: 50, partnerAge: 50, children: [], income: "900", assets: "a-no", lowIncome: "a-no", student: "a-no", debtHelp: "a-no" };

for (const lang of LANGS) {
  test(`in November 2026 the start and the result say the amounts are of 1 July 2023 (${lang})`, async () => {
    const t = messages(lang);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.clock.setFixedTime(NOVEMBER_2026);
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}?lang=${lang}`);
      const stale = plain(t("stale-norms", { date: JULY_2023[lang] }));
      await page.getByRole("heading", { level: 1, name: t("start-heading") }).waitFor();
      assert.ok(plain(await page.locator("main").textContent()).includes(stale), "start screen");
      await answerAll(page, lang, COUPLE_50);
      const indication = plain(await page.locator(".indication").textContent());
      assert.ok(indication.includes(stale), `result: ${indication}`);
      const card = page.locator("#scheme-energietoeslag_2023");
      assert.ok((await card.getAttribute("class")).includes("scheme-no"), "the energietoeslag 2023 is not a yes");
      assert.ok((await card.textContent()).includes(t("regeling-ended")), "says it can no longer be applied for");
    } finally {
      await context.close();
    }
  });
}
