/* Matched and missing skills marked inside the texts, as segments the template shows with x-text. */

const WORD = /[\p{L}\p{N}]/u;

// Lowercases one code point at a time, keeping each one's length, so indexes match the text.
const lowerKeepingLength = (text) =>
  Array.from(text, (c) => {
    const lower = c.toLowerCase();
    return lower.length === c.length ? lower : c;
  }).join("");

/** Where `term` occurs in `lower` as a whole word, as [start, end) pairs. */
function occurrences(lower, term) {
  const found = [];
  const isWord = (at) => at >= 0 && at < lower.length && WORD.test(lower[at]);
  for (let at = lower.indexOf(term); term && at !== -1; at = lower.indexOf(term, at + term.length)) {
    if (!isWord(at - 1) && !isWord(at + term.length)) found.push([at, at + term.length]);
  }
  return found;
}

/** Splits `text` into segments, plain or marked with the class of its skill's mark. */
function segments(text, marks) {
  const lower = lowerKeepingLength(text);
  const spans = marks.flatMap(([name, mark]) => occurrences(lower, lowerKeepingLength(name)).map(([start, end]) => ({ start, end, mark })));
  spans.sort((a, b) => a.start - b.start || b.end - a.end); // the longer of two marks at one place wins
  const out = [];
  const push = (start, end, mark) => out.push({ key: out.length, text: text.slice(start, end), mark });
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue; // inside the mark before
    if (span.start > at) push(at, span.start, "");
    push(span.start, span.end, span.mark);
    at = span.end;
  }
  if (at < text.length) push(at, text.length, "");
  return out;
}

/** The analyzed texts with the report's skills marked: matched in both, missing in the posting. */
export function markTexts(report, texts) {
  const met = report.skills.matched.map((s) => [s.name, "hl-met"]);
  const missing = report.skills.missing.map((s) => [s.name, "hl-missing"]);
  return { resume: segments(texts.resume, met), jobDesc: segments(texts.jobDesc, [...met, ...missing]) };
}
