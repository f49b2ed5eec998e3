/* The report as the template shows it: labels, classes and counts derived once per report. */
import { plural } from "./errors.js";

const VERDICTS = {
  strong: {
    label: "Strong fit",
    chip: "bg-emerald-50 text-emerald-800 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-700",
    stroke: "stroke-emerald-500",
  },
  partial: {
    label: "Partial fit",
    chip: "bg-amber-50 text-amber-800 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-700",
    stroke: "stroke-amber-500",
  },
  weak: {
    label: "Weak fit",
    chip: "bg-rose-50 text-rose-800 ring-rose-300 dark:bg-rose-950 dark:text-rose-200 dark:ring-rose-700",
    stroke: "stroke-rose-500",
  },
};

const STATUSES = {
  met: {
    glyph: "✓",
    label: "Met",
    badge: "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
    icon: "bg-emerald-100 text-emerald-700 dark:bg-emerald-950 dark:text-emerald-300",
  },
  partial: {
    glyph: "–",
    label: "Partly met",
    badge: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
    icon: "bg-amber-100 text-amber-700 dark:bg-amber-950 dark:text-amber-300",
  },
  missing: {
    glyph: "×",
    label: "Missing",
    badge: "bg-rose-100 text-rose-800 dark:bg-rose-950 dark:text-rose-200",
    icon: "bg-rose-100 text-rose-700 dark:bg-rose-950 dark:text-rose-300",
  },
  // Travel, work authorization, shifts...: no resume can show it, so it is never "missing".
  unknown: {
    glyph: "?",
    label: "Confirm with the employer",
    badge: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
    icon: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300",
  },
};

/** The posting's title: the first line of its text, as people name a posting. */
function postingTitle(text) {
  const first = text.trim().split("\n", 1)[0].trim();
  return first.length > 80 ? `${first.slice(0, 79).trimEnd()}…` : first;
}

/** Today in the visitor's time zone, as YYYY-MM-DD. */
function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

// Circumference of the gauge circle (r = 52) in _report.html.
const GAUGE = 326.73;

/** Derives everything the report template shows from a Report and the upload notices. */
export function buildView(report, fileNotices, jobText) {
  const verdict = VERDICTS[report.verdict] || VERDICTS.weak;
  const counts = { met: 0, partial: 0, missing: 0, unknown: 0 };
  const requirements = report.requirements.map((req, i) => {
    const status = STATUSES[req.status] ? req.status : "missing";
    counts[status] += 1;
    return {
      key: i,
      text: req.text,
      status,
      glyph: STATUSES[status].glyph,
      statusLabel: STATUSES[status].label,
      statusClass: STATUSES[status].badge,
      iconClass: STATUSES[status].icon,
      importanceLabel: req.importance === "required" ? "Required" : "Preferred",
      evidence: req.evidence.map((text, j) => ({ key: j, text })),
    };
  });
  const warnings = [...fileNotices, ...report.warnings].map((w, i) => ({
    key: i,
    code: w.code,
    title: w.title || "Note.", // the server names each warning (jobfit/codes.py)
    message: w.message,
  }));
  const engine = report.engine;
  let engineLabel = `Analyzed by the offline analyzer (version ${engine.version}).`;
  if (engine.name === "openai") {
    const parts = [`Analyzed by OpenAI ${engine.model || ""}`.trim()];
    if (engine.prompt_version) parts.push(`prompt ${engine.prompt_version}`);
    if (engine.usage) parts.push(plural(engine.usage.input_tokens + engine.usage.output_tokens, "token", "tokens"));
    engineLabel = `${parts.join(", ")}.`;
  }
  const total = requirements.length;
  const posting = postingTitle(jobText);
  const date = today();
  return {
    posting,
    date,
    subject: `${posting}, compared on ${date}`,
    gaugeOffset: (GAUGE * (1 - report.score / 100)).toFixed(2),
    gaugeClass: verdict.stroke,
    verdictLabel: verdict.label,
    verdictClass: verdict.chip,
    engineLabel,
    requirements,
    countsLabel: total
      ? `${counts.met} of ${total} met, ${counts.partial} partly, ${counts.missing} missing` +
        (counts.unknown ? `, ${counts.unknown} to confirm` : "")
      : "",
    warnings,
  };
}
