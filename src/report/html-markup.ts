/**
 * Escaping and the markup builder of the HTML report. All third-party text is hostile: markup is built only
 * with the `h` template tag, which escapes every interpolated string; `trusted` wraps the few constants of
 * our own code (tag names, the style sheet, the CSP) that go in unescaped.
 */

/** The page's Content-Security-Policy: inline styles only; `base-uri` and `form-action` do not fall back to default-src. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * Beyond the five that HTML needs, `=` and the backtick are escaped too: harmless in text, and no attribute
 * syntax (`onerror=`, old IE's backtick quoting) survives even in a context someone later gets wrong.
 */
const ESCAPES: Readonly<Record<string, string>> = Object.freeze({
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '=': '&#61;', '`': '&#96;',
});
const REGEXPS = {
  escape: /[&<>"'=`]/g,
} as const;

/** Escapes text for HTML content and for double- or single-quoted attribute values. */
export function escapeHtml(text: string | number | null | undefined): string {
  return String(text ?? '').replace(REGEXPS.escape, (ch) => ESCAPES[ch]);
}

/** Markup that is already safe. Only `h` and `trusted` make one. */
class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

function part(p: Part): string {
  if (p === null || p === undefined || p === false) return '';
  if (p instanceof Html) return p.value;
  if (Array.isArray(p)) return (p as readonly Part[]).map(part).join('');
  return escapeHtml(p as string | number);
}

/** Template tag: literal markup as written, every interpolation escaped unless it is already `Html`. */
export function h(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let out = strings[0];
  for (let i = 0; i < parts.length; i++) out += part(parts[i]) + strings[i + 1];
  return new Html(out);
}

/** Markup from a constant of our own code, never from third-party text. */
export function trusted(value: string): Html {
  return new Html(value);
}
export type { Html };
