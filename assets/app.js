/* jobfit page logic for the CSP build of Alpine: shared state in Alpine.store("jobfit"), one
   component per input card, the form and the report. Templates hold the simple expressions. */
import { field } from "./lib/field.js";
import { page } from "./lib/page.js";
import { report } from "./lib/report.js";

document.addEventListener("alpine:init", () => {
  const { Alpine } = window;
  // The page component creates the store from its data attributes before its children start.
  Alpine.data("page", page);
  Alpine.data("field", field);
  Alpine.data("report", report);
});
