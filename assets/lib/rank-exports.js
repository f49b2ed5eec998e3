/* The ranking table as CSV and Markdown, columns as the CLI's (jobfit/ranking.py to_csv). */
import { csvCell } from "./exports.js";

const cells = (row) =>
  row.report ? [row.rank, row.id, row.score, row.verdict, row.missing.join("; "), ""] : ["", row.id, "", "", "", row.error ? row.error.message : ""];

/** CSV with a header: rank, id, score, verdict, top gaps, error; formula-like cells quoted. */
export function rankCsv(rows) {
  const lines = [["rank", "id", "score", "verdict", "top_gaps", "error"], ...rows.map((row) => cells(row))];
  return `${lines.map((line) => line.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

// A pipe or a line break would end the Markdown cell early.
const mdCell = (value) => csvCell(value).replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ");

/** A Markdown table of the same columns, for notes or an email. */
export function rankMarkdown(rows, noun) {
  const lines = [`# jobfit: ${noun} ranked`, "", "| rank | item | score | verdict | top gaps | error |", "| ---: | --- | ---: | --- | --- | --- |"];
  for (const row of rows) lines.push(`| ${cells(row).map(mdCell).join(" | ")} |`);
  return `${lines.join("\n")}\n`;
}
