import type { DefaultTreeAdapterTypes } from "parse5";

// What the page readers need to know about parse5's nodes and about how a browser shows them.

export type Node = DefaultTreeAdapterTypes.Node;
export type Element = DefaultTreeAdapterTypes.Element;

/** Elements whose content is never part of the report: code, navigation, the page head and the site footer. */
const IGNORED = new Set(["head", "script", "style", "noscript", "template", "nav", "footer", "iframe", "select"]);

/** Elements that start a line of their own (CSS display: block or similar, as browsers render them). */
export const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "caption",
  "center",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);

export const isElement = (node: Node): node is Element => "tagName" in node;

/** True for an element a browser would not show: ignored tags, `hidden`, or an inline `display: none`. */
export function isHidden(element: Element): boolean {
  if (IGNORED.has(element.tagName)) return true;
  return element.attrs.some(
    (attr) =>
      attr.name === "hidden" || (attr.name === "style" && /display\s*:\s*none/i.test(attr.value.replace(/\s+/g, ""))),
  );
}

/** Collapses HTML white space (ASCII only: U+3000 and no-break spaces are text the reader knows how to trim). */
export const collapseSpaces = (text: string): string => text.replace(/[ \t\n\r\f]+/g, " ");
