/**
 * Rows read back from either store, turned into the data model and validated (an edge of the system).
 * Both backends use the same table and column names (migration 1 of each); they differ only in how a
 * boolean comes back (SQLite: 0/1, PostgreSQL: true/false).
 */
import { Article, Extraction, Removal, Sentence } from '../model/schemas.js';

export type Row = Record<string, unknown>;

export const EMPTY_EXTRACTION: Extraction = Object.freeze({ counts: [], entities: [], dates: [], quotes: [] }) as Extraction;

export function articleFromRow(row: Row): Article {
  return Article.parse({
    id: row.id, contentHash: row.content_hash, source: row.source, title: row.title, url: row.url,
    published: row.published, publishedInferred: row.published_inferred === true || row.published_inferred === 1,
    origin: row.origin, format: row.format, raw: row.raw, status: row.status, note: row.note, language: row.language,
    text: row.text,
  });
}

export function sentenceFromRow(s: Row): Sentence {
  return Sentence.parse({ id: s.id, articleId: s.article_id, index: s.idx, paragraph: s.paragraph, start: s.start, end: s.end, text: s.text });
}

export function removalFromRow(m: Row): Removal {
  return Removal.parse({ articleId: m.article_id, text: m.text, reason: m.reason, ...(m.detail == null ? {} : { detail: m.detail }) });
}

export function extractionFrom(data: unknown): Extraction {
  return Extraction.parse(data ?? EMPTY_EXTRACTION);
}

/** A sketch (32-bit unsigned hashes) as stored: 4 bytes a value, little-endian. */
export function sketchToBytes(sketch: readonly number[]): Buffer {
  const b = Buffer.alloc(sketch.length * 4);
  sketch.forEach((v, i) => b.writeUInt32LE(v, i * 4));
  return b;
}

export function sketchFromBytes(b: Uint8Array): number[] {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  const out: number[] = [];
  for (let i = 0; i + 4 <= buf.length; i += 4) out.push(buf.readUInt32LE(i));
  return out;
}

/** An article's near-duplicate link as read with it: absent (undefined) when it was not checked. */
export function duplicateFromRow(row: Row | undefined): { of: string; similarity: number } | null | undefined {
  if (!row || !(row.checked === true || row.checked === 1)) return undefined;
  return row.duplicate_of == null ? null : { of: row.duplicate_of as string, similarity: Number(row.similarity) };
}
