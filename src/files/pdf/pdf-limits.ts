/** Longest a PDF may take to read, in seconds: a report's few pages take one or two. */
export const PDF_TIMEOUT_SECONDS = 30;
