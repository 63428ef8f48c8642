// A journey and an axe check on every screen, in Dutch and Arabic; the result must match the
// regelcheck command for the same household, and nothing may leave the page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, phonePage, axe, regelcheck, money, messages, screenshot, horizontalOverflow } from "./lib.mjs";
import { answerAll, householdOf } from "./answer.mjs";
import { flow } from "./journey.mjs";
import { plain } from "./check.mjs";

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const singleParent = { partner: false, age: 34, children: [7, 13], income: "1250", assets: "a-no", lowIncome: "a-yes", student: "a-no" };

for (const lang of ["nl", "ar"]) {
  test(`single parent journey in ${lang}: every screen accessible, result equals regelcheck`, async () => {
    const { context, page, requests, problems } = await phonePage(browser);
    const t = messages(lang);
    await page.goto(`${server.url}?lang=${lang}`);
    await page.getByRole("heading", { level: 1, name: t("start-heading") }).waitFor();
    const loaded = requests.length;
    assert.equal(await page.getAttribute("html", "lang"), lang);
    assert.equal(await page.getAttribute("html", "dir"), lang === "ar" ? "rtl" : "ltr");
    assert.deepEqual(await axe(page), [], "axe on the start screen");

    let step = 0;
    const seen = await answerAll(page, lang, singleParent, async (q) => {
      step += 1;
      assert.deepEqual(await axe(page), [], `axe on question ${q}`);
      assert.equal(await page.title(), plain(t("page-title", { step: t("step-n", { n: step }) })), "the title names the step");
      assert.equal(await horizontalOverflow(page), 0, `no horizontal scroll on ${q}`);
      await screenshot(page, `smoke-${lang}-${q}`);
    });
    assert.ok(seen.includes("income") && seen.includes("children"));
    assert.deepEqual(await axe(page), [], "axe on the result");
    await screenshot(page, `smoke-${lang}-result`);

    const truth = regelcheck(householdOf(singleParent, seen));
    assert.ok(truth.schemes, JSON.stringify(truth));
    // The "no" cards are folded away; open them to see every card.
    await page.locator("details.fold-no > summary").click();
    for (const s of truth.schemes) {
      const card = page.locator(`#scheme-${s.id}`);
      assert.equal(await card.getAttribute("class"), `scheme scheme-${s.verdict}`, `${s.id} verdict`);
      // A "yes" or "maybe" shows its limit on request ("Meer uitleg"); a "no" says why not.
      if (s.limit && s.verdict !== "no") {
        await card.locator("details.more > summary").click();
        const text = await card.innerText();
        assert.ok(text.includes(money(lang, s.limit_excl_holiday_pay).replace("\u00a0", " ")) || text.includes(money(lang, s.limit_excl_holiday_pay)),
          `${s.id} shows its limit ${s.limit_excl_holiday_pay}: ${text}`);
      } else if (s.verdict === "no") {
        assert.ok((await card.locator("li[data-reason]").count()) > 0, `${s.id} says why not`);
      }
    }
    assert.deepEqual(await axe(page), [], "axe on the result with every card opened");
    assert.equal(requests.length, loaded, `no requests after load: ${requests.slice(loaded).join(", ")}`);
    assert.ok(requests.every((u) => u.startsWith(server.url)), "every request to our own origin");
    assert.deepEqual(await context.cookies(), []);
    assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
    assert.deepEqual(problems, [], "no console errors or warnings");
    await context.close();
  });
}

test("bad input gets a message next to the field, focus, and keeps the other answers", async () => {
  const { context, page, problems } = await phonePage(browser);
  const f = flow(page, "nl");
  const t = f.t;
  await page.goto(`${server.url}?lang=nl`);
  await f.start();
  await f.choose("a-partner-no");
  await f.next();
  const age = page.getByRole("textbox", { name: t("age-label") });
  await f.fillAge(140);
  await f.next();
  await page.getByText(t("error-age-too-high")).waitFor();
  assert.equal(await age.getAttribute("aria-invalid"), "true");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "age-input");
  assert.deepEqual(await axe(page), [], "axe on the error state");
  // Switching language keeps the screen, the typed text and the error, now in Arabic.
  await page.getByRole("button", { name: "العربية" }).click();
  const ar = messages("ar");
  await page.getByText(ar("error-age-too-high")).waitFor();
  assert.equal(await page.getByRole("textbox", { name: ar("age-label") }).inputValue(), "140");
  await page.getByRole("button", { name: ar("button-back") }).click();
  assert.equal(await page.getByRole("radio", { name: ar("a-partner-no") }).isChecked(), true);
  assert.deepEqual(problems, []);
  await context.close();
});
