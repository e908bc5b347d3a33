import type { Analysis, Claim, DateMention, Entity, Figure, Quote } from '../../src/model/index.js';

/** A hand-built analysis: an article with the given text and findings (spans found in the text). */
export function analysisOf(
  id: string,
  text: string,
  parts: {
    published?: string | null;
    outlet?: string | null;
    title?: string;
    entities?: [string, Entity['type'], string?][];
    dates?: [string, string][];
    figures?: Partial<Figure>[];
    quotes?: Partial<Quote>[];
    claims?: Partial<Claim>[];
  } = {},
): Analysis {
  const spanOf = (s: string) => {
    const start = text.indexOf(s);
    if (start < 0) throw new Error(`fixture: "${s}" not in text`);
    return { start, end: start + s.length };
  };
  const entities: Entity[] = (parts.entities ?? []).map(([name, type, mention], i) => ({
    id: `e${i}`,
    name,
    type,
    aliases: [],
    roles: [],
    mentions: [spanOf(mention ?? name)],
  }));
  const dates: DateMention[] = (parts.dates ?? []).map(([mention, value]) => ({
    text: mention,
    value,
    span: spanOf(mention),
  }));
  const figures: Figure[] = (parts.figures ?? []).map((f, i) => ({
    id: `f${i}`,
    text: f.text ?? '',
    value: f.value ?? 0,
    low: null,
    high: null,
    qualifier: f.qualifier ?? 'exact',
    increment: f.increment ?? false,
    unit: f.unit ?? null,
    subject: f.subject ?? null,
    claimant: f.claimant ?? null,
    span: f.text ? spanOf(f.text) : { start: 0, end: 0 },
  }));
  const quotes: Quote[] = (parts.quotes ?? []).map((q, i) => ({
    id: `q${i}`,
    text: q.text ?? '',
    kind: q.kind ?? 'direct',
    speaker: q.speaker ?? null,
    cue: q.cue ?? 'said',
    span: q.text ? spanOf(q.text) : { start: 0, end: 0 },
  }));
  const claims: Claim[] = (parts.claims ?? []).map((c, i) => ({
    id: `c${i}`,
    text: c.text ?? '',
    claimant: c.claimant ?? null,
    stance: c.stance ?? 'reports',
    span: c.text ? spanOf(c.text) : { start: 0, end: 0 },
  }));
  const title = parts.title ?? text.split('\n', 1)[0];
  return {
    article: {
      id,
      url: null,
      title,
      outlet: parts.outlet ?? null,
      published: parts.published ?? null,
      language: 'en',
      text,
      sources: [],
    },
    entities,
    quotes,
    figures,
    claims,
    dates,
  };
}
