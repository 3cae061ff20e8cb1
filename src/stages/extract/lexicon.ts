/**
 * Small general lexicons of English news reporting, shared by the extract modules: number words,
 * qualifiers, casualty measures, counted subjects, speech cues, titles and name cues. Nothing here names
 * a story: these are word classes, not gazetteers. The one larger resource is compromise's built-in
 * English lexicon (about 24,000 words with their part of speech, first names, countries, cities), read
 * as a plain lookup table (`lexiconTag`), which costs one hash lookup and none of compromise's tagger.
 */
import nlp from 'compromise';
import type { Qualifier } from '../../model/schemas.js';

// ---------------------------------------------------------------------------------------------------
// compromise's lexicon, as a lookup table.

const COMPROMISE_LEXICON: Record<string, string | string[]> = (nlp as unknown as {
  model(): { one: { lexicon: Record<string, string | string[]> } };
}).model().one.lexicon;

/** The tags compromise's lexicon gives a lower-case word or phrase ("kyiv" -> ["City"]), else []. */
function lexiconTags(lower: string): readonly string[] {
  const tag = Object.prototype.hasOwnProperty.call(COMPROMISE_LEXICON, lower) ? COMPROMISE_LEXICON[lower] : undefined;
  if (tag === undefined) return NO_TAGS;
  return typeof tag === 'string' ? [tag] : tag;
}
const NO_TAGS: readonly string[] = Object.freeze([]);

const PROPER_TAGS = new Set([
  'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Country', 'City', 'Region', 'Place', 'ProperNoun',
  'Organization', 'SportsTeam',
]);
const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Modal', 'Copula', 'Participle', 'Auxiliary']);
const FUNCTION_TAGS = new Set([
  'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'QuestionWord', 'Adverb', 'Reflexive', 'Expression', 'Modal',
]);

/** The lexicon knows the word as a name of a person, place or organisation. */
export function isLexiconProper(lower: string): boolean {
  return lexiconTags(lower).some((t) => PROPER_TAGS.has(t));
}

/** The lexicon knows the word as an ordinary (not proper) word: a capitalised sentence opener, not a name. */
export function isLexiconCommon(lower: string): boolean {
  const tags = lexiconTags(lower);
  return tags.length > 0 && !tags.some((t) => PROPER_TAGS.has(t));
}

export function isLexiconVerb(lower: string): boolean {
  return lexiconTags(lower).some((t) => VERB_TAGS.has(t));
}

export function isLexiconFunctionWord(lower: string): boolean {
  return lexiconTags(lower).some((t) => FUNCTION_TAGS.has(t));
}

/** What kind of place the lexicon knows a lower-case name as ("ohio" → region, "denver" → city), else null. */
export function lexiconPlaceKind(lower: string): 'city' | 'region' | 'country' | null {
  const tags = lexiconTags(lower);
  return tags.includes('City') ? 'city' : tags.includes('Region') ? 'region' : tags.includes('Country') ? 'country' : null;
}

/** The type the lexicon suggests for a name (whole phrase first, then its first and last word). */
export function lexiconEntityType(words: string[]): 'person' | 'place' | 'organization' | null {
  const phrase = words.join(' ').toLowerCase();
  const direct = typeOfTags(lexiconTags(phrase), words.length);
  if (direct !== null) return direct;
  if (words.length >= 2) {
    const first = lexiconTags(words[0].toLowerCase());
    if (first.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName')) return 'person';
    const last = lexiconTags(words[words.length - 1].toLowerCase());
    if (last.includes('LastName')) return 'person';
  }
  return null;
}

function typeOfTags(tags: readonly string[], wordCount: number): 'person' | 'place' | 'organization' | null {
  if (tags.some((t) => t === 'Country' || t === 'City' || t === 'Region' || t === 'Place')) return 'place';
  if (tags.some((t) => t === 'Organization' || t === 'SportsTeam')) return 'organization';
  if (tags.some((t) => t === 'LastName' || t === 'Person')) return 'person';
  // A bare first name on its own is a person only in a name of two or more words.
  if (wordCount >= 2 && tags.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName')) return 'person';
  return null;
}

export function isDemonym(lower: string): boolean {
  return lexiconTags(lower).includes('Demonym');
}

// ---------------------------------------------------------------------------------------------------
// Tokenizer support.

/** Words whose following period belongs to them ("Mr.", "Gen.", "Jan."), so it does not end a name. */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'fr', 'sr', 'jr', 'st', 'gen', 'col', 'capt', 'lt', 'sgt', 'cpl', 'pvt', 'maj',
  'adm', 'cmdr', 'det', 'insp', 'supt', 'sen', 'rep', 'gov', 'pres', 'atty', 'hon', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'nos', 'inc', 'corp', 'ltd', 'co', 'vs', 'approx', 'est',
  'ave', 'blvd', 'rd', 'mt', 'ft', 'dept', 'univ',
]);

