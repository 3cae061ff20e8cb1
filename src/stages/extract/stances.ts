/**
 * Cue words of attribution beyond the speech verbs of `lexicon.ts`, as attribution corpora annotate them
 * (PARC, PolNeAR): more verbs of speaking ("joked", "chanted"), and verbs of stance, by which a party
 * backs, opposes, wants, plans or judges something ("the senator praised the plan", "voters want change",
 * "she called for a recount"). A stance is reported, not said: the extract stage keeps it apart from
 * quotes.
 *
 * Each list gives base forms; `inflect` makes the -s, -ed and -ing forms (a `+` after a base doubles its
 * last consonant: "slam+" -> "slammed"; irregular pasts are written out). Phrasal cues name the particle
 * that belongs to the cue ("called for", "referring to"); the content starts after it.
 */

/** Further verbs of speaking: what follows (or the quote before) is what the party said. */
const SPEECH_BASES = [
  'joke', 'quip+', 'chant', 'boast', 'brag+', 'muse', 'snap+', 'scoff', 'sigh', 'plead', 'implore', 'beg+', 'demand',
  'explain', 'reply', 'respond', 'retort', 'counter', 'rebut+', 'answer', 'add', 'note', 'tweet', 'post', 'write',
  'tell', 'warn', 'insist', 'deny', 'admit+', 'announce', 'report', 'confirm', 'argue', 'acknowledge', 'contend',
  'maintain', 'predict', 'indicate', 'suggest', 'declare', 'state', 'stress', 'emphasize', 'emphasise', 'concede',
  'vow', 'promise', 'pledge', 'assure', 'reassure', 'remind', 'inform', 'recall', 'recount', 'reiterate', 'repeat',
  'echo', 'claim', 'allege', 'assert', 'complain', 'lament', 'observe', 'remark', 'comment', 'testify', 'caution',
  'concur', 'disclose', 'reveal', 'mention', 'hint', 'signal', 'imply', 'urge', 'ask',
  'wonder', 'marvel', 'exclaim', 'proclaim', 'cry', 'shout', 'yell', 'scream', 'whisper', 'mutter', 'quote',
  'opine', 'acknowledge', 'affirm', 'reaffirm', 'describe', 'characterize',
  'characterise', 'portray', 'label', 'dub+', 'brand', 'call', 'estimate', 'project', 'forecast', 'conclude',
  'surmise', 'speculate', 'theorize', 'clarify', 'elaborate', 'specify', 'express', 'read', 'issue', 'release', 'publish',
];

/** Verbs of belief and evidence: what follows is what the party thinks, knows or shows. */
const BELIEF_BASES = [
  'think', 'believe', 'feel', 'know', 'expect', 'hope', 'fear', 'worry', 'doubt', 'suspect', 'assume', 'reckon',
  'figure', 'understand', 'realize', 'realise', 'recognize', 'recognise', 'learn', 'discover', 'find', 'see',
  'show', 'suggest', 'indicate', 'prove', 'demonstrate', 'reveal', 'agree', 'disagree', 'anticipate', 'imagine',
  'consider', 'view', 'regard', 'deem', 'judge', 'sense', 'acknowledge', 'insist', 'contend', 'maintain',
  'predict', 'trust', 'wish', 'guess', 'notice', 'determine', 'decide', 'conclude', 'remember', 'identify',
];

/** Verbs of stance: the party wants, plans, backs, opposes, praises or faults its object. */
const STANCE_BASES = [
  'want', 'plan+', 'intend', 'admire', 'respect', 'distrust', 'mistrust', 'adore', 'cherish', 'oppose', 'seek', 'aim', 'prefer+', 'like', 'love', 'hate', 'dislike', 'favor', 'favour',
  'support', 'back', 'endorse', 'champion', 'oppose', 'reject', 'dismiss', 'refuse', 'decline', 'resist', 'defend',
  'praise', 'hail', 'laud', 'applaud', 'commend', 'welcome', 'celebrate', 'thank', 'congratulate', 'embrace',
  'criticize', 'criticise', 'condemn', 'denounce', 'decry', 'deplore', 'blast', 'slam+', 'attack', 'assail',
  'lambaste', 'chide', 'scold', 'rebuke', 'mock', 'ridicule', 'deride', 'disparage', 'fault', 'knock', 'question',
  'challenge', 'dispute', 'contest', 'propose', 'recommend', 'advocate', 'demand', 'request', 'cite', 'discuss',
  'mention', 'address', 'tout', 'pitch', 'promote', 'push', 'press', 'lobby', 'vote', 'pledge', 'offer', 'promise',
  'threaten', 'vow', 'acknowledge', 'predict', 'describe', 'blame', 'accuse', 'charge', 'regret+', 'apologize',
  'apologise', 'fret+', 'vilify', 'highlight', 'underscore', 'tout', 'emphasize', 'emphasise',
  'disavow', 'repudiate', 'renounce', 'denounce', 'reaffirm', 'envision', 'envisage', 'name', 'nominate', 'sign',
  'order', 'share', 'compare', 'list',
];

