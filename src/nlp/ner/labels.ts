/** The entity types of the tagger, as CoNLL-2003 names them. */
export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
/** One of the tagger's entity types. */
export type NerType = (typeof NER_TYPES)[number];

/** IOB2 labels in weight order: O first, then B-/I- per type. */
export const NER_LABELS: readonly string[] = ['O', ...NER_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

/** A typed run of tokens `[start, end)` in one sentence. */
export interface Chunk {
  type: string;
  start: number;
  end: number;
}

/**
 * Reads entity chunks from IOB2 tags like conlleval: an entity is a maximal B-X I-X… run; an I-X
 * that does not continue an X (after O or another type) starts a new entity, as conlleval counts it.
 */
export function chunksOf(tags: readonly string[]): Chunk[] {
  const chunks: Chunk[] = [];
  let open: Chunk | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    const prefix = tag[0];
    const type = tag.length > 2 ? tag.slice(2) : '';
    const continues = open !== null && prefix === 'I' && open.type === type;
    if (continues) {
      open!.end = i + 1;
      continue;
    }
    if (open) chunks.push(open);
    open = prefix === 'B' || prefix === 'I' ? { type, start: i, end: i + 1 } : null;
  }
  if (open) chunks.push(open);
  return chunks;
}

/** Label indices (into NER_LABELS) to IOB2 tag strings. */
export function labelsOf(path: Uint8Array): string[] {
  return Array.from(path, (y) => NER_LABELS[y]);
}
