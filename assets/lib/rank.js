/* "Compare several" (x-data="rank" in static/rank.html, loaded with later.js): POST /rank, a sortable table. */
import { describeError, plural, readJson } from "./errors.js";
import { chunks, merge, request } from "./rank-chunks.js";
import { fileMethods, uniqueIds } from "./rank-files.js";
import { buildView } from "./view.js";

const VERDICTS = { strong: "Strong fit", partial: "Partial fit", weak: "Weak fit" };
const RANKS = { weak: 0, partial: 1, strong: 2 };
const NOUNS = { resumes: ["resume", "resumes", "the job"], jobs: ["job", "jobs", "your resume"] };
let keys = 0;
const blank = () => ({ key: ++keys, text: "" });
const MAX_ITEMS = 50; // the API's default JOBFIT_RANK_MAX_ITEMS, and issue 12's "up to 50"
const KEPT = "your texts and files are still here.";

// Ascending orders; failed items always go last, ties keep the server's order (by score).
const ORDERS = {
  score: (a, b) => a.score - b.score,
  verdict: (a, b) => RANKS[a.verdict] - RANKS[b.verdict] || a.score - b.score,
  name: (a, b) => a.id.localeCompare(b.id),
};

export function rank() {
  return {
    direction: "resumes",
    fixed: "",
    items: [blank(), blank()],
    files: [],
    filesError: "",
    dragging: "", // which card a file is dragged over: "fixed" or "many"
    reading: "",
    fixedNote: "",
    fixedError: "",
    fixedNotices: [], // what /extract found in the fixed side's file
    fixedName: "",
    ranNotices: [], // those of the text the rows were ranked against, for every row's report
    busy: false,
    elapsed: 0,
    progress: "",
    controller: null,
    error: "",
    rows: [],
    sortKey: "score",
    ascending: false,
    openId: "",

    ...fileMethods,

    init() {
      this.store = window.Alpine.store("jobfit");
      this.engine = this.$el.closest("[data-engine]")?.dataset.engine || "offline";
      // An emptied field no longer holds the file's text: what was found in it goes too.
      this.$watch("fixed", (text) => {
        if (!text.trim()) this.fixedNotices = [];
      });
    },

    labels() {
      const [one, many, fixed] = NOUNS[this.direction];
      return { one, many, fixed, Fixed: this.direction === "resumes" ? "Job description" : "Your resume" };
    },
    itemLabel(i) {
      return `${this.direction === "resumes" ? "Resume" : "Job"} ${i + 1}`;
    },
    editTexts() {
      this.$refs.fixed.focus();
    },
    add() {
      this.items.push(blank());
      this.$nextTick(() => this.$root.querySelector(`#rank-item-${keys}`).focus());
    },
    remove(i) {
      const { add } = this.$refs; // read before the row (whose button called this) is gone
      this.items.splice(i, 1);
      this.$nextTick(() => add.focus());
    },

    /** What to rank, in input order: pasted texts (blank ones left out), then files; ids unique. */
    entries() {
      const multipart = this.files.length > 0;
      const texts = this.items.map((item, i) => ({ id: this.itemLabel(i) + (multipart ? ".txt" : ""), text: item.text })).filter((t) => t.text.trim());
      const all = [...texts, ...this.files.map(({ name, file }) => ({ id: name, file }))];
      const ids = uniqueIds(all.map((entry) => entry.id));
      return all.map((entry, i) => ({ ...entry, id: ids[i], bytes: entry.file ? entry.file.size : new Blob([entry.text]).size }));
    },

    /** Ranks in a few sequential requests, merging rows as they come: progress, cancel, nothing lost. */
    async run() {
      if (this.busy) return;
      const { one, many, fixed } = this.labels();
      const entries = this.entries();
      const over = entries.length - MAX_ITEMS;
      this.error = !this.fixed.trim() ? `Paste ${fixed === "the job" ? "the job description" : fixed} first.` : !entries.length ? `Add at least one ${one}.` : "";
      if (over > 0) this.error = `Rank up to ${MAX_ITEMS} at once: remove ${plural(over, one, many)}.`;
      if (this.error) return this.store.announce(this.error);
      // The model judges the top K of the whole batch, so with it the batch goes as one request.
      const plan = this.engine === "offline" ? chunks(entries) : [entries];
      const order = new Map(entries.map((entry, i) => [entry.id, i]));
      const multipart = this.files.length > 0;
      const { fixed: sent, direction } = this; // every chunk against the same text, edits or not
      const total = plural(entries.length, one, many);
      const kept = (n) => (n ? `The table keeps the ${plural(n, one, many)} ranked so far, and ${KEPT}` : `Nothing was ranked; ${KEPT}`);
      let got = [];
      let done = 0;
      this.begin();
      this.ranNotices = this.fixedWarnings();
      this.progress = `Ranking ${total} against ${fixed}…`;
      try {
        for (const part of plan) {
          const init = request(part, sent, direction, multipart);
          const response = await fetch(this.store.urls.rank, { ...init, signal: this.controller.signal });
          const result = await readJson(response);
          if (!response.ok || !result || !Array.isArray(result.items)) {
            const { title, message } = describeError(response.status, result, response.headers.get("Retry-After"));
            this.error = `${title} ${message}`;
            break;
          }
          got = got.concat(result.items);
          done += part.length;
          this.rows = plan.length === 1 ? result.items : merge(got, order);
          this.progress = `Ranked ${done} of ${total}…`;
        }
      } catch (err) {
        if (err.name !== "AbortError") this.error = "Could not reach jobfit. Check your connection and try again.";
        else this.progress = `Cancelled after ${done} of ${total}. ${kept(done)}`;
      } finally {
        clearInterval(this.timer);
        this.busy = false;
        this.controller = null;
      }
      if (this.error) {
        this.progress = `Stopped after ${done} of ${total}.`;
        this.error += ` ${kept(done)}`;
        this.store.announce(this.error);
      } else if (done === entries.length) {
        const failed = got.filter((row) => !row.report).length;
        const warned = got.filter((row) => this.fileWarnings(row).length).length; // said here for screen readers too
        const marked = warned ? `; ${plural(warned, "file has", "files have")} warnings, marked in the table` : "";
        this.progress = `Ranked ${done} of ${total}${failed ? `; ${failed} could not be read` : ""}${marked}.`;
      }
    },

    begin() {
      Object.assign(this, { busy: true, elapsed: 0, rows: [], sortKey: "score", ascending: false, openId: "" });
      this.store.report = null;
      this.controller = new AbortController();
      const started = performance.now();
      this.timer = setInterval(() => (this.elapsed = (performance.now() - started) / 1000), 100);
    },

    cancel() {
      if (!this.controller) return;
      this.controller.abort();
      // The Cancel button is about to hide: keep keyboard focus in the form.
      this.$refs.submit.focus();
    },

    sorted() {
      const order = ORDERS[this.sortKey];
      const done = this.rows.filter((r) => r.report).sort((a, b) => (this.ascending ? order(a, b) : -order(a, b)));
      return [...done, ...this.rows.filter((r) => !r.report)];
    },
    sortBy(key) {
      // A new column starts best first (score, verdict) or A-Z (name); the same one flips.
      this.ascending = this.sortKey === key ? !this.ascending : key === "name";
      this.sortKey = key;
    },
    ariaSort(key) {
      if (this.sortKey !== key) return "none";
      return this.ascending ? "ascending" : "descending";
    },
    verdictLabel(row) {
      return VERDICTS[row.verdict] || "";
    },
    gaps(row) {
      return row.error ? row.error.message : row.missing.join("; ") || "None";
    },

    /** Shows the row's full report with the single mode's report section. */
    open(row) {
      const { store } = this;
      const jobText = this.direction === "resumes" ? this.fixed : "";
      // The fixed side's file notices concern every row: first in its card and its exports.
      const report = { ...row.report, warnings: [...this.ranNotices, ...row.report.warnings] };
      store.view = { ...buildView(report, [], jobText), subject: `${row.id}: rank ${row.rank} of ${this.rows.length}` };
      store.analyzed = store.texts(); // the single mode's texts: no "out of date" note here
      this.openId = row.id;
      store.report = report;
    },

    async exportAs(kind) {
      try {
        const { download, rankCsv, rankMarkdown } = await import(this.store.urls.later);
        const rows = this.sorted();
        const date = new Date().toISOString().slice(0, 10);
        const [text, type] = kind === "csv" ? [rankCsv(rows), "text/csv"] : [rankMarkdown(rows, this.labels().many, this.ranNotices), "text/markdown"];
        download(text, type, `jobfit-ranking-${date}.${kind === "csv" ? "csv" : "md"}`);
      } catch {
        this.store.announce("That part of the page could not load: check your connection and try again.");
      }
    },
  };
}
