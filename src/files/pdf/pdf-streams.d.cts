// Types of pdf-streams.cjs (plain JavaScript, loaded by the worker thread and by jest).

/** The bound on a PDF's page content over all its streams, in bytes. */
export const MAX_CONTENT_BYTES: number;
/** The megabytes past which a PDF's content goes, or undefined when it is within bounds. */
export function oversizedContent(bytes: Uint8Array, zlib: typeof import("node:zlib")): number | undefined;
