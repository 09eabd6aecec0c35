// What the prose checks find depends on the words only (and the report year), not on the tables: while a person
// edits figures, the live check reads the same prose again and again. The results for the last few texts are kept.

const RECENT_TEXTS = 16;

/** A function of (group, text) that remembers its results for the last few texts of each group. */
export function rememberRecent<T>(compute: (group: string, text: string) => T): (group: string, text: string) => T {
  const groups = new Map<string, Map<string, T>>();
  return (group, text) => {
    let recent = groups.get(group);
    if (!recent) groups.set(group, (recent = new Map<string, T>()));
    let result = recent.get(text);
    if (result === undefined) {
      result = compute(group, text);
      if (recent.size >= RECENT_TEXTS) recent.delete(recent.keys().next().value!);
      recent.set(text, result);
    }
    return result;
  };
}
