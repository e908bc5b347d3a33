/** Currency signs and words, and the unit name a figure in them gets. */
export const CURRENCIES = {
  /** Signs written before the number ("$1.2bn", "€40 million"). */
  signs: {
    $: 'dollars',
    '€': 'euros',
    '£': 'pounds',
    '¥': 'yen',
    '₹': 'rupees',
    '₩': 'won',
    '₽': 'rubles',
  } as Record<string, string>,
  /** Currency codes and prefixes written before the number ("US$", "USD 40"). */
  codes: {
    us: 'dollars',
    usd: 'dollars',
    eur: 'euros',
    gbp: 'pounds',
    jpy: 'yen',
    cny: 'yuan',
    rub: 'rubles',
  } as Record<string, string>,
  /** Currency words after the number ("40 million euros"). */
  words: {
    dollar: 'dollars',
    dollars: 'dollars',
    euro: 'euros',
    euros: 'euros',
    pound: 'pounds',
    pounds: 'pounds',
    yen: 'yen',
    yuan: 'yuan',
    ruble: 'rubles',
    rubles: 'rubles',
    rouble: 'rubles',
    roubles: 'rubles',
    rupee: 'rupees',
    rupees: 'rupees',
    won: 'won',
    hryvnias: 'hryvnias',
    pesos: 'pesos',
  } as Record<string, string>,
};

/** Percent written after the number: "12%", "3.5 per cent", "12 percent", "two percentage points". */
export const PERCENT = {
  signs: ['%'],
  words: ['percent', 'pct'],
  /** Two-word forms, first word then second. */
  pairs: [['per', 'cent']],
} as const;

/** Points of a poll, lead or margin ("28 points", "a 24-point lead", "5 percentage points"). */
export const POINTS = {
  words: ['point', 'points'],
  prefix: 'percentage',
  unit: 'percentage points',
} as const;

/** Periods after money that make it a rate ("$15 an hour", "$2 million per week") and their markers. */
export const RATE = {
  periods: ['hour', 'day', 'week', 'month', 'year'],
  markers: ['a', 'an', 'per'],
} as const;

/** Measurement abbreviations after a number ("100m", "40 km", "5kg") and the unit name they give. */
export const MEASURES: Record<string, string> = {
  m: 'metres',
  km: 'kilometres',
  cm: 'centimetres',
  mm: 'millimetres',
  kg: 'kilograms',
  ft: 'feet',
  mi: 'miles',
  lb: 'lb',
  lbs: 'lb',
  mph: 'mph',
  kph: 'km/h',
  kw: 'kilowatts',
  mw: 'megawatts',
  gw: 'gigawatts',
  ha: 'hectares',
  sq: 'square',
  bpd: 'barrels a day',
};

/** Words standing for people when they head a subject ("the dead and wounded" counts people). */
export const PEOPLE_ADJECTIVES = [
  'dead',
  'wounded',
  'injured',
  'killed',
  'missing',
  'displaced',
  'homeless',
  'unemployed',
];

/** Verbs that move money, each to the participle its subject is written with ("raised $5 million" → "money raised"). */
export const MONEY_VERBS: Record<string, string> = {
  raise: 'raised',
  raised: 'raised',
  raises: 'raised',
  raising: 'raised',
  spend: 'spent',
  spent: 'spent',
  spends: 'spent',
  spending: 'spent',
  give: 'given',
  gave: 'given',
  given: 'given',
  gives: 'given',
  giving: 'given',
  donate: 'donated',
  donated: 'donated',
  donates: 'donated',
  donating: 'donated',
  contribute: 'contributed',
  contributed: 'contributed',
  contributes: 'contributed',
  contributing: 'contributed',
  collect: 'collected',
  collected: 'collected',
  collects: 'collected',
  collecting: 'collected',
  poured: 'poured',
  pour: 'poured',
  pouring: 'poured',
  took: 'taken',
  taking: 'taken',
  hauled: 'hauled',
  burning: 'spent',
  burned: 'spent',
  provided: 'provided',
  lent: 'lent',
  loaned: 'lent',
  used: 'used',
  using: 'used',
  invested: 'invested',
  received: 'received',
  receiving: 'received',
  handed: 'given',
  funneled: 'given',
  steered: 'given',
};

/** Words of a sentence that say what its points measure, first found wins ("her margin shrank to 8 points"). */
export const POINT_SUBJECTS: [string, string][] = [
  ['margin', 'margin'],
  ['lead', 'lead'],
  ['leads', 'lead'],
  ['led', 'lead'],
  ['leading', 'lead'],
  ['ahead', 'lead'],
  ['winning', 'lead'],
  ['won', 'lead'],
  ['beat', 'lead'],
  ['trailing', 'lead'],
  ['trails', 'lead'],
  ['trailed', 'lead'],
  ['behind', 'lead'],
  ['advantage', 'advantage'],
  ['edge', 'edge'],
  ['swing', 'swing'],
];

