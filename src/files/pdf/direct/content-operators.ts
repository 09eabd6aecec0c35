import type { FontMetrics, Operators } from "../pdf-extract.cjs";
import { directFont, type DirectFont, type Glyph } from "./pdf-fonts";
import type { PdfObjects } from "./pdf-objects";
import {
  EOF,
  Lexer,
  NotDirect,
  PdfName,
  PdfStream,
  PdfWord,
  readObject,
  type PdfDict,
  type PdfValue,
} from "./pdf-syntax";

// A page's content streams (ISO 32000-1 §8–9) turned into the operator list pdfjs would give for them, as far as
// pageContentOf (pdf-extract.cjs) reads one: the same operators, the same argument shapes (paths as pdfjs's
// constructPath with Float32Array coordinates, text matrices as Float32Array, TJ flattened into one showText, `'`
// and `"` split as pdfjs splits them), form XObjects inline between their begin and end. Only well-formed content
// is taken: an operator with the wrong number of operands, or one PDF does not define, is left to pdfjs.

/** pdfjs's operator names, with numbers of this module's own (pageContentOf takes them by name). */
export const DIRECT_OPS = Object.fromEntries(
  [
    "save",
    "restore",
    "transform",
    "paintFormXObjectBegin",
    "paintFormXObjectEnd",
    "constructPath",
    "stroke",
    "closeStroke",
    "fill",
    "eoFill",
    "fillStroke",
    "eoFillStroke",
    "closeFillStroke",
    "closeEOFillStroke",
    "endPath",
    "beginText",
    "setFont",
    "setTextMatrix",
    "moveText",
    "setLeadingMoveText",
    "setLeading",
    "nextLine",
    "setCharSpacing",
    "setWordSpacing",
    "setHScale",
    "setTextRise",
    "showText",
  ].map((name, n) => [name, n + 1]),
) as Record<string, number>;
const OPS = DIRECT_OPS;

