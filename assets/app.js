/* jobfit page logic for the CSP build of Alpine: shared state in Alpine.store("jobfit"), one
   component per input card, the form and the report. Templates hold the simple expressions. */
import { field } from "./lib/field.js";
import { page } from "./lib/page.js";
import { report } from "./lib/report.js";

const WARNING_TITLES = {
  hidden_text: "Hidden text in the file.",
  keyword_stuffing: "Repeated keywords.",
  job_text_copied: "Job text copied into the resume.",
  prompt_injection: "Instructions aimed at the screener.",
  llm_unavailable: "Offline fallback.",
  truncated: "Text was shortened.",
  unverified_evidence: "Unverified quotes removed.",
  score_capped: "Score capped.",
};

function warningTitle(code) {
  return WARNING_TITLES[code] || "Note.";
}

document.addEventListener("alpine:init", () => {
  const { Alpine } = window;
  // The page component creates the store from its data attributes before its children start.
  Alpine.data("page", () => page(warningTitle));
  Alpine.data("field", field);
  Alpine.data("report", report);
});
