/**
 * A country named by the compass word of its name alone ("the North", "the South") once the document has
 * named it or the country it is told apart from ("South Korea accused North Korea … The North fired …",
 * "Sudan and South Sudan … the South"): the short form is that country. Only where another country shares
 * the rest of the name, so the word picks one of two ("the South" in a text about South Africa alone stays
 * a region).
 */
import { fold, type Gazetteer } from '../../knowledge/gazetteer/index.js';
import { startsUpper } from '../segment/index.js';
import type { ActorMention, DocumentContext } from '../types.js';

/** A country whose name is a compass word and a stem ("North" + "Korea"), with the countries of that stem. */
interface ShortForm {
  id: string;
  name: string;
  /** Countries named by the same stem, alone or with another word: the short form's siblings and itself. */
  kin: Set<string>;
}

const cache = new WeakMap<Gazetteer, Map<string, ShortForm[]>>();

/** By the folded compass word, the countries a short form may stand for. */
function shortForms(g: Gazetteer): Map<string, ShortForm[]> {
  let out = cache.get(g);
  if (out) return out;
  out = new Map();
  // stem → country ids named by it ("korea" → PRK, KOR).
  const byStem = new Map<string, Set<string>>();
  const split: [string, string, string, string][] = [];
  for (const c of g.countries.values()) {
    for (const n of [c.name, ...c.aliases]) {
      const words = n.split(' ');
      const stem = fold(words.length === 2 && g.placeModifiers.has(fold(words[0] ?? '')) ? (words[1] ?? '') : n);
      let ids = byStem.get(stem);
      if (!ids) byStem.set(stem, (ids = new Set()));
      ids.add(c.id);
      if (words.length === 2 && g.placeModifiers.has(fold(words[0] ?? ''))) split.push([fold(words[0] ?? ''), stem, c.id, c.name]);
    }
  }
  for (const [word, stem, id, name] of split) {
    const kin = byStem.get(stem);
    if (!kin || kin.size < 2) continue;
    const list = out.get(word) ?? [];
    if (!list.some((f) => f.id === id)) list.push({ id, name, kin });
    out.set(word, list);
  }
  cache.set(g, out);
  return out;
}

/**
 * Add the short-form mentions ("the North") of countries the document has told apart from a sibling, in
 * place; `ctx.actors` stays in text order.
 */
export function addShortFormMentions(ctx: DocumentContext, g: Gazetteer): void {
  const forms = shortForms(g);
  if (forms.size === 0 || ctx.actors.length === 0) return;
  const added: ActorMention[] = [];
  let k = 0;
  // Principals named so far, in text order.
  const named = new Set<string>();
  for (const s of ctx.sentences) {
    const tk = s.tokens;
    for (let i = 1; i < tk.length; i++) {
      const t = tk[i];
      if (!t) continue;
      while (k < ctx.actors.length && (ctx.actors[k]?.end ?? Infinity) <= t.start) {
        const p = ctx.actors[k]?.principal;
        if (p) named.add(p);
        k++;
      }
      if (!startsUpper(t.text) || tk[i - 1]?.lower !== 'the') continue;
      const list = forms.get(fold(t.text));
      if (!list) continue;
      // "the North Atlantic", "the South China Sea": a longer name, not the short form; "in the North": a region.
      const next = tk[i + 1];
      if (next && startsUpper(next.text)) continue;
      if (g.locationWords.has(fold(tk[i - 2]?.text ?? ''))) continue;
      if (ctx.actors.some((a) => a.start < t.end && a.end > t.start)) continue;
      const picks = list.filter((f) => [...f.kin].some((id) => named.has(id)));
      if (picks.length !== 1) continue;
      const f = picks[0]!;
      added.push({ sentence: s.index, start: t.start, end: t.end, text: t.text, entryId: f.id, kind: 'country', principal: f.id, role: 'actor', name: f.name });
    }
  }
  if (added.length === 0) return;
  ctx.actors.push(...added);
  ctx.actors.sort((a, b) => a.start - b.start);
}
