/* jobfit page logic for the CSP build of Alpine: shared state in Alpine.store("jobfit"), one
   component per input card, the form and the report. Templates hold the simple expressions. */
import { field } from "./lib/field.js";
import { page } from "./lib/page.js";
import { report } from "./lib/report.js";

// Titles of warning codes come from the server's one list (jobfit/codes.py), in the page's
// data-warning-titles attribute; read once, on first use.
let warningTitles = null;

function warningTitle(code) {
  if (warningTitles === null) {
    const holder = document.querySelector("[data-warning-titles]");
    try {
      warningTitles = JSON.parse(holder ? holder.dataset.warningTitles : "{}") || {};
    } catch {
      warningTitles = {};
    }
  }
  return warningTitles[code] || "Note.";
}

document.addEventListener("alpine:init", () => {
  const { Alpine } = window;
  // The page component creates the store from its data attributes before its children start.
  Alpine.data("page", () => page(warningTitle));
  Alpine.data("field", field);
  Alpine.data("report", report);
});
