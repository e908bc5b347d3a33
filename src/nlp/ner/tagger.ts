import { decodeSentence } from './chain.js';
import { type FeatureContext, featurizeDoc } from './features.js';
import { firstPassFeatures } from './first-pass.js';
import { labelsOf } from './labels.js';
import type { NerWeights } from './model.js';

/**
 * Tags one document's sentences (lists of words) with IOB2 labels. The first pass tags each
 * sentence on its own; the second re-tags it knowing how the first tagged the same words
 * elsewhere in the document (a name tagged once keeps its type in the article).
 */
export function tagDocument(weights: NerWeights, sentences: readonly (readonly string[])[]): string[][] {
  const ctx: FeatureContext = {
    gazetteer: weights.gazetteer,
    clusters: weights.clusters,
    buckets: weights.buckets,
    rows: weights.rows,
  };
  const doc = featurizeDoc(sentences, ctx);
  let labels: Uint8Array[] = sentences.map((s) => new Uint8Array(s.length));
  weights.passes.forEach((pass, p) => {
    const extra = p > 0 ? firstPassFeatures(doc, labels, ctx) : null;
    labels = doc.sentences.map((f, s) => decodeSentence(extra ? [f, extra[s]] : f, pass));
  });
  return labels.map(labelsOf);
}
