// The ribbon and the pane share one JavaScript runtime (manifest: Runtimes lifetime="long"). A ribbon button asks
// the pane to act through this module; a request made before the pane has mounted waits for it.

export type RibbonRequest = "validate";

let listener: ((request: RibbonRequest) => void) | undefined;
const pending: RibbonRequest[] = [];

/** Called by a ribbon command: the pane acts on it now, or as soon as it mounts. */
export function requestFromRibbon(request: RibbonRequest): void {
  if (listener) listener(request);
  else pending.push(request);
}

/** The pane listens for ribbon requests; returns a function that stops listening. */
export function listenToRibbon(handle: (request: RibbonRequest) => void): () => void {
  listener = handle;
  for (const request of pending.splice(0)) handle(request);
  return () => {
    if (listener === handle) listener = undefined;
  };
}
