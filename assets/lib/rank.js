/* "Compare several" (x-data="rank" in static/rank.html, loaded with later.js): POST /rank, a sortable table. */
import { describeError, plural, readJson } from "./errors.js";
import { buildView } from "./view.js";

const VERDICTS = { strong: "Strong fit", partial: "Partial fit", weak: "Weak fit" };
const RANKS = { weak: 0, partial: 1, strong: 2 };
const NOUNS = { resumes: ["resume", "resumes", "the job"], jobs: ["job", "jobs", "your resume"] };
let keys = 0;
const blank = () => ({ key: ++keys, text: "" });

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
    busy: false,
    elapsed: 0,
    error: "",
    rows: [],
    sortKey: "score",
    ascending: false,
    openId: "",

    init() {
      this.store = window.Alpine.store("jobfit");
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
      this.items.splice(i, 1);
      this.$nextTick(() => this.$refs.add.focus());
    },

    /** The request: JSON for pasted texts only; multipart once files are attached (texts go as .txt). */
    body() {
      const [, many] = NOUNS[this.direction];
      const fixedName = this.direction === "resumes" ? "job" : "resume";
      const texts = this.items.map((item, i) => ({ id: this.itemLabel(i), text: item.text })).filter((t) => t.text.trim());
      const files = [...this.$refs.files.files];
      if (!files.length) return { count: texts.length, json: { [fixedName]: this.fixed, [many]: texts } };
      const form = new FormData();
      form.append(fixedName, this.fixed);
      for (const t of texts) form.append(`${fixedName === "job" ? "resume" : "job"}_files`, new Blob([t.text], { type: "text/plain" }), `${t.id}.txt`);
      for (const f of files) form.append(`${fixedName === "job" ? "resume" : "job"}_files`, f);
      return { count: texts.length + files.length, form };
    },

    async run() {
      if (this.busy) return;
      const { one, many, fixed } = this.labels();
      const { count, json, form } = this.body();
      this.error = !this.fixed.trim() ? `Paste ${fixed === "the job" ? "the job description" : fixed} first.` : count ? "" : `Add at least one ${one}.`;
      if (this.error) return this.store.announce(this.error);
      this.busy = true;
      this.elapsed = 0;
      const started = performance.now();
      const timer = setInterval(() => (this.elapsed = (performance.now() - started) / 1000), 100);
      this.store.announce(`Ranking ${plural(count, one, many)} against ${fixed}…`);
      try {
        const init = json ? { body: JSON.stringify(json), headers: { "Content-Type": "application/json" } } : { body: form };
        const response = await fetch(this.store.urls.rank, { method: "POST", ...init, headers: { ...init.headers, Accept: "application/json" } });
        const result = await readJson(response);
        if (!response.ok || !result || !Array.isArray(result.items)) {
          const { title, message } = describeError(response.status, result, response.headers.get("Retry-After"));
          this.error = `${title} ${message}`;
        } else {
          this.rows = result.items;
          this.sortKey = "score";
          this.ascending = false;
          this.store.report = null;
          this.store.announce(`Ranked ${plural(result.count - result.failed, one, many)}${result.failed ? `; ${result.failed} could not be read` : ""}.`);
        }
      } catch {
        this.error = "Could not reach jobfit. Check your connection and try again.";
      } finally {
        clearInterval(timer);
        this.busy = false;
      }
      if (this.error) this.store.announce(this.error);
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
      store.view = { ...buildView(row.report, [], jobText), subject: `${row.id}: rank ${row.rank} of ${this.rows.length}` };
      store.analyzed = store.texts(); // the single mode's texts: no "out of date" note here
      this.openId = row.id;
      store.report = row.report;
    },

    async exportAs(kind) {
      try {
        const { download, rankCsv, rankMarkdown } = await import(this.store.urls.later);
        const rows = this.sorted();
        const date = new Date().toISOString().slice(0, 10);
        const [text, type] = kind === "csv" ? [rankCsv(rows), "text/csv"] : [rankMarkdown(rows, this.labels().many), "text/markdown"];
        download(text, type, `jobfit-ranking-${date}.${kind === "csv" ? "csv" : "md"}`);
      } catch {
        this.store.announce("That part of the page could not load: check your connection and try again.");
      }
    },
  };
}
