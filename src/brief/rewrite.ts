import type { Analysis, VerifyItem } from '../model/index.js';
import type { AnalyzerResources } from '../nlp/index.js';
import { verifyDraft } from '../verify/index.js';
import { briefToMarkdown, linksIn } from './markdown.js';
import type { Brief } from './types.js';

/** Where and how to reach an OpenAI-compatible chat-completions endpoint. */
export interface LlmConfig {
  /** Base URL ("http://127.0.0.1:8080/v1") or the full ".../chat/completions" URL. */
  url: string;
  model: string;
  /** Bearer token, or null for endpoints without one. */
  key: string | null;
  /** Give up after this long (default 60 s). */
  timeoutMs: number;
}

/** The outcome of a rewrite: the text to show and why. */
export interface RewriteResult {
  /** The Markdown to show: the rewrite when it passed verify, else the extractive brief. */
  markdown: string;
  rewritten: boolean;
  /** What happened, for the user ("rewrite kept: every item verified", "rewrite rejected: …"). */
  note: string;
  /** The items of the rewrite that failed verify and that the extractive brief did not already fail. */
  failures: VerifyItem[];
}

/** The injected HTTP client (the global `fetch` by default; tests hand in the same). */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

const DEFAULT_TIMEOUT_MS = 60_000;
const SYSTEM_PROMPT =
  'You edit news briefs. Rewrite the brief you are given so that it reads as one fluent article. ' +
  'Keep every citation marker like [1] attached to the statement it supports. Keep every quotation ' +
  'word for word with its speaker, keep every number with its qualifier and claimant, and add no fact, ' +
  'number, quote or claim that the brief does not contain. Keep the "## Sources" list unchanged. ' +
  'Answer with the Markdown of the brief only.';

/**
 * The LLM settings from an environment map (DOSSIER_LLM_URL, DOSSIER_LLM_MODEL, DOSSIER_LLM_KEY);
 * null when no URL is set: rewriting is off by default.
 */
export function llmConfigFromEnv(env: Record<string, string | undefined>): LlmConfig | null {
  const url = env.DOSSIER_LLM_URL?.trim();
  if (!url) return null;
  return {
    url,
    model: env.DOSSIER_LLM_MODEL?.trim() || 'default',
    key: env.DOSSIER_LLM_KEY?.trim() || null,
    timeoutMs: DEFAULT_TIMEOUT_MS,
  };
}

function endpoint(url: string): string {
  return /\/chat\/completions\/?$/.test(url) ? url : `${url.replace(/\/+$/, '')}/chat/completions`;
}

/** Asks the endpoint for a rewrite; returns its text or throws with a reason the note can carry. */
async function complete(markdown: string, config: LlmConfig, fetchImpl: FetchLike): Promise<string> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (config.key) headers.authorization = `Bearer ${config.key}`;
  const response = await fetchImpl(endpoint(config.url), {
    method: 'POST',
    headers,
    body: JSON.stringify({
      model: config.model,
      temperature: 0,
      messages: [
        { role: 'system', content: SYSTEM_PROMPT },
        { role: 'user', content: markdown },
      ],
    }),
    signal: AbortSignal.timeout(config.timeoutMs),
  });
  if (!response.ok) throw new Error(`the endpoint answered HTTP ${response.status}`);
  const body = (await response.json()) as { choices?: { message?: { content?: unknown } }[] };
  const content = body.choices?.[0]?.message?.content;
  if (typeof content !== 'string' || content.trim() === '') throw new Error('the endpoint returned no text');
  return content;
}

/** Citation numbers of a text that point at no source. */
function badCitations(text: string, sourceCount: number): number[] {
  return [...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])).filter((n) => n < 1 || n > sourceCount);
}

function failed(items: VerifyItem[]): VerifyItem[] {
  return items.filter((i) => i.verdict !== 'supported');
}

/**
 * Rewrites a brief through an OpenAI-compatible endpoint and shows the rewrite only if it passes
 * verify against the story's sources: no quote, figure or claim may fail that the extractive
 * brief does not fail too, every citation must point at a source, and some must remain. Otherwise
 * (or on any network or protocol error) the extractive brief is kept, with a note saying why.
 */
export async function rewriteBrief(
  brief: Brief,
  analyses: Analysis[],
  resources: AnalyzerResources,
  config: LlmConfig,
  fetchImpl: FetchLike = fetch,
): Promise<RewriteResult> {
  const markdown = briefToMarkdown(brief);
  const keep = (note: string, failures: VerifyItem[] = []): RewriteResult => ({
    markdown,
    rewritten: false,
    note,
    failures,
  });
  let text: string;
  try {
    text = await complete(markdown, config, fetchImpl);
  } catch (err) {
    return keep(`rewrite failed (${(err as Error).message}); the extractive brief is shown`);
  }
  const bad = badCitations(text, brief.sources.length);
  if (bad.length > 0)
    return keep(
      `rewrite rejected: it cites sources that do not exist (${bad.map((n) => `[${n}]`).join(', ')})`,
    );
  if (!/\[\d+\]/.test(text)) return keep('rewrite rejected: it dropped every citation');
  const own = new Set(linksIn(markdown));
  const added = linksIn(text).filter((link) => !own.has(link));
  if (added.length > 0)
    return keep(
      `rewrite rejected: it adds a link the brief did not make (${added[0]}); the extractive brief is shown`,
    );
  const known = new Set(failed(verifyDraft(markdown, analyses, resources).items).map((i) => i.text));
  const failures = failed(verifyDraft(text, analyses, resources).items).filter((i) => !known.has(i.text));
  if (failures.length > 0) {
    const first = failures[0];
    return keep(
      `rewrite rejected: ${failures.length} item(s) failed verify, e.g. ${first.kind} “${first.text}” is ${first.verdict} (${first.note}); the extractive brief is shown`,
      failures,
    );
  }
  return {
    markdown: text,
    rewritten: true,
    note: 'rewrite shown: it passed verify against the sources',
    failures: [],
  };
}
