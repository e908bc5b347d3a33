/** Trained NER weights as shipped in `models/`. Filled in by the tagger (issue 4). */
export interface NerModel {
  version: number;
}
