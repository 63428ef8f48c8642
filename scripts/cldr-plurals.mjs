// Writes tests/golden/plurals.txt: the CLDR plural category of 0 to 200 in each language, as the
// ICU data of Node's Intl.PluralRules has them. The app's own table (src/i18n/mod.rs) is tested
// against this file, so a mistake in it cannot hide behind a second copy of the same rules.
import fs from "node:fs";
const langs = ["nl", "en", "ar", "tr", "fa"];
const lines = [`# node ${process.version}, ICU ${process.versions.icu}, CLDR ${process.versions.cldr}`];
for (const lang of langs) {
  const rules = new Intl.PluralRules(lang);
  const cats = [];
  for (let n = 0; n <= 200; n++) cats.push(rules.select(n));
  lines.push(`${lang} ${cats.join(" ")}`);
}
fs.writeFileSync(new URL("../tests/golden/plurals.txt", import.meta.url), lines.join("\n") + "\n");
