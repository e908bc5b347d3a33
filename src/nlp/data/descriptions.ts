/**
 * Heads of definite descriptions that refer back to a named entity ("the mayor" is Bill de Blasio,
 * "The commission" the Commission on Presidential Debates, "the state" Florida), with the kind of
 * entity they refer to and, for people, the gender the head tells. Words for new, unnamed people
 * ("a spokesman", "the source") are left out: such a description is its own best name.
 */
export const DESCRIPTION_HEADS: Record<string, 'person' | 'male' | 'female' | 'org' | 'place'> = {
  president: 'person',
  nominee: 'person',
  candidate: 'person',
  senator: 'person',
  governor: 'person',
  mayor: 'person',
  secretary: 'person',
  chairman: 'male',
  chairwoman: 'female',
  congressman: 'male',
  congresswoman: 'female',
  businessman: 'male',
  businesswoman: 'female',
  billionaire: 'person',
  man: 'male',
  woman: 'female',
  republican: 'person',
  democrat: 'person',
  lawmaker: 'person',
  justice: 'person',
  judge: 'person',
  ceo: 'person',
  host: 'person',
  commission: 'org',
  bank: 'org',
  agency: 'org',
  network: 'org',
  union: 'org',
  company: 'org',
  committee: 'org',
  firm: 'org',
  department: 'org',
  court: 'org',
  board: 'org',
  foundation: 'org',
  council: 'org',
  newspaper: 'org',
  city: 'place',
  state: 'place',
  country: 'place',
};

/** Words that make a description definite: it refers to someone already named. */
export const DEFINITE_OPENERS = ['the', 'this', 'that'];
