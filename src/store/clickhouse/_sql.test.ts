import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDyadError } from '../../core/errors.js';
import { day, ident, int, num, str, strList, strOrNull, tsvField } from './_sql.js';

const refused = (f: () => unknown) => assert.throws(f, (e) => isDyadError(e) && e.code === 'BAD_ARGUMENT');

test('a string literal escapes backslashes before quotes, so neither can end the literal', () => {
  assert.equal(str("it's"), "'it\\'s'");
  assert.equal(str('a\\b'), "'a\\\\b'");
  // A trailing backslash must not escape the closing quote.
  assert.equal(str("x\\"), "'x\\\\'");
  assert.equal(str("\\'"), "'\\\\\\''");
  assert.equal(strOrNull(null), 'NULL');
  assert.equal(strList(['a', "b'"]), "('a', 'b\\'')");
});

test('numbers must be finite and whole numbers whole', () => {
  assert.equal(num(-4.5), '-4.5');
  refused(() => num(Number.NaN));
  refused(() => num(Number.POSITIVE_INFINITY));
  assert.equal(int(1000), '1000');
  refused(() => int(1.5));
});

test('days must be YYYY-MM-DD and names plain identifiers', () => {
  assert.equal(day('2015-11-20'), "'2015-11-20'");
  refused(() => day("2015-11-20' OR 1=1 --"));
  refused(() => day('20151120'));
  assert.equal(ident('events_local'), 'events_local');
  refused(() => ident('events; DROP TABLE x'));
  refused(() => ident('1abc'));
});

test('TabSeparated fields escape tab, newline, carriage return and backslash, and write NULL as \\N', () => {
  assert.equal(tsvField('a\tb\nc\rd\\e'), 'a\\tb\\nc\\rd\\\\e');
  assert.equal(tsvField(null), '\\N');
  assert.equal(tsvField('\\N'), '\\\\N');
  assert.equal(tsvField(2.5), '2.5');
});
