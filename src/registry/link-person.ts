import { organisationNamed, qualified } from './link-named.js';
import { keyWords, oneEditApart, romanisationKey } from './names.js';
import type { PersonName } from './person.js';
import {
  inStory,
  type LinkState,
  live,
  type Match,
  matchPerson,
  mostSeen,
  personOf,
  type Rec,
  type Setting,
  single,
} from './record.js';
import type { Form } from './source.js';

/**
 * Namesakes: a person of another story whose roles share no word with the article's and who kept
 * none of the article's company ("Coach John Smith" in Memphis is not "Senator John Smith").
 */
function strangers(rec: Rec, setting: Setting): boolean {
  if (inStory(rec, setting.storyId) || setting.roles.length === 0 || rec.roles.size === 0) return false;
  const words = (role: string) => role.toLowerCase().split(/[\s-]+/);
  const known = new Set([...rec.roles.keys()].flatMap(words));
  if (setting.roles.flatMap(words).some((w) => known.has(w))) return false;
  return !setting.neighbours.some((k) => rec.neighbours.has(k));
}

/** The story's one person of the same given name whose surname is one letter away ("Duncan Raite", "Duncan Rait"). */
function misspelled(s: LinkState, name: PersonName, form: Form, storyId: string | null): Match | null {
  // Latin letters only: a look-alike letter of another script is a spoof, never a misspelling.
  if (!storyId || name.surname.length < 4 || !/^[a-z'-]+$/.test(name.surname)) return null;
  const cands = live(s, s.storyWords.get(storyId)?.get(name.given!)).filter(
    (r) =>
      r.type === 'PERSON' &&
      r.people.some((p) => p.given === name.given && oneEditApart(p.surname, name.surname)),
  );
  return cands.length === 1 ? { rec: cands[0], evidence: 'transliteration', matched: form.text } : null;
}

/**
 * A headline's or sentence's opening participle taken into a surname ("Choosing DeGeneres"): the
 * story's one person of that surname, when the word is no given name the registry knows.
 */
function participleLed(s: LinkState, name: PersonName, form: Form, storyId: string | null): Match | null {
  if (name.words.length !== 2 || !/^[a-z]{3,}ing$/.test(name.given!) || s.givenNames.has(name.given!))
    return null;
  const match = linkOneWord(s, { text: form.text, key: name.surname }, storyId);
  return match?.rec.people.length ? match : null;
}

/**
 * A headline's word taken into a name ("Hire Maurice Cheeks", "Sanjay Gupta Surgeon"): the name
 * without its first or last word when that is exactly a known person's name and the word dropped
 * is no given name the registry knows (so "John Paul Jones" never becomes "Paul Jones").
 */
function trimmedPerson(s: LinkState, name: PersonName, form: Form, setting: Setting): Match | null {
  const words = keyWords(form.key);
  if (words.length < 3) return null;
  const tries = [
    { dropped: words[0], rest: words.slice(1) },
    { dropped: words[words.length - 1], rest: words.slice(0, -1) },
  ];
  for (const { dropped, rest } of tries) {
    if (s.givenNames.has(dropped) || dropped === name.generation) continue;
    const trimmed = personOf(s, rest.join(' '));
    if (!trimmed?.given) continue;
    const rec = single(personCandidates(s, trimmed, setting).same, setting.storyId);
    if (rec) return { rec, evidence: 'same-name', matched: form.text };
  }
  return null;
}

/** Registry persons a full name may be, by how well the names agree. */
function personCandidates(
  s: LinkState,
  name: PersonName,
  setting: Setting,
): { same: Rec[]; compatible: Rec[]; romanised: Rec[] } {
  const out = { same: [] as Rec[], compatible: [] as Rec[], romanised: [] as Rec[] };
  for (const rec of live(s, s.byPersonKey.get(name.key)))
    if (rec.type === 'PERSON' && !strangers(rec, setting)) out.same.push(rec);
  if (out.same.length > 0) return out;
  for (const rec of live(s, s.bySurname.get(romanisationKey(name.surname)))) {
    if (rec.type !== 'PERSON' || strangers(rec, setting)) continue;
    const m = matchPerson(name, rec);
    if (m !== 'conflict' && !out[m].includes(rec)) out[m].push(rec);
  }
  return out;
}

const LEVELS = [
  ['same', 'same-name'],
  ['compatible', 'alias'],
  ['romanised', 'transliteration'],
] as const;

/**
 * A person by name: a full name by how well it agrees (same, compatible, romanised: the first level
 * with candidates decides), then the story's short forms; a one-word name by the story's persons.
 */
export function linkPerson(s: LinkState, forms: Form[], setting: Setting): Match | null {
  const fulls: { name: PersonName; form: Form }[] = [];
  for (const f of forms) {
    const name = personOf(s, f.key);
    if (name?.given) fulls.push({ name, form: f });
  }
  return fulls.length > 0
    ? linkFullName(s, fulls, forms, setting)
    : linkOneWord(s, forms[0], setting.storyId);
}

function linkFullName(
  s: LinkState,
  fulls: { name: PersonName; form: Form }[],
  forms: Form[],
  setting: Setting,
): Match | null {
  const storyId = setting.storyId;
  const found = fulls.map((f) => personCandidates(s, f.name, setting));
  for (const [level, evidence] of LEVELS) {
    for (const [i, cands] of found.entries()) {
      const list = cands[level];
      if (list.length === 0) continue;
      const rec = level === 'same' ? (single(list, storyId) ?? mostSeen(list)) : single(list, storyId);
      return rec ? { rec, evidence, matched: fulls[i].form.text } : null;
    }
  }
  return (
    misspelled(s, fulls[0].name, fulls[0].form, storyId) ??
    trimmedPerson(s, fulls[0].name, fulls[0].form, setting) ??
    participleLed(s, fulls[0].name, fulls[0].form, storyId) ??
    organisationNamed(s, forms[0], storyId) ??
    qualified(s, forms[0], storyId)
  );
}

/** A one-word name: the story's one person of that given name or surname, else its one-word entity. */
function linkOneWord(s: LinkState, f: Form, storyId: string | null): Match | null {
  const word = personOf(s, f.key)?.surname;
  if (!word || !storyId) return null;
  const words = s.storyWords.get(storyId);
  const cands = live(s, words?.get(word)).concat(live(s, words?.get(romanisationKey(word))));
  const people = [...new Set(cands.filter((r) => r.type === 'PERSON'))];
  const named = people.filter((r) => r.people.length > 0);
  if (named.length === 1) return { rec: named[0], evidence: 'short-name-in-story', matched: f.text };
  const short = people.find((r) => r.people.length === 0 && r.keys.has(word));
  if (short) return { rec: short, evidence: 'same-name', matched: f.text };
  if (named.length > 0) return null;
  const anywhere = live(s, s.bySurname.get(romanisationKey(word))).filter((r) =>
    r.people.some((p) => p.surname === word),
  );
  return anywhere.length === 1
    ? { rec: anywhere[0], evidence: 'short-name-in-story', matched: f.text }
    : null;
}

/** A one-word name of any type that is the story's one person of that surname or given name ("Obama" read as an organisation). */
export function storyPerson(s: LinkState, form: Form, storyId: string | null): Match | null {
  if (!storyId || form.key.includes(' ')) return null;
  const named = live(s, s.storyWords.get(storyId)?.get(form.key)).filter(
    (r) => r.type === 'PERSON' && r.people.length > 0,
  );
  return named.length === 1 ? { rec: named[0], evidence: 'short-name-in-story', matched: form.text } : null;
}

/** A name the tagger typed as a place or organisation that is exactly a known person's full name ("Maurice Cheeks" as LOC). */
export function knownPerson(s: LinkState, forms: Form[], setting: Setting): Match | null {
  const name = personOf(s, forms[0].key);
  if (!name?.given || keyWords(forms[0].key).length !== name.words.length) return null;
  const rec = single(personCandidates(s, name, setting).same, setting.storyId);
  if (rec) return { rec, evidence: 'same-name', matched: forms[0].text };
  // "NT Jamal Williams" as miscellany: a position's letters before a known person's name.
  return trimmedPerson(s, name, forms[0], setting);
}
