/**
 * Paragraph-level noise rules. Each rule looks at one paragraph (and its neighbours for lists) and names
 * a removal reason, using layout and form — length, terminal punctuation, a trailing colon, credit
 * markers, calls to action — never phrases taken from a particular corpus.
 */
import type { RemovalReason } from '../../model/schemas.js';
import { isTimeStamp } from '../../text/headline.js';
import type { BlockKind } from './html.js';

export interface Para { text: string; kind: BlockKind }
export interface Verdict { reason: RemovalReason; detail: string }

/** Longest line (in words) that can be a sub-heading or a list item rather than body text. */
const MAX_HEADING_WORDS = 14;
/** Longest paragraph (in words) that a credit marker turns into a caption. */
const MAX_CAPTION_WORDS = 70;
/**
 * Longest paragraph (in words) that describing a picture turns into a caption: a caption and a short line
 * after it. A longer paragraph has story text glued on (a flattened page) and is kept whole. Of the 5 such
 * paragraphs in the GVA, ECB+ and GVDB texts, the 3 under this length are captions, the 2 over it carry story.
 */
const MAX_MEDIA_LINE_WORDS = 30;
/** Longest paragraph (in words) that a call to action (subscribe, follow, cookies) turns into a prompt. */
const MAX_PROMPT_WORDS = 40;

const RE = {
  // A closing quote ends a sentence only after punctuation: "…he said.”" does (also with a space before the
  // quote, as in tokenised text: "…he said. \""), "…‘potential sale’" does not.
  terminal: /[.!?…:;](?:\s*["'”’»)\]])*$/u,
  endsWithColon: /:\s*$/,
  word: /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu,
  metaPrefix: /^\s*(?:date|published|updated|posted|last updated)\s*[:\-–]?\s*(\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?)\s*/i,
  datelineOnly: /^\s*(?:(?:published|updated|posted)\s*:?\s*)?(?:mon|tue|wed|thu|fri|sat|sun)?[a-z]*,?\s*(?:\d{1,2}\s+[a-z]{3,9}|[a-z]{3,9}\.?\s+\d{1,2}),?\s+\d{4}(?:\s*[,|•-]?\s*\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:[A-Z]{2,5})?)?\s*$/i,
  credit: /(?:\bvia\s+[\p{Lu}][\p{L}]+(?:\/|\s*$)|\/\s*handout\b|\bhandout\s+via\b|\b(?:photo(?:graph)?|image|picture|credit|video)\s*(?:by)?\s*:|\((?:AP|AFP|Reuters|EPA|Getty)[^)]*\)\s*$|\((?:photo|image|picture|video)\b[^)]*\)\s*$|\b(?:photo|image|video)\s+(?:source|courtesy|credit)\s*:|\bgetty images\b|\b(?:AP|AFP|EPA|Reuters)\s+photo\b|©)/iu,
  captionOpening: /^\s*(?:a|an|the)?\s*(?:view|photo|picture|image|file photo|handout photo|screenshot|still|video still)\b[^.]{0,40}\b(?:shows|show|of)\b/i,
  // The opening word in either case ("By Jane Roe"); no i flag, as the names must be capitalised.
  // A paragraph describing a picture on the page: "This undated photo provided by the police shows…", "Police
  // say this photo shows the getaway van." The picture is not in the text, so the line tells a reader nothing.
  mediaReference: /\b(?:this|these)\s+(?:[\p{L}-]+\s+){0,2}?(?:photo(?:graph)?s?|images?|pictures?|videos?|footage|maps?|graphics?|screenshots?|stills?)\s*,?\s+(?:(?:provided|released|taken|obtained|posted|shared|supplied)\s+(?:by|to)\s+[^.]{1,60}?,?\s+)?(?:shows?|is|are)\b/iu,
  byline: /^\s*(?:[Bb]y|[Ff]rom|[Ww]ords by|[Rr]eporting by)\s+\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|and|&|,))*(?:\s*[,|–-]\s*.{0,60})?$/u,
  editingCredit: /^\s*\(?\s*(?:reporting|additional reporting|writing|editing)\s+by\b/i,
  // "… contributed to this report." (a closing credit line), in any position.
  contributed: /\bcontributed (?:to this (?:report|story|article)|reporting)\b/i,
  // A way to reach the writer: "can be reached at …", "follow <name> on <network>".
  contact: /\bfollow\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}on\s+(?:twitter|facebook|instagram|x)\b|\bcan be reached at\b/iu,
  email: /[\w.+-]+@[\w-]+\.[\w.]+/,
  prompt: /\b(?:sign up|subscribe|newsletter|follow us|follow @|cookie|click here|tap here|share this|share on|buy this photo|download (?:our|the) app|all rights reserved|terms of (?:use|service)|privacy policy|advertisement|sponsored content|watch live|listen to this article|comments? (?:are|is) closed|enable javascript|javascript (?:is )?(?:disabled|required)|browser does not support|to (?:watch|view|play) this video)\b/i,
  bullet: /^\s*(?:[-*•·▪]|\d{1,2}[.)])\s+/,
  verbish: /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|should|do|does|did|says?|said|\w+ed|\w+ing)\b/i,
  labelTeaser: /^\s*[\p{Lu}][\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,3}\s*:\s*\S/u,
};

