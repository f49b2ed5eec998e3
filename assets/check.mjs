// Fails when the committed static/ assets differ from a fresh build: run `npm run build` and commit.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { buildScripts, OUTPUTS } from "./build.mjs";

const dir = mkdtempSync(join(tmpdir(), "jobfit-assets-"));
const fresh = (dest) => join(dir, basename(dest));
try {
  execFileSync(
    "node_modules/.bin/tailwindcss",
    ["-i", "assets/app.css", "-o", fresh("app.css"), "--minify"],
    { stdio: "pipe" }, // a failure throws with the CLI's output; success stays quiet
  );
  buildScripts(fresh);
  const stale = ["static/app.css", ...OUTPUTS].filter(
    (dest) => !readFileSync(dest).equals(readFileSync(fresh(dest))),
  );
  if (stale.length) {
    console.error(`stale: ${stale.join(", ")}; run \`npm run build\` and commit the result`);
    process.exitCode = 1;
  } else {
    console.log("static assets are up to date");
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