// ---------------------------------------------------------------------------------------------------
// Numbers.

export const UNIT_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
export const TENS_WORDS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
export const SCALE_WORDS: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

/** Quantities too vague to be a count value ("dozens of people"); they still mark a noun phrase. */
const VAGUE_QUANTITIES = new Set([
  'dozens', 'hundreds', 'thousands', 'millions', 'scores', 'several', 'many', 'numerous', 'multiple', 'few', 'some',
  'countless', 'tens',
]);

/**
 * Qualifier phrases that may precede a number, longest first so "no fewer than" wins over "fewer than".
 * `null` marks a phrase that is consumed but adds nothing ("a total of", "only").
 */
export const QUALIFIER_PHRASES: ReadonlyArray<readonly [string[], Qualifier | null]> = [
  [['no', 'fewer', 'than'], 'at least'], [['no', 'less', 'than'], 'at least'], [['not', 'less', 'than'], 'at least'],
  [['no', 'more', 'than'], 'at most'], [['not', 'more', 'than'], 'at most'], [['a', 'maximum', 'of'], 'at most'],
  [['a', 'minimum', 'of'], 'at least'], [['in', 'excess', 'of'], 'more than'], [['as', 'many', 'as'], 'up to'],
  [['a', 'total', 'of'], null], [['an', 'estimated'], 'about'], [['at', 'least'], 'at least'], [['at', 'most'], 'at most'],
  [['more', 'than'], 'more than'], [['upwards', 'of'], 'more than'], [['well', 'over'], 'more than'],
  [['just', 'over'], 'more than'], [['just', 'under'], 'nearly'], [['close', 'to'], 'nearly'], [['up', 'to'], 'up to'],
  [['fewer', 'than'], 'fewer than'], [['less', 'than'], 'fewer than'], [['over'], 'more than'], [['above'], 'more than'],
  [['about'], 'about'], [['around'], 'about'], [['roughly'], 'about'], [['some'], 'about'], [['approximately'], 'about'],
  [['approx.'], 'about'], [['estimated'], 'about'], [['circa'], 'about'], [['nearly'], 'nearly'], [['almost'], 'nearly'],
  [['under'], 'fewer than'], [['only'], null],
];

/** Words before a number that make it an increment, not a total ("another five people died"). */
export const INCREMENT_WORDS = new Set(['another', 'additional', 'further', 'more', 'extra', 'other']);

/** Words after a number that make it a measurement, a duration or a time, never a count of people or things. */
export const UNIT_NOUNS = new Set([
  'year', 'years', 'yr', 'yrs', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'hr', 'hrs', 'minute',
  'minutes', 'min', 'mins', 'second', 'seconds', 'decade', 'decades', 'century', 'centuries', 'night', 'nights',
  'km', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'mile', 'miles', 'metre', 'metres', 'meter', 'meters',
  'm', 'cm', 'mm', 'foot', 'feet', 'ft', 'inch', 'inches', 'yard', 'yards', 'kg', 'kilograms', 'kilogram', 'lb', 'lbs',
  'ton', 'tons', 'tonne', 'tonnes', 'mph', 'kph', 'degrees', 'degree', 'acre', 'acres', 'hectare', 'hectares', 'square',
  'storey', 'storeys', 'story', 'stories', 'floor', 'floors', 'times', 'am', 'pm', 'a.m.', 'p.m.', "o'clock", 'percent',
  'per', 'pc', 'percentage', 'points', 'point', 'litres', 'liters', 'gallons', 'calibre', 'caliber', 'mm', 'gb',
  'dollars', 'dollar', 'euros', 'euro', 'pounds', 'pound', 'cents', 'pence', 'rubles', 'roubles', 'yuan', 'yen',
  'rupees', 'hryvnias', 'hryvnia', 'francs', 'usd', 'eur', 'gbp', 'block', 'blocks', 'th', 'st', 'nd', 'rd',
]);

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'jan',
  'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