export function wordCount(text: string): number {
  return text.match(RE.word)?.length ?? 0;
}

function isBodySentence(text: string): boolean {
  return RE.terminal.test(text.trim()) && !RE.endsWithColon.test(text);
}

/** A metadata prefix glued to the start of a paragraph ("date 2024-01-02 A view shows…"). */
export function splitMetaPrefix(text: string): { prefix: string; date: string | null; rest: string } | null {
  const m = RE.metaPrefix.exec(text);
  if (!m) return null;
  return { prefix: m[0].trim(), date: m[1].slice(0, 10), rest: text.slice(m[0].length) };
}

/** The reason to remove paragraph `i`, or null to keep it. */
export function classify(paras: Para[], i: number): Verdict | null {
  const p = paras[i];
  const text = p.text.trim();
  const words = wordCount(text);
  if (words === 0) return { reason: 'boilerplate', detail: 'no words' };
  if (p.kind === 'caption') return { reason: 'caption', detail: 'figure caption in the page layout' };
  if (RE.datelineOnly.test(text)) return { reason: 'dateline', detail: 'a date line, not story text' };
  if (RE.editingCredit.test(text) && words <= MAX_HEADING_WORDS * 2) return { reason: 'credit', detail: 'reporting and editing credits' };
  if (RE.byline.test(text) && words <= 12 && !isBodySentence(text)) return { reason: 'byline', detail: 'author line' };
  if (RE.contributed.test(text) && words <= MAX_HEADING_WORDS * 2) return { reason: 'credit', detail: 'contributors line' };
  if ((RE.contact.test(text) && words <= MAX_PROMPT_WORDS) || (RE.email.test(text) && words <= MAX_HEADING_WORDS)) {
    return { reason: 'prompt', detail: 'how to reach or follow the writer' };
  }
  if (RE.credit.test(text) && words <= MAX_CAPTION_WORDS) {
    return { reason: 'caption', detail: RE.captionOpening.test(text) ? 'photo caption with a credit' : 'text carrying a photo or agency credit' };
  }
  if (RE.mediaReference.test(text) && words <= MAX_MEDIA_LINE_WORDS) return { reason: 'caption', detail: 'describes a picture on the page' };
  if (RE.prompt.test(text) && words <= MAX_PROMPT_WORDS) return { reason: 'prompt', detail: 'newsletter, social or cookie prompt' };
  if (RE.bullet.test(text)) return null; // a list inside the story: keep (the bullet is stripped later)
  if (RE.endsWithColon.test(text) && words <= MAX_HEADING_WORDS && isListHeader(paras, i)) {
    return { reason: 'link-list', detail: 'heading of a list of links' };
  }
  if (isAllCaps(text) && words <= MAX_HEADING_WORDS && !isBodySentence(text)) {
    return { reason: 'subheading', detail: 'short all-capitals line' };
  }
  if (inLinkList(paras, i)) return { reason: 'link-list', detail: 'item of a list of links' };
  if (!isBodySentence(text) && words <= MAX_HEADING_WORDS) {
    if (RE.labelTeaser.test(text)) return { reason: 'teaser', detail: 'a "label: headline" teaser line' };
    if (p.kind === 'item') return { reason: 'link-list', detail: 'list item without sentence punctuation' };
    return { reason: 'subheading', detail: RE.verbish.test(text) ? 'short line without sentence punctuation' : 'short line without a verb or punctuation' };
  }
  return null;
}

