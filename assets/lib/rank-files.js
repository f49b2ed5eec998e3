/* "Compare several": files picked or dropped, checked as they are added (the single page's accept
   list and size limit); the fixed side's file read by /extract into its text area, with what
   reading it found (hidden text...). */
import { describeError, readJson } from "./errors.js";

// As the single page's file input: what /extract and /rank can read.
export const ACCEPT = [".pdf", ".docx", ".txt", ".md"];
let keys = 0;

const sameFile = (a, b) => a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;

/** Why `file` cannot be read ("" when it can): its type, judged by its name, or its size. */
export function refusal(file, maxFileMb) {
  const name = file.name.toLowerCase();
  if (!ACCEPT.some((ext) => name.endsWith(ext))) return `${file.name} is not a PDF, Word (.docx) or text file`;
  if (file.size > maxFileMb * 1048576) return `${file.name} is ${(file.size / 1048576).toFixed(1)} MB; the limit is ${maxFileMb} MB`;
  return "";
}

/** The entries to add for `incoming` files, and one sentence on those refused ("" when none). */
export function admit(incoming, present, maxFileMb) {
  const added = [];
  const refused = [];
  for (const file of incoming) {
    const why = refusal(file, maxFileMb);
    if (why) refused.push(why);
    else if ([...present, ...added].some((entry) => sameFile(entry.file, file))) refused.push(`${file.name} is already in the list`);
    else added.push({ key: ++keys, name: file.name, file });
  }
  return { added, refused: refused.length ? `Not added: ${refused.join("; ")}.` : "" };
}

/** Ids as given, a repeated one numbered ("cv.pdf", "cv.pdf #2"), as the server names them. */
export function uniqueIds(ids) {
  const seen = new Map();
  return ids.map((id) => {
    seen.set(id, (seen.get(id) || 0) + 1);
    return seen.get(id) === 1 ? id : `${id} #${seen.get(id)}`;
  });
}

/** The rank component's file handling (mixed into x-data="rank"). */
export const fileMethods = {
  dragLeave(event) {
    // Leaving for a child element is not leaving the card.
    if (!event.currentTarget.contains(event.relatedTarget)) this.dragging = "";
  },
  pickFiles() {
    this.$refs.files.click();
  },
  filesChosen() {
    this.addFiles(this.$refs.files.files);
    this.$refs.files.value = ""; // so choosing the same file again fires change
  },
  dropFiles(event) {
    this.dragging = "";
    if (event.dataTransfer) this.addFiles(event.dataTransfer.files);
  },
  addFiles(list) {
    const { added, refused } = admit([...list], this.files, this.store.maxFileMb);
    this.files.push(...added);
    this.filesError = refused;
    const names = added.map((entry) => entry.name).join(", ");
    this.store.announce([added.length ? `Added ${names}.` : "", refused].join(" ").trim());
  },
  removeFile(i) {
    // $refs is read before the row goes: called from the row's button, it looks up from that button.
    const { fileList, upload } = this.$refs;
    const [gone] = this.files.splice(i, 1);
    this.store.announce(`Removed ${gone.name}.`);
    // Focus the next file's Remove button, else the previous one's, else (list empty) the upload button.
    this.$nextTick(() => {
      const buttons = fileList.querySelectorAll("button");
      (buttons[i] || buttons[i - 1] || upload).focus();
    });
  },

  /** The fixed side from a file: its text is read by /extract into the text area, to check. */
  pickFixed() {
    this.$refs.fixedFile.click();
  },
  fixedChosen() {
    const input = this.$refs.fixedFile;
    if (input.files.length) this.readFixed(input.files[0]);
    input.value = "";
  },
  dropFixed(event) {
    this.dragging = "";
    const file = event.dataTransfer && event.dataTransfer.files[0];
    if (file) this.readFixed(file);
  },
  async readFixed(file) {
    this.fixedNote = "";
    const why = refusal(file, this.store.maxFileMb);
    this.fixedError = why ? `Not read: ${why}.` : "";
    if (why) return this.store.announce(this.fixedError);
    this.reading = file.name;
    const form = new FormData();
    form.append("file", file);
    try {
      const response = await fetch(this.store.urls.extract, { method: "POST", body: form });
      const body = await readJson(response);
      if (response.ok && body && typeof body.text === "string") {
        this.fixed = body.text;
        this.fixedNote = `Text read from ${file.name}. Check it before ranking.`;
        // What reading it found (hidden text...), each with its title, as the single page keeps it.
        Object.assign(this, { fixedNotices: body.warnings || [], fixedName: file.name });
      } else {
        const { title, message } = describeError(response.status, body, null);
        this.fixedError = `${title} ${message}`;
      }
    } catch {
      this.fixedError = "Could not reach jobfit to read the file. Check your connection and try again.";
    } finally {
      this.reading = "";
    }
    const found = this.fixedNotices.map((notice) => notice.title);
    this.store.announce(this.fixedError || [this.fixedNote, ...found].join(" "));
  },

  /** The fixed side's notices as they go into every row's report: naming the file and the side. */
  fixedWarnings() {
    const side = this.labels().fixed;
    return this.fixedNotices.map((notice) => ({ ...notice, message: `${this.fixedName} (${side}): ${notice.message}` }));
  },
  fileWarnings(row) {
    return row.file_warnings || [];
  },
};
