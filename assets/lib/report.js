/* The report (x-data="report"): brings itself into view, and exports Markdown, JSON, CSV and print. */
import { textAreas } from "./field.js";

// Exports and highlights live in static/later.js, fetched once the first report shows.
let loading = null;
function later(url) {
  loading ||= import(url).catch((err) => {
    loading = null; // a failed load is tried again on the next click
    throw err;
  });
  return loading;
}

export function report() {
  return {
    copyLabel: "Copy as Markdown",
    highlight: false,
    marked: { resume: [], jobDesc: [] },

    init() {
      this.store = window.Alpine.store("jobfit");
      this.reveal();
      this.$watch("$store.jobfit.report", () => this.reveal());
    },

    /** Focus for screen readers, scroll for eyes: each new report is announced and shown. */
    reveal() {
      this.copyLabel = "Copy as Markdown";
      this.highlight = false;
      this.$nextTick(() => {
        this.$refs.heading.focus({ preventScroll: true });
        this.$refs.heading.scrollIntoView({ block: "start", behavior: "smooth" });
      });
      later(this.store.urls.later).catch(() => {}); // warm up; a click reports any failure
    },

    later() {
      return later(this.store.urls.later);
    },

    async copyMarkdown() {
      const { report, view } = this.store;
      try {
        const { toMarkdown } = await this.later();
        await navigator.clipboard.writeText(toMarkdown(report, view, this.store.staleNote()));
        this.copyLabel = "Copied";
        this.store.announce("Report copied as Markdown.");
      } catch {
        this.copyLabel = "Copy failed";
        this.store.announce("Copying failed: your browser blocked the clipboard, or the page lost its connection.");
      }
      setTimeout(() => {
        this.copyLabel = "Copy as Markdown";
      }, 2000);
    },

    /** Runs `use` with the helpers from later.js, or says why it could not. */
    async exporting(use) {
      try {
        use(await this.later());
      } catch {
        this.store.announce("That part of the page could not load: check your connection and try again.");
      }
    },

    downloadJson() {
      const { report, view } = this.store;
      const stale = this.store.staleNote();
      return this.exporting(({ download, fileName, toJson }) => download(toJson(report, view, stale), "application/json", fileName(view, "json")));
    },

    downloadCsv() {
      const { report, view } = this.store;
      const stale = this.store.staleNote();
      return this.exporting(({ download, fileName, toCsv }) => download(toCsv(report, view, stale), "text/csv", fileName(view, "csv")));
    },

    async print() {
      const title = document.title;
      try {
        const { fileName } = await this.later();
        document.title = fileName(this.store.view, "pdf").slice(0, -4); // browsers name the PDF after it
      } catch {
        // Print under the page's own title rather than not at all.
      }
      window.print();
      document.title = title;
    },

    /** Marks are computed when first asked for: most visitors never open them. */
    async toggleHighlight() {
      if (this.highlight) {
        this.highlight = false;
        return;
      }
      await this.exporting(({ markTexts }) => {
        this.marked = markTexts(this.store.report, this.store.analyzed);
        this.highlight = true;
      });
    },

    editTexts() {
      // In "Compare several" the texts to edit are that mode's (its component listens), not the hidden fields.
      if (this.store.mode === "rank") this.$dispatch("edit-texts");
      else textAreas.resume.focus();
    },
  };
}
