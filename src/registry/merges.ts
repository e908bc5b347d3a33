import type { LinkEvidence } from '../model/index.js';
import { longNamesWith } from './link-named.js';
import { acronymOf, initialsOf, keyWords } from './names.js';
import { comparePersons } from './person.js';
import { inStory, type LinkState, live, type Rec, typesAgree } from './record.js';
import type { Form } from './source.js';

/** An entity the article shows to be the one it linked, with why. */
export interface MergeCandidate {
  other: Rec;
  evidence: LinkEvidence;
  note: string;
}

/** Entities the article shows to be the one it linked: its other full names, and the story's short forms. */
export function mergeCandidates(
  s: LinkState,
  rec: Rec,
  forms: Form[],
  storyId: string | null,
): MergeCandidate[] {
  if (forms.length === 0) return [];
  return [
    ...aliasMerges(s, rec, forms),
    ...personShortForms(s, rec, storyId),
    ...organisationShortForms(s, rec, forms[0], storyId),
  ];
}

/** Entities named by the article's other names for this one ("CSIS" beside its expansion). */
function aliasMerges(s: LinkState, rec: Rec, forms: Form[]): MergeCandidate[] {
  const out: MergeCandidate[] = [];
  const name = forms[0];
  for (const f of forms.slice(1)) {
    for (const other of live(s, s.byKey.get(f.key))) {
      if (other === rec || !mergeable(rec, other) || !other.votes.has(f.text)) continue;
      const acronym = acronymOf(f.text);
      const evidence =
        acronym && initialsOf(name.text, s.lexicon.acronymSkip) === acronym ? 'acronym' : 'alias';
      out.push({ other, evidence, note: `“${f.text}” and “${name.text}” name one entity in this article` });
    }
  }
  return out;
}

/** A one-word entity other than a known place, with no full name of its own. */
function isShortForm(r: Rec, rec: Rec): boolean {
  return r !== rec && !r.place && r.people.length === 0 && [...r.keys].every((k) => !k.includes(' '));
}

/**
 * One-word entities that waited in the story for the one full name they shorten ("Zadan", read
 * as a place before "Craig Zadan" arrived): any type but a known place.
 */
function personShortForms(s: LinkState, rec: Rec, storyId: string | null): MergeCandidate[] {
  const out: MergeCandidate[] = [];
  if (rec.type !== 'PERSON' || rec.people.length === 0 || !storyId) return out;
  const words = s.storyWords.get(storyId);
  for (const w of new Set(rec.people.flatMap((p) => [p.surname, p.given!]))) {
    const cands = live(s, words?.get(w));
    if (cands.filter((r) => r.type === 'PERSON' && r.people.length > 0).length !== 1) continue;
    for (const other of cands) {
      if (isShortForm(other, rec) && other.keys.has(w))
        out.push({ other, evidence: 'short-name-in-story', note: `“${w}” has one full name in the story` });
    }
  }
  return out;
}

/** One-word organisations that shorten this longer name, its one such name in the story or else the archive. */
function organisationShortForms(
  s: LinkState,
  rec: Rec,
  name: Form,
  storyId: string | null,
): MergeCandidate[] {
  const out: MergeCandidate[] = [];
  if (rec.type !== 'ORG' || rec.place || !name.key.includes(' ')) return out;
  const words = keyWords(name.key);
  for (const w of new Set([words[0], words[words.length - 1]])) {
    const scope = shortFormScope(s, w, storyId, rec);
    if (scope === undefined) continue;
    for (const other of live(s, s.byKey.get(w))) {
      if (
        !isShortForm(other, rec) ||
        other.type !== 'ORG' ||
        s.places.byDemonym(w.replace(/s$/, '')) ||
        (scope && !inStory(other, scope))
      )
        continue;
      out.push({
        other,
        evidence: scope ? 'short-name-in-story' : 'short-name-in-archive',
        note: `“${w}” has one longer name ${scope ? 'in the story' : 'in the archive'}`,
      });
    }
  }
  return out;
}

/**
 * Where `word` has one longer organisation name (`rec`'s): the story, else (null) the archive when
 * the story has none; undefined when it has several there.
 */
function shortFormScope(
  s: LinkState,
  word: string,
  storyId: string | null,
  rec: Rec,
): string | null | undefined {
  const here = storyId ? longNamesWith(s, word, storyId, rec.type) : [];
  if (here.length === 1) return storyId;
  if (here.length > 1) return undefined;
  return longNamesWith(s, word, null, rec.type).length === 1 ? null : undefined;
}

/** False when types, places, full names or acronyms show two records are two entities. */
function mergeable(a: Rec, b: Rec): boolean {
  if (!typesAgree(a.type, b.type)) return false;
  if (a.place || b.place) return false;
  if (a.people.length > 0 && b.people.length > 0 && comparePersons(a.people[0], b.people[0]) === 'conflict')
    return false;
  for (const [acr, exp] of b.acronyms) if (a.acronyms.has(acr) && a.acronyms.get(acr) !== exp) return false;
  return true;
}
