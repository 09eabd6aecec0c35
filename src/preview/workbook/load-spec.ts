/** What a `load(...)` call asked for: scalar names, everything, and nested navigation properties. */
export type LoadSpec = { all: boolean; scalars: Set<string>; nav: Map<string, LoadSpec> };

/** A spec that loads every scalar property. */
export function loadAll(): LoadSpec {
  return { all: true, scalars: new Set(), nav: new Map() };
}

function emptySpec(): LoadSpec {
  return { all: false, scalars: new Set(), nav: new Map() };
}

function addPath(spec: LoadSpec, path: string[]): void {
  const [head, ...rest] = path;
  if (head === undefined || head === "") return;
  if (rest.length === 0) {
    spec.scalars.add(head);
    return;
  }
  const child = spec.nav.get(head) ?? emptySpec();
  spec.nav.set(head, child);
  addPath(child, rest);
}

function addObject(spec: LoadSpec, option: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(option)) {
    if (key === "select" || key === "expand") {
      addOption(spec, value);
    } else if (key === "$all") {
      spec.all = value === true;
    } else if (value === true) {
      spec.scalars.add(key);
    } else if (typeof value === "object" && value !== null) {
      const child = spec.nav.get(key) ?? emptySpec();
      spec.nav.set(key, child);
      addObject(child, value as Record<string, unknown>);
    }
  }
}

function addOption(spec: LoadSpec, option: unknown): void {
  if (typeof option === "string") {
    for (const part of option.split(",")) addPath(spec, part.trim().split("/"));
  } else if (Array.isArray(option)) {
    for (const part of option) addOption(spec, part);
  } else if (typeof option === "object" && option !== null) {
    addObject(spec, option as Record<string, unknown>);
  }
}

/** Reads the three forms Office.js accepts: "a, b/c", ["a", "b/c"] and { a: true, b: { c: true } }; none means all. */
export function parseLoadSpec(option?: unknown): LoadSpec {
  if (option === undefined || option === null || option === "") return loadAll();
  const spec = emptySpec();
  addOption(spec, option);
  return spec;
}
