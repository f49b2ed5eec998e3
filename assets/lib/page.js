/* The form (x-data="page"): validate, analyze with progress and cancel, the example, undo, the draft. */
import { describeError, readJson } from "./errors.js";
import { textAreas } from "./field.js";
import { createStore, LABELS, writeDraft } from "./store.js";
import { buildView } from "./view.js";

const NO_ERROR = { title: "", message: "", retry: false };

export function page() {
  return {
    elapsed: 0,
    cancelled: false,
    error: NO_ERROR,
    controller: null,
    timer: null,

    init() {
      window.Alpine.store("jobfit", createStore(this.$el.dataset));
      this.store = window.Alpine.store("jobfit");
      window.Alpine.effect(() => writeDraft(this.store.texts()));
    },

    validate() {
      const { fields, maxChars } = this.store;
      let first = null;
      for (const f of Object.values(fields)) {
        f.error = "";
        if (!f.text.trim()) f.error = `Paste ${LABELS[f.name]} or upload it as a file.`;
        else if (f.text.length > maxChars) f.error = `This is over the ${maxChars.toLocaleString("en-US")}-character limit; shorten it.`;
        if (f.error && !first) first = f;
      }
      if (first) {
        textAreas[first.name].focus();
        this.store.announce(first.error);
      }
      return !first;
    },

    async analyze() {
      if (this.store.busy) return;
      this.error = NO_ERROR;
      if (!this.validate()) return;
      this.start();
      const sent = this.store.texts();
      try {
        const response = await fetch(this.store.urls.compare, {
          method: "POST",
          headers: { "Content-Type": "application/json", Accept: "application/json" },
          body: JSON.stringify(sent),
          signal: this.controller.signal,
        });
        const body = await readJson(response);
        if (response.ok && body && typeof body.score === "number") this.show(body, sent);
        else this.fail(describeError(response.status, body, response.headers.get("Retry-After")));
      } catch (err) {
        if (err.name === "AbortError") this.cancelled = true;
        else this.fail(describeError(0, null, null));
      } finally {
        this.stop();
      }
    },

    start() {
      this.store.busy = true;
      this.cancelled = false;
      this.elapsed = 0;
      this.controller = new AbortController();
      const started = performance.now();
      this.timer = setInterval(() => {
        this.elapsed = (performance.now() - started) / 1000;
      }, 100);
      this.store.announce("Analyzing…");
    },

    stop() {
      clearInterval(this.timer);
      this.store.busy = false;
      this.controller = null;
    },

    cancel() {
      if (!this.controller) return;
      this.controller.abort();
      // The Cancel button is about to hide: keep keyboard focus on the form, not the page body.
      this.$refs.submit.focus();
      this.store.announce("Analysis cancelled. Your text is still in the fields.");
    },

    fail(error) {
      this.error = error;
      this.$nextTick(() => this.$refs.errorBox.focus());
    },

    show(report, sent) {
      const { store } = this;
      const notices = Object.values(store.fields).flatMap((f) => f.notices);
      store.view = buildView(report, notices, sent.jobDesc);
      store.analyzed = sent;
      store.report = report; // the report component moves focus to it
      store.announce(`Report ready: ${report.score} out of 100, ${store.view.verdictLabel.toLowerCase()}.`);
    },

    async loadExample() {
      if (this.store.busy) return;
      this.error = NO_ERROR;
      try {
        const response = await fetch(this.store.urls.example);
        const example = await response.json();
        const lost = this.store.keepForUndo(["resume", "jobDesc"]);
        this.store.setText("resume", example.resume);
        this.store.setText("jobDesc", example.jobDesc);
        const undo = lost ? " Restore my text brings yours back." : "";
        this.store.announce(`Example resume and job description loaded. Press Analyze fit.${undo}`);
      } catch {
        this.fail(describeError(0, null, null));
      }
    },

    /** The texts were in each other's fields: swap them (undo swaps back) and analyze again. */
    swapTexts() {
      const { resume, jobDesc } = this.store.texts();
      this.store.keepForUndo(["resume", "jobDesc"]);
      this.store.setText("resume", jobDesc);
      this.store.setText("jobDesc", resume);
      this.analyze();
    },

    undo() {
      for (const [name, text] of Object.entries(this.store.undoTexts || {})) this.store.setText(name, text);
      this.store.undoTexts = null;
      this.store.announce("Your previous text is back.");
    },

    clearDraft() {
      this.store.setText("resume", "");
      this.store.setText("jobDesc", "");
      this.store.undoTexts = null; // forgetting means forgetting: no way back to the cleared texts
      textAreas.resume.focus();
      this.store.announce("Both texts and the saved draft are cleared.");
    },
  };
}
