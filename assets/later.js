/* What the report needs only once someone exports or highlights: loaded after the first report,
   so the first visit stays small. Built as an ES module into static/later.js. */
export { download, fileName, toCsv, toJson, toMarkdown } from "./lib/exports.js";
export { markTexts } from "./lib/highlight.js";
export { rankCsv, rankMarkdown } from "./lib/rank-exports.js";
export { rank } from "./lib/rank.js";
