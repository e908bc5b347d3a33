import type { EntityType, LinkEvidence } from '../model/index.js';
import { acronymOf, foldable, foldKey, initialled, initialsOf, keyWords } from './names.js';
import type { Place } from './places.js';
import {
  inStory,
  isOrganisation,
  type LinkState,
  live,
  type Match,
  mayShareName,
  mostSeen,
  type Rec,
  single,
  typesAgree,
} from './record.js';
import type { Form } from './source.js';

/** The registry place an entity's names name; a capital that speaks or claims stands for its country. */
export function placeFor(
  s: LinkState,
  type: EntityType,
  forms: Form[],
  acting: boolean,
): { place: Place; evidence: LinkEvidence; matched: string } | null {
  if (type === 'PERSON') return null;
  for (const f of forms) {
    const place = s.places.byName(f.key);
    // A code is written in capitals: "US" is the country, "Us" a magazine or a word.
    if (!place || (f.key.length <= 3 && !/^[\p{Lu}.\s-]+$/u.test(f.text))) continue;
    if (place.kind === 'capital' && acting) {
      const country = s.places.byKey(place.countryKey)!;
      return { place: country, evidence: 'seat-of-government', matched: f.text };
    }
    return { place, evidence: 'gazetteer', matched: f.text };
  }
  return null;
}

/** "American officials", "U.S. intelligence": the country whose name or demonym heads a group noun. */
export function collectivePlace(s: LinkState, key: string): Place | null {
  const words = keyWords(key);
  for (let cut = words.length - 1; cut >= 1; cut--) {
    if (!s.lexicon.collectives.has(words.slice(cut).join(' '))) continue;
    const head = words.slice(0, cut).join(' ');
    const place = s.places.byName(head) ?? s.places.byDemonym(head);
    if (place) return place;
  }
  return s.places.byDemonym(key);
}

/** Organisations of two words or more that start or end with `word`; within the story when given. */
export function longNamesWith(s: LinkState, word: string, storyId: string | null, type: EntityType): Rec[] {
  const holds = (r: Rec) =>
    [...r.keys].some(
      (k) => k.includes(' ') && (k.endsWith(` ${word}`) || (r.type !== 'LOC' && k.startsWith(`${word} `))),
    );
  // The tagger reads "San Diego Chargers" as a place now and then: a longer name that is no known place counts.
  const fits = (r: Rec) => isOrganisation(r) && (typesAgree(r.type, type) || r.type === 'LOC') && holds(r);
  const pool = storyId ? live(s, s.storyWords.get(storyId)?.get(word)) : live(s, s.orgWords.get(word));
  const found = pool.filter(fits);
  if (found.length < 2) return found;
  // "Academy" of "Academy Awards" and of "Academy of Motion Picture Arts and Sciences": the name it heads.
  const heads = found.filter((r) => [...r.keys].some((k) => headedBy(k, word)));
  return heads.length > 0 ? heads : found;
}

/**
 * A one-word name that heads the story's one longer name ("Saints" for the New Orleans Saints,
 * "Comeaux" for Arcade Joseph Comeaux, whatever types the tagger gave either), when that name is no
 * known place and no person's full name; the last fallback, after every other rule. A name typed as
 * a place never joins this way (Barcelona the city is not FC Barcelona).
 */
export function storyHead(s: LinkState, type: EntityType, form: Form, storyId: string | null): Match | null {
  if (!storyId || type === 'LOC' || form.key.includes(' ')) return null;
  if (s.places.byName(form.key) || s.places.byDemonym(form.key)) return null;
  // A person's surname heads a full name of three words or more ("Arcade Joseph Comeaux"); two-word
  // names it ends are groups and slogans ("Sunni Muslims", "anti-Trump").
  const minWords = type === 'PERSON' ? 3 : 2;
  const cands = live(s, s.storyWords.get(storyId)?.get(form.key)).filter(
    (r) => !r.place && r.people.length === 0 && [...r.keys].some((k) => headedBy(k, form.key, minWords)),
  );
  return cands.length === 1 ? { rec: cands[0], evidence: 'short-name-in-story', matched: form.text } : null;
}

/** True when `word` is the head of a name of `minWords` words or more: its last word, or the first of "X of Y". */
function headedBy(key: string, word: string, minWords = 2): boolean {
  const words = keyWords(key);
  if (words.length < minWords) return false;
  return words[words.length - 1] === word || (words[0] === word && (words[1] === 'of' || words[1] === 'for'));
}

/** An organisation, place or miscellany by its name, an alias or acronym the article gives, or a short form. */
export function linkNamed(
  s: LinkState,
  type: EntityType,
  forms: Form[],
  storyId: string | null,
): Match | null {
  const name = forms[0];
  const agree = (r: Rec) => typesAgree(r.type, type) && !r.place;
  const byName = live(s, s.byKey.get(name.key)).filter(agree);
  const named = single(byName, storyId) ?? mostSeen(byName);
  if (named)
    return { rec: named, evidence: named.votes.has(name.text) ? 'same-name' : 'alias', matched: name.text };
  const shortened = byInitials(s, name, agree, storyId);
  if (shortened) return shortened;
  const variant = foldable(name.key)
    ? single(live(s, s.byFold.get(foldKey(name.key))).filter(agree), storyId)
    : null;
  if (variant) return { rec: variant, evidence: 'alias', matched: name.text };
  return (
    byAlias(s, forms, agree, storyId) ??
    shortOrganisation(s, type, name, storyId) ??
    qualified(s, name, storyId)
  );
}