export const CURRENCY_SYMBOLS = new Set(['$', '€', '£', '¥', '₴', '₽', '₹']);

/** Words after which a number is an age ("aged 33"), an identifier ("No. 5") or a rank. */
export const NUMBER_BLOCKERS_BEFORE = new Set(['aged', 'age', 'ages', 'no.', 'nos.', 'number', '#', 'route', 'flight', 'page']);

/** Address suffixes: a number before "<Name> Street" is a house number. */
export const STREET_SUFFIXES = new Set([
  'street', 'st', 'st.', 'avenue', 'ave', 'ave.', 'road', 'rd', 'rd.', 'boulevard', 'blvd', 'blvd.', 'lane', 'ln',
  'drive', 'dr', 'dr.', 'way', 'court', 'ct', 'place', 'pl', 'terrace', 'highway', 'hwy', 'parkway', 'pkwy', 'circle',
]);

// ---------------------------------------------------------------------------------------------------
// Measures: what happened to the counted people or things.

/**
 * What happened to the counted people or things. Beyond the usual classes, "shot" (shot, fate not said:
 * "four people were shot") and "casualties" (killed or injured) are kept apart rather than guessed.
 */
export type Measure =
  | 'killed' | 'injured' | 'hospitalized' | 'missing' | 'displaced' | 'arrested' | 'evacuated' | 'damaged' | 'destroyed'
  | 'rescued' | 'casualties' | 'shot';

/**
 * Measure words that follow the counted noun phrase, directly ("14 dead", "five civilian deaths", "50 injured")
 * or after an auxiliary ("14 people were killed", "two remain missing"). Passive participles, adjectives,
 * intransitive verbs and measure nouns.
 */
export const MEASURE_AFTER: Record<string, Measure> = {
  killed: 'killed', dead: 'killed', died: 'killed', die: 'killed', dies: 'killed', perished: 'killed', deaths: 'killed',
  death: 'killed', fatalities: 'killed', fatality: 'killed', slain: 'killed', murdered: 'killed', bodies: 'killed',
  deceased: 'killed', drowned: 'killed',
  injured: 'injured', wounded: 'injured', hurt: 'injured', injuries: 'injured', injury: 'injured',
  hospitalized: 'hospitalized', hospitalised: 'hospitalized', hospitalizations: 'hospitalized',
  hospitalisations: 'hospitalized',
  missing: 'missing', unaccounted: 'missing',
  displaced: 'displaced', homeless: 'displaced',
  arrested: 'arrested', detained: 'arrested', arrests: 'arrested',
  evacuated: 'evacuated', evacuees: 'evacuated', evacuations: 'evacuated',
  damaged: 'damaged', destroyed: 'destroyed',
  rescued: 'rescued', saved: 'rescued',
  casualties: 'casualties',
};

/** Measure verbs that precede the counted noun phrase ("killing at least four people", "wounded 50"). */
export const MEASURE_BEFORE: Record<string, Measure> = {
  killed: 'killed', killing: 'killed', kill: 'killed', kills: 'killed', murdered: 'killed', murdering: 'killed',
  injured: 'injured', injuring: 'injured', injure: 'injured', injures: 'injured', wounded: 'injured', wounding: 'injured',
  wounds: 'injured', wound: 'injured', hurting: 'injured',
  hospitalized: 'hospitalized', hospitalised: 'hospitalized', hospitalizing: 'hospitalized',
  displaced: 'displaced', displacing: 'displaced',
  arrested: 'arrested', arresting: 'arrested', arrests: 'arrested', detained: 'arrested', detaining: 'arrested',
  evacuated: 'evacuated', evacuating: 'evacuated', evacuate: 'evacuated',
  damaged: 'damaged', damaging: 'damaged', damages: 'damaged', destroyed: 'destroyed', destroying: 'destroyed',
  rescued: 'rescued', rescuing: 'rescued', saved: 'rescued', shot: 'shot', shooting: 'shot',
};

/** Measure nouns joined to the number by "of" or "to" ("the deaths of 14 people", "damage to 30 cars"). */
export const MEASURE_NOUN_OF: Record<string, Measure> = {
  deaths: 'killed', death: 'killed', bodies: 'killed', lives: 'killed', killing: 'killed', killings: 'killed',
  slayings: 'killed', slaying: 'killed', murders: 'killed', murder: 'killed', shootings: 'shot', shooting: 'shot',
  injuries: 'injured', injury: 'injured', damage: 'damaged', evacuation: 'evacuated', arrest: 'arrested',
  arrests: 'arrested', detention: 'arrested', rescue: 'rescued', disappearance: 'missing', destruction: 'destroyed',
  hospitalization: 'hospitalized', hospitalisation: 'hospitalized', displacement: 'displaced',
};

