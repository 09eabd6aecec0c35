import type { TextMeasure } from "./text-spill";

// Measured once per text and font: a grid re-laid out on every edit measures the same few hundred values again.
const MAX_REMEMBERED = 5000;

/** Measures text as the page draws it, with a canvas; undefined where the browser has no 2D canvas. */
export function createTextMeasure(): TextMeasure | undefined {
  const context = document.createElement("canvas").getContext("2d");
  if (!context) return undefined;
  const remembered = new Map<string, number>();
  return (text, font) => {
    const key = `${font}\n${text}`;
    const known = remembered.get(key);
    if (known !== undefined) return known;
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    context.font = font;
    const width = context.measureText(text).width;
    remembered.set(key, width);
    return width;
  };
}
