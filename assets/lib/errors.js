/* Failed responses in words for people. */

export const plural = (n, one, many) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** Turns a failed response (or none, on a network error) into words for people. */
export function describeError(status, body, retryAfter) {
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
    return { title: "The AI service declined to analyze this.", message: said || "Edit the texts and try again." };
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

export async function readJson(response) {
  try {
    return await response.json();
  } catch {
    return null; // API Gateway and proxies answer some failures with HTML.
  }
}
