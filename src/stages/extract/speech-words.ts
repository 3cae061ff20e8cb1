/**
 * Word classes for reading who says what: speech, belief and claim cues, audiences and channels, routine
 * sources, pronouns, and the words that may sit inside a party's noun phrase. General English, no story.
 */
// ---------------------------------------------------------------------------------------------------
// Speech and attribution.

/** Speech and reporting verbs that attribute a statement to a party, as written. */
export const SPEECH_CUES = new Set([
  'said', 'says', 'say', 'told', 'tells', 'wrote', 'writes', 'added', 'adds', 'stated', 'states', 'declared',
  'announced', 'announces', 'explained', 'noted', 'notes', 'continued', 'insisted', 'insists', 'claimed', 'claims',
  'alleged', 'alleges', 'asserted', 'asserts', 'argued', 'argues', 'warned', 'warns', 'urged', 'posted', 'tweeted',
  'asked', 'replied', 'responded', 'recalled', 'remarked', 'acknowledged', 'admitted', 'admits', 'confirmed',
  'confirms', 'reported', 'reports', 'cautioned', 'emphasized', 'emphasised', 'stressed', 'conceded', 'vowed',
  'promised', 'predicted', 'estimated', 'estimates', 'suggested', 'concluded', 'shouted', 'yelled', 'screamed',
  'whispered', 'testified', 'countered', 'complained', 'lamented', 'observed', 'commented', 'denied', 'denies',
  'revealed', 'indicated', 'recounted', 'described', 'added', 'tweets', 'announce', 'wrote', 'reiterated', 'told',
]);

/**
 * Cues of attribution beyond speech, as attribution corpora annotate them (PARC, PolNeAR): belief and
 * evidence verbs ("voters think ...", "the poll shows ...") and present participles of speech verbs
 * (", saying ...", "and adding that ..."), whose party is the subject of the main clause.
 */
export const BELIEF_CUES = new Set([
  'think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'show', 'shows', 'showed', 'found', 'finds',
  'suggest', 'suggests', 'argue', 'expect', 'expects', 'hope', 'hopes', 'hoped', 'fear', 'fears', 'feared', 'worry',
  'worries', 'know', 'knows', 'knew', 'agree', 'agrees', 'agreed', 'acknowledge', 'acknowledges', 'contend', 'contends',
  'contended', 'maintain', 'maintains', 'maintained', 'predict', 'predicts', 'indicate', 'indicates', 'explain',
  'explains', 'add', 'note', 'write', 'tell', 'warn', 'insist', 'deny', 'admit', 'announce', 'report', 'confirm',
]);
export const PARTICIPLE_CUES = new Set([
  'saying', 'adding', 'noting', 'arguing', 'telling', 'explaining', 'insisting', 'warning', 'claiming', 'asking',
  'writing', 'suggesting', 'declaring', 'stating', 'stressing', 'acknowledging', 'announcing', 'calling', 'urging',
  'promising', 'predicting', 'complaining', 'asserting', 'contending', 'recalling', 'reporting', 'tweeting',
]);

/** Cues that make the statement a party's assertion rather than a sourced figure. */
export const CLAIM_CUES = new Set(['claimed', 'claims', 'claim', 'alleged', 'alleges', 'asserted', 'asserts', 'insisted', 'insists']);

/** The object of "told" that is an audience, not a channel ("told reporters"). */
export const AUDIENCE_WORDS = new Set(['reporters', 'journalists', 'media', 'press', 'parliament', 'lawmakers', 'crowds', 'supporters']);

/**
 * Words in a party's name that mark routine sourcing of figures (officials, police, emergency services,
 * hospitals, coroners, rescuers): their figures are reported fact, not claims, unless quoted.
 */
export const ROUTINE_SOURCE_WORDS = new Set([
  'police', 'officials', 'official', 'authorities', 'authority', 'emergency', 'services', 'service', 'rescuers',
  'rescue', 'firefighters', 'fire', 'hospital', 'hospitals', 'coroner', "coroner's", 'examiner', 'paramedics',
  'ambulance', 'governor', 'mayor', 'sheriff', "sheriff's", 'doctors', 'medics', 'prosecutor', 'prosecutors',
  'morgue', 'firefighter', 'paramedic', 'responders', 'coast', 'guard', 'troopers', 'trooper',
]);

/** Words in a party's name that make it a belligerent or partisan party: never routine sourcing. */
export const PARTISAN_WORDS = new Set([
  'military', 'army', 'defence', 'defense', 'armed', 'forces', 'militants', 'militant', 'group', 'rebels', 'rebel',
  'insurgents', 'troops', 'command', 'kremlin', 'navy', 'militia', 'fighters', 'campaign', 'party', 'opposition',
  'commander', 'commanders', 'war',
]);

/** Pronouns that can stand for a speaker. */
export const PERSON_PRONOUNS = new Set(['he', 'she']);
export const GROUP_PRONOUNS = new Set(['they', 'it', 'we']);

/** Adverbs and auxiliaries that may stand between a party and its cue ("police later said"). */
export const CUE_ADVERBS = new Set([
  'also', 'later', 'has', 'have', 'had', 'previously', 'earlier', 'reportedly', 'would', 'separately', 'further',
  'initially', 'then', 'officially', 'publicly', 'repeatedly', 'first', 'again', 'subsequently', 'quickly', 'had',
  'has', 'since', 'had', 'did', 'does', 'do', 'not', 'never', 'once', 'simply',
]);

/** Be-auxiliaries: a cue after one is passive ("were reported killed", "is said to"), not an attribution. */
export const BE_AUX = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', "'s"]);

/** Words that may sit inside a party's noun phrase though they are lower-case function words. */
export const NP_CONNECTORS = new Set(['of', 'for', 'at', 'in', 'from', 'the', 'a', 'an', 'and', 'on', "'s"]);
export const NP_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'local', 'several', 'two', 'three']);

/** Channel nouns after "in a"/"at a" ("in a statement", "at a news conference"). */
export const CHANNEL_NOUNS = new Set([
  'statement', 'statements', 'address', 'interview', 'post', 'posts', 'video', 'briefing', 'conference', 'speech',
  'message', 'tweet', 'broadcast', 'remarks', 'letter', 'email', 'release', 'appearance', 'report', 'update',
  'telegram', 'media', 'television', 'radio', 'podcast', 'call', 'comments', 'note', 'bulletin', 'announcement',
  'newsletter', 'hearing', 'meeting', 'rally', 'summit',
]);
