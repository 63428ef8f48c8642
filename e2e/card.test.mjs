// The result card: one A4 page in print per language, the bilingual view, and intermediair
// mode whose "next family" leaves nothing of the previous family behind.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { serve, launch, phonePage, axe, messages, screenshot, horizontalOverflow, LANGS, shotsDir } from "./lib.mjs";
import { answerAll } from "./answer.mjs";

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// A household with regelingen in every group, so the card is as long as it gets.
const family = { partner: false, age: 34, children: [7, 13], income: "1290", assets: "a-no", lowIncome: "a-dont-know", student: "a-no", debtHelp: "a-dont-know" };
const pdfDir = path.join(path.dirname(shotsDir), "print");

function pdfPages(buffer) {
  return (buffer.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

for (const lang of LANGS) {
  test(`result card in ${lang}: one A4 page in print, no cut-off text at phone size`, async () => {
    const { context, page, problems } = await phonePage(browser);
    await page.goto(`${server.url}?lang=${lang}`);
    await answerAll(page, lang, family);
    assert.equal(await horizontalOverflow(page), 0, "no horizontal scroll at phone size");
    await screenshot(page, `card-${lang}-phone`);
    await page.emulateMedia({ media: "print" });
    for (const hidden of [".site-header", ".actions", ".summary"]) {
      assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
    }
    const overflowing = await page.evaluate(() => [...document.querySelectorAll(".result-card *")]
      .filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflow !== "visible").length);
    assert.equal(overflowing, 0, "no element overflows in print");
    fs.mkdirSync(pdfDir, { recursive: true });
    const pdf = await page.pdf({ format: "A4", printBackground: false, preferCSSPageSize: true });
    fs.writeFileSync(path.join(pdfDir, `card-${lang}.pdf`), pdf);
    assert.equal(pdfPages(pdf), 1, `the card fits one A4 page in ${lang}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

for (const lang of ["ar", "en", "tr", "fa"]) {
  test(`bilingual view in ${lang}: the card in ${lang} and in Dutch, each with its own lang and dir`, async () => {
    const { context, page, problems } = await browser.newContext({ viewport: { width: 1280, height: 900 } })
      .then(async (context) => ({ context, page: await context.newPage(), problems: [] }));
    page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") problems.push(m.text()); });
    await page.goto(`${server.url}?lang=${lang}`);
    await answerAll(page, lang, family);
    const t = messages(lang);
    await page.getByRole("button", { name: t("bilingual-on") }).click();
    const cards = page.locator("article.result-card");
    assert.equal(await cards.count(), 2);
    assert.equal(await cards.nth(0).getAttribute("lang"), lang);
    assert.equal(await cards.nth(0).getAttribute("dir"), lang === "ar" || lang === "fa" ? "rtl" : "ltr");
    assert.equal(await cards.nth(1).getAttribute("lang"), "nl");
    assert.equal(await cards.nth(1).getAttribute("dir"), "ltr");
    const nl = messages("nl");
    assert.ok((await cards.nth(1).innerText()).includes(nl("result-indication")), "the Dutch card reads in Dutch");
    // Side by side on a wide screen.
    const [a, b] = [await cards.nth(0).boundingBox(), await cards.nth(1).boundingBox()];
    assert.ok(Math.abs(a.y - b.y) < 5, "side by side on a wide screen");
    assert.deepEqual(await axe(page), [], "axe on the bilingual view");
    await page.screenshot({ path: path.join(shotsDir, `bilingual-${lang}-wide.png`), fullPage: true });
    // Below each other on a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    const [c, d] = [await cards.nth(0).boundingBox(), await cards.nth(1).boundingBox()];
    assert.ok(d.y > c.y + c.height - 5, "stacked on a phone");
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("intermediair mode: one screen for all questions, and next family leaves nothing behind", async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const t = messages("nl");
  await page.goto(`${server.url}?lang=nl`);
  await page.getByRole("switch", { name: t("mode-intermediair") }).click();
  await page.getByRole("button", { name: t("button-start") }).click();
  await page.locator("form[data-question=all]").waitFor();
  assert.deepEqual(await axe(page), [], "axe on the one-screen form");
  await page.getByRole("radio", { name: t("a-partner-no") }).check();
  await page.getByRole("textbox", { name: t("age-label") }).fill("41");
  await page.getByRole("radio", { name: "1", exact: true }).check();
  await page.getByRole("textbox", { name: t("child-age-label", { n: 1 }) }).fill("9");
  await page.getByRole("textbox", { name: t("income-label") }).fill("1234,56");
  // Every question that is still asked gets an answer; the first missing one gets the focus.
  await page.getByRole("button", { name: t("button-show-result") }).click();
  // Focus moves once the errors have rendered; the assertion below still fails if it never does.
  await page.waitForFunction(() => /-0$/.test(document.activeElement?.id ?? ""), null, { timeout: 2000 }).catch(() => {});
  const focused = await page.evaluate(() => document.activeElement?.id);
  assert.match(focused, /^(assets_above_limit|low_income_3_years|student|debt_help)-0$/, "focus moves to the first unanswered question");
  // Answer "no" to each yes/no/don't-know question still open; answers can change which
  // questions remain, so look again after each one.
  const open = ["assets_above_limit", "low_income_3_years", "student", "debt_help"].map((n) => `.compact-item fieldset:has(input[name=${n}]):not(:has(input:checked))`).join(", ");
  for (let i = 0; i < 4 && (await page.locator(open).count()); i++) {
    await page.locator(open).first().getByRole("radio", { name: t("a-no"), exact: true }).check();
  }
  await page.screenshot({ path: path.join(shotsDir, "intermediair-form-1366.png") });
  await page.getByRole("button", { name: t("button-show-result") }).click();
  await page.locator("section.result").waitFor();
  assert.ok((await page.content()).includes("1.234,56"));

  await page.getByRole("button", { name: t("button-next-family") }).click();
  await page.getByRole("heading", { level: 1, name: t("start-heading") }).waitFor();
  const html = await page.content();
  for (const trace of ["1.234,56", "1234,56", ">41<", "value=\"41\""]) assert.ok(!html.includes(trace), `no trace of ${trace}`);
  const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }));
  assert.ok(!stored.includes("1234") && !stored.includes("41"), `only the mode is stored: ${stored}`);
  // Back through the history finds no earlier answer either.
  for (let i = 0; i < 4 && page.url().startsWith(server.url); i++) {
    await page.goBack();
    const h = await page.content();
    assert.ok(!h.includes("1234,56") && !h.includes("1.234,56") && !h.includes("value=\"41\""), "Back shows no earlier answer");
  }
  await context.close();
});
