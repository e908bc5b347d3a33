import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseByline, readPlainText } from '../../src/ingest/byline.js';

describe('plain-text bylines', () => {
  it('reads outlet and date from the usual byline shapes', () => {
    assert.deepEqual(parseByline('By Oksana Levchenko | The Continental Review | October 21, 2024'), {
      outlet: 'The Continental Review',
      published: '2024-10-21',
    });
    assert.deepEqual(parseByline('The Northbridge Herald — Friday, March 14, 2025'), {
      outlet: 'The Northbridge Herald',
      published: '2025-03-14',
    });
  });

  it('does not take prose or a dateless line for a byline', () => {
    assert.equal(parseByline('Troops arrived in 2024, officials said.'), null);
    assert.equal(parseByline('By Oksana Levchenko | The Continental Review'), null);
  });

  it('gives title, outlet and date of a text article and keeps its text whole', () => {
    const text = 'Strike ends\n\nCoastal Daily | Monday, March 17, 2025\n\nDockworkers voted on Monday.';
    assert.deepEqual(readPlainText(text, 'a.txt'), {
      text,
      origin: 'a.txt',
      title: 'Strike ends',
      outlet: 'Coastal Daily',
      published: '2025-03-17',
    });
    assert.deepEqual(readPlainText('Just one paragraph of prose.', 'b.txt'), {
      text: 'Just one paragraph of prose.',
      origin: 'b.txt',
    });
  });
});
