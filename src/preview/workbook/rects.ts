import { intersects, type Rect } from "./address";

/** The parts of `a` outside `b` (up to four rects). */
export function subtractRect(a: Rect, b: Rect): Rect[] {
  if (!intersects(a, b)) return [a];
  const parts: Rect[] = [];
  if (a.top < b.top) parts.push({ ...a, bottom: b.top - 1 });
  if (a.bottom > b.bottom) parts.push({ ...a, top: b.bottom + 1 });
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.left < b.left) parts.push({ top, bottom, left: a.left, right: b.left - 1 });
  if (a.right > b.right) parts.push({ top, bottom, left: b.right + 1, right: a.right });
  return parts;
}

/** True when two rects are the same cells. */
export function sameRect(a: Rect, b: Rect): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}
