/**
 * The registry's hard cases: pairs of names, each in a short news text, that must or must not be
 * one entity. Written before tuning from the situations the issue names (namesakes, father and
 * son, spouses, city and government, an organisation named after a place, acronyms,
 * transliterations, look-alike letters) and the ones real coverage keeps producing. Every case runs
 * the shipped pipeline (tagger, in-article resolution, linker), so a case fails wherever the chain
 * breaks. Articles of one case share the story `s1` unless they say otherwise.
 */

/** Where one side of a pair is: the entity of `article` written `name`, or (no article) a bare name looked up. */
export interface CaseRef {
  article?: number;
  name: string;
}

export interface HardCase {
  name: string;
  articles: { text: string; story?: string }[];
  a: CaseRef;
  b: CaseRef;
  same: boolean;
}

const AUSTIN =
  'U.S. Secretary of Defense Lloyd J. Austin III said on Wednesday that North Korean troops were in Russia. Austin called it a very serious escalation.';
const ZELENSKY =
  'Ukrainian President Volodymyr Zelensky said on Monday that Russia was turning to North Korean troops. Zelensky spoke to reporters in Kyiv.';
const CSIS_BOTH =
  'Victor Cha, an expert at the Center for Strategic and International Studies (CSIS), said the deployment was a real partnership.';

const HEADLINE =
  'Obama Reverses Bush Rule on Endangered Species\nPresident Barack Obama on Tuesday reversed a rule that George W. Bush had put in place. Bush had said the rule was needed.';

const ACADEMY =
  'The Academy of Motion Picture Arts and Sciences said on Monday that the Academy Awards would be held on February 22 in Hollywood.';

