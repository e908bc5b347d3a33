import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAllowed, parseRobots } from '../../src/ingest/robots.js';

const ROBOTS = `# comments are ignored
User-agent: *
Disallow: /private/
Allow: /private/press/
Disallow: /*.pdf$
Crawl-delay: 2

User-agent: BadBot
User-agent: Dossier
Disallow: /drafts
Crawl-delay: 5
`;

describe('robots.txt', () => {
  it('applies the * group to other agents: longest match wins, Allow on ties, * and $ wildcards', () => {
    const rules = parseRobots(ROBOTS, 'OtherBot');
    assert.equal(rules.crawlDelay, 2);
    assert.equal(isAllowed(rules, '/news/a'), true);
    assert.equal(isAllowed(rules, '/private/x'), false);
    assert.equal(isAllowed(rules, '/private/press/release'), true);
    assert.equal(isAllowed(rules, '/files/report.pdf'), false);
    assert.equal(isAllowed(rules, '/files/report.pdf?download=1'), true);
  });

  it('prefers the group naming the agent, including groups with several User-agent lines', () => {
    const rules = parseRobots(ROBOTS, 'Dossier');
    assert.equal(rules.crawlDelay, 5);
    assert.equal(isAllowed(rules, '/drafts/1'), false);
    assert.equal(isAllowed(rules, '/private/x'), true, 'the * group no longer applies');
  });

  it('allows everything when there are no rules or an empty Disallow', () => {
    assert.equal(isAllowed(parseRobots('', 'Dossier'), '/x'), true);
    assert.equal(isAllowed(parseRobots('User-agent: *\nDisallow:\n', 'Dossier'), '/x'), true);
  });

  it('stays fast on hostile wildcard patterns', () => {
    const rules = parseRobots(`User-agent: *\nDisallow: /${'*a'.repeat(30)}b\n`, 'Dossier');
    assert.equal(isAllowed(rules, `/${'a'.repeat(5000)}`), true);
  });
});
