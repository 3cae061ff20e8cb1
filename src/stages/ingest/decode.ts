/** Turning bytes into text, refusing what is not text: binary files and invalid encodings. */

const CONTROL_SAMPLE_BYTES = 8_192;
/** Share of control bytes (other than tab, newline, CR, form feed) above which a file is binary. */
const MAX_CONTROL_SHARE = 0.02;

const RE = {
  metaCharset: /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i,
};

export class DecodeError extends Error {}

/**
 * Decodes a file's bytes. UTF-8 (with or without BOM) is the default; an HTML page that declares another
 * charset in a `<meta>` tag and is not valid UTF-8 is decoded with the charset it declares.
 */
export function decodeText(bytes: Uint8Array, kind: 'text' | 'html' | 'json'): string {
  if (bytes.length === 0) throw new DecodeError('the file is empty');
  if (looksBinary(bytes)) throw new DecodeError('the file is binary, not text (it holds NUL or control bytes)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (kind === 'html') {
      const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
      const label = RE.metaCharset.exec(head)?.[1];
      if (label) {
        try {
          return new TextDecoder(label).decode(bytes);
        } catch {
          throw new DecodeError(`the page declares charset "${label}", which is not a supported encoding`);
        }
      }
    }
    throw new DecodeError(`the file is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})`);
  }
  // The binary sniff reads only the start; a NUL anywhere later still means binary or corrupt data.
  const nul = text.indexOf('\u0000');
  if (nul >= 0) throw new DecodeError(`the file holds a NUL character (at character ${nul}): it is binary or corrupt, not text`);
  return text;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, CONTROL_SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control / n > MAX_CONTROL_SHARE;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Decode growing prefixes by halving: cheap enough for an error path, and exact.
  let lo = 0;
  let hi = bytes.length;
  const dec = new TextDecoder('utf-8', { fatal: true });
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      dec.decode(bytes.subarray(0, mid), { stream: true });
      dec.decode(); // reset
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}