/**
 * Words whose base and -s forms are as often nouns or prepositions ("like", "the Republican support", "a
 * press release"): they are cues only in their -ed and -ing forms.
 */
const NOUNISH_BASES = new Set([
  'like', 'back', 'press', 'target', 'address', 'project', 'charge', 'figure', 'judge', 'sense', 'trust', 'state',
  'post', 'point', 'question', 'report', 'view', 'vote', 'offer', 'push', 'knock', 'contest', 'challenge', 'dispute',
  'pitch', 'promote', 'fault', 'love', 'hate', 'support', 'attack', 'demand', 'request', 'answer', 'counter', 'echo',
  'plan', 'aim', 'hope', 'fear', 'worry', 'doubt', 'wish', 'guess', 'forecast', 'estimate', 'comment', 'remark',
  'quote', 'cry', 'joke', 'chant', 'boast', 'plead', 'reply', 'snap', 'sigh', 'signal', 'hint', 'label', 'brand',
  'call', 'tweet', 'promise', 'pledge', 'vow', 'concern', 'blame', 'praise', 'notice', 'note', 'show', 'find',
  'regret', 'welcome', 'lobby', 'tout', 'mention', 'claim', 'deny', 'name', 'sign', 'order', 'share', 'list', 'issue',
  'release', 'read',
]);

/** Irregular past forms (base -> past and participle). */
const IRREGULAR_PAST: Record<string, string[]> = {
  think: ['thought'], feel: ['felt'], know: ['knew', 'known'], find: ['found'], see: ['saw', 'seen'], show: ['showed', 'shown'],
  write: ['wrote', 'written'], tell: ['told'], seek: ['sought'], understand: ['understood'], prove: ['proved', 'proven'],
  learn: ['learned', 'learnt'], forecast: ['forecast'], say: ['said'], speak: ['spoke', 'spoken'], read: ['read'],
};

/** Particles that belong to a cue when they follow it: "called for", "referred to", "talked about". */
export const CUE_PARTICLES: Record<string, ReadonlySet<string>> = {
  call: new Set(['for', 'on']), refer: new Set(['to']), point: new Set(['to', 'out']), talk: new Set(['about']),
  speak: new Set(['about', 'of', 'out']), focus: new Set(['on']), respond: new Set(['to']), comment: new Set(['on']),
  object: new Set(['to']), push: new Set(['for']), argue: new Set(['for', 'against']), advocate: new Set(['for']),
  warn: new Set(['of', 'against', 'about']), complain: new Set(['about', 'of']), worry: new Set(['about']),
  joke: new Set(['about']), boast: new Set(['about', 'of']), brag: new Set(['about']), ask: new Set(['about']),
  vote: new Set(['for', 'against']), apologize: new Set(['for']), apologise: new Set(['for']), lobby: new Set(['for']),
  press: new Set(['for']), hope: new Set(['for']), wish: new Set(['for']), reply: new Set(['to']), rail: new Set(['against']),
  lash: new Set(['out']), hit: new Set(['out']), weigh: new Set(['in']), fret: new Set(['about', 'over']),
  testify: new Set(['about']), elaborate: new Set(['on']), think: new Set(['about', 'of']), know: new Set(['about']),
  learn: new Set(['about', 'of']), care: new Set(['about']), cite: new Set([]), express: new Set([]),
};
/** Cues that are cues only with their particle ("talked about", not "talked"). */
const PARTICLE_ONLY_BASES = ['talk', 'speak', 'focus', 'object', 'advocate', 'rail', 'care', 'point', 'weigh', 'refer+'];

export type CueKind = 'speech' | 'belief' | 'stance';

export interface CueEntry { kind: CueKind; base: string; form: 'base' | 's' | 'ed' | 'ing' }

const CUES = new Map<string, CueEntry>();
/** The entry of every form, nounish ones too ("support", "calls"): cues only where a verb must stand. */
const VERB_FORMS = new Map<string, CueEntry>();
/** The kind of every form, nounish ones too (a legacy cue like "report" is speech). */
const KINDS = new Map<string, CueKind>();

