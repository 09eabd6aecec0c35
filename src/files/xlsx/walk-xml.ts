import { SaxesParser } from "saxes";

// The parts of an .xlsx package are XML. They are read as a stream of events (saxes), never as a tree, so a part
// costs no more memory than what its handlers keep. Names are taken without their namespace prefix: most programs
// write <c>, some <x:c>.

export type XmlHandlers = {
  open?: (name: string, attributes: Readonly<Record<string, string>>) => void;
  text?: (text: string) => void;
  close?: (name: string) => void;
};

/** No workbook part nests deeper than about 8; a part nested far deeper is not a workbook's (and saxes would keep every level). */
const MAX_DEPTH = 100;
/** The bytes decoded and parsed at a time, so a large part is never one huge string. */
export const CHUNK = 1 << 20;

class NotWellFormed extends Error {}

const localName = (name: string): string => name.slice(name.indexOf(":") + 1);

/** Streams an XML part through the handlers; false when it is not well-formed XML or nests beyond any workbook's. */
export function walkXml(bytes: Uint8Array, handlers: XmlHandlers): boolean {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  let depth = 0;
  parser.on("error", (error) => {
    throw new NotWellFormed(error.message);
  });
  parser.on("opentag", (tag) => {
    depth += 1;
    if (depth > MAX_DEPTH) throw new NotWellFormed("too deep");
    handlers.open?.(localName(tag.name), tag.attributes);
  });
  // saxes closes a self-closing tag too.
  parser.on("closetag", (tag) => {
    depth -= 1;
    handlers.close?.(localName(tag.name));
  });
  if (handlers.text) {
    const text = handlers.text;
    parser.on("text", text);
    parser.on("cdata", text);
  }
  const decoder = new TextDecoder("utf-8", { ignoreBOM: false });
  try {
    for (let at = 0; at < bytes.length; at += CHUNK) {
      parser.write(decoder.decode(bytes.subarray(at, at + CHUNK), { stream: true }));
    }
    parser.write(decoder.decode());
    parser.close();
  } catch (error) {
    if (error instanceof NotWellFormed) return false;
    throw error;
  }
  return true;
}
