// Writes the page's scripts into static/: app.js minified, and the Alpine.js CSP build (no CDN).
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { buildSync } from "esbuild";

export const OUTPUTS = ["static/app.js", "static/vendor/alpine-csp.min.js"];

export function buildScripts(rename = (dest) => dest) {
  buildSync({
    entryPoints: ["assets/app.js"],
    outfile: rename(OUTPUTS[0]),
    minify: true,
    target: "es2020",
    legalComments: "none",
    logLevel: "error",
  });
  const alpine = rename(OUTPUTS[1]);
  mkdirSync(dirname(alpine), { recursive: true });
  copyFileSync("node_modules/@alpinejs/csp/dist/cdn.min.js", alpine);
}

if (import.meta.url === `file://${process.argv[1]}`) buildScripts();
