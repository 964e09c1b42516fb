/**
 * The seed brief against its gold file: every date the gold expects is found, and the date each
 * gold event's clause gets fits the gold date. Both files are read from ../shared, never copied.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sharedFile } from '../../testing/shared.js';
import type { DocumentContext, Token } from '../types.js';
import { datedContext } from './_testing.js';
import { dateForSpan, intervalContains, intervalFromIso } from './index.js';

interface GoldItem {
  date: string | null;
  quote?: string;
}
interface Gold {
  published: string;
  events: GoldItem[];
  milestones: GoldItem[];
  indicators: GoldItem[];
}

function load(t: Parameters<typeof sharedFile>[0]): { ctx: DocumentContext; gold: Gold } | null {
  const doc = sharedFile(t, 'seeds', 'serbia-nato-brief.txt');
  const goldFile = sharedFile(t, 'gold', 'serbia-nato-brief.gold.json');
  if (!doc || !goldFile) return null;
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Gold;
  return { ctx: datedContext(readFileSync(doc, 'utf8'), gold.published), gold };
}

/** Where a quote of the original lies in the normalised text. */
function normalisedSpan(ctx: DocumentContext, quote: string): [number, number] {
  const at = ctx.original.indexOf(quote);
  assert.ok(at >= 0, `quote not in the document: ${quote.slice(0, 40)}`);
  let a = 0;
  while (a < ctx.text.length && ctx.offsets.toOriginal(a) < at) a++;
  let b = a;
  while (b < ctx.text.length && ctx.offsets.toOriginal(b) < at + quote.length) b++;
  return [a, b];
}

test('every date the gold file expects is found among the mentions', (t) => {
  const loaded = load(t);
  if (!loaded) return;
  const { ctx, gold } = loaded;
  const wanted = new Set([...gold.events, ...gold.milestones, ...gold.indicators].map((g) => g.date).filter((d): d is string => !!d));
  for (const d of wanted) {
    const outer = intervalFromIso(d);
    assert.ok(ctx.dates.some((m) => intervalContains(outer, m.interval)), `no mention fits ${d}`);
  }
});

test("each dated gold event's clause gets a date that fits the gold date", (t) => {
  const loaded = load(t);
  if (!loaded) return;
  const { ctx, gold } = loaded;
  const misses: string[] = [];
  let dated = 0;
  for (const g of gold.events) {
    if (!g.date || !g.quote) continue;
    dated++;
    const [a, b] = normalisedSpan(ctx, g.quote);
    // The trigger an event rule would take in each sentence of the quote: its first verb (or
    // passive participle), else its first noun; the quote's date is right if one of them gets it.
    const sentences = ctx.sentences.filter((x) => x.start < b && a < x.end);
    assert.ok(sentences.length > 0, 'the quote lies in a sentence');
    const dates = sentences.map((s) => {
      const inQuote = s.tokens.filter((tk) => tk.start >= a && tk.end <= b);
      const trigger: Token | undefined =
        inQuote.find((tk, i) => tk.pos === 'VERB' || (tk.pos === 'ADJ' && inQuote[i - 1]?.pos === 'AUX')) ??
        inQuote.find((tk) => tk.pos === 'NOUN' || tk.pos === 'PROPN');
      return trigger ? dateForSpan(ctx, s.index, trigger.start, trigger.end) : null;
    });
    const goldDate = intervalFromIso(g.date);
    const got = dates.find((d) => d && intervalContains(goldDate, d)) ?? dates.find((d) => d) ?? null;
    if (!got || !intervalContains(goldDate, got)) misses.push(`${g.date} <- ${got ? `${got.start}..${got.end}` : 'none'}: ${g.quote.slice(0, 50)}`);
  }
  // One needs knowledge no text rule has: the date of an event named only by what came before
  // (a partnership that came before any formal one). The other is this test's guess of a trigger:
  // "memory" in "the living memory of NATO's air strikes", where the rule's trigger, "air strikes",
  // takes the date the brief gives the air campaign elsewhere (1999; see narrative.test.ts).
  assert.ok(misses.length <= 2, `${misses.length} of ${dated} misses:\n${misses.join('\n')}`);
});