/** A short line ending with a colon that is followed by short unpunctuated lines (the links). */
function isListHeader(paras: Para[], i: number): boolean {
  const next = paras[i + 1];
  return !!next && isListItemLike(next.text);
}

function inLinkList(paras: Para[], i: number): boolean {
  if (!isListItemLike(paras[i].text)) return false;
  for (let j = i - 1; j >= 0; j--) {
    const t = paras[j].text.trim();
    if (RE.endsWithColon.test(t) && wordCount(t) <= MAX_HEADING_WORDS) return true;
    if (!isListItemLike(t)) return false;
  }
  return false;
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function isListItemLike(text: string): boolean {
  const t = text.trim();
  return !isBodySentence(t) && !RE.endsWithColon.test(t) && wordCount(t) <= MAX_HEADING_WORDS;
}

/** The headline of a plain-text article: its first line when it reads as a title, not as body text. */
export function looksLikeHeadline(text: string): boolean {
  const t = text.trim();
  return !isTimeStamp(t) && !isBodySentence(t) && !RE.endsWithColon.test(t) && wordCount(t) >= 3 && wordCount(t) <= 25 && !RE.credit.test(t);
}

export function stripBullet(text: string): string {
  return text.replace(RE.bullet, '');
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/**
 * The signature an embedded social-media post leaves in a page's text, at the end of the post: "— Jane Roe
 * (@janeroe) August 9, 2015", or "A post shared by Jane Roe (@janeroe) on Aug 9, 2015 at 3:12pm PDT", with
 * the media links, handles and hashtags that trail the post ("pic.twitter.com/…", "@station #tag").
 */
const EMBED_SIGNATURE = new RegExp(
  '(?:\\s+(?:@\\w{1,30}|#\\w{1,50}|pic\\.twitter\\.com/\\w+|https?://\\S+))*' +
  // The author's name holds no dash, so a dash inside the post never starts the signature.
  `(?:^|\\s+)(?:[—–]|--?|a (?:photo|video|post) shared by)\\s*[^()\\n—–]{1,80}?\\s*\\(@\\w{1,30}\\)\\s+(?:on\\s+)?${MONTH}\\s+\\d{1,2},\\s+\\d{4}` +
  '(?:\\s+at\\s+\\d{1,2}:\\d{2}\\s*[ap]\\.?m\\.?(?:\\s+[A-Z]{2,4})?)?\\s*$',
  'iu',
);

/**
 * Splits the signature of an embedded post off the post's text: the post stays (an official's or a
 * reporter's post often states the story's facts), its signature — the author's handle and the post's date,
 * which is not the story's date — goes. Null when the paragraph carries none.
 */
export function splitEmbedSignature(text: string): { post: string; signature: string } | null {
  const m = text.includes('(@') ? EMBED_SIGNATURE.exec(text) : null;
  if (!m) return null;
  return { post: text.slice(0, m.index).trim(), signature: m[0].trim() };
}