/**
 * A name and its leading words' initials ("INS Sukanya", "Indian Naval Ship Sukanya"), either way
 * round: the one entity (in the story, else the archive) written the other way.
 */
function byInitials(
  s: LinkState,
  name: Form,
  agree: (r: Rec) => boolean,
  storyId: string | null,
): Match | null {
  const words = keyWords(name.key);
  if (words.length < 2) return null;
  const ids = /^\p{Lu}{2,4}\s/u.test(name.text)
    ? s.byInitials.get(name.key)
    : initialled(name.key).flatMap((k) => s.byKey.get(k) ?? []);
  const rec = single(live(s, ids).filter(agree), storyId);
  return rec ? { rec, evidence: 'acronym', matched: name.text } : null;
}

/** The one entity an alias the article gives names, unless it holds the acronym for another expansion. */
function byAlias(
  s: LinkState,
  forms: Form[],
  agree: (r: Rec) => boolean,
  storyId: string | null,
): Match | null {
  const name = forms[0];
  for (const f of forms.slice(1)) {
    const acronym = acronymOf(f.text);
    const expands = acronym !== null && initialsOf(name.text, s.lexicon.acronymSkip) === acronym;
    const cands = live(s, s.byKey.get(f.key)).filter(
      (r) => agree(r) && !(expands && r.acronyms.has(acronym) && r.acronyms.get(acronym) !== name.key),
    );
    const rec = single(cands, storyId);
    if (rec) return { rec, evidence: expands ? 'acronym' : 'alias', matched: f.text };
  }
  return null;
}

/** A one-word organisation ("Chargers") and the one longer name it shortens: in the story, else in the archive. */
function shortOrganisation(s: LinkState, type: EntityType, name: Form, storyId: string | null): Match | null {
  const words = keyWords(name.key);
  if (words.length !== 1 || type !== 'ORG' || s.places.byDemonym(words[0].replace(/s$/, ''))) return null;
  const here = storyId ? longNamesWith(s, words[0], storyId, type) : [];
  if (here.length === 1) return { rec: here[0], evidence: 'short-name-in-story', matched: name.text };
  const anywhere = here.length === 0 ? longNamesWith(s, words[0], null, type) : [];
  if (anywhere.length === 1)
    return { rec: anywhere[0], evidence: 'short-name-in-archive', matched: name.text };
  return null;
}

/**
 * A name that is a known entity's name with its country before or after it ("U.S. Surgeon
 * General", "Surgeon General of the United States" for "Surgeon General"): that entity, when one.
 */
export function qualified(s: LinkState, form: Form, storyId: string | null): Match | null {
  const words = keyWords(form.key);
  for (let cut = 1; cut < Math.min(words.length, 4); cut++) {
    const head = words.slice(0, cut).join(' ');
    const tail = words.slice(-cut).join(' ');
    const rests: string[] = [];
    if (s.places.byName(head)?.kind === 'country' || s.places.byDemonym(head))
      rests.push(words.slice(cut).join(' '));
    if (words[words.length - cut - 1] === 'of' && s.places.byName(tail)?.kind === 'country')
      rests.push(words.slice(0, -cut - 1).join(' '));
    for (const rest of rests) {
      if (!rest.includes(' ')) continue;
      const rec = single(
        live(s, s.byKey.get(rest)).filter((r) => !r.place),
        storyId,
      );
      if (rec) return { rec, evidence: 'alias', matched: form.text };
    }
  }
  return null;
}

/**
 * A person's name of two words or more written exactly as one organisation's: the tagger's type
 * of a role-like name wavers ("Surgeon General" as a person, then an organisation).
 */
export function organisationNamed(s: LinkState, form: Form, storyId: string | null): Match | null {
  if (!form.key.includes(' ')) return null;
  const rec = single(
    live(s, s.byKey.get(form.key)).filter((r) => !r.place && (r.type === 'ORG' || r.type === 'MISC')),
    storyId,
  );
  return rec ? { rec, evidence: 'same-name', matched: form.text } : null;
}

/**
 * The story's one entity written exactly this way, whatever type the tagger gave either ("Creighton"
 * as a person in one article, the team in the next): one name in one story is one entity, and
 * its type follows the majority of its mentions. A place of the registry never joins, nor does
 * a one-word place name an organisation (Philadelphia the city and the team), nor a one-word
 * name that a story person holds as given name or surname (the person rules decide those).
 */
export function sameNameInStory(
  s: LinkState,
  type: EntityType,
  form: Form,
  storyId: string | null,
): Match | null {
  if (!storyId) return null;
  const oneWord = !form.key.includes(' ');
  const cands = live(s, s.byKey.get(form.key)).filter(
    (r) => inStory(r, storyId) && !r.place && mayShareName(r.type, type, oneWord),
  );
  if (cands.length === 0) return null;
  if (
    oneWord &&
    live(s, s.storyWords.get(storyId)?.get(form.key)).some((r) => r.type === 'PERSON' && r.people.length > 0)
  )
    return null;
  const agreeing = cands.filter((r) => typesAgree(r.type, type));
  const rec = cands.length === 1 ? cands[0] : agreeing.length === 1 ? agreeing[0] : null;
  if (!rec) return null;
  return { rec, evidence: rec.votes.has(form.text) ? 'same-name' : 'alias', matched: form.text };
}
