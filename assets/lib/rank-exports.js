/* The ranking table as CSV and Markdown, columns as the CLI's (jobfit/ranking.py to_csv). */
import { csvCell } from "./exports.js";

// The last cell: the titles of what reading the item's file found ("Hidden text in the file.").
const found = (row) => (row.file_warnings || []).map((w) => w.title).join(" ");
const cells = (row) =>
  row.report
    ? [row.rank, row.id, row.score, row.verdict, row.missing.join("; "), "", found(row)]
    : ["", row.id, "", "", "", row.error ? row.error.message : "", found(row)];

/** CSV with a header: rank, id, score, verdict, top gaps, error, file warnings; formula-like cells quoted. */
export function rankCsv(rows) {
  const lines = [["rank", "id", "score", "verdict", "top_gaps", "error", "file_warnings"], ...rows.map((row) => cells(row))];
  return `${lines.map((line) => line.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

// A pipe or a line break would end the Markdown cell early.
const mdCell = (value) => csvCell(value).replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ");

/** A Markdown table of the same columns, for notes or an email; `notices` (every row's) above it. */
export function rankMarkdown(rows, noun, notices = []) {
  const lines = [`# jobfit: ${noun} ranked`, ""];
  for (const w of notices) lines.push(`> **${w.title}** ${w.message.replace(/[\r\n]+/g, " ")}`, "");
  lines.push("| rank | item | score | verdict | top gaps | error | file warnings |", "| ---: | --- | ---: | --- | --- | --- | --- |");
  for (const row of rows) lines.push(`| ${cells(row).map(mdCell).join(" | ")} |`);
  return `${lines.join("\n")}\n`;
}
