import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compile } from '../../src/store/postgres/dialect.js';

describe('PostgreSQL statement form', () => {
  it('numbers each named parameter once, in order of first use', () => {
    assert.deepEqual(compile('SELECT @b, @a WHERE x = @b OR y < @a_2'), {
      text: 'SELECT $1, $2 WHERE x = $1 OR y < $3',
      names: ['b', 'a', 'a_2'],
    });
  });

  it('leaves the text-search match operator and e-mail-like text alone', () => {
    assert.deepEqual(compile("SELECT 1 WHERE a.search @@ q.q AND note = 'x@y' AND n = @n"), {
      text: "SELECT 1 WHERE a.search @@ q.q AND note = 'x@y' AND n = $1",
      names: ['n'],
    });
  });
});
