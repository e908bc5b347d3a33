export {
  CLUSTER_DEFAULTS,
  type Clusterer,
  type ClusterOptions,
  createClusterer,
  type Placement,
  storyIdFor,
} from './cluster.js';
export { FEATURE_DEFAULTS, type FeatureOptions, type StoryFeatures, storyFeatures } from './features.js';
export {
  createDuplicateIndex,
  DUPLICATE_DEFAULTS,
  type DuplicateIndex,
  type DuplicateMatch,
  type DuplicateOptions,
  minhash,
  type Signature,
  similarity,
} from './near-duplicates.js';
export {
  canonicalOrder,
  type ReclusterItem,
  type ReclusterPlan,
  recluster,
  regroup,
} from './recluster.js';
export { type Change, diffRevision, type RevisionDiff } from './revisions.js';
export { buildStoryView, type StoryView, summarizeStory, VIEW_DEFAULTS, type ViewOptions } from './view.js';
