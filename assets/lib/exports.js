/* What leaves the page: Markdown, CSV and JSON files that name the posting and the date. */

/** A file name naming the posting and the date, e.g. jobfit-backend-engineer-2026-12-03.csv. */
export function fileName(view, extension) {
  const slug = view.posting.toLowerCase().replace(/[^a-z0-9]+/g, "-").slice(0, 40).replace(/^-|-$/g, "");
  return `jobfit-${slug || "report"}-${view.date}.${extension}`;
}

// A cell a spreadsheet would run as a formula gets a leading quote (CSV injection).
export const csvCell = (value) => {
  const text = String(value).replace(/^[=+\-@\t\r]/, "'$&");
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** One CSV row per requirement, each naming the posting and date, for a spreadsheet of applications. */
export function toCsv(report, view, stale) {
  const rows = [["posting", "date", "score", "verdict", "requirement", "importance", "status", "evidence", "out_of_date", "warnings"]];
  // As out_of_date, the report's warnings (the "Read this first" card, upload notices included) on every row.
  const warnings = view.warnings.map((w) => `${w.title} ${w.message}`).join(" | ");
  for (const req of view.requirements) {
    const evidence = req.evidence.map((quote) => quote.text).join(" | ");
    rows.push([view.posting, view.date, report.score, report.verdict, req.text, req.importanceLabel, req.statusLabel, evidence, stale, warnings]);
  }
  return `${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/** The report as JSON, as the page showed it: upload notices first among its warnings, and what was compared. */
export function toJson(report, view, stale) {
  const warnings = view.warnings.map(({ code, message, title }) => ({ code, message, title }));
  const compared = { posting: view.posting, date: view.date, out_of_date: stale || null };
  return JSON.stringify({ ...report, warnings, compared }, null, 2);
}

export function download(text, type, name) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** The report as Markdown, for pasting into notes or an email. */
export function toMarkdown(report, view, stale) {
  const lines = [
    `# Job fit report: ${view.posting}`,
    "",
    `Compared on ${view.date}.`,
    "",
    ...(stale ? [`> **${stale}**`, ""] : []),
    `**Score:** ${report.score}/100, ${view.verdictLabel.toLowerCase()}`,
    "",
    report.summary,
    "",
  ];
  if (view.warnings.length) {
    lines.push("## Warnings", "", ...view.warnings.map((w) => `- **${w.title}** ${w.message}`), "");
  }
  lines.push("## Requirements", "");
  for (const req of view.requirements) {
    const box = req.status === "met" ? "x" : " ";
    lines.push(`- [${box}] ${req.text} (${req.importanceLabel.toLowerCase()}, ${req.statusLabel.toLowerCase()})`);
    for (const quote of req.evidence) lines.push(`  > ${quote.text}`);
  }
  const skills = (list) => list.map((s) => `${s.name} (job ${s.job_mentions}, resume ${s.resume_mentions})`).join(", ") || "none";
  lines.push("", "## Skills", "", `- Matched: ${skills(report.skills.matched)}`, `- Missing: ${skills(report.skills.missing)}`, "");
  if (report.gains && report.gains.length) {
    const gains = report.gains.map((g) => `- +${g.score - report.score} if you show: ${g.requirement}`);
    lines.push("## What raises the score most, if it is true", "", ...gains, "");
  }
  if (report.suggestions.length) {
    lines.push("## Suggestions", "", ...report.suggestions.map((s, i) => `${i + 1}. ${s}`), "");
  }
  lines.push(`_${view.engineLabel}_`, "");
  return lines.join("\n");
}
