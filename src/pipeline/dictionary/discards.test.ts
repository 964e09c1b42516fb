import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DiscardPhrases } from './_discards.js';

test('discard phrases are found where a search for each one finds them, and nowhere else', () => {
  const phrases = [' WORLD CUP', ' GOALKEEPER ', ' BOX OFFICE', ' FC', ' A', 'SEMI-FINAL', ' GRAND PRIX '];
  const texts = [
    ' THE WORLD CUP DRAW ',
    ' THE WORLD CUPS ',
    ' A GOALKEEPER SAVED ',
    ' THE GOALKEEPERS ',
    ' THE FCC RULED ',
    ' ANKARA ',
    ' ITS SEMI-FINAL ',
    ' THE GRAND PRIX ',
    ' THE GRAND PRIXS ',
    ' OFFICE BOX ',
    ' MINISTERS MET ',
    '',
    ' ',
  ];
  const search = new DiscardPhrases(phrases);
  for (const text of texts) assert.equal(search.foundIn(text), phrases.some((p) => text.includes(p)), text);
  assert.equal(new DiscardPhrases([' GOALKEEPER ']).foundIn(' THE GOALKEEPERS '), false);
  assert.equal(new DiscardPhrases([' GOALKEEPER ']).foundIn(' THE GOALKEEPER '), true);
  assert.equal(new DiscardPhrases([]).foundIn(' ANY TEXT '), false);
});