/** Participles that premodify a noun ("registered voters", "the remaining delegates"): no verb ends the phrase there. */
export const PREMODIFIER_PARTICIPLES = [
  'registered',
  'unregistered',
  'undecided',
  'committed',
  'uncommitted',
  'pledged',
  'unpledged',
  'educated',
  'married',
  'unmarried',
  'retired',
  'employed',
  'unemployed',
  'elected',
  'appointed',
  'uniformed',
  'armed',
  'decentralized',
  'damaged',
  'destroyed',
  'organized',
  'remaining',
  'leading',
  'existing',
  'working',
  'voting',
  'polling',
  'ruling',
  'governing',
  'nominating',
  'fundraising',
  'outstanding',
  'declared',
  'unaffiliated',
];

/** Words that make a bare count people harmed ("84 were killed", "killing 49", "200 wounded"). */
export const PEOPLE_VERBS: Record<string, string> = {
  killed: 'killed',
  killing: 'killed',
  dead: 'dead',
  died: 'dead',
  wounded: 'wounded',
  wounding: 'wounded',
  injured: 'injured',
  injuring: 'injured',
  hurt: 'hurt',
  hospitalized: 'hospitalized',
  arrested: 'arrested',
  evacuated: 'evacuated',
  displaced: 'displaced',
  missing: 'missing',
};

/** Verbs whose subject owns the count after them ("Rubio has 10", "Cruz won 52"). */
export const OWNER_VERBS = [
  'has',
  'have',
  'had',
  'won',
  'wins',
  'gained',
  'earned',
  'secured',
  'got',
  'gets',
  'received',
  'holds',
  'held',
];

/** Demonstratives read as determiners after "of" ("40 percent of that money"). */
export const DEMONSTRATIVES = ['that', 'this', 'these', 'those'];

/** Particles after a money verb ("took in", "burning through", "handed over"). */
export const MONEY_PARTICLES = ['in', 'through', 'over', 'out'];

/** Nouns that name a count rather than the thing counted: "the number of X", "a total of X". */
export const COUNT_NOUNS = ['number', 'total', 'count', 'tally', 'figure', 'sum', 'amount'];

/** Words after a number that mark it as a time, not a figure ("5 p.m.", "10 GMT"). */
export const TIME_WORDS = [
  'a.m.',
  'p.m.',
  'am',
  'pm',
  'a.m',
  'p.m',
  'gmt',
  'utc',
  'est',
  'edt',
  'bst',
  "o'clock",
  'o’clock',
];

/** Words before a number that make it part of a name or identifier ("No. 10", "Article 5", "Route 66"). */
export const IDENTIFIER_WORDS = [
  'no.',
  'nos.',
  'number',
  '#',
  'article',
  'section',
  'resolution',
  'route',
  'flight',
  'room',
  'chapter',
  'page',
  'paragraph',
  'clause',
  'amendment',
  'bill',
  'apollo',
  'boeing',
  'airbus',
  'model',
  'version',
  'level',
  'phase',
  'highway',
  'interstate',
  'gate',
  'platform',
  'unit',
  'building',
  'block',
  'lot',
  'case',
  'file',
  'code',
  'id',
  'ward',
  'district',
  'precinct',
  'division',
  'brigade',
  'battalion',
  'regiment',
  'corps',
  'squad',
  'team',
  'size',
];

/**
 * Words between a subject and its number ("the toll stood at 300", "put X at over 600,000",
 * "GDP shrank by 29.1 per cent"), besides the intransitive change verbs of the range data.
 */
export const SUBJECT_LINKS = [
  'at',
  'to',
  'of',
  'reached',
  'hit',
  'was',
  'is',
  'were',
  'are',
  'stood',
  'stands',
  'rose',
  'climbed',
  'fell',
  'dropped',
  'totaled',
  'totalled',
  'numbered',
  'topped',
  'exceeded',
  'surpassed',
  'worth',
  'cost',
  'now',
  'has',
  'had',
  'have',
  'been',
  'risen',
  'grown',
  'grew',
  'jumped',
  'reaching',
  'passed',
  'crossed',
  'by',
  'from',
  'remained',
  'remains',
  'reach',
  'reaches',
  'tops',
  'hits',
  'nears',
  'passes',
  'exceeds',
  'surpasses',
  'will',
  'would',
  'could',
  'may',
  'might',
];

/** Time nouns after "a"/"the" ("876 a week earlier") say when, not what was counted. */
export const TIME_NOUNS = ['day', 'week', 'month', 'year', 'decade', 'quarter', 'earlier', 'later', 'ago'];
