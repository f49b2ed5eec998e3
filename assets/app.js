/* jobfit page logic: Alpine.data components for the CSP build of Alpine.
   Templates may only read properties and call methods, so everything they show is computed here. */
(() => {
  "use strict";

  const VERDICTS = {
    strong: {
      label: "Strong fit",
      chip: "bg-emerald-50 text-emerald-800 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-700",
      stroke: "stroke-emerald-500",
    },
    partial: {
      label: "Partial fit",
      chip: "bg-amber-50 text-amber-800 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-700",
      stroke: "stroke-amber-500",
    },
    weak: {
      label: "Weak fit",
      chip: "bg-rose-50 text-rose-800 ring-rose-300 dark:bg-rose-950 dark:text-rose-200 dark:ring-rose-700",
      stroke: "stroke-rose-500",
    },
  };

  const STATUSES = {
    met: {
      label: "Met",
      badge: "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
      icon: "bg-emerald-100 text-emerald-700 dark:bg-emerald-950 dark:text-emerald-300",
    },
    partial: {
      label: "Partly met",
      badge: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
      icon: "bg-amber-100 text-amber-700 dark:bg-amber-950 dark:text-amber-300",
    },
    missing: {
      label: "Missing",
      badge: "bg-rose-100 text-rose-800 dark:bg-rose-950 dark:text-rose-200",
      icon: "bg-rose-100 text-rose-700 dark:bg-rose-950 dark:text-rose-300",
    },
  };

  // Titles of warning codes, from the server's list (jobfit/codes.py) in data-warning-titles.
  let WARNING_TITLES = {};

  // Circumference of the gauge circle (r = 52) in _report.html.
  const GAUGE = 326.73;

  const plural = (n, one, many) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

  function warningTitle(code) {
    return WARNING_TITLES[code] || "Note.";
  }

  /** Turns a failed response (or none, on a network error) into words for people. */
  function describeError(status, body, retryAfter) {
    const code = body && typeof body.error === "string" ? body.error : "";
    const said = body && typeof body.message === "string" ? body.message : "";
    const again = { retry: true };
    if (status === 0) {
      return { ...again, title: "Could not reach jobfit.", message: "Check your connection and try again." };
    }
    if (status === 413 || code === "too_large") {
      return {
        title: "That is too long.",
        message: said || "Shorten the text or upload a smaller file, then try again.",
      };
    }
    if (status === 415) {
      return { title: "That file type can't be read.", message: said || "Upload a PDF, a Word (.docx) or a plain text file, or paste the text." };
    }
    if (status === 422 && code !== "model_refused") {
      return { title: "That file could not be read.", message: said || "It may be scanned, encrypted or damaged. Paste the text instead." };
    }
    if (code === "model_refused") {
      return { title: "The AI service declined to analyse this.", message: said || "Edit the texts and try again." };
    }
    if (status === 429 || status === 503) {
      const wait = retryAfter ? ` Wait about ${plural(Number(retryAfter) || 0, "second", "seconds")}, then try again.` : " Wait a moment, then try again.";
      return { ...again, title: "The service is busy.", message: `The analysis service has too many requests right now.${wait}` };
    }
    if (status === 504) {
      return { ...again, title: "The analysis took too long.", message: "Try again; shorter texts are quicker." };
    }
    if (status === 400 && said) {
      return { title: "Something is missing.", message: said };
    }
    if (status >= 500) {
      return { ...again, title: "Something went wrong on our side.", message: "Nothing was lost. Try again in a moment." };
    }
    return { ...again, title: "The request failed.", message: said || `The server answered ${status}. Try again.` };
  }

  async function readJson(response) {
    try {
      return await response.json();
    } catch {
      return null; // API Gateway and proxies answer some failures with HTML.
    }
  }

  /** Derives everything the report template shows from a Report and the upload notices. */
  function buildView(report, fileNotices) {
    const verdict = VERDICTS[report.verdict] || VERDICTS.weak;
    const counts = { met: 0, partial: 0, missing: 0 };
    const requirements = report.requirements.map((req, i) => {
      const status = STATUSES[req.status] ? req.status : "missing";
      counts[status] += 1;
      return {
        key: i,
        text: req.text,
        status,
        isMet: status === "met",
        isPartial: status === "partial",
        isMissing: status === "missing",
        statusLabel: STATUSES[status].label,
        statusClass: STATUSES[status].badge,
        iconClass: STATUSES[status].icon,
        importanceLabel: req.importance === "required" ? "Required" : "Preferred",
        evidence: req.evidence.map((text, j) => ({ key: j, text })),
      };
    });
    const skill = (s, i) => ({
      key: i,
      name: s.name,
      counts: `${s.job_mentions} / ${s.resume_mentions}`,
    });
    const warnings = [...fileNotices, ...report.warnings].map((w, i) => ({
      key: i,
      title: w.title || warningTitle(w.code),
      message: w.message,
    }));
    const engine = report.engine;
    let engineLabel = `Analysed by the offline analyzer (version ${engine.version}).`;
    if (engine.name === "openai") {
      const parts = [`Analysed by OpenAI ${engine.model || ""}`.trim()];
      if (engine.prompt_version) parts.push(`prompt ${engine.prompt_version}`);
      if (engine.usage) parts.push(plural(engine.usage.input_tokens + engine.usage.output_tokens, "token", "tokens"));
      engineLabel = `${parts.join(", ")}.`;
    }
    const total = requirements.length;
    return {
      score: report.score,
      gaugeOffset: (GAUGE * (1 - report.score / 100)).toFixed(2),
      gaugeClass: verdict.stroke,
      verdictLabel: verdict.label,
      verdictClass: verdict.chip,
      summary: report.summary,
      engineLabel,
      requirements,
      noRequirements: total === 0,
      countsLabel: total ? `${counts.met} of ${total} met, ${counts.partial} partly, ${counts.missing} missing` : "",
      matched: report.skills.matched.map(skill),
      missing: report.skills.missing.map(skill),
      matchedHeading: `Matched (${report.skills.matched.length})`,
      missingHeading: `Missing (${report.skills.missing.length})`,
      suggestions: report.suggestions.map((text, i) => ({ key: i, text })),
      noSuggestions: report.suggestions.length === 0,
      warnings,
      hasWarnings: warnings.length > 0,
    };
  }

  /** The report as Markdown, for pasting into notes or an email. */
  function toMarkdown(report, view) {
    const lines = [
      "# Job fit report",
      "",
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
      const box = req.isMet ? "x" : " ";
      lines.push(`- [${box}] ${req.text} (${req.importanceLabel.toLowerCase()}, ${req.statusLabel.toLowerCase()})`);
      for (const quote of req.evidence) lines.push(`  > ${quote.text}`);
    }
    const skills = (list) => list.map((s) => `${s.name} (job ${s.job_mentions}, resume ${s.resume_mentions})`).join(", ") || "none";
    lines.push("", "## Skills", "", `- Matched: ${skills(report.skills.matched)}`, `- Missing: ${skills(report.skills.missing)}`, "");
    if (report.suggestions.length) {
      lines.push("## Suggestions", "", ...report.suggestions.map((s, i) => `${i + 1}. ${s}`), "");
    }
    lines.push(`_${view.engineLabel}_`, "");
    return lines.join("\n");
  }

  function makeField(name, maxChars) {
    return {
      name,
      text: "",
      error: "",
      reading: false,
      readingName: "",
      fileNote: "",
      notices: [],
      dragging: false,
      get count() {
        return this.text.length;
      },
      get over() {
        return this.count > maxChars;
      },
      get hasText() {
        return this.count > 0;
      },
      get invalid() {
        return this.error ? "true" : "false";
      },
      get countLabel() {
        const base = `${this.count.toLocaleString("en-US")} / ${maxChars.toLocaleString("en-US")} characters`;
        return this.over ? `${base}: ${(this.count - maxChars).toLocaleString("en-US")} over the limit` : base;
      },
      get countClass() {
        return this.over ? "font-semibold !text-rose-700 dark:!text-rose-400" : "";
      },
      get textareaClass() {
        return this.error || this.over ? "!ring-2 !ring-rose-500" : "";
      },
      get readingLabel() {
        return `Reading ${this.readingName}…`;
      },
      get hasFileNote() {
        return this.fileNote !== "";
      },
      get hasNotices() {
        return this.notices.length > 0;
      },
    };
  }

  const LABELS = { resume: "your resume", jobDesc: "the job description" };

  document.addEventListener("alpine:init", () => {
    window.Alpine.data("jobfit", () => ({
      fields: {},
      busy: false,
      elapsed: 0,
      error: { title: "", message: "", retry: false },
      status: "",
      report: null,
      view: {},
      copyLabel: "Copy as Markdown",
      undoTexts: null,
      controller: null,
      timer: null,

      init() {
        const data = this.$el.dataset;
        this.urls = { compare: data.compareUrl, extract: data.extractUrl, example: data.exampleUrl };
        this.maxChars = Number(data.maxChars) || 50000;
        this.maxFileMb = Number(data.maxFileMb) || 4;
        WARNING_TITLES = JSON.parse(data.warningTitles || "{}");
        this.fields = { resume: makeField("resume", this.maxChars), jobDesc: makeField("jobDesc", this.maxChars) };
      },

      get noError() {
        return this.error.title === "";
      },
      get hasReport() {
        return this.report !== null;
      },
      get canUndo() {
        return this.undoTexts !== null;
      },
      get busyFlag() {
        return this.busy ? "true" : "false";
      },
      get submitLabel() {
        return this.busy ? "Analysing…" : "Analyze fit";
      },
      get elapsedLabel() {
        return `${this.elapsed.toFixed(1)} s`;
      },

      announce(message) {
        // Clearing first makes screen readers repeat a message that has not changed.
        this.status = "";
        this.$nextTick(() => {
          this.status = message;
        });
      },

      validate() {
        let first = null;
        for (const f of Object.values(this.fields)) {
          f.error = "";
          if (!f.text.trim()) f.error = `Paste ${LABELS[f.name]} or upload it as a file.`;
          else if (f.over) f.error = `This is over the ${this.maxChars.toLocaleString("en-US")}-character limit; shorten it.`;
          if (f.error && !first) first = f;
        }
        if (first) {
          document.getElementById(`${first.name}-text`).focus();
          this.announce(first.error);
        }
        return !first;
      },

      async analyze() {
        if (this.busy) return;
        this.error = { title: "", message: "", retry: false };
        if (!this.validate()) return;
        this.start();
        try {
          const response = await fetch(this.urls.compare, {
            method: "POST",
            headers: { "Content-Type": "application/json", Accept: "application/json" },
            body: JSON.stringify({ resume: this.fields.resume.text, jobDesc: this.fields.jobDesc.text }),
            signal: this.controller.signal,
          });
          const body = await readJson(response);
          if (response.ok && body && typeof body.score === "number") this.show(body);
          else this.fail(describeError(response.status, body, response.headers.get("Retry-After")));
        } catch (err) {
          if (err.name === "AbortError") this.announce("Analysis cancelled. Your text is still in the fields.");
          else this.fail(describeError(0, null, null));
        } finally {
          this.stop();
        }
      },

      start() {
        this.busy = true;
        this.elapsed = 0;
        this.controller = new AbortController();
        const started = performance.now();
        this.timer = setInterval(() => {
          this.elapsed = (performance.now() - started) / 1000;
        }, 100);
        this.announce("Analysing…");
      },

      stop() {
        clearInterval(this.timer);
        this.busy = false;
        this.controller = null;
      },

      cancel() {
        if (this.controller) this.controller.abort();
      },

      fail(error) {
        this.error = error;
        this.$nextTick(() => document.getElementById("error-box").focus());
      },

      show(report) {
        const notices = Object.values(this.fields).flatMap((f) => f.notices);
        this.view = buildView(report, notices);
        this.report = report;
        this.copyLabel = "Copy as Markdown";
        this.announce(`Report ready: ${report.score} out of 100, ${this.view.verdictLabel.toLowerCase()}.`);
        this.$nextTick(() => {
          const heading = document.getElementById("result-heading");
          heading.focus({ preventScroll: true });
          heading.scrollIntoView({ block: "start", behavior: "smooth" });
        });
      },

      async loadExample() {
        if (this.busy) return;
        this.error = { title: "", message: "", retry: false };
        try {
          const response = await fetch(this.urls.example);
          const example = await response.json();
          const lost = this.keepForUndo(["resume", "jobDesc"]);
          for (const [name, text] of [["resume", example.resume], ["jobDesc", example.jobDesc]]) {
            Object.assign(this.fields[name], { text, error: "", fileNote: "", notices: [] });
          }
          const undo = lost ? " Restore my text brings yours back." : "";
          this.announce(`Example resume and job description loaded. Press Analyze fit.${undo}`);
        } catch {
          this.fail(describeError(0, null, null));
        }
      },

      fieldOf(event) {
        return this.fields[event.currentTarget.dataset.field];
      },

      pickFile(event) {
        if (this.fieldOf(event).reading) return;
        document.getElementById(`${event.currentTarget.dataset.field}-file`).click();
      },

      /** Remembers the named fields' text before it is replaced; true when there was any. */
      keepForUndo(names) {
        if (!names.some((name) => this.fields[name].text.trim())) return false;
        this.undoTexts = Object.fromEntries(names.map((name) => [name, this.fields[name].text]));
        return true;
      },

      undo() {
        for (const [name, text] of Object.entries(this.undoTexts || {})) {
          Object.assign(this.fields[name], { text, error: "", fileNote: "", notices: [] });
        }
        this.undoTexts = null;
        this.announce("Your previous text is back.");
      },

      clearField(event) {
        const f = this.fieldOf(event);
        this.keepForUndo([f.name]);
        Object.assign(f, { text: "", error: "", fileNote: "", notices: [] });
        document.getElementById(`${f.name}-text`).focus();
      },

      fileChosen(event) {
        const input = event.currentTarget;
        if (input.files.length) this.readFile(this.fieldOf(event), input.files[0]);
        input.value = ""; // so choosing the same file again fires change
      },

      dragOver(event) {
        this.fieldOf(event).dragging = true;
      },

      dragLeave(event) {
        // Leaving for a child element is not leaving the card.
        if (!event.currentTarget.contains(event.relatedTarget)) this.fieldOf(event).dragging = false;
      },

      dropFile(event) {
        const f = this.fieldOf(event);
        f.dragging = false;
        const file = event.dataTransfer && event.dataTransfer.files[0];
        if (file) this.readFile(f, file);
      },

      async readFile(f, file) {
        f.error = "";
        if (file.size > this.maxFileMb * 1024 * 1024) {
          f.error = `${file.name} is ${(file.size / 1048576).toFixed(1)} MB; the limit is ${this.maxFileMb} MB.`;
          this.announce(f.error);
          return;
        }
        Object.assign(f, { reading: true, readingName: file.name, fileNote: "", notices: [] });
        const form = new FormData();
        form.append("file", file);
        try {
          const response = await fetch(this.urls.extract, { method: "POST", body: form });
          const body = await readJson(response);
          if (!response.ok || !body || typeof body.text !== "string") {
            const error = describeError(response.status, body, null);
            f.error = `${error.title} ${error.message}`;
          } else {
            this.keepForUndo([f.name]);
            f.text = body.text;
            const pages = body.pages ? ` (${plural(body.pages, "page", "pages")})` : "";
            f.fileNote = `Text read from ${file.name}${pages}. Check it below before analysing.`;
            f.notices = body.warnings.map((w) => ({ ...w, title: warningTitle(w.code) }));
          }
        } catch {
          f.error = "Could not reach jobfit to read the file. Check your connection and try again.";
        } finally {
          f.reading = false;
        }
        this.announce(f.error || f.fileNote);
      },

      async copyMarkdown() {
        const text = toMarkdown(this.report, this.view);
        try {
          await navigator.clipboard.writeText(text);
          this.copyLabel = "Copied";
          this.announce("Report copied as Markdown.");
        } catch {
          this.copyLabel = "Copy failed";
          this.announce("Copying failed: your browser blocked the clipboard.");
        }
      },

      downloadJson() {
        const blob = new Blob([JSON.stringify(this.report, null, 2)], { type: "application/json" });
        const link = document.createElement("a");
        link.href = URL.createObjectURL(blob);
        link.download = "jobfit-report.json";
        link.click();
        setTimeout(() => URL.revokeObjectURL(link.href), 1000);
      },

      print() {
        window.print();
      },

      editTexts() {
        document.getElementById("resume-text").focus();
      },
    }));
  });
})();
