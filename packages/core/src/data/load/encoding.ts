import { DataError } from '../errors.js';

/**
 * Text encodings of Korean public data. Files from data.go.kr are often CP949 (a superset of
 * EUC-KR that browsers decode under the label `euc-kr`); Excel's "Unicode text" export is UTF-16
 * with a byte-order mark. Detection: a UTF-16 BOM is UTF-16, valid UTF-8 is UTF-8, anything else
 * is read as CP949.
 */
export type Encoding = 'utf-8' | 'euc-kr' | 'utf-16le' | 'utf-16be';
export type EncodingSetting = Encoding | 'auto';

export function normalizeEncoding(value: string | null | undefined): EncodingSetting {
  const v = (value ?? '').trim().toLowerCase();
  if (['euc-kr', 'euckr', 'cp949', 'ms949', 'uhc', 'windows-949', 'ks_c_5601-1987'].includes(v)) return 'euc-kr';
  if (['utf-8', 'utf8'].includes(v)) return 'utf-8';
  if (['utf-16', 'utf-16le', 'utf16', 'utf16le', 'unicode'].includes(v)) return 'utf-16le';
  if (['utf-16be', 'utf16be'].includes(v)) return 'utf-16be';
  return 'auto';
}

/**
 * UTF-16 after its byte-order mark; UTF-8 if the bytes are valid UTF-8 (an incomplete sequence at
 * the very end is allowed); else EUC-KR/CP949.
 */
export function detectEncoding(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return 'utf-8';
  } catch {
    return 'euc-kr';
  }
}

/** A streaming decoder; UTF-8 is strict (`fatal`), so that a wrongly declared file fails clearly. */
export function decoderFor(encoding: Encoding): TextDecoder {
  return new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
}

/** Signatures of files that are often linked where a CSV was expected (xlsx/zip, xls, PDF, images, gzip). */
const SIGNATURES: readonly (readonly number[])[] = [
  [0x50, 0x4b, 0x03, 0x04], // ZIP, so .xlsx, .hwpx, .ods
  [0xd0, 0xcf, 0x11, 0xe0], // OLE2, so .xls and .hwp
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x1f, 0x8b], // gzip
];

/**
 * Whether the start of a file is not text at all: a known binary signature, or control bytes (NUL and the like, not
 * tab or line breaks) in more than a tenth of it. A stray NUL in a cell of real text is still text. Not asked of
 * UTF-16, which is full of NULs.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (SIGNATURES.some((signature) => signature.every((byte, i) => bytes[i] === byte))) return true;
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of head) if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  return head.length > 0 && control / head.length > 0.1;
}

/** Decodes a whole buffer with the given or detected encoding. */
export function decode(bytes: Uint8Array, setting: EncodingSetting = 'auto'): { text: string; encoding: Encoding } {
  const encoding = setting === 'auto' ? detectEncoding(bytes) : setting;
  return { text: decoderFor(encoding).decode(bytes), encoding };
}

/**
 * A whole file's bytes as text, in the given or detected encoding. Bytes that are not text at all (a spreadsheet, a
 * PDF, an image: see {@link looksBinary}) are a `binary` DataError; bytes that the encoding cannot read (a file
 * declared UTF-8 that is not) an `encoding` one.
 */
export function decodeFile(bytes: Uint8Array, setting: EncodingSetting = 'auto'): { text: string; encoding: Encoding } {
  const encoding = setting === 'auto' ? detectEncoding(bytes) : setting;
  if (!encoding.startsWith('utf-16') && looksBinary(bytes)) throw new DataError('binary');
  try {
    return { text: decoderFor(encoding).decode(bytes), encoding };
  } catch {
    throw new DataError('encoding', { encoding });
  }
}

/**
 * Whether decoded CSV text looks like mojibake: EUC-KR bytes forced through a lenient decoder
 * leave U+FFFD replacement characters.
 */
export function looksMisdecoded(text: string): boolean {
  return text.includes('\uFFFD');
}
