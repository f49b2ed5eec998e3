/* The state every component shares, in Alpine.store("jobfit"): both texts, the busy flag, the report. */

export const LABELS = { resume: "your resume", jobDesc: "the job description" };

// The texts typed so far, kept per tab: sessionStorage ends with the tab, as a resume should.
const DRAFT = "jobfit-draft";

function readDraft() {
  try {
    return JSON.parse(sessionStorage.getItem(DRAFT)) || {};
  } catch {
    return {}; // storage blocked or the value damaged: start empty
  }
}

export function writeDraft(texts) {
  try {
    if (Object.values(texts).some((text) => text)) sessionStorage.setItem(DRAFT, JSON.stringify(texts));
    else sessionStorage.removeItem(DRAFT);
  } catch {
    // Storage full or blocked: the draft is a convenience, the page works without it.
  }
}

// "Compare several" (its markup in static/rank.html, its component in later.js) loads on first use.
let rankMode = null;

const emptyField = () => ({ error: "", reading: false, readingName: "", fileNote: "", notices: [], dragging: false });

/** The store's initial state, read from the page's data attributes and the tab's draft. */
export function createStore(data) {
  const draft = readDraft();
  const field = (name) => ({ name, text: typeof draft[name] === "string" ? draft[name] : "", ...emptyField() });
  return {
    urls: { compare: data.compareUrl, rank: data.rankUrl, rankForm: data.rankFormUrl, extract: data.extractUrl, example: data.exampleUrl, later: data.laterUrl },
    maxChars: Number(data.maxChars) || 50000,
    maxFileMb: Number(data.maxFileMb) || 4,
    fields: { resume: field("resume"), jobDesc: field("jobDesc") },
    mode: "one",
    busy: false,
    status: "",
    report: null,
    view: {},
    analyzed: {},
    undoTexts: null,

    texts() {
      return { resume: this.fields.resume.text, jobDesc: this.fields.jobDesc.text };
    },

    /** Replaces a field's text and forgets what was said about the old one. */
    setText(name, text) {
      Object.assign(this.fields[name], { text, ...emptyField() });
    },

    /** "one" (one resume, one job) or "rank" (compare several); each mode shows its own report. */
    setMode(mode, holder) {
      this.mode = mode;
      this.report = null;
      if (mode !== "rank" || rankMode) return;
      rankMode = Promise.all([import(this.urls.later), fetch(this.urls.rankForm).then((r) => (r.ok ? r.text() : Promise.reject(r)))]).then(
        ([later, html]) => {
          window.Alpine.data("rank", later.rank);
          holder.innerHTML = html; // our own static file; Alpine starts it
        },
        () => {
          rankMode = null; // tried again on the next click
          this.announce("Compare several could not load: check your connection and try again.");
        },
      );
    },

    announce(message) {
      // Clearing first makes screen readers repeat a message that has not changed.
      this.status = "";
      window.Alpine.nextTick(() => {
        this.status = message;
      });
    },

    /** Remembers the named fields' text before it is replaced; true when there was any. */
    keepForUndo(names) {
      if (!names.some((name) => this.fields[name].text.trim())) return false;
      this.undoTexts = Object.fromEntries(names.map((name) => [name, this.fields[name].text]));
      return true;
    },

    /** Says which texts changed since the report was made, or "" while it still matches them. */
    staleNote() {
      if (!this.report) return "";
      const changed = Object.keys(LABELS).filter((name) => this.analyzed[name] !== this.fields[name].text);
      if (!changed.length) return "";
      const what = changed.map((name) => LABELS[name]).join(" and ");
      return `Out of date: you changed ${what} after this report was made. Analyze again to update it.`;
    },
  };
}
