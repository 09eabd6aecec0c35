import { cutText } from "./output-limits";

/** A bug in one line a person can pass on; the stack only when NIANBAO_DEBUG asks for it. */
export function describeBug(error: unknown): string {
  if (!(error instanceof Error)) return cutText(String(error));
  return cutText(process.env.NIANBAO_DEBUG ? (error.stack ?? error.message) : `${error.name}: ${error.message}`, 2000);
}