/** Words that may stand between a toll ("the death toll") and its number ("has risen to", "stands at"). */
export const TOLL_LINKS = new Set([
  'rose', 'risen', 'rising', 'rises', 'climbed', 'climbs', 'climbing', 'increased', 'increases', 'jumped', 'reached',
  'reaches', 'hit', 'hits', 'grew', 'grown', 'stands', 'stood', 'stand', 'stood', 'is', 'was', 'has', 'had', 'have',
  'now', 'to', 'at', 'of', 'further', 'since', 'went', 'gone', 'up', 'already', 'been', 'officially', 'reportedly',
  'so', 'far', 'reached', 'remains', 'remained',
]);

/** Auxiliaries and adverbs between a counted noun phrase and its measure ("were later confirmed dead"). */
export const MEASURE_AUX = new Set([
  'were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'being', 'be', 'reportedly', 'also', 'all', 'both', 'later',
  'since', 'still', 'now', 'confirmed', 'believed', 'feared', 'presumed', 'reported', 'left', 'remain', 'remained',
  'remains', 'got', 'officially', 'allegedly', 'initially', 'to', 'either', 'each', 'seriously', 'critically',
  'severely', 'slightly', 'badly', 'fatally', 'mortally', 'been', 'listed', 'declared', 'pronounced', 'taken', 'treated',
  'being', 'who', 'that', 'were', 'found', 'already', 'then', 'subsequently', 'eventually', 'previously', 'originally',
]);

/** Adverbs that turn an injury into a death ("fatally wounded", "mortally injured"). */
export const FATAL_ADVERBS = new Set(['fatally', 'mortally']);

/** Modal words that make a measure hypothetical ("could have killed 100 people"). */
export const MODALS = new Set(['could', 'would', 'might', 'may', 'should', 'can', 'will']);

/** Determiners and quantifiers that open an object noun phrase: after "killed" they make it active. */
export const OBJECT_OPENERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'him',
  'them', 'himself', 'herself', 'themselves', 'itself', 'me', 'us', 'you', 'someone', 'somebody', 'everyone',
  ...VAGUE_QUANTITIES,
]);

// ---------------------------------------------------------------------------------------------------
// Subjects: who or what is counted.

