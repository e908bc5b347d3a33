import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../src/nlp/pipeline.js';
import { loadResources } from '../../src/resources.js';

const DEV = resolve(import.meta.dirname, '../../../shared/data/quotes/polnear/dev.jsonl');
const skip = existsSync(DEV)
  ? false
  : `PolNeAR dev is not at ${DEV}: put the shared data beside the repository to run this test`;

/**
 * Words that name no one, written here independently of the lexicon: function words, auxiliaries,
 * cues. Quantifiers standing for people ("Some say …", "all agreed") are a group, so they may speak.
 */
const NO_ONE = new Set(
  (
    'a an the this that these those any each every no not either neither of in on at to for ' +
    'from by with about into over after before since during and or but nor so yet if when while though ' +
    'although because as than then there here what which who whom whose why how where is are was were be ' +
    'been being am has have had do does did will would shall should can could may might must said says say ' +
    'told tells added noted according also just only even still already now later earlier'
  ).split(' '),
);
const CALENDAR =
  /^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?$|^(?:jan|feb|mar|apr|may|june?|july?|aug|sept?|oct|nov|dec)[a-z]*\.?$/i;

/** Why a speaker or claimant name cannot be one, or null when it can. */
function whyNoOne(name: string): string | null {
  const words = name.split(/\s+/);
  if (words.every((w) => /^[\d,.%$]+$/.test(w))) return 'a number';
  if (words.length > 1) return null;
  const w = name.toLowerCase();
  if (NO_ONE.has(w)) return 'a function word';
  if (CALENDAR.test(w)) return 'a date';
  if (/^\p{Ll}+(?:ed|ing)$/u.test(name)) return 'a verb';
  return null;
}

describe('speakers and claimants on the whole PolNeAR dev set', { skip }, () => {
  it('are always an entity, a description or a group: never a date, a verb or a function word', () => {
    const resources = loadResources();
    const wrong: string[] = [];
    let named = 0;
    for (const line of readFileSync(DEV, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const a = JSON.parse(line);
      const article = { ...a, url: null, language: 'en', sources: [] };
      const analysis = analyze(article, resources);
      const names = [
        ...analysis.quotes.map((q) => q.speaker?.name),
        ...analysis.figures.map((f) => f.claimant),
        ...analysis.claims.map((c) => c.claimant),
      ].filter((n): n is string => typeof n === 'string');
      named += names.length;
      for (const n of names) {
        const why = whyNoOne(n);
        if (why) wrong.push(`${a.id}: "${n}" is ${why}`);
      }
    }
    assert.ok(named > 1000, `only ${named} speakers and claimants: the pipeline found too few to judge`);
    assert.deepEqual(wrong, []);
  });
});
