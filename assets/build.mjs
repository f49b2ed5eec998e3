// Writes the page's scripts into static/: app.js minified, and the Alpine.js CSP build (no CDN).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { buildSync } from "esbuild";

export const OUTPUTS = ["static/app.js", "static/vendor/alpine-csp.min.js", "static/later.js"];

// The CSP build reads every global once at load; reading `fence` makes Chromium log a
// FencedFrame deprecation (Lighthouse best practices then drops to 81). Alpine already skips two
// such globals; this adds the third. Fails loudly when an Alpine upgrade changes the code.
const SKIPPED_GLOBALS = 'e==="styleMedia"||e==="sharedStorage"';

function alpineCsp() {
  const source = readFileSync("node_modules/@alpinejs/csp/dist/cdn.min.js", "utf8");
  if (source.split(SKIPPED_GLOBALS).length !== 2) {
    throw new Error("Alpine's global skip list changed: review the `fence` patch in build.mjs");
  }
  return source.replace(SKIPPED_GLOBALS, `${SKIPPED_GLOBALS}||e==="fence"`);
}

export function buildScripts(rename = (dest) => dest) {
  buildSync({
    entryPoints: ["assets/app.js"],
    bundle: true, // app.js imports its components from assets/lib/
    format: "iife",
    outfile: rename(OUTPUTS[0]),
    minify: true,
    target: "es2020",
    legalComments: "none",
    logLevel: "error",
  });
  // Exports and highlights: an ES module the report imports when it first shows.
  buildSync({
    entryPoints: ["assets/later.js"],
    bundle: true,
    format: "esm",
    outfile: rename(OUTPUTS[2]),
    minify: true,
    target: "es2020",
    legalComments: "none",
    logLevel: "error",
  });
  const alpine = rename(OUTPUTS[1]);
  mkdirSync(dirname(alpine), { recursive: true });
  writeFileSync(alpine, alpineCsp());
}

if (import.meta.url === `file://${process.argv[1]}`) buildScripts();