/** Counted nouns, normalised to a plural lower-case form. */
export const SUBJECT_NOUNS: Record<string, string> = {
  people: 'people', person: 'people', persons: 'people', individuals: 'people', individual: 'people', others: 'people',
  lives: 'people', residents: 'residents', resident: 'residents', civilians: 'civilians', civilian: 'civilians',
  children: 'children', child: 'children', kids: 'children', kid: 'children', minors: 'children', minor: 'children',
  babies: 'children', baby: 'children', infants: 'children', infant: 'children', toddlers: 'children',
  teenagers: 'teenagers', teenager: 'teenagers', teens: 'teenagers', teen: 'teenagers', youths: 'teenagers',
  adults: 'adults', adult: 'adults', women: 'women', woman: 'women', men: 'men', man: 'men', boys: 'boys', boy: 'boys',
  girls: 'girls', girl: 'girls', students: 'students', student: 'students', pupils: 'students', pupil: 'students',
  soldiers: 'soldiers', soldier: 'soldiers', troops: 'soldiers', servicemen: 'servicemen', serviceman: 'servicemen',
  servicemembers: 'servicemen', marines: 'soldiers', sailors: 'sailors', airmen: 'soldiers',
  officers: 'officers', officer: 'officers', policemen: 'police officers', policeman: 'police officers',
  firefighters: 'firefighters', firefighter: 'firefighters', rescuers: 'rescuers', rescuer: 'rescuers',
  paramedics: 'paramedics', medics: 'medics', doctors: 'doctors', nurses: 'nurses', workers: 'workers',
  worker: 'workers', employees: 'employees', employee: 'employees', staff: 'employees', passengers: 'passengers',
  passenger: 'passengers', pedestrians: 'pedestrians', pedestrian: 'pedestrians', victims: 'victims', victim: 'victims',
  patients: 'patients', patient: 'patients', suspects: 'suspects', suspect: 'suspects', fighters: 'fighters',
  militants: 'militants', militant: 'militants', rebels: 'rebels', insurgents: 'insurgents', gunmen: 'gunmen',
  gunman: 'gunmen', attackers: 'attackers', migrants: 'migrants', refugees: 'refugees', journalists: 'journalists',
  journalist: 'journalists', reporters: 'journalists', miners: 'miners', tourists: 'tourists', hostages: 'hostages',
  prisoners: 'prisoners', inmates: 'inmates', detainees: 'detainees', guests: 'guests', worshippers: 'worshippers',
  worshipers: 'worshippers', protesters: 'protesters', protestors: 'protesters', demonstrators: 'protesters',
  bystanders: 'bystanders', shoppers: 'shoppers', spectators: 'spectators', fans: 'fans', crew: 'crew members',
  villagers: 'villagers', citizens: 'citizens', teachers: 'teachers', teacher: 'teachers', volunteers: 'volunteers',
  family: 'family members', relatives: 'relatives', survivors: 'survivors', occupants: 'occupants', drivers: 'drivers',
  driver: 'drivers', motorists: 'motorists', cyclists: 'cyclists', police: 'police officers', bystander: 'bystanders',
  males: 'men', male: 'men', females: 'women', female: 'women', juveniles: 'children', juvenile: 'children',
  customers: 'customers', customer: 'customers', clerk: 'workers', guard: 'guards', guards: 'guards',
  neighbor: 'neighbours', neighbour: 'neighbours', neighbors: 'neighbours', neighbours: 'neighbours',
  motorist: 'motorists', cyclist: 'cyclists', tourist: 'tourists', miner: 'miners', hostage: 'hostages',
  protester: 'protesters', prisoner: 'prisoners', inmate: 'inmates',
  // Things (for damaged, destroyed, evacuated).
  buildings: 'buildings', building: 'buildings', homes: 'homes', home: 'homes', houses: 'houses', house: 'houses',
  vehicles: 'vehicles', vehicle: 'vehicles', cars: 'cars', car: 'cars', apartments: 'apartments',
  apartment: 'apartments', flats: 'apartments', structures: 'structures', structure: 'structures',
  businesses: 'businesses', schools: 'schools', school: 'schools', shops: 'shops', stores: 'shops', trucks: 'trucks',
  buses: 'buses', dwellings: 'dwellings', properties: 'properties', facilities: 'facilities', boats: 'boats',
  aircraft: 'aircraft', planes: 'aircraft', hospitals: 'hospitals', churches: 'churches', bridges: 'bridges',
  blocks: 'blocks', households: 'households', families: 'families',
};

/** Singular counted nouns: "a man was killed" counts one. */
export const SINGULAR_SUBJECTS = new Set([
  'person', 'individual', 'resident', 'civilian', 'child', 'kid', 'minor', 'baby', 'infant', 'toddler', 'teenager',
  'teen', 'youth', 'adult', 'woman', 'man', 'boy', 'girl', 'student', 'pupil', 'soldier', 'serviceman', 'officer',
  'policeman', 'firefighter', 'rescuer', 'worker', 'employee', 'passenger', 'pedestrian', 'victim', 'patient',
  'suspect', 'gunman', 'journalist', 'bystander', 'male', 'female', 'juvenile', 'customer', 'clerk', 'guard',
  'neighbor', 'neighbour', 'driver', 'motorist', 'cyclist', 'tourist', 'miner', 'hostage', 'protester', 'prisoner',
  'inmate', 'teacher',
]);

/** Two-word subjects, keyed by their first word then second ("police officers", "apartment buildings"). */
export const SUBJECT_PAIRS: Record<string, Record<string, string>> = {
  police: { officers: 'police officers', officer: 'police officers' },
  service: { members: 'servicemen', member: 'servicemen' },
  crew: { members: 'crew members', member: 'crew members' },
  family: { members: 'family members', member: 'family members' },
  apartment: { buildings: 'apartment buildings', blocks: 'apartment buildings', building: 'apartment buildings' },
  residential: { buildings: 'residential buildings', building: 'residential buildings' },
  private: { houses: 'houses', homes: 'homes' },
  law: { enforcement: 'police officers' },
};

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

// ---------------------------------------------------------------------------------------------------
// Names.

