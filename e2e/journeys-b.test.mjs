// Journeys (d) "don't know" to savings and debt help, (e) income per four weeks and per year, in
// all five languages. See journeys.mjs.
import { before, after } from "node:test";
import { serve, launch, LANGS } from "./lib.mjs";
import { journeyTests } from "./journeys.mjs";

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

for (const name of ["dont-know", "four-weeks", "per-year"]) journeyTests(name, LANGS, () => ({ server, browser }), { concurrency: 2 });
