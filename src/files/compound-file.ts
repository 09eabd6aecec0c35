// Word and Excel files with an opening password are not zip archives: Office encrypts the package and stores it in
// an OLE compound file (the container of the old .doc and .xls), with a stream named “EncryptionInfo”. Such a file,
// or an old binary document renamed to .docx or .xlsx, is named for what it is instead of “damaged”.

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The stream name as the compound file's directory stores it (UTF-16LE). */
const ENCRYPTION_INFO = new Uint8Array([..."EncryptionInfo"].flatMap((char) => [char.charCodeAt(0), 0]));

/** "encrypted" for a password-protected Office file, "binary" for another compound file, undefined otherwise. */
export function compoundFileKind(bytes: Uint8Array): "encrypted" | "binary" | undefined {
  if (!SIGNATURE.every((byte, n) => bytes[n] === byte)) return undefined;
  return indexOf(bytes, ENCRYPTION_INFO) >= 0 ? "encrypted" : "binary";
}

function indexOf(bytes: Uint8Array, pattern: Uint8Array): number {
  const first = pattern[0];
  for (
    let at = bytes.indexOf(first ?? 0);
    at >= 0 && at + pattern.length <= bytes.length;
    at = bytes.indexOf(first ?? 0, at + 1)
  ) {
    if (pattern.every((byte, n) => bytes[at + n] === byte)) return at;
  }
  return -1;
}
