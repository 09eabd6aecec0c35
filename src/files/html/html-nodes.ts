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

/** The children of a node (none for text and comments). */
export const childrenOf = (node: Node): readonly Node[] => ("childNodes" in node ? node.childNodes : []);

const attribute = (element: Element, name: string): string | undefined =>
  element.attrs.find((attr) => attr.name === name)?.value;

/** A declaration block that hides what it applies to: `display: none` or `visibility: hidden` (or collapse). */
const HIDING = /display:none|visibility:(?:hidden|collapse)/i;
const hides = (declarations: string): boolean => HIDING.test(declarations.replace(/\s+/g, ""));

/**
 * What a browser would not show on this page. Sites keep a second copy of a report hidden (for print, or an old
 * version) by a class in their <style> sheet, an inline style, the `hidden` attribute or `aria-hidden`; only the
 * visible copy is the report. Simple selectors are understood (.class, #id, tag, tag.class, in lists); a rule under
 * an @media query (often print only) is not applied.
 */
export class Visibility {
  private readonly classes = new Set<string>();
  private readonly ids = new Set<string>();
  private readonly tags = new Set<string>();

  constructor(styleSheets: readonly string[]) {
    for (const sheet of styleSheets) this.addSheet(sheet);
  }

  private addSheet(sheet: string): void {
    const css = withoutComments(sheet);
    let depth = 0;
    let inAtRule = false;
    let start = 0;
    // A flat scan of the braces: a rule is the text before “{” and its declarations up to “}”.
    for (let at = 0; at < css.length; at++) {
      const char = css.charAt(at);
      if (char === "{") {
        const prelude = css.slice(start, at).trim();
        if (depth === 0 && prelude.startsWith("@")) inAtRule = true;
        else if (!inAtRule) {
          const end = css.indexOf("}", at);
          if (hides(css.slice(at + 1, end < 0 ? css.length : end))) {
            for (const selector of prelude.split(",")) this.addSelector(selector.trim());
          }
        }
        depth++;
        start = at + 1;
      } else if (char === "}") {
        depth = Math.max(0, depth - 1);
        if (depth === 0) inAtRule = false;
        start = at + 1;
      } else if (char === ";" && depth === 0) start = at + 1;
    }
  }

  private addSelector(selector: string): void {
    const simple = /^([a-z][a-z0-9]*)?(?:([.#])([\w-]+))?$/i.exec(selector);
    if (!simple) return;
    const [, tag, kind, name] = simple;
    // tag.class is taken as .class: a class that hides one kind of element hides the report's copy either way.
    if (kind === "." && name) this.classes.add(name);
    else if (kind === "#" && name) this.ids.add(name);
    else if (tag) this.tags.add(tag.toLowerCase());
  }

  /** True for an element a browser would not show: ignored tags, `hidden`, `aria-hidden`, or a hiding style. */
  isHidden(element: Element): boolean {
    if (IGNORED.has(element.tagName) || this.tags.has(element.tagName)) return true;
    if (attribute(element, "hidden") !== undefined || attribute(element, "aria-hidden") === "true") return true;
    const style = attribute(element, "style");
    if (style && hides(style)) return true;
    const id = attribute(element, "id");
    if (id && this.ids.has(id)) return true;
    const classes = attribute(element, "class");
    return classes !== undefined && classes.split(/\s+/).some((name) => this.classes.has(name));
  }
}

/** CSS without its comments, in one pass (a regular expression would rescan after each unclosed “/*”). */
function withoutComments(css: string): string {
  let out = "";
  let at = 0;
  for (let open = css.indexOf("/*"); open >= 0; open = css.indexOf("/*", at)) {
    out += css.slice(at, open);
    const close = css.indexOf("*/", open + 2);
    if (close < 0) return out;
    at = close + 2;
  }
  return out + css.slice(at);
}

/** The text of every <style> element of a page, found without recursion (pages can nest thousands deep). */
export function styleSheets(root: Node): string[] {
  const sheets: string[] = [];
  const stack: Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (isElement(node) && node.tagName === "style") {
      sheets.push(
        childrenOf(node)
          .map((child) => ("value" in child ? child.value : ""))
          .join(""),
      );
    } else for (const child of childrenOf(node)) stack.push(child);
  }
  return sheets;
}

/** Collapses HTML white space (ASCII only: U+3000 and no-break spaces are text the reader knows how to trim). */
export const collapseSpaces = (text: string): string => text.replace(/[ \t\n\r\f]+/g, " ");
