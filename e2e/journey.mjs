// Fills in the app the way a person would: by the visible labels, in any of the five languages.
import { messages } from "./lib.mjs";

export function flow(page, lang) {
  const t = messages(lang);
  const next = () => page.getByRole("button", { name: t("button-next"), exact: true }).click();
  return {
    t,
    start: () => page.getByRole("button", { name: t("button-start"), exact: true }).click(),
    next,
    toResult: () => page.getByRole("button", { name: t("button-show-result"), exact: true }).click(),
    back: () => page.getByRole("button", { name: t("button-back"), exact: true }).click(),
    choose: (labelKey) => page.getByRole("radio", { name: t(labelKey), exact: true }).check(),
    chooseText: (label) => page.getByRole("radio", { name: label, exact: true }).check(),
    fillAge: (years) => page.getByRole("textbox", { name: t("age-label"), exact: true }).fill(String(years)),
    fillChild: (n, years) => page.getByRole("textbox", { name: t("child-age-label", { n }), exact: true }).fill(String(years)),
    fillIncome: (amount) => page.getByRole("textbox", { name: t("income-label"), exact: true }).fill(String(amount)),
    heading: () => page.getByRole("heading", { level: 1 }),
  };
}
