// Journeys (a) single parent, (b) AOW couple within the margin, (c) 19-year-old student, in all
// five languages. See journeys.mjs.
import { before, after } from "node:test";
import { serve, launch, LANGS } from "./lib.mjs";
import { journeyTests } from "./journeys.mjs";

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

for (const name of ["single-parent", "aow-couple-margin", "student-19"]) journeyTests(name, LANGS, () => ({ server, browser }), { concurrency: 2 });
