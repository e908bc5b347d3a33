/** What a site's robots.txt allows one user agent: path rules and a crawl delay. */
export interface RobotsRules {
  /** Allow/Disallow patterns of the group that applies (`*` and `$` wildcards as in RFC 9309). */
  rules: { allow: boolean; pattern: string }[];
  /** Crawl-delay in seconds, when the group sets one. */
  crawlDelay: number | null;
  /** Why robots.txt could not be fetched, when it could not: then everything is disallowed. */
  unreachable?: string;
}

/** Rules that allow everything: a missing robots.txt (404) means no restriction. */
export const ALLOW_ALL: RobotsRules = { rules: [], crawlDelay: null };
/** Rules that refuse everything: what an unreachable robots.txt (5xx, no answer) means under RFC 9309. */
export function unreachableRobots(reason: string): RobotsRules {
  return { rules: [{ allow: false, pattern: '/' }], crawlDelay: null, unreachable: reason };
}

/** One group of robots.txt: the user agents it names and their rules. */
interface Group {
  agents: string[];
  rules: RobotsRules['rules'];
  crawlDelay: number | null;
}

/**
 * Parses robots.txt for `agent` (the product token, e.g. "Dossier"): the group naming the agent
 * wins over the `*` group; consecutive User-agent lines share one group.
 */
export function parseRobots(text: string, agent: string): RobotsRules {
  const token = agent.toLowerCase();
  const groups = readGroups(text);
  const named = groups.filter((g) => g.agents.some((a) => a !== '*' && token.includes(a)));
  const chosen = named.length ? named : groups.filter((g) => g.agents.includes('*'));
  if (chosen.length === 0) return ALLOW_ALL;
  return {
    rules: chosen.flatMap((g) => g.rules),
    crawlDelay: chosen.find((g) => g.crawlDelay !== null)?.crawlDelay ?? null,
  };
}

/** The groups of a robots.txt, in order (its first 10,000 lines; lines before any User-agent are ignored). */
function readGroups(text: string): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r?\n/).slice(0, 10_000)) {
    const line = raw.replace(/#.*/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1].toLowerCase();
    const value = m[2].trim();
    if (key === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [], crawlDelay: null };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
    } else if (current) {
      addLine(current, key, value);
    }
    lastWasAgent = key === 'user-agent';
  }
  return groups;
}

/** Adds an Allow, Disallow or Crawl-delay line to its group; other keys mean nothing here. */
function addLine(group: Group, key: string, value: string): void {
  if (key === 'allow' || key === 'disallow') {
    // An empty Disallow allows everything; it adds no rule.
    if (value) group.rules.push({ allow: key === 'allow', pattern: value });
  } else if (key === 'crawl-delay') {
    const seconds = Number(value);
    if (Number.isFinite(seconds) && seconds >= 0) group.crawlDelay = seconds;
  }
}

/** True when `path` (path and query) may be fetched: the longest matching rule decides, Allow winning ties. */
export function isAllowed(robots: RobotsRules, path: string): boolean {
  let best: { allow: boolean; length: number } | null = null;
  for (const rule of robots.rules) {
    if (!matches(rule.pattern, path)) continue;
    const length = rule.pattern.length;
    if (!best || length > best.length || (length === best.length && rule.allow))
      best = { allow: rule.allow, length };
  }
  return best?.allow ?? true;
}

/** Matches a robots.txt path pattern (`*` any run, trailing `$` end) without regular expressions: O(pattern × path) at worst. */
function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  // An unanchored pattern is a prefix: the same as the pattern followed by `*`.
  const p = anchored ? pattern.slice(0, -1) : `${pattern}*`;
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (j < path.length) {
    if (i < p.length && p[i] !== '*' && p[i] === path[j]) {
      i++;
      j++;
    } else if (i < p.length && p[i] === '*') {
      star = i++;
      mark = j;
    } else if (star >= 0) {
      i = star + 1;
      j = ++mark;
    } else {
      return false;
    }
  }
  while (i < p.length && p[i] === '*') i++;
  return i === p.length;
}
