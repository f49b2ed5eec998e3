/* One input card (x-data="field", data-field="resume"): counter, upload by picker or drop, clear. */
import { describeError, plural, readJson } from "./errors.js";

// Each field's text area, so other components can move focus to it.
export const textAreas = {};

export function field() {
  return {
    f: null,

    init() {
      this.store = window.Alpine.store("jobfit");
      this.f = this.store.fields[this.$el.dataset.field];
      textAreas[this.f.name] = this.$refs.text;
    },

    over() {
      return this.f.text.length > this.store.maxChars;
    },

    countLabel() {
      const count = this.f.text.length;
      const max = this.store.maxChars;
      const base = `${count.toLocaleString("en-US")} / ${max.toLocaleString("en-US")} characters`;
      return count > max ? `${base}: ${(count - max).toLocaleString("en-US")} over the limit` : base;
    },

    pickFile() {
      if (!this.f.reading) this.$refs.file.click();
    },

    clear() {
      this.store.keepForUndo([this.f.name]);
      this.store.setText(this.f.name, "");
      this.$refs.text.focus();
    },

    fileChosen() {
      const input = this.$refs.file;
      if (input.files.length) this.readFile(input.files[0]);
      input.value = ""; // so choosing the same file again fires change
    },

    dragLeave(event) {
      // Leaving for a child element is not leaving the card.
      if (!this.$el.contains(event.relatedTarget)) this.f.dragging = false;
    },

    dropFile(event) {
      this.f.dragging = false;
      const file = event.dataTransfer && event.dataTransfer.files[0];
      if (file) this.readFile(file);
    },

    async readFile(file) {
      const f = this.f;
      const { maxFileMb } = this.store;
      f.error = "";
      if (file.size > maxFileMb * 1024 * 1024) {
        f.error = `${file.name} is ${(file.size / 1048576).toFixed(1)} MB; the limit is ${maxFileMb} MB.`;
        this.store.announce(f.error);
        return;
      }
      Object.assign(f, { reading: true, readingName: file.name, fileNote: "", notices: [] });
      const form = new FormData();
      form.append("file", file);
      try {
        const response = await fetch(this.store.urls.extract, { method: "POST", body: form });
        const body = await readJson(response);
        if (!response.ok || !body || typeof body.text !== "string") {
          const error = describeError(response.status, body, null);
          f.error = `${error.title} ${error.message}`;
        } else {
          this.store.keepForUndo([f.name]);
          f.text = body.text;
          const pages = body.pages ? ` (${plural(body.pages, "page", "pages")})` : "";
          f.fileNote = `Text read from ${file.name}${pages}. Check it below before analyzing.`;
          f.notices = body.warnings; // each with its title, from the server
        }
      } catch {
        f.error = "Could not reach jobfit to read the file. Check your connection and try again.";
      } finally {
        f.reading = false;
      }
      this.store.announce(f.error || f.fileNote);
    },
  };
}