function inflect(spec: string): { base: string; forms: [string, CueEntry['form']][] } {
  const double = spec.endsWith('+');
  const base = double ? spec.slice(0, -1) : spec;
  const forms: [string, CueEntry['form']][] = [[base, 'base']];
  const last = base.at(-1)!;
  const beforeLast = base.at(-2) ?? '';
  const vowel = (c: string) => 'aeiou'.includes(c);
  if (last === 'y' && !vowel(beforeLast)) {
    forms.push([`${base.slice(0, -1)}ies`, 's'], [`${base.slice(0, -1)}ied`, 'ed'], [`${base}ing`, 'ing']);
  } else if (last === 'e') {
    forms.push([`${base}s`, 's'], [`${base}d`, 'ed'], [`${base.slice(0, -1)}ing`, 'ing']);
  } else if (/(?:s|sh|ch|x|z)$/.test(base)) {
    forms.push([`${base}es`, 's'], [`${base}ed`, 'ed'], [`${base}ing`, 'ing']);
  } else if (double) {
    forms.push([`${base}s`, 's'], [`${base}${last}ed`, 'ed'], [`${base}${last}ing`, 'ing']);
  } else {
    forms.push([`${base}s`, 's'], [`${base}ed`, 'ed'], [`${base}ing`, 'ing']);
  }
  const irregular = IRREGULAR_PAST[base];
  if (irregular !== undefined) {
    const kept = forms.filter(([, f]) => f !== 'ed');
    return { base, forms: [...kept, ...irregular.map((p): [string, CueEntry['form']] => [p, 'ed'])] };
  }
  return { base, forms };
}

// Later lists do not override earlier ones: speech first, then belief, then stance.
for (const [kind, bases] of [['speech', SPEECH_BASES], ['belief', BELIEF_BASES], ['stance', STANCE_BASES]] as const) {
  for (const spec of bases) {
    const { base, forms } = inflect(spec);
    for (const [word, form] of forms) {
      if (!KINDS.has(word)) KINDS.set(word, kind);
      if (!VERB_FORMS.has(word)) VERB_FORMS.set(word, { kind, base, form });
      if ((form === 'base' || form === 's') && NOUNISH_BASES.has(base)) continue;
      if (!CUES.has(word)) CUES.set(word, { kind, base, form });
    }
  }
}
for (const spec of PARTICLE_ONLY_BASES) {
  const { base, forms } = inflect(spec);
  for (const [word, form] of forms) if (!CUES.has(word)) CUES.set(word, { kind: 'stance', base, form });
}
const PARTICLE_ONLY = new Set(PARTICLE_ONLY_BASES.map((spec) => spec.replace('+', '')));

/** The cue entry of a lower-case word ("praised" -> stance, base "praise", past), or undefined. */
export function cueEntry(lower: string): CueEntry | undefined {
  return CUES.get(lower);
}

/** The cue entry of a lower-case word, nounish forms too ("support", "calls"), or undefined. */
export function verbEntry(lower: string): CueEntry | undefined {
  return VERB_FORMS.get(lower);
}

/** What a cue word reports (speech, belief, stance), nounish forms included; undefined for other words. */
export function cueKind(lower: string): CueKind | undefined {
  return KINDS.get(lower);
}

/** The cue needs its particle to be a cue ("talked about"). */
export function needsParticle(base: string): boolean {
  return PARTICLE_ONLY.has(base);
}

/** The particle after a cue that belongs to it, if `next` is one. */
export function isCueParticle(base: string, next: string): boolean {
  return CUE_PARTICLES[base]?.has(next) ?? false;
}

/**
 * Verbs by which a thing, not only a person, reports ("the findings underscore", "the decision
 * threatens", "their experience shows"): PolNeAR marks such things as sources, so these cues keep a
 * party that names no one.
 */
const EVIDENCE_BASES = new Set([
  'show', 'suggest', 'indicate', 'prove', 'demonstrate', 'reveal', 'confirm', 'underscore', 'highlight', 'signal', 'hint',
  'point', 'find', 'reflect', 'illustrate', 'tell', 'predict', 'estimate', 'project', 'forecast', 'capture', 'threaten',
  'mean', 'imply', 'echo', 'include', 'list', 'cite', 'note', 'report', 'state', 'read', 'say', 'conclude', 'recommend',
  'call', 'warn', 'describe', 'claim', 'allege', 'argue', 'question', 'challenge',
]);

/** The word is a cue a thing may be the source of ("shows", "underscored", "warns"). */
export function isEvidenceCue(lower: string): boolean {
  const base = (cueEntry(lower) ?? verbEntry(lower))?.base ?? (lower === 'said' || lower === 'says' ? 'say' : undefined);
  return base !== undefined && EVIDENCE_BASES.has(base);
}
