/**
 * Choosing source sentences: centrality (how much of a sentence the other articles also say) and
 * redundancy (how much of it the brief already says), over content-term sets.
 */
import type { Sentence } from '../../model/schemas.js';
import { contentTerms } from '../../text/terms.js';

export interface Candidate { sentence: Sentence; source: string; terms: Set<string>; centrality: number }

const RE = { openingQuote: /^\s*["“‘]/ };

export function termSet(text: string): Set<string> {
  return new Set(contentTerms(text));
}

export function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n / Math.min(a.size, b.size);
}

/** The share of `a`'s terms that `b` also has: how much of `a` is already said by `b`. */
export function coverage(a: Set<string>, b: Set<string>): number {
  if (a.size === 0) return 0;
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n / a.size;
}

/**
 * Scores each sentence by the share of the *other* articles that state most of its content: a sentence
 * every outlet reports is the story's core; one only its own article says is colour or noise.
 */
export function rankCentral(byArticle: { source: string; articleId: string; sentences: Sentence[] }[], perArticle: number): Candidate[] {
  const articleTerms = byArticle.map((a) => termSet(a.sentences.map((s) => s.text).join(' ')));
  const out: Candidate[] = [];
  byArticle.forEach((a, i) => {
    for (const s of a.sentences.slice(0, perArticle)) {
      if (RE.openingQuote.test(s.text)) continue; // a quote is someone's words, not the account
      const terms = termSet(s.text);
      if (terms.size < 4) continue;
      let support = 0;
      articleTerms.forEach((t, j) => {
        if (j !== i) support += overlap(terms, t);
      });
      const centrality = byArticle.length > 1 ? support / (byArticle.length - 1) : 1 / (1 + s.index);
      out.push({ sentence: s, source: a.source, terms, centrality });
    }
  });
  return out.sort((x, y) => y.centrality - x.centrality || x.sentence.index - y.sentence.index || (x.sentence.id < y.sentence.id ? -1 : 1));
}
