import { COMPARE_WORDS } from './data/word-lists.js';
import { nameKey, sameNameWords } from './names.js';
import type { CompareWords } from './words.js';

/** One mention of a person, organisation or place as an article gives it. */
export interface NameRef {
  /** The name as the article gives it (the article entity's canonical name when one resolved). */
  name: string | null;
  /** The article the mention is in. */
  articleId: string;
  /** The article entity it resolves to (`Entity.id`), or null. */
  entityId: string | null;
}

/**
 * The one decision "same person / same claimant" that the ledger, the brief and verify ask.
 * Implementations: `nameIdentity` (names alone) and `linkedIdentity` (corpus-wide entity ids
 * from a linker, names where the linker is silent).
 */
export interface Identity {
  /** Whether two mentions name the same entity; a mention with no name is no one's. */
  same(a: NameRef, b: NameRef): boolean;
}

/**
 * Identity by name alone: titles dropped, a surname alone joins the full name that holds it,
 * otherwise most words shared ("Austin" = "Lloyd J. Austin III"; "Larch County" ≠ "Larch County
 * Sheriff Luis Ortega"). Name keys are memoised in the instance: make one per ledger or report.
 */
export function nameIdentity(lists: CompareWords = COMPARE_WORDS): Identity {
  const keys = new Map<string, string[] | null>();
  const keyOf = (name: string) => {
    let key = keys.get(name);
    if (key === undefined) {
      key = nameKey(name, lists);
      keys.set(name, key);
    }
    return key;
  };
  return {
    same: (a, b) => a.name !== null && b.name !== null && sameNameWords(keyOf(a.name), keyOf(b.name)),
  };
}

/**
 * Identity from an entity linker: two mentions the linker resolved are the same exactly when it
 * gave them one id; where it resolved neither or only one, `fallback` decides by name. Names
 * written alike (`alike`) are one claimant whatever the ids (the tagger may have typed one mention
 * a person and the other an organisation, and the linker keeps those apart), and so is a bare
 * surname the linker could not place, where names say so.
 */
export function linkedIdentity(
  idOf: (ref: NameRef) => string | null,
  fallback: Identity = nameIdentity(),
): Identity {
  return {
    same(a, b) {
      if (a.name === null || b.name === null) return false;
      if (alike(a.name, b.name)) return true;
      const [ia, ib] = [idOf(a), idOf(b)];
      // A bare surname ("Obama", "Mr. Obama") the linker kept apart for want of context is
      // ambiguous, not another person: names decide it.
      if (ia !== null && ib !== null && ia !== ib && (bare(a.name) || bare(b.name)))
        return fallback.same(a, b);
      if (ia !== null && ib !== null) return ia === ib;
      return fallback.same(a, b);
    },
  };
}

/** A name's words as spelled, up to case, spacing and curly apostrophes. */
function spelled(name: string): string[] {
  return name.trim().replace(/’/g, "'").toLowerCase().split(/\s+/);
}

/**
 * Two names written alike: the same words, or a full name of two words or more with a role
 * before it ("Larch County Sheriff Luis Ortega" is Luis Ortega; "Martin Luther King Jr." is not
 * "Martin Luther King").
 */
function alike(a: string, b: string): boolean {
  const [x, y] = [spelled(a), spelled(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length < 2 && short.length !== long.length) return false;
  return short.every((w, i) => w === long[long.length - short.length + i]);
}

/** A name that is one word once titles are dropped: a surname alone, or a one-word organisation. */
function bare(name: string): boolean {
  return (nameKey(name)?.length ?? 0) <= 1;
}
