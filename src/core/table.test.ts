import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderCsv, renderTable } from './table.js';

test('a table aligns its columns under a rule, cuts long cells and says when it has no rows', () => {
  const rows = [{ actor: 'CHL', events: 12, share: 0.12345 }, { actor: 'PER', events: 3, note: 'two\nlines' }];
  assert.equal(renderTable(rows), [
    'actor  events  share  note',
    '-----  ------  -----  ---------',
    'CHL    12      0.123',
    'PER    3              two lines',
  ].join('\n'));
  assert.equal(renderTable([{ text: 'abcdefghij' }], undefined, 5), 'text\n-----\nabcd…');
  assert.equal(renderTable([]), '(none)');
});

test('CSV names the columns first and quotes a field with a comma, quote or line break', () => {
  assert.equal(renderCsv([{ a: 'x,y', b: 'say "no"' }, { a: null, b: 'two\nlines' }]), 'a,b\n"x,y","say ""no"""\n,"two\nlines"');
  assert.equal(renderCsv([{ a: 1, b: 2 }], ['b']), 'b\n2');
});
