/**
 * Segment stage: cleaned text in; sentences out, each with a stable id (`<articleId>.s<index>`), its
 * paragraph number and character offsets into the cleaned text (so `text.slice(start, end) === sentence`).
 * Paragraphs are separated by blank lines, as the clean stage writes them.
 */
import type { Sentence } from '../../model/schemas.js';
import { splitSentences } from '../../text/sentences.js';

export interface SegmentInput {
  articleId: string;
  text: string;
  /** BCP 47 language tag if known; ICU segments every script, the tag tunes it. */
  language: string | null;
}

export type SegmentOutput = Sentence[];

const PARAGRAPH_BREAK = /\n[ \t]*\n+/g;

export function sentenceId(articleId: string, index: number): string {
  return `${articleId}.s${index}`;
}

export function segment(input: SegmentInput): SegmentOutput {
  const { articleId, text } = input;
  const locale = input.language && !input.language.startsWith('und') ? input.language : 'en';
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const breaks = [...text.matchAll(PARAGRAPH_BREAK)].map((m) => [m.index!, m.index! + m[0].length] as const);
  breaks.push([text.length, text.length]);
  for (const [breakStart, breakEnd] of breaks) {
    const para = text.slice(start, breakStart);
    if (para.trim() !== '') {
      for (const span of splitSentences(para, locale)) {
        const s = start + span.start;
        const e = start + span.end;
        out.push({ id: sentenceId(articleId, out.length), articleId, index: out.length, paragraph, start: s, end: e, text: text.slice(s, e) });
      }
      paragraph++;
    }
    start = breakEnd;
  }
  return out;
}
