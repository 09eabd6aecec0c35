/**
 * Starts a host subscription for a React effect and returns the effect's clean-up. The subscription arrives later
 * than the effect runs, so a clean-up that comes first ends it as soon as it arrives; `isLive` tells the
 * subscription's callbacks whether the effect still stands.
 */
export function holdSubscription(
  subscribe: (isLive: () => boolean) => Promise<() => Promise<void>>,
  fail: (error: unknown) => void,
): () => void {
  let stop: (() => Promise<void>) | undefined;
  let live = true;
  subscribe(() => live)
    .then(async (unsubscribe) => {
      if (live) stop = unsubscribe;
      else await unsubscribe();
    })
    .catch(fail);
  return () => {
    live = false;
    stop?.().catch(fail);
  };
}
