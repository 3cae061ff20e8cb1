/**
 * Word classes for reading counts: number words, qualifiers ("at least"), what is not a count (units,
 * months, identifiers, street numbers), casualty measures and counted subjects. General English, no story.
 */
import type { Qualifier } from '../../model/schemas.js';

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