export const HARD_CASES: HardCase[] = [
  // Countries: abbreviations, alternates, demonyms (gazetteer).
  {
    name: 'U.S. and the United States',
    articles: [
      { text: 'U.S. officials said the talks would resume. The U.S. did not comment further.' },
      { text: 'The United States said on Tuesday that it would send more aid to the region.' },
    ],
    a: { article: 0, name: 'U.S.' },
    b: { article: 1, name: 'United States' },
    same: true,
  },
  {
    name: 'USA and United States of America',
    articles: [
      { text: 'The USA beat Canada 3-1 in the final on Sunday in Toronto.' },
      { text: 'The United States of America signed the treaty in Geneva on Friday.' },
    ],
    a: { article: 0, name: 'USA' },
    b: { name: 'United States of America' },
    same: true,
  },
  {
    name: 'America and the U.S.',
    articles: [
      { text: 'America has long relied on its allies in Asia, the senator said in Seoul.' },
      { text: 'The U.S. Navy sent two ships to the area on Monday.' },
    ],
    a: { article: 0, name: 'America' },
    b: { name: 'U.S.' },
    same: true,
  },
  {
    name: '"American officials" as a claimant is the United States',
    articles: [{ text: 'The United States said on Tuesday that it would send more aid to the region.' }],
    a: { article: 0, name: 'United States' },
    b: { name: 'American officials' },
    same: true,
  },
  {
    name: '"U.S. intelligence" as a claimant is the United States',
    articles: [{ text: 'The U.S. said on Tuesday that the strike had failed.' }],
    a: { article: 0, name: 'U.S.' },
    b: { name: 'U.S. intelligence' },
    same: true,
  },
  {
    name: 'Britain and the United Kingdom',
    articles: [
      { text: 'Britain said it would send tanks to Ukraine, the defence ministry said in London.' },
      { text: 'The United Kingdom and France signed the agreement in Paris on Thursday.' },
    ],
    a: { article: 0, name: 'Britain' },
    b: { article: 1, name: 'United Kingdom' },
    same: true,
  },
  {
    name: 'North Korea and the DPRK',
    articles: [
      { text: 'North Korea fired a missile into the sea on Sunday, Seoul said.' },
      { text: 'The DPRK said the launch was a routine test of its defences.' },
    ],
    a: { article: 0, name: 'North Korea' },
    b: { article: 1, name: 'DPRK' },
    same: true,
  },
  {
    name: 'Russia and the Russian Federation',
    articles: [
      { text: 'Russia denied the reports on Thursday, calling them fabricated.' },
      { text: 'The Russian Federation rejected the proposal at the United Nations on Friday.' },
    ],
    a: { article: 0, name: 'Russia' },
    b: { article: 1, name: 'Russian Federation' },
    same: true,
  },
  {
    name: "Côte d'Ivoire and Ivory Coast",
    articles: [{ text: 'Ivory Coast will host the summit next year, officials said in Abidjan.' }],
    a: { article: 0, name: 'Ivory Coast' },
    b: { name: "Côte d'Ivoire" },
    same: true,
  },
  {
    name: 'South Korea is not North Korea',
    articles: [{ text: 'South Korea said North Korea had sent another 1,500 troops to Russia.' }],
    a: { article: 0, name: 'South Korea' },
    b: { article: 0, name: 'North Korea' },
    same: false,
  },
  {
    name: 'Sudan is not South Sudan',
    articles: [
      { text: 'Fighting spread across Sudan on Monday, aid groups said.' },
      { text: 'South Sudan closed its border on Tuesday as refugees arrived.' },
    ],
    a: { article: 0, name: 'Sudan' },
    b: { article: 1, name: 'South Sudan' },
    same: false,
  },
  {
    name: 'Austria is not Australia',
    articles: [
      { text: 'Austria will hold elections in September, the chancellor said in Vienna.' },
      { text: 'Australia will hold elections in May, the prime minister said in Canberra.' },
    ],
    a: { article: 0, name: 'Austria' },
    b: { article: 1, name: 'Australia' },
    same: false,
  },
  // Washington: the city, and the government it stands for.
  {
    name: 'Washington acting is the U.S. government',
    articles: [
      { text: 'Washington said on Friday that it would not accept the proposal, calling it a trap.' },
      { text: 'The United States said on Tuesday that it would send more aid to the region.' },
    ],
    a: { article: 0, name: 'Washington' },
    b: { article: 1, name: 'United States' },
    same: true,
  },
  {
    name: 'Washington the city is not Washington the government',
    articles: [
      { text: 'Thousands of people marched through Washington on Saturday to protest the war.' },
      { text: 'Washington said on Friday that it would not accept the proposal, calling it a trap.' },
    ],
    a: { article: 0, name: 'Washington' },
    b: { article: 1, name: 'Washington' },
    same: false,
  },
  {
    name: 'Washington the city is Washington, D.C.',
    articles: [
      { text: 'Thousands of people marched through Washington on Saturday to protest the war.' },
      { text: 'The march ended near the Capitol in Washington, D.C., late on Saturday.' },
    ],
    a: { article: 0, name: 'Washington' },
    b: { article: 1, name: 'Washington, D.C.' },
    same: true,
  },
  {
    name: 'Moscow acting is Russia',
    articles: [
      { text: 'Moscow said on Thursday that the reports were fabricated.' },
      { text: 'Russia denied the reports on Thursday, calling them fabricated.' },
    ],
    a: { article: 0, name: 'Moscow' },
    b: { article: 1, name: 'Russia' },
    same: true,
  },
  // Organisations named after places.
  {
    name: 'The Washington Post is not Washington',
    articles: [
      { text: 'The Washington Post reported on Sunday that the talks had stalled.' },
      { text: 'Thousands of people marched through Washington on Saturday to protest the war.' },
    ],
    a: { article: 0, name: 'Washington Post' },
    b: { article: 1, name: 'Washington' },
    same: false,
  },
  {
    name: 'Real Madrid is not Madrid',
    articles: [
      { text: 'Real Madrid beat Barcelona 2-1 on Sunday to go top of the league.' },
      { text: 'Thousands of people marched through Madrid on Saturday against the new law.' },
    ],
    a: { article: 0, name: 'Real Madrid' },
    b: { article: 1, name: 'Madrid' },
    same: false,
  },
  {
    name: 'Georgia Tech is not Georgia',
    articles: [
      { text: 'Georgia Tech announced a new research center on Monday, the university said.' },
      { text: 'Georgia will hold parliamentary elections in October, officials in Tbilisi said.' },
    ],
    a: { article: 0, name: 'Georgia Tech' },
    b: { article: 1, name: 'Georgia' },
    same: false,
  },
  {
    name: 'Philadelphia the team (the tagger reads “Philadelphia” of “Philadelphia 76ers”) is not the city',
    articles: [
      { text: 'The Philadelphia 76ers fired their coach on Saturday after a losing season.' },
      { text: 'Heavy snow closed schools across Philadelphia on Monday.' },
    ],
    a: { article: 0, name: 'Philadelphia' },
    b: { article: 1, name: 'Philadelphia' },
    same: false,
  },
  {
    name: 'Jordan the country is not Michael Jordan',
    articles: [
      { text: 'Jordan closed its airspace on Saturday, the government in Amman said.' },
      {
        text: 'Michael Jordan will be inducted into the hall of fame, the league said. Jordan won six titles.',
      },
    ],
    a: { article: 0, name: 'Jordan' },
    b: { article: 1, name: 'Michael Jordan' },
    same: false,
  },
  // Acronyms and their expansions.
  {
    name: 'CSIS alone joins the expansion an earlier article showed with it',
    articles: [
      { text: CSIS_BOTH },
      { text: 'Analysts at CSIS said on Thursday that the troops were being trained near Vladivostok.' },
    ],
    a: { article: 0, name: 'Center for Strategic and International Studies' },
    b: { article: 1, name: 'CSIS' },
    same: true,
  },
  {
    name: 'an acronym and its expansion seen apart are merged when a later article shows both',
    articles: [
      { text: 'Analysts at CSIS said on Thursday that the troops were being trained near Vladivostok.' },
      {
        text: 'The Center for Strategic and International Studies published the satellite images on Friday.',
      },
      { text: CSIS_BOTH },
    ],
    a: { article: 0, name: 'CSIS' },
    b: { article: 1, name: 'Center for Strategic and International Studies' },
    same: true,
  },
  {
    name: 'one acronym for two organisations: CSIS the Canadian spy agency is not the think tank',
    articles: [
      { text: CSIS_BOTH },
      {
        text: 'The Canadian Security Intelligence Service (CSIS) warned on Monday of foreign interference in Ottawa.',
        story: 's2',
      },
    ],
    a: { article: 0, name: 'Center for Strategic and International Studies' },
    b: { article: 1, name: 'Canadian Security Intelligence Service' },
    same: false,
  },
  {
    name: 'NATO and Nato',
    articles: [
      { text: 'NATO leaders met in Brussels on Tuesday to discuss the war.' },
      { text: 'Nato said on Wednesday that it would increase its forces in the east.' },
    ],
    a: { article: 0, name: 'NATO' },
    b: { article: 1, name: 'Nato' },
    same: true,
  },
  {
    name: 'the Kremlin and Kremlin (a leading article)',
    articles: [
      { text: 'The Kremlin has not commented on the reports, a spokesman said.' },
      { text: 'Kremlin spokesman Dmitry Peskov said on Friday that Russia would respond.' },
    ],
    a: { article: 0, name: 'Kremlin' },
    b: { article: 1, name: 'Kremlin' },
    same: true,
  },
  {
    name: "the Pentagon's and the Pentagon (a possessive)",
    articles: [
      { text: "The Pentagon's budget request was sent to Congress on Monday." },
      { text: 'The Pentagon said on Tuesday that the drills would continue.' },
    ],
    a: { article: 0, name: "Pentagon's" },
    b: { article: 1, name: 'Pentagon' },
    same: true,
  },
  // Transliterations and written variants of one person.
  {
    name: 'Zelensky and Zelenskyy',
    articles: [
      { text: ZELENSKY },
      { text: 'Ukrainian President Volodymyr Zelenskyy met the prime minister in London on Tuesday.' },
    ],
    a: { article: 0, name: 'Volodymyr Zelensky' },
    b: { article: 1, name: 'Volodymyr Zelenskyy' },
    same: true,
  },
  {
    name: 'Zelenskiy alone in the story of Volodymyr Zelensky',
    articles: [
      { text: ZELENSKY },
      { text: 'President Zelenskiy said on Tuesday that more air defence was needed.' },
    ],
    a: { article: 0, name: 'Volodymyr Zelensky' },
    b: { article: 1, name: 'Zelenskiy' },
    same: true,
  },
  {
    name: 'Kim Jong-un and Kim Jong Un',
    articles: [
      { text: 'North Korean leader Kim Jong-un inspected the missile launch on Sunday.' },
      { text: 'North Korean leader Kim Jong Un met the Russian president in Vladivostok.' },
    ],
    a: { article: 0, name: 'Kim Jong-un' },
    b: { article: 1, name: 'Kim Jong Un' },
    same: true,
  },
  {
    name: 'Lloyd J. Austin III and Lloyd Austin (an ordinal dropped)',
    articles: [
      { text: AUSTIN },
      { text: 'Defense Secretary Lloyd Austin arrived in Seoul on Thursday for talks.' },
    ],
    a: { article: 0, name: 'Lloyd J. Austin III' },
    b: { article: 1, name: 'Lloyd Austin' },
    same: true,
  },
  {
    name: 'Mr. Austin alone in the story of Lloyd J. Austin III',
    articles: [{ text: AUSTIN }, { text: 'Mr. Austin said on Tuesday that it was a serious escalation.' }],
    a: { article: 0, name: 'Lloyd J. Austin III' },
    b: { article: 1, name: 'Mr. Austin' },
    same: true,
  },
  {
    name: 'Austin the city in another story is not Lloyd Austin',
    articles: [
      { text: AUSTIN },
      { text: 'Floods closed roads across Austin, Texas, on Sunday, the city said.', story: 's2' },
    ],
    a: { article: 0, name: 'Lloyd J. Austin III' },
    b: { article: 1, name: 'Austin' },
    same: false,
  },
  {
    name: 'Dr. Sanjay Gupta and Sanjay Gupta',
    articles: [
      { text: 'CNN medical correspondent Dr. Sanjay Gupta said he had withdrawn his name.' },
      { text: 'Sanjay Gupta told reporters on Thursday that he wanted to stay at CNN.' },
    ],
    a: { article: 0, name: 'Sanjay Gupta' },
    b: { article: 1, name: 'Sanjay Gupta' },
    same: true,
  },
  {
    name: 'a surname alone joins the one full name of the story',
    articles: [
      { text: 'Ellen DeGeneres will host the Oscars next year, the Academy said on Friday.' },
      { text: 'DeGeneres said she was thrilled to be asked again.' },
    ],
    a: { article: 0, name: 'Ellen DeGeneres' },
    b: { article: 1, name: 'DeGeneres' },
    same: true,
  },
  {
    name: 'a team short name joins the one full team name of the story',
    articles: [
      { text: 'The San Diego Chargers beat the Denver Broncos 24-17 on Sunday.' },
      { text: 'The Chargers will play the Raiders next week in Oakland.' },
    ],
    a: { article: 0, name: 'San Diego Chargers' },
    b: { article: 1, name: 'Chargers' },
    same: true,
  },
  // Organisations: spelling variants of one name, and the name a one-word short form heads.
  {
    name: 'British and American spellings of one long name are one entity',
    articles: [
      { text: 'Ships sailing the Internationally Recognized Transit Corridor were warned on Monday.' },
      { text: 'Navies patrol the Internationally Recognised Transit Corridor off Somalia.' },
    ],
    a: { article: 0, name: 'Internationally Recognized Transit Corridor' },
    b: { article: 1, name: 'Internationally Recognised Transit Corridor' },
    same: true,
  },
  {
    name: '“the Academy” is the academy its name heads, not the Academy Awards',
    articles: [{ text: ACADEMY }, { text: 'The Academy said the host would be named within weeks.' }],
    a: { article: 0, name: 'Academy of Motion Picture Arts and Sciences' },
    b: { article: 1, name: 'Academy' },
    same: true,
  },
  {
    name: 'the Academy Awards are not the Academy',
    articles: [{ text: ACADEMY }, { text: 'The Academy said the host would be named within weeks.' }],
    a: { article: 0, name: 'Academy Awards' },
    b: { article: 1, name: 'Academy' },
    same: false,
  },
  {
    name: 'a name with its leading words as initials (INS Sukanya) is the written-out name',
    articles: [
      { text: 'The Indian Naval Ship Sukanya fought off pirates in the Gulf of Aden on Friday.' },
      { text: 'INS Sukanya was escorting merchant vessels when it was attacked, the navy said.' },
    ],
    a: { article: 0, name: 'Indian Naval Ship Sukanya' },
    b: { article: 1, name: 'INS Sukanya' },
    same: true,
  },
  {
    name: 'a one-word name heads the story’s one longer name (the Saints)',
    articles: [
      { text: 'The New Orleans Saints beat the Atlanta Falcons 31-27 on Sunday in New Orleans.' },
      { text: 'The Saints said on Monday that their quarterback would miss two weeks.' },
    ],
    a: { article: 0, name: 'New Orleans Saints' },
    b: { article: 1, name: 'Saints' },
    same: true,
  },
  {
    name: 'Barcelona the city is not FC Barcelona (a place never joins the club its name ends)',
    articles: [
      { text: 'FC Barcelona won the league title on Sunday with two games to spare.' },
      { text: 'Thousands of fans celebrated in the streets of Barcelona on Monday night.' },
    ],
    a: { article: 0, name: 'FC Barcelona' },
    b: { article: 1, name: 'Barcelona' },
    same: false,
  },
  // Short given names: a familiar short form is the full name it stands for, and only that one.
  {
    name: 'Mo Cheeks is Maurice Cheeks (a short given name)',
    articles: [
      { text: 'The Philadelphia 76ers fired coach Maurice Cheeks on Saturday after a 9-14 start.' },
      { text: 'Mo Cheeks said on Sunday that he had no regrets about his time in Philadelphia.' },
    ],
    a: { article: 0, name: 'Maurice Cheeks' },
    b: { article: 1, name: 'Mo Cheeks' },
    same: true,
  },
  {
    name: 'Lou Williams is Louis Williams',
    articles: [
      { text: 'Guard Louis Williams scored 20 points in the loss to Denver on Friday.' },
      { text: 'Lou Williams said the team had stopped believing in the coach.' },
    ],
    a: { article: 0, name: 'Louis Williams' },
    b: { article: 1, name: 'Lou Williams' },
    same: true,
  },
  {
    name: 'Patrick Ryan is not Patricia Ryan (one short form, two full names)',
    articles: [
      { text: 'Patrick Ryan, the company’s chairman, said profits rose in the third quarter.' },
      { text: 'Patricia Ryan, a board member, said on Tuesday that she would resign.' },
    ],
    a: { article: 0, name: 'Patrick Ryan' },
    b: { article: 1, name: 'Patricia Ryan' },
    same: false,
  },
  {
    name: 'Mike Ross is not Mark Ross (a short form of another name)',
    articles: [
      { text: 'Mark Ross, the mayor of the town, said the bridge would reopen on Monday.' },
      { text: 'Mike Ross, a local builder, said the repairs had cost more than planned.' },
    ],
    a: { article: 0, name: 'Mark Ross' },
    b: { article: 1, name: 'Mike Ross' },
    same: false,
  },
  {
    name: 'Promises Treatment Centre is the Promises Treatment Center (British spelling)',
    articles: [
      { text: 'She checked into the Promises Treatment Center in Malibu on Monday, her publicist said.' },
      { text: 'The actress left the Promises Treatment Centre on Friday after four days.' },
    ],
    a: { article: 0, name: 'Promises Treatment Center' },
    b: { article: 1, name: 'Promises Treatment Centre' },
    same: true,
  },
  // Father and son, spouses, siblings: one surname, different people.
  {
    name: 'Donald Trump is not Donald Trump Jr.',
    articles: [
      { text: 'Donald Trump Jr. spoke at the rally in Ohio on Saturday.' },
      { text: 'Donald Trump spoke at the rally in Ohio on Saturday.' },
    ],
    a: { article: 0, name: 'Donald Trump Jr.' },
    b: { article: 1, name: 'Donald Trump' },
    same: false,
  },
  {
    name: 'Donald Trump Jr. and Donald Trump in one article stay two people',
    articles: [
      { text: 'Donald Trump Jr. introduced his father, Donald Trump, at the rally in Ohio on Saturday.' },
    ],
    a: { article: 0, name: 'Donald Trump Jr.' },
    b: { article: 0, name: 'Donald Trump' },
    same: false,
  },
  {
    name: 'Ken Griffey Jr. is not Ken Griffey Sr.',
    articles: [
      { text: 'Ken Griffey Jr. was elected to the Hall of Fame on Wednesday.' },
      { text: 'Ken Griffey Sr. played for the Cincinnati Reds in the 1970s.' },
    ],
    a: { article: 0, name: 'Ken Griffey Jr.' },
    b: { article: 1, name: 'Ken Griffey Sr.' },
    same: false,
  },
  {
    name: 'Martin Luther King Jr. is not Martin Luther King III',
    articles: [
      { text: 'Martin Luther King Jr. delivered the speech in Washington in 1963.' },
      { text: 'Martin Luther King III spoke at the memorial on Monday.' },
    ],
    a: { article: 0, name: 'Martin Luther King Jr.' },
    b: { article: 1, name: 'Martin Luther King III' },
    same: false,
  },
  {
    name: 'George W. Bush is not George H. W. Bush',
    articles: [
      { text: 'George W. Bush spoke at the library in Dallas on Tuesday.' },
      { text: 'George H. W. Bush was president from 1989 to 1993.' },
    ],
    a: { article: 0, name: 'George W. Bush' },
    b: { article: 1, name: 'George H. W. Bush' },
    same: false,
  },
  {
    name: 'Bill Clinton is not Hillary Clinton (spouses)',
    articles: [
      { text: 'Bill Clinton campaigned in Iowa on Sunday.' },
      { text: 'On Sunday, Hillary Clinton campaigned in Iowa.' },
    ],
    a: { article: 0, name: 'Bill Clinton' },
    b: { article: 1, name: 'Hillary Clinton' },
    same: false,
  },
  {
    name: 'Clinton alone in a story with both Clintons joins neither',
    articles: [
      { text: 'Bill Clinton and Hillary Clinton campaigned in Iowa on Sunday.' },
      { text: 'Clinton told the crowd in Des Moines that the race was close.' },
    ],
    a: { article: 0, name: 'Bill Clinton' },
    b: { article: 1, name: 'Clinton' },
    same: false,
  },
  {
    name: 'Joe Biden is not Hunter Biden (father and son)',
    articles: [
      { text: 'President Joe Biden pardoned his son on Sunday.' },
      { text: 'Hunter Biden was convicted on three gun charges in June.' },
    ],
    a: { article: 0, name: 'Joe Biden' },
    b: { article: 1, name: 'Hunter Biden' },
    same: false,
  },
  {
    name: 'Kim alone with two Kims in the story joins neither',
    articles: [
      { text: 'Kim Jong-un and his sister Kim Yo-jong attended the parade in Pyongyang.' },
      { text: 'North Korean leader Kim waved to the crowd from the balcony.' },
    ],
    a: { article: 0, name: 'Kim Jong-un' },
    b: { article: 1, name: 'Kim' },
    same: false,
  },
  {
    name: 'Paris is not Paris Hilton',
    articles: [
      { text: 'Paris Hilton launched a new fragrance in Los Angeles on Friday.' },
      { text: 'Thousands of people marched through Paris on Saturday against the pension reform.' },
    ],
    a: { article: 0, name: 'Paris Hilton' },
    b: { article: 1, name: 'Paris' },
    same: false,
  },
  // Namesakes: one full name, two people, in unrelated stories.
  {
    name: 'two John Smiths in unrelated stories, with other roles and other company',
    articles: [
      { text: 'Coach John Smith led the Tigers to the title on Saturday in Memphis.' },
      { text: 'Senator John Smith introduced the bill in Washington on Monday.', story: 's2' },
    ],
    a: { article: 0, name: 'John Smith' },
    b: { article: 1, name: 'John Smith' },
    same: false,
  },
  // Look-alike letters.
  {
    name: 'a Latin name spelled with a Cyrillic е is never the Latin name',
    articles: [
      { text: ZELENSKY },
      { text: 'Ukrainian President Volodymyr Zelеnsky said on Monday that talks had failed.' },
    ],
    a: { article: 0, name: 'Volodymyr Zelensky' },
    b: { article: 1, name: 'Volodymyr Zelеnsky' },
    same: false,
  },
  {
    name: 'a country spelled with a Cyrillic а is not the country',
    articles: [
      { text: 'Ukraine said on Monday that the attack had been repelled.' },
      { text: 'Ukrаine said on Monday that the attack had been repelled.' },
    ],
    a: { article: 0, name: 'Ukraine' },
    b: { article: 1, name: 'Ukrаine' },
    same: false,
  },
  // The tagger's type of one name wavers between articles: one story decides by its majority.
  {
    name: 'Creighton read as a team in one article and a person in the next, in one story',
    articles: [
      { text: 'Creighton beat Drake 65-60 on Saturday. Creighton led by ten at the half.' },
      { text: 'Drake and Creighton met in the final on Sunday, and Creighton won by five points.' },
    ],
    a: { article: 0, name: 'Creighton' },
    b: { article: 1, name: 'Creighton' },
    same: true,
  },
  {
    name: 'Creighton typed two ways in two unrelated stories stays two entities',
    articles: [
      { text: 'Creighton beat Drake 65-60 on Saturday. Creighton led by ten at the half.' },
      {
        text: 'Drake and Creighton met in the final on Sunday, and Creighton won by five points.',
        story: 's2',
      },
    ],
    a: { article: 0, name: 'Creighton' },
    b: { article: 1, name: 'Creighton' },
    same: false,
  },
  // Headlines in Title Case: the tagger runs names together with the verbs between them.
  {
    name: 'a headline’s “Obama Reverses Bush Rule” holds Obama, the body’s Barack Obama',
    articles: [{ text: HEADLINE }],
    a: { article: 0, name: 'Obama' },
    b: { article: 0, name: 'Barack Obama' },
    same: true,
  },
  {
    name: 'the same headline’s Bush is not Obama',
    articles: [{ text: HEADLINE }],
    a: { article: 0, name: 'Bush' },
    b: { article: 0, name: 'Barack Obama' },
    same: false,
  },
  {
    name: 'a headline’s participle before a surname is the story’s one person of that surname',
    articles: [
      { text: 'Ellen DeGeneres will host the Academy Awards in February, the academy said on Tuesday.' },
      { text: 'Choosing DeGeneres\nThe academy said the host would bring humour to the ceremony.' },
    ],
    a: { article: 0, name: 'Ellen DeGeneres' },
    b: { article: 1, name: 'Choosing DeGeneres' },
    same: true,
  },
  {
    name: 'a position’s letters before a known name (“NT Jamal Williams”) are that person',
    articles: [
      { text: 'The San Diego Chargers released Jamal Williams on Monday after eleven seasons.' },
      { text: 'Chargers Release NT Jamal Williams\nThe team said the decision was difficult.' },
    ],
    a: { article: 0, name: 'Jamal Williams' },
    b: { article: 1, name: 'NT Jamal Williams' },
    same: true,
  },
  {
    name: 'a sentence’s opening participle is no part of the name (“Choosing DeGeneres”)',
    articles: [
      {
        text: 'The stars are out.\nChoosing DeGeneres, known for her wit, was a safe bet for the show. Ellen DeGeneres said she was thrilled.',
      },
    ],
    a: { article: 0, name: 'DeGeneres' },
    b: { article: 0, name: 'Ellen DeGeneres' },
    same: true,
  },
];