/** Titles and honorifics that precede a person's name and are not part of it (compared lower-case, no period). */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'fr',
  'father', 'pastor', 'rabbi', 'imam', 'bishop', 'archbishop', 'cardinal', 'pope', 'president', 'vice', 'prime',
  'minister', 'secretary', 'chancellor', 'governor', 'gov', 'mayor', 'senator', 'sen', 'representative', 'rep',
  'congressman', 'congresswoman', 'judge', 'justice', 'chief', 'officer', 'detective', 'det', 'sergeant', 'sgt',
  'lieutenant', 'lt', 'captain', 'capt', 'colonel', 'col', 'general', 'gen', 'major', 'maj', 'admiral', 'adm',
  'commander', 'cmdr', 'deputy', 'sheriff', 'trooper', 'corporal', 'cpl', 'private', 'pvt', 'king', 'queen', 'prince',
  'princess', 'ambassador', 'commissioner', 'superintendent', 'supt', 'inspector', 'insp', 'constable', 'chairman',
  'chairwoman', 'chair', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'coroner', 'councillor', 'councilor',
  'councilman', 'councilwoman', 'alderman', 'attorney', 'prosecutor', 'premier', 'speaker', 'leader', 'head', 'envoy',
  'marshal', 'agent', 'sister', 'brother', 'dean', 'principal', 'coach', 'emir', 'ayatollah', 'patriarch', 'hon',
  'pres', 'atty', 'foreign', 'defence', 'defense', 'interior', 'health', 'finance', 'economy', 'energy', 'justice',
  'state', 'general', 'district', 'county', 'assistant', 'acting', 'former', 'senior', 'first', 'lady', 'crown',
  'supreme', 'mp', 'mep', 'ceo', 'chef', 'dr.',
]);

/** Titles that on their own open a person's name (modifiers like "foreign" or "state" only join one). */
export const HEAD_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'fr',
  'father', 'pastor', 'rabbi', 'imam', 'bishop', 'archbishop', 'cardinal', 'pope', 'president', 'minister', 'secretary',
  'chancellor', 'governor', 'gov', 'mayor', 'senator', 'sen', 'representative', 'rep', 'congressman', 'congresswoman',
  'judge', 'justice', 'chief', 'officer', 'detective', 'det', 'sergeant', 'sgt', 'lieutenant', 'lt', 'captain', 'capt',
  'colonel', 'col', 'general', 'gen', 'major', 'maj', 'admiral', 'adm', 'commander', 'cmdr', 'deputy', 'sheriff',
  'trooper', 'corporal', 'cpl', 'private', 'pvt', 'king', 'queen', 'prince', 'princess', 'ambassador', 'commissioner',
  'superintendent', 'supt', 'inspector', 'insp', 'constable', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman',
  'spokesperson', 'director', 'coroner', 'councillor', 'councilor', 'councilman', 'councilwoman', 'alderman',
  'attorney', 'prosecutor', 'premier', 'speaker', 'envoy', 'marshal', 'agent', 'emir', 'ayatollah', 'patriarch', 'hon',
  'pres', 'atty', 'mp', 'mep', 'ceo', 'coach', 'dean', 'principal',
]);

/** Lower-case role nouns that, right before a capitalised name, make it a person ("governor Jane Doe"). */
export const ROLE_NOUNS = new Set([
  'governor', 'minister', 'mayor', 'spokesman', 'spokeswoman', 'spokesperson', 'president', 'chairman', 'chairwoman',
  'head', 'chief', 'commander', 'officer', 'resident', 'witness', 'neighbour', 'neighbor', 'director', 'secretary',
  'prosecutor', 'sheriff', 'lawyer', 'attorney', 'official', 'leader', 'envoy', 'counterpart', 'analyst', 'professor',
  'survivor', 'victim', 'suspect', 'son', 'daughter', 'wife', 'husband', 'father', 'mother', 'brother', 'sister',
  'friend', 'colleague', 'teacher', 'student', 'owner', 'manager', 'pastor', 'doctor', 'nurse', 'captain', 'sergeant',
  'lieutenant', 'detective', 'coroner', 'judge', 'senator', 'lawmaker', 'activist', 'journalist', 'reporter',
  'correspondent', 'adviser', 'advisor', 'aide', 'ambassador', 'general', 'colonel', 'deputy', 'cousin', 'uncle',
  'aunt', 'grandmother', 'grandfather', 'boyfriend', 'girlfriend', 'partner', 'founder', 'executive', 'coach',
  'player', 'singer', 'actor', 'actress', 'artist', 'author', 'economist', 'expert', 'researcher', 'scientist',
  'historian', 'commissioner', 'superintendent', 'trooper', 'candidate', 'politician', 'diplomat', 'resident',
]);

