import { useCallback, useState } from "react";
import { hostErrorMessage } from "../../excel/strings.zh-CN";

/**
 * Runs the pane's workbook actions one at a time: `busy` while one runs (for the progress indication), and a
 * failure of the host turned into a Chinese sentence with what to do, never a raw error.
 */
export function useHostAction() {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const run = useCallback(async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setFailure(undefined);
    try {
      return await action();
    } catch (error) {
      setFailure(hostErrorMessage(error));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  /** Reports a failure of work that runs in the background (watching edits), without the busy indication. */
  const fail = useCallback((error: unknown) => setFailure(hostErrorMessage(error)), []);
  return { busy, failure, run, fail };
}
