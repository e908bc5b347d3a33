import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../../src/errors.js';
import { decodeText } from '../../src/ingest/decode.js';
import { parseInputFile } from '../../src/ingest/files.js';

const utf16 = (text: string, order: 'le' | 'be', bom = true): Buffer => {
  const le = Buffer.from(text, 'utf16le');
  const bytes = order === 'le' ? le : Buffer.from(le).swap16();
  const mark = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), bytes]) : bytes;
};
const PARAGRAPHS =
  '<p>The minister said the “plan” was final, café owners said otherwise and complained.</p>'.repeat(5);

describe('decodeText: the WHATWG rules for files', () => {
  it('reads UTF-16 files with a byte-order mark, either byte order', () => {
    const text = 'Troops sent north\n\nThe ministry said “2,500” troops were sent. Café.\n';
    assert.equal(decodeText(utf16(text, 'le'), 'a.txt'), text);
    assert.equal(decodeText(utf16(text, 'be'), 'b.txt'), text);
  });

  it('reads UTF-16 text without a byte-order mark', () => {
    const text = 'Troops sent north\n\nThe ministry said 2,500 troops were sent.\n';
    assert.equal(decodeText(utf16(text, 'le', false), 'c.txt'), text);
    assert.equal(decodeText(utf16(text, 'be', false), 'd.txt'), text);
  });

  it('decodes HTML in the legacy charset it declares (windows-1252, ISO-8859-1 as windows-1252)', () => {
    for (const declaration of [
      '<meta charset="windows-1252">',
      '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
    ]) {
      const page = `<html><head>${declaration}<title>Caf\u00e9</title></head><body>${PARAGRAPHS}</body></html>`;
      // windows-1252 puts the curly quotes at 0x93 and 0x94, which latin1 cannot encode.
      const bytes = Buffer.from(page.replaceAll('“', '\u0093').replaceAll('”', '\u0094'), 'latin1');
      const text = decodeText(bytes, 'page.html');
      assert.match(text, /the “plan” was final, café owners/);
    }
  });

  it('decodes an XML feed in the encoding its declaration names', () => {
    const feed =
      '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><item><title>Caf\u00e9 reopens</title></item></channel></rss>';
    assert.match(decodeText(Buffer.from(feed, 'latin1'), 'feed.xml'), /Café reopens/);
  });

  it('reads a UTF-16 HTML page through to its article', () => {
    const page = `<html><head><title>Budget passes</title></head><body><article>${PARAGRAPHS}</article></body></html>`;
    const [item] = parseInputFile('page.html', utf16(page, 'le'));
    assert.ok(item.ok);
    assert.match(item.input.text, /café owners/);
  });

  it('still refuses binary files and undeclared bytes that are not UTF-8, saying what to do', () => {
    assert.throws(
      () => decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 0, 0xff]), 'x.png'),
      (err: unknown) => {
        assert.ok(err instanceof InputError);
        assert.match(err.message, /binary/);
        return true;
      },
    );
    assert.throws(() => decodeText(Buffer.from('caf\xe9 au lait', 'latin1'), 'y.txt'), /not valid UTF-8/);
  });
});