/** Last words that make a capitalised name an organisation ("... Ministry", "... Police Department"). */
export const ORG_KEYWORDS = new Set([
  'ministry', 'department', 'dept.', 'agency', 'council', 'committee', 'commission', 'company', 'corp', 'corp.',
  'corporation', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'group', 'party', 'university', 'college', 'school', 'academy',
  'institute', 'hospital', 'clinic', 'army', 'navy', 'forces', 'force', 'guard', 'office', 'bureau', 'court',
  'church', 'union', 'association', 'foundation', 'society', 'league', 'federation', 'organization', 'organisation',
  'service', 'services', 'police', 'command', 'network', 'news', 'times', 'post', 'bank', 'airlines', 'airways',
  'authority', 'board', 'centre', 'center', 'parliament', 'assembly', 'congress', 'senate', 'cabinet', 'government',
  'administration', 'brigade', 'battalion', 'regiment', 'division', 'corps', 'unit', 'team', 'club', 'fund',
  'programme', 'program', 'museum', 'press', 'telegraph', 'journal', 'herald', 'tribune', 'gazette', 'broadcasting',
  'radio', 'television', 'tv', 'media', 'staff', 'council', 'directorate', 'inspectorate', 'prosecutor', "prosecutor's",
  'coalition', 'alliance', 'movement', 'front', 'sheriff', "sheriff's", 'patrol', 'industries', 'holdings', 'coroner',
  'examiner', 'rescue', 'stoppers', 'ambulance', 'gang', 'cartel', 'brigades', 'militia',
]);

/** Last words that make a capitalised name a place ("... County", "... Street"). */
export const PLACE_KEYWORDS = new Set([
  'city', 'county', 'street', 'st.', 'avenue', 'ave.', 'road', 'rd.', 'boulevard', 'blvd.', 'lane', 'drive', 'highway',
  'province', 'region', 'oblast', 'district', 'state', 'river', 'lake', 'island', 'islands', 'mountain', 'mountains',
  'mount', 'mt.', 'valley', 'bay', 'beach', 'park', 'square', 'bridge', 'village', 'town', 'township', 'airport',
  'station', 'harbor', 'harbour', 'port', 'coast', 'peninsula', 'sea', 'ocean', 'gulf', 'desert', 'forest', 'canyon',
  'strait', 'plaza', 'mall', 'heights', 'hills', 'springs', 'falls', 'borough', 'parish', 'territory', 'republic',
  'kingdom', 'emirates', 'krai', 'raion', 'canton', 'prefecture', 'governorate', 'neighbourhood', 'neighborhood',
  'ave', 'blvd', 'rd', 'dr', 'ln', 'ct', 'pkwy', 'hwy', 'expressway', 'freeway', 'turnpike', 'interstate', 'jail',
  'prison', 'base', 'camp', 'market', 'terrace', 'court', 'circle', 'trail', 'pike', 'alley', 'row', 'side',
]);

/** Compass words that open a place name ("South Side", "North Keeler", "West Bank"). */
export const COMPASS_WORDS = new Set([
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'far', 'upper', 'lower',
]);

/** Organisation keywords that may be followed by "of" inside a name ("Ministry of Defence", "University of X"). */
export const OF_HEADS = new Set([
  'ministry', 'department', 'university', 'bank', 'bureau', 'office', 'council', 'institute', 'church', 'republic',
  'kingdom', 'united', 'union', 'court', 'board', 'academy', 'college', 'school', 'commission', 'agency', 'committee',
  'federation', 'association', 'society', 'league', 'organization', 'organisation', 'centre', 'center', 'city', 'gulf',
  'isle', 'sea', 'bay', 'state', 'states', 'house', 'chamber', 'museum', 'port', 'strait', 'federal', 'secretary',
  'minister', 'county', 'town', 'village', 'district', 'province', 'region', 'tribunal', 'cabinet', 'army',
]);

/** Lower-case particles inside personal names ("Ursula von der Leyen", "Luiz Inácio da Silva"). */
export const NAME_PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'bin', 'bint', 'al', 'el', 'la', 'le', 'du', 'dos', 'das', 'ibn', 'ter', 'ten']);

/** Acronyms that name places, not organisations. */
export const PLACE_ACRONYMS = new Set(['US', 'U.S.', 'UK', 'U.K.', 'USA', 'U.S.A.', 'UAE', 'DRC', 'DPRK', 'PRC', 'ROK']);

