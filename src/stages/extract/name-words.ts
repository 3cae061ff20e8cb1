/**
 * Word classes for reading names: abbreviations whose period is theirs, titles and role nouns, the last
 * words that make a name an organisation or a place, particles, acronyms, sentence openers that are not
 * names, and English function words. General English, no gazetteer.
 */

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
  // Pronouns and auxiliaries of speech and quotes ("…saved my father," he wrote): without them a quoted
  // sentence read as not English and its attribution was lost. Words other languages spell the same way
  // ("do", "no", "so", "me", "die") are left out.
  'i', 'my', 'we', 'our', 'you', 'your', 'him', 'them', 'what', 'when', 'where', 'how', 'can', 'could', 'should',
  'does', 'did', 'about', 'out', 'over', 'just', 'also', 'because', 'there', 'these', 'those', 'being',
]);
