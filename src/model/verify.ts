import type { Span } from './span.js';

export type VerdictKind = 'quote' | 'figure' | 'claim';
export type Verdict = 'supported' | 'altered' | 'unsupported' | 'contradicted';

export interface VerifyItem {
  kind: VerdictKind;
  text: string;
  span: Span;
  verdict: Verdict;
  source: { articleId: string; text: string; span: Span } | null;
  note: string;
}

/** The JSON contract of `dossier verify --json`. */
export interface VerifyReport {
  items: VerifyItem[];
  summary: Record<Verdict, number>;
}