/** All-capital words that are not names (shouting, units, time of day). */
export const NOT_ACRONYMS = new Set([
  'I', 'A', 'AM', 'PM', 'A.M.', 'P.M.', 'TV', 'OK', 'CEO', 'ID', 'DNA', 'GPS', 'USD', 'EUR', 'GBP', 'BREAKING', 'UPDATE',
  'WATCH', 'READ', 'MORE', 'LIVE', 'VIDEO', 'PHOTO', 'PHOTOS', 'NEW', 'THE', 'AND', 'OF', 'IN', 'ON', 'AT', 'TO',
  'KM', 'MPH', 'COVID', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XX', 'AI', 'FAQ', 'RIP', 'SOS',
]);

/**
 * Capitalised words that are never names, wherever they stand in a run of capitalised words: function
 * words, pronouns, weekdays, months and a few discourse words.
 */
export const NOT_NAMES = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their',
  'its', 'our', 'my', 'your', 'there', 'here', 'after', 'before', 'when', 'while', 'where', 'as', 'at', 'in', 'on', 'of',
  'for', 'from', 'by', 'with', 'but', 'and', 'or', 'if', 'so', 'yet', 'according', 'some', 'many', 'most', 'all',
  'several', 'both', 'each', 'every', 'no', 'not', 'meanwhile', 'however', 'also', 'earlier', 'later', 'today',
  'yesterday', 'tomorrow', 'tonight', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'during', 'since', 'until', 'despite', 'because', 'although', 'though', 'than', 'then', 'what', 'which',
  'who', 'whom', 'whose', 'why', 'how', 'will', 'would', 'could', 'should', 'can', 'might', 'must', 'do', 'does', 'did',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'just', 'even', 'only', 'still', 'now', 'thus',
  'instead', 'indeed', 'finally', 'such', 'any', 'much', 'very', 'please', 'thanks', 'yes', 'oh', 'ok', 'okay',
  'breaking', 'update', 'updated', 'read', 'watch', 'related', 'advertisement', 'video', 'photo', 'photos',
]);

/**
 * Common nouns and adjectives that, opening a sentence, are not the start of a name ("Police said",
 * "Emergency crews"). compromise's lexicon catches most other common words; this covers what it lacks.
 */
export const COMMON_OPENERS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'emergency', 'local', 'regional',
  'officials', 'police', 'authorities', 'witnesses', 'residents', 'rescuers', 'firefighters', 'doctors', 'people',
  'footage', 'images', 'reports', 'god', 'western', 'eastern', 'northern', 'southern', 'central', 'north', 'south',
  'east', 'west', 'new', 'state', 'federal', 'national', 'international', 'government', 'ministry', 'army',
  'parliament', 'council', 'city', 'county', 'district', 'region', 'province', 'department', 'court', 'hospital',
  'university', 'school', 'church', 'street', 'road', 'avenue', 'attack', 'strike', 'war', 'first', 'second', 'third',
  'last', 'next', 'other', 'another', 'same', 'few', 'well', 'more', 'investigators', 'prosecutors', 'survivors',
  'relatives', 'families', 'victims', 'neighbours', 'neighbors', 'students', 'teachers', 'soldiers', 'troops',
  'forces', 'military', 'security', 'rescue', 'fire', 'search', 'heavy', 'flooding', 'floods', 'storm', 'shooting',
]);

/** Prepositions after which a capitalised name is most likely a place ("in Springfield"): a vote for a place. */
export const STRONG_PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'into', 'toward', 'towards', 'inside']);
/** Locative prepositions that make a place the place of a count ("14 killed in Springfield"). */
export const COUNT_PLACE_PREPOSITIONS = new Set(['in', 'on', 'at', 'near', 'outside']);

/**
 * English function words: a sentence of eight or more words with none of these is not English (or not
 * prose) and is skipped, so other languages yield little and cost little.
 */
export const ENGLISH_FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'of', 'and', 'to', 'in', 'is', 'was', 'were', 'are', 'on', 'for', 'with', 'at', 'by', 'from',
  'that', 'this', 'it', 'he', 'she', 'they', 'said', 'has', 'have', 'had', 'be', 'been', 'not', 'as', 'or', 'but',
  'his', 'her', 'their', 'who', 'which', 'will', 'would', 'say', 'says', 'after', 'into', 'its', 'than', 'after',
]);
