/**
 * Word clusters learnt from unlabelled news (see scripts/ner/clusters.ts): word form → coarse
 * cluster × 256 + fine cluster. Words that keep the same company share a cluster, so a name the
 * labelled data never saw can still look like the names it did.
 */
export type WordClusters = Map<string, number>;

/** The form a word is clustered under: digits folded to 0, so "1996" and "2024" are one word. */
export function clusterKey(word: string): string {
  return word.replace(/\d/g, '0');
}

/**
 * The cluster of a word, or -1: its own form first, then (for ALL CAPS headlines and sentence
 * starts) its Title Case and lower-case forms.
 */
export function clusterOf(clusters: WordClusters, word: string): number {
  if (clusters.size === 0) return -1;
  const key = clusterKey(word);
  const exact = clusters.get(key);
  if (exact !== undefined) return exact;
  const lower = key.toLowerCase();
  const title = clusters.get(lower.charAt(0).toUpperCase() + lower.slice(1));
  if (title !== undefined) return title;
  return clusters.get(lower) ?? -1;
}
