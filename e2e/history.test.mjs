// Browser Back and Forward move between screens and keep the answers; a reload starts clean.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, phonePage } from "./lib.mjs";
import { flow } from "./journey.mjs";

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test("browser back and forward keep the answers", async () => {
  const { context, page, problems } = await phonePage(browser);
  const f = flow(page, "nl");
  const t = f.t;
  await page.goto(`${server.url}?lang=nl`);
  await f.start();
  await f.choose("a-partner-no");
  await f.next();
  await f.fillAge(34);
  await f.next();
  await page.locator("form[data-question=children]").waitFor();
  await page.goBack();
  await page.locator("form[data-question=age]").waitFor();
  assert.equal(await page.getByRole("textbox", { name: t("age-label") }).inputValue(), "34");
  await page.goBack();
  await page.locator("form[data-question=partner]").waitFor();
  assert.equal(await page.getByRole("radio", { name: t("a-partner-no") }).isChecked(), true);
  await page.goForward();
  await page.locator("form[data-question=age]").waitFor();
  assert.equal(await page.getByRole("textbox", { name: t("age-label") }).inputValue(), "34");
  assert.ok(page.url().startsWith(server.url), "still in the app");
  // A reload starts clean: answers are never stored.
  await page.reload();
  await page.getByRole("heading", { level: 1, name: t("start-heading") }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