/** What each operator PDF defines does here (ISO 32000-1 Table A.1), and the operands it takes (-n: up to n). */
const enum Does {
  Plain, // kept as pdfjs lists it, numbers as they are
  Path, // adds to the path being built
  Paint, // paints (or ends) that path
  Ignored, // changes nothing that text or borders depend on
  Special, // handled one by one below
}
const OPERATORS = new Map<PdfWord, [does: Does, operands: number, op: number]>();
const define = (does: Does, operands: number, words: string, op = 0) => {
  for (const word of words.split(" ")) OPERATORS.set(PdfWord.of(word), [does, operands, op]);
};
define(Does.Plain, 0, "q", OPS.save);
define(Does.Plain, 0, "Q", OPS.restore);
define(Does.Plain, 6, "cm", OPS.transform);
define(Does.Plain, 0, "BT", OPS.beginText);
define(Does.Plain, 1, "Tc", OPS.setCharSpacing);
define(Does.Plain, 1, "Tw", OPS.setWordSpacing);
define(Does.Plain, 1, "Tz", OPS.setHScale);
define(Does.Plain, 1, "TL", OPS.setLeading);
define(Does.Plain, 1, "Ts", OPS.setTextRise);
define(Does.Plain, 2, "Td", OPS.moveText);
define(Does.Plain, 2, "TD", OPS.setLeadingMoveText);
define(Does.Plain, 0, "T*", OPS.nextLine);
define(Does.Path, 2, "m l");
define(Does.Path, 6, "c");
define(Does.Path, 4, "v y re");
define(Does.Path, 0, "h");
define(Does.Paint, 0, "S", OPS.stroke);
define(Does.Paint, 0, "s", OPS.closeStroke);
define(Does.Paint, 0, "f F", OPS.fill);
define(Does.Paint, 0, "f*", OPS.eoFill);
define(Does.Paint, 0, "B", OPS.fillStroke);
define(Does.Paint, 0, "B*", OPS.eoFillStroke);
define(Does.Paint, 0, "b", OPS.closeFillStroke);
define(Does.Paint, 0, "b*", OPS.closeEOFillStroke);
define(Does.Paint, 0, "n", OPS.endPath);
define(Does.Ignored, 0, "W W* ET EMC BX EX");
define(Does.Ignored, 1, "w J j M ri i Tr CS cs G g sh MP BMC");
define(Does.Ignored, 2, "d d0 DP BDC");
define(Does.Ignored, 3, "RG rg");
define(Does.Ignored, 4, "K k");
define(Does.Ignored, 6, "d1");
define(Does.Ignored, -4, "SC sc");
define(Does.Ignored, -33, "SCN scn");
define(Does.Special, 6, "Tm");
define(Does.Special, 2, "Tf");
define(Does.Special, 1, "Tj TJ ' Do gs");
define(Does.Special, 3, '"');
define(Does.Special, 0, "BI");
/** Paint operators that close the path first. */
const CLOSING = new Set([OPS.closeStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
// pdfjs's DrawOPS in constructPath data.
const [MOVE, LINE, CURVE, , CLOSE] = [0, 1, 2, 3, 4];

/** Whether the first `count` operands are all finite numbers. */
function allNumbers(operands: readonly PdfValue[], count: number): boolean {
  for (let n = 0; n < count; n++) {
    const operand = operands[n];
    if (typeof operand !== "number" || !Number.isFinite(operand)) return false;
  }
  return true;
}

/** Form XObjects inside form XObjects deeper than this are not a report's. */
const MAX_FORM_DEPTH = 12;
/** Operators over the whole document (forms counted each time they are painted). */
const MAX_OPERATORS = 2_000_000;

type State = { font: DirectFont | undefined };

export type PageOperators = Operators & { fonts: Map<string, FontMetrics>; images: number };

/** Reads pages' content, sharing fonts and the operator bound across the pages of one document. */
export class ContentReader {
  private readonly fonts = new Map<PdfDict, [key: string, font: DirectFont]>();
  private operatorsLeft = MAX_OPERATORS;

  constructor(private readonly objects: PdfObjects) {}

  /** The operator list of a page whose content is `streams` (concatenated) with `resources`. */
  page(streams: readonly PdfStream[], resources: PdfDict | undefined): PageOperators {
    const out: PageOperators = { fnArray: [], argsArray: [], fonts: new Map(), images: 0 };
    const bytes = concatenated(streams.map((stream) => this.objects.decode(stream)));
    this.run(bytes, resources, { font: undefined }, out, 0, new Set());
    return out;
  }

  private run(
    bytes: Uint8Array,
    resources: PdfDict | undefined,
    initial: State,
    out: PageOperators,
    depth: number,
    forms: Set<PdfStream>,
  ): void {
    const { objects } = this;
    const fnArray = out.fnArray as number[];
    const argsArray = out.argsArray as unknown[];
    const add = (fn: number, args: unknown) => {
      fnArray.push(fn);
      argsArray.push(args);
    };
    const states: State[] = [];
    let state: State = { font: initial.font };
    const path: number[] = [];
    let pointX = 0;
    let pointY = 0;
    const lexer = new Lexer(bytes);
    const operands: PdfValue[] = [];
    let count = 0;
    for (;;) {
      const token = lexer.next();
      if (!(token instanceof PdfWord) || token.word === "[" || token.word === "<<") {
        if (token instanceof PdfWord) {
          lexer.at -= token.word.length;
          operands[count++] = readObject(lexer, false) as PdfValue;
        } else if (token !== null) operands[count++] = token;
        if (count > 33) throw new NotDirect("too many operands");
        continue;
      }
      if (token === EOF) break;
      if (--this.operatorsLeft < 0) throw new NotDirect("more operators than a report has");
      const operator = OPERATORS.get(token);
      if (operator === undefined) throw new NotDirect(`an operator PDF does not define (${token.word})`);
      const does = operator[0];
      const operands_ = operator[1];
      const op = operator[2];
      const n = count;
      count = 0;
      if (operands_ >= 0 ? n !== operands_ : n > -operands_) throw new NotDirect(`${token.word} with other operands`);
      if (does === Does.Ignored) continue;
      if ((does === Does.Plain || does === Does.Path) && !allNumbers(operands, n))
        throw new NotDirect(`${token.word} with other operands`);
      if (does === Does.Plain) {
        add(op, operands.slice(0, n));
        if (op === OPS.save) states.push({ font: state.font });
        else if (op === OPS.restore) state = states.pop() ?? state;
        continue;
      }
      if (does === Does.Path) {
        const numbers = operands as number[];
        const a = numbers[0]!;
        const b = numbers[1]!;
        const c = numbers[2]!;
        const d = numbers[3]!;
        const word = token.word;
        if (word === "m") path.push(MOVE, (pointX = a), (pointY = b));
        else if (word === "l") path.push(LINE, (pointX = a), (pointY = b));
        else if (word === "c") path.push(CURVE, a, b, c, d, (pointX = numbers[4]!), (pointY = numbers[5]!));
        else if (word === "v") path.push(CURVE, pointX, pointY, a, b, (pointX = c), (pointY = d));
        else if (word === "y") path.push(CURVE, a, b, (pointX = c), (pointY = d), c, d);
        else if (word === "h") path.push(CLOSE);
        else {
          pointX = a;
          pointY = b;
          const xw = a + c;
          const yh = b + d;
          if (c === 0 || d === 0) path.push(MOVE, a, b, LINE, xw, yh, CLOSE);
          else path.push(MOVE, a, b, LINE, xw, b, LINE, xw, yh, LINE, a, yh, CLOSE);
        }
        continue;
      }
      if (does === Does.Paint) {
        if (CLOSING.has(op)) path.push(CLOSE);
        add(OPS.constructPath!, [op, [path.length === 0 ? null : new Float32Array(path)], null]);
        path.length = 0;
        continue;
      }
      const args = operands.slice(0, n);
      const word = token.word;
      if (word === "Tm") {
        if (!allNumbers(args, 6)) throw new NotDirect("Tm with other operands");
        add(OPS.setTextMatrix!, [new Float32Array(args as number[])]);
      } else if (word === "Tf") {
        const name = args[0];
        const size = args[1];
        if (!(name instanceof PdfName) || typeof size !== "number") throw new NotDirect("Tf with other operands");
        const known = this.font(resources, name, out);
        state.font = known[1];
        add(OPS.setFont!, [known[0], size]);
      } else if (word === "Tj" || word === "'" || word === '"' || word === "TJ") {
        const font = state.font;
        if (!font) throw new NotDirect("text shown before a font is set");
        if (word === "'") add(OPS.nextLine!, null);
        if (word === '"') {
          const wordSpacing = args[0];
          const charSpacing = args[1];
          if (typeof wordSpacing !== "number" || typeof charSpacing !== "number")
            throw new NotDirect('" with other operands');
          add(OPS.nextLine!, null);
          add(OPS.setWordSpacing!, [wordSpacing]);
          add(OPS.setCharSpacing!, [charSpacing]);
        }
        add(OPS.showText!, [glyphsOf(font, args[n - 1], word === "TJ")]);
      } else if (word === "Do") this.paintXObject(args[0], resources, state, out, depth, forms);
      else if (word === "gs") {
        const name = args[0];
        const gstate =
          name instanceof PdfName ? objects.dict(objects.dict(resources?.get("ExtGState"))?.get(name.name)) : undefined;
        if (gstate?.has("Font")) throw new NotDirect("gs that sets a font");
      } else skipInlineImage(lexer);
    }
    if (count > 0) throw new NotDirect("operands without their operator");
    // pdfjs closes what the content left saved, so that a form's end restores the state from before it.
    for (let n = 0; n < states.length; n++) add(OPS.restore!, []);
  }

  /** Do: a picture counted, a form's content read in its place (pdfjs's buildFormXObject), PostScript skipped. */
  private paintXObject(
    name: PdfValue | undefined,
    resources: PdfDict | undefined,
    state: State,
    out: PageOperators,
    depth: number,
    forms: Set<PdfStream>,
  ): void {
    const { objects } = this;
    if (!(name instanceof PdfName)) throw new NotDirect("Do with other operands");
    const xobject = objects.resolve(objects.dict(resources?.get("XObject"))?.get(name.name));
    if (!(xobject instanceof PdfStream)) throw new NotDirect("Do of an XObject that is not there");
    const subtype = objects.resolve(xobject.dict.get("Subtype"));
    if (subtype === PdfName.of("Image")) {
      if (objects.resolve(xobject.dict.get("ImageMask")) !== true) out.images++;
    } else if (subtype === PdfName.of("Form")) {
      if (depth >= MAX_FORM_DEPTH || forms.has(xobject)) throw new NotDirect("forms nested too deep");
      const matrix = objects.resolve(xobject.dict.get("Matrix"));
      const valid = Array.isArray(matrix) && matrix.length === 6 && allNumbers(matrix, 6);
      (out.fnArray as number[]).push(OPS.paintFormXObjectBegin!);
      (out.argsArray as unknown[]).push([valid ? new Float32Array(matrix as number[]) : null, null]);
      forms.add(xobject);
      const own = objects.dict(xobject.dict.get("Resources"));
      this.run(objects.decode(xobject), own ?? resources, state, out, depth + 1, forms);
      forms.delete(xobject);
      (out.fnArray as number[]).push(OPS.paintFormXObjectEnd!);
      (out.argsArray as unknown[]).push([]);
    } else if (subtype !== PdfName.of("PS")) throw new NotDirect("an XObject of no known kind");
  }

  private font(resources: PdfDict | undefined, name: PdfName, out: PageOperators): [string, DirectFont] {
    const dict = this.objects.dict(this.objects.dict(resources?.get("Font"))?.get(name.name));
    if (!dict) throw new NotDirect("a font that is not there");
    let known = this.fonts.get(dict);
    if (!known) {
      known = [`font${this.fonts.size}`, directFont(this.objects, dict)];
      this.fonts.set(dict, known);
    }
    out.fonts.set(known[0], known[1].metrics);
    return known;
  }
}

/** A Tj string's glyphs, or a TJ array's strings' glyphs with its numbers between them. */
function glyphsOf(font: DirectFont, text: PdfValue | undefined, spaced: boolean): (Glyph | number)[] {
  if (!spaced) {
    if (typeof text !== "string") throw new NotDirect("Tj of something other than a string");
    return font.glyphs(text);
  }
  if (!Array.isArray(text)) throw new NotDirect("TJ of something other than an array");
  const glyphs: (Glyph | number)[] = [];
  for (const item of text) {
    if (typeof item === "string") for (const glyph of font.glyphs(item)) glyphs.push(glyph);
    else if (typeof item === "number") glyphs.push(item);
  }
  return glyphs;
}

/** Past an inline image (BI … ID data EI): its data is bytes, not operators. */
function skipInlineImage(lexer: Lexer): void {
  for (;;) {
    const token = readObject(lexer, false);
    if (token === PdfWord.of("ID")) break;
    if (token === EOF) throw new NotDirect("an inline image without data");
  }
  const { bytes } = lexer;
  for (let at = lexer.at + 1; at + 1 < bytes.length; at++) {
    const blankBefore = bytes[at - 1] === 32 || bytes[at - 1] === 10 || bytes[at - 1] === 13;
    const after = bytes[at + 2];
    if (blankBefore && bytes[at] === 69 && bytes[at + 1] === 73 && (after === undefined || after <= 32)) {
      lexer.at = at + 2;
      return;
    }
  }
  throw new NotDirect("an inline image without its end");
}

function concatenated(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const all = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}
