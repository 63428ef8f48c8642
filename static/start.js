// Loads the app. A separate file, so the Content-Security-Policy needs no inline script.
import init from "./regelingencheck.js";
init({ module_or_path: "./regelingencheck_bg.wasm" });
