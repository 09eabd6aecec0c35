import {
  latin1,
  Lexer,
  NotDirect,
  PdfName,
  PdfRef,
  PdfStream,
  PdfWord,
  readObject,
  type PdfDict,
  type PdfValue,
} from "./pdf-syntax";

// A PDF file's objects (ISO 32000-1 §7.5): found through its cross-reference tables or streams (incremental updates
// and object streams included), fetched when asked for, and their streams decoded (Flate only, the filter office
// producers use). A file whose cross-reference does not lead to its objects is not repaired here: pdfjs does that.

/** Inflates at most `limit` bytes (more means the bound was passed); a truncated stream gives what it holds. */
export type Inflate = (data: Uint8Array, limit: number) => Uint8Array;

type Entry = { offset: number } | { stream: number; index: number } | "free";

/** How far from the end `startxref` is looked for. */
const TAIL = 2048;
/** References followed one after another (a reference to a reference …) before giving up. */
const MAX_HOPS = 32;

export class PdfObjects {
  private readonly entries = new Map<number, Entry>();
  private readonly cache = new Map<number, PdfValue>();
  private readonly fetching = new Set<number>();
  readonly trailer: PdfDict;

  /** `budget.left`: the decoded bytes this document may still inflate, shared by every stream it decodes. */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly inflate: Inflate,
    private readonly budget: { left: number },
  ) {
    this.trailer = this.readCrossReference();
    if (this.trailer.has("Encrypt")) throw new NotDirect("encrypted");
  }

  /** The object a value stands for: itself, or what its reference leads to (null for a free or missing object). */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    for (let hops = 0; value instanceof PdfRef; hops++) {
      if (hops > MAX_HOPS) throw new NotDirect("a chain of references");
      value = this.fetch(value.num);
    }
    return value;
  }

  dict(value: PdfValue | undefined): PdfDict | undefined {
    const resolved = this.resolve(value);
    if (resolved instanceof Map) return resolved;
    return resolved instanceof PdfStream ? resolved.dict : undefined;
  }

  /** The decoded bytes of a stream. */
  decode(stream: PdfStream): Uint8Array {
    const filter = this.resolve(stream.dict.get("Filter"));
    const filters = Array.isArray(filter) ? filter.map((f) => this.resolve(f)) : filter === undefined ? [] : [filter];
    if (filters.length === 0) return this.spend(stream.raw);
    const [only] = filters;
    if (filters.length > 1 || !(only instanceof PdfName) || (only.name !== "FlateDecode" && only.name !== "Fl"))
      throw new NotDirect("a filter other than Flate");
    const inflated = this.spend(this.inflate(stream.raw, this.budget.left));
    const params = this.dict(stream.dict.get("DecodeParms") ?? stream.dict.get("DP"));
    const predictor = this.resolve(params?.get("Predictor")) ?? 1;
    if (predictor === 1) return inflated;
    if (typeof predictor !== "number" || predictor < 10) throw new NotDirect("a TIFF predictor");
    const columns = this.resolve(params?.get("Columns")) ?? 1;
    const colors = this.resolve(params?.get("Colors")) ?? 1;
    const bits = this.resolve(params?.get("BitsPerComponent")) ?? 8;
    if (typeof columns !== "number" || colors !== 1 || bits !== 8) throw new NotDirect("predictor parameters");
    return unpredictPng(inflated, columns);
  }

  private spend(bytes: Uint8Array): Uint8Array {
    this.budget.left -= bytes.length;
    if (this.budget.left < 0) throw new NotDirect("more content than a report holds");
    return bytes;
  }

  private fetch(num: number): PdfValue {
    const cached = this.cache.get(num);
    if (cached !== undefined) return cached;
    const entry = this.entries.get(num);
    if (entry === undefined || entry === "free") return null;
    if (this.fetching.has(num)) throw new NotDirect("an object that contains itself");
    this.fetching.add(num);
    try {
      const value =
        "offset" in entry ? this.objectAt(entry.offset, num) : this.packedObject(entry.stream, entry.index, num);
      this.cache.set(num, value);
      return value;
    } finally {
      this.fetching.delete(num);
    }
  }

  /** `num gen obj … endobj` at `offset`: a dictionary followed by `stream` is a stream. */
  private objectAt(offset: number, num?: number): PdfValue {
    const lexer = new Lexer(this.bytes, offset);
    const found = lexer.next();
    const gen = lexer.next();
    const obj = lexer.next();
    if ((num !== undefined && found !== num) || typeof gen !== "number" || obj !== PdfWord.of("obj"))
      throw new NotDirect("a cross-reference that does not lead to its object");
    const value = readObject(lexer, true);
    if (value instanceof PdfWord) throw new NotDirect("an object that is a bare word");
    if (!(value instanceof Map)) return value;
    const after = lexer.at;
    if (lexer.next() !== PdfWord.of("stream")) {
      lexer.at = after;
      return value;
    }
    return new PdfStream(value, this.streamData(value, lexer.at));
  }

  /** A stream's bytes from just after `stream`: its Length when `endstream` follows, else up to `endstream`. */
  private streamData(dict: PdfDict, afterKeyword: number): Uint8Array {
    const { bytes } = this;
    let start = afterKeyword;
    if (bytes[start] === 13) start++;
    if (bytes[start] === 10) start++;
    const length = dict.get("Length") instanceof PdfRef ? this.resolve(dict.get("Length")) : dict.get("Length");
    if (typeof length === "number" && Number.isInteger(length) && length >= 0 && start + length <= bytes.length) {
      const lexer = new Lexer(bytes, start + length);
      if (lexer.next() === PdfWord.of("endstream")) return bytes.subarray(start, start + length);
    }
    const end = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf("endstream", start, "latin1");
    if (end < 0) throw new NotDirect("a stream without its end");
    let to = end;
    if (bytes[to - 1] === 10) to--;
    if (bytes[to - 1] === 13) to--;
    return bytes.subarray(start, Math.max(start, to));
  }

  private packedObject(streamNum: number, index: number, num: number): PdfValue {
    const stream = this.resolve(new PdfRef(streamNum, 0));
    if (!(stream instanceof PdfStream)) throw new NotDirect("an object stream that is not a stream");
    const data = this.decode(stream);
    const count = this.resolve(stream.dict.get("N"));
    const first = this.resolve(stream.dict.get("First"));
    if (typeof count !== "number" || typeof first !== "number" || index >= count)
      throw new NotDirect("a damaged object stream");
    const lexer = new Lexer(data);
    const offsets: [number, number][] = [];
    for (let n = 0; n < count; n++) {
      const objNum = lexer.next();
      const at = lexer.next();
      if (typeof objNum !== "number" || typeof at !== "number") throw new NotDirect("a damaged object stream");
      offsets.push([objNum, at]);
    }
    const [objNum, at] = offsets[index]!;
    if (objNum !== num) throw new NotDirect("an object stream that does not hold its object");
    const value = readObject(new Lexer(data, first + at), true);
    if (value instanceof PdfWord) throw new NotDirect("an object that is a bare word");
    return value;
  }

  /** Every cross-reference section from the last `startxref` back through `Prev`; the newest entry of each wins. */
  private readCrossReference(): PdfDict {
    const { bytes } = this;
    const tail = latin1(bytes, Math.max(0, bytes.length - TAIL), bytes.length);
    const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
    if (!match) throw new NotDirect("no startxref at the end");
    let trailer: PdfDict | undefined;
    const seen = new Set<number>();
    const pending = [Number(match[1])];
    while (pending.length > 0) {
      const offset = pending.shift()!;
      if (seen.has(offset) || seen.size > 64) throw new NotDirect("a cross-reference that loops");
      seen.add(offset);
      const section = this.readSection(offset);
      trailer ??= section;
      const stream = section.get("XRefStm");
      if (typeof stream === "number") pending.unshift(stream);
      const prev = section.get("Prev");
      if (typeof prev === "number") pending.push(prev);
    }
    return trailer!;
  }

  /** One section (a table with its trailer, or a cross-reference stream): its entries, and its dictionary. */
  private readSection(offset: number): PdfDict {
    const lexer = new Lexer(this.bytes, offset);
    const first = lexer.next();
    if (first !== PdfWord.of("xref")) {
      const stream = this.objectAt(offset);
      if (!(stream instanceof PdfStream) || stream.dict.get("Type") !== PdfName.of("XRef"))
        throw new NotDirect("startxref leads to neither a table nor a stream");
      this.readStreamEntries(stream);
      return stream.dict;
    }
    for (;;) {
      const start = lexer.next();
      if (start === PdfWord.of("trailer")) break;
      const count = lexer.next();
      if (typeof start !== "number" || typeof count !== "number") throw new NotDirect("a damaged xref table");
      for (let n = 0; n < count; n++) {
        const at = lexer.next();
        const gen = lexer.next();
        const kind = lexer.next();
        if (typeof at !== "number" || typeof gen !== "number" || !(kind instanceof PdfWord))
          throw new NotDirect("a damaged xref entry");
        if (!this.entries.has(start + n)) this.entries.set(start + n, kind.word === "n" ? { offset: at } : "free");
      }
    }
    const trailer = readObject(lexer, true);
    if (!(trailer instanceof Map)) throw new NotDirect("a trailer that is not a dictionary");
    return trailer;
  }

  private readStreamEntries(stream: PdfStream): void {
    const widths = stream.dict.get("W");
    const size = stream.dict.get("Size");
    const index = stream.dict.get("Index") ?? [0, size ?? 0];
    if (!isNumbers(widths) || widths.length !== 3 || !isNumbers(index)) throw new NotDirect("a damaged xref stream");
    const data = this.decode(stream);
    const [w0, w1, w2] = widths as [number, number, number];
    const field = (at: number, width: number) => {
      let value = 0;
      for (let n = 0; n < width; n++) value = value * 256 + (data[at + n] ?? 0);
      return value;
    };
    let at = 0;
    for (let range = 0; range + 1 < index.length; range += 2) {
      const [start, count] = [index[range]!, index[range + 1]!];
      for (let n = 0; n < count; n++, at += w0 + w1 + w2) {
        if (at + w0 + w1 + w2 > data.length) throw new NotDirect("a short xref stream");
        const type = w0 === 0 ? 1 : field(at, w0);
        const second = field(at + w0, w1);
        const third = field(at + w0 + w1, w2);
        if (this.entries.has(start + n)) continue;
        if (type === 1) this.entries.set(start + n, { offset: second });
        else if (type === 2) this.entries.set(start + n, { stream: second, index: third });
        else this.entries.set(start + n, "free");
      }
    }
  }
}

