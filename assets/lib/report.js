/* The report (x-data="report"): brings itself into view, and exports Markdown, JSON, CSV and print. */
import { download, fileName, toCsv, toMarkdown } from "./exports.js";
import { textAreas } from "./field.js";

export function report() {
  return {
    copyLabel: "Copy as Markdown",

    init() {
      this.store = window.Alpine.store("jobfit");
      this.reveal();
      this.$watch("$store.jobfit.report", () => this.reveal());
    },

    /** Focus for screen readers, scroll for eyes: each new report is announced and shown. */
    reveal() {
      this.copyLabel = "Copy as Markdown";
      this.$nextTick(() => {
        this.$refs.heading.focus({ preventScroll: true });
        this.$refs.heading.scrollIntoView({ block: "start", behavior: "smooth" });
      });
    },

    async copyMarkdown() {
      const { report, view } = this.store;
      try {
        await navigator.clipboard.writeText(toMarkdown(report, view, this.store.staleNote()));
        this.copyLabel = "Copied";
        this.store.announce("Report copied as Markdown.");
      } catch {
        this.copyLabel = "Copy failed";
        this.store.announce("Copying failed: your browser blocked the clipboard.");
      }
      setTimeout(() => {
        this.copyLabel = "Copy as Markdown";
      }, 2000);
    },

    downloadJson() {
      const { report, view } = this.store;
      const compared = { posting: view.posting, date: view.date, out_of_date: this.store.staleNote() || null };
      download(JSON.stringify({ ...report, compared }, null, 2), "application/json", fileName(view, "json"));
    },

    downloadCsv() {
      const { report, view } = this.store;
      download(toCsv(report, view, this.store.staleNote()), "text/csv", fileName(view, "csv"));
    },

    print() {
      // Browsers name the saved PDF after the title.
      const title = document.title;
      document.title = fileName(this.store.view, "pdf").slice(0, -4);
      window.print();
      document.title = title;
    },

    editTexts() {
      textAreas.resume.focus();
    },
  };
}
