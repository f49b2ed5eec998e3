/* "Compare several" in a few sequential POST /rank requests, so the page can say how far it is. */

// /rank allows 30 requests a minute per client, shared with /compare and /extract: a batch uses at most 8.
export const MAX_REQUESTS = 8;
// Each request stays well under the 5 MiB body limit; only files this large need more than 8.
const CHUNK_BYTES = 3 * 1048576;
const FIELDS = { resumes: ["job", "resumes", "resume_files"], jobs: ["resume", "jobs", "job_files"] };

/** Entries ({id, bytes, text or file}) in input order, split into at most `maxRequests` chunks. */
export function chunks(entries, maxRequests = MAX_REQUESTS) {
  const size = Math.ceil(entries.length / maxRequests);
  const out = [];
  let bytes = 0;
  for (const entry of entries) {
    const last = out[out.length - 1];
    if (last && last.length < size && bytes + entry.bytes <= CHUNK_BYTES) {
      last.push(entry);
      bytes += entry.bytes;
    } else {
      out.push([entry]);
      bytes = entry.bytes;
    }
  }
  return out;
}

/** fetch() options for one chunk: JSON for texts; multipart when the batch has files (texts go as .txt). */
export function request(chunk, fixed, direction, multipart) {
  const [fixedName, listName, filesName] = FIELDS[direction];
  if (!multipart) {
    const body = JSON.stringify({ [fixedName]: fixed, [listName]: chunk.map(({ id, text }) => ({ id, text })) });
    return { method: "POST", body, headers: { "Content-Type": "application/json", Accept: "application/json" } };
  }
  const form = new FormData();
  form.append(fixedName, fixed);
  for (const entry of chunk) form.append(filesName, entry.file || new Blob([entry.text], { type: "text/plain" }), entry.id);
  return { method: "POST", body: form, headers: { Accept: "application/json" } };
}

/**
 * The rows of every chunk so far in the order one request gives (jobfit/batch.py `ordered`): best
 * score first, ties in input order, failed items last; ranks renumbered across chunks.
 */
export function merge(rows, order) {
  // Guard: a row whose id was not sent (none expected) sorts last among its ties, not at random.
  const at = (row) => order.get(row.id) ?? order.size;
  const done = rows.filter((r) => r.report).sort((a, b) => b.score - a.score || at(a) - at(b));
  const failed = rows.filter((r) => !r.report).sort((a, b) => at(a) - at(b));
  return [...done.map((row, i) => ({ ...row, rank: i + 1 })), ...failed];
}