const isNumbers = (value: PdfValue | undefined): value is number[] =>
  Array.isArray(value) && value.every((item) => typeof item === "number" && Number.isInteger(item) && item >= 0);

/** Undoes PNG prediction (one byte per pixel, `columns` per row, each row led by its filter type). */
function unpredictPng(data: Uint8Array, columns: number): Uint8Array {
  const rows = Math.floor(data.length / (columns + 1));
  const out = new Uint8Array(rows * columns);
  for (let row = 0; row < rows; row++) {
    const type = data[row * (columns + 1)];
    const from = row * (columns + 1) + 1;
    const to = row * columns;
    for (let n = 0; n < columns; n++) {
      const raw = data[from + n]!;
      const left = n > 0 ? out[to + n - 1]! : 0;
      const up = row > 0 ? out[to - columns + n]! : 0;
      const upLeft = row > 0 && n > 0 ? out[to - columns + n - 1]! : 0;
      let value: number;
      if (type === 0) value = raw;
      else if (type === 1) value = raw + left;
      else if (type === 2) value = raw + up;
      else if (type === 3) value = raw + ((left + up) >> 1);
      else if (type === 4) value = raw + paeth(left, up, upLeft);
      else throw new NotDirect("a PNG filter type");
      out[to + n] = value & 0xff;
    }
  }
  return out;
}

function paeth(left: number, up: number, upLeft: number): number {
  const p = left + up - upLeft;
  const [a, b, c] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
  return a <= b && a <= c ? left : b <= c ? up : upLeft;
}
