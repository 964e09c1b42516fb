/**
 * The agent dictionary (`Phoenix.agents.txt`): `PHRASE {PLURALS} [~CODE]`, the code added after an
 * actor's (`~GOV`) or before it (`NGO~`); `{}` means no plural, `{X Y}` the irregular ones, else the
 * regular plural is made; substitution markers `!PERSON! = MAN, MEN, …` expand wherever they are used.
 */
import type { DyadError } from '../../core/errors.js';
import { contentLines, lineError, phraseWords, pluralOf } from './_lines.js';
import type { AgentEntry } from './_types.js';

/** Read an agent dictionary; malformed lines are errors (file, line, what is wrong) and skipped. */
export function readAgentDictionary(text: string, file: string): { value: AgentEntry[]; errors: DyadError[] } {
  const errors: DyadError[] = [];
  const out: AgentEntry[] = [];
  const markers = new Map<string, string[]>();
  for (const l of contentLines(text, file, errors)) {
    const s = l.text.trim();
    const marker = /^(![A-Z]+!)\s*=\s*(.*)$/i.exec(s);
    if (marker) {
      const items = (marker[2] ?? '').split(',').map((x) => x.replace(/\s+/g, '').toUpperCase()).filter((x) => x !== '');
      if (items.length === 0) errors.push(lineError(file, l.line, `the marker ${marker[1]} lists nothing`, 'Write !NAME! = A, B, C.'));
      else markers.set((marker[1] ?? '').toUpperCase(), items);
      continue;
    }
    // The code: [~GOV] or [NGO~]; the Phoenix file has a few [~LEG} typos, which are errors here.
    const m = /^(.*?)\s*(?:\{([^{}]*)\})?\s*\[\s*([^\]\s]*)\s*\]\s*$/.exec(s);
    if (!m) {
      errors.push(lineError(file, l.line, s.includes('[') ? 'the agent code is not closed with ]' : 'an agent without its [~CODE]', 'Write PHRASE {PLURALS} [~CODE].'));
      continue;
    }
    const phrase = (m[1] ?? '').trim();
    const raw = m[3] ?? '';
    const cm = /^(?:~([A-Z0-9]+)|([A-Z0-9]+)~)$/i.exec(raw);
    if (!phrase || !cm) {
      errors.push(lineError(file, l.line, !phrase ? 'a code without a phrase' : `'[${raw}]' is not an agent code (~CODE or CODE~)`, 'Write PHRASE {PLURALS} [~CODE].'));
      continue;
    }
    const code = (cm[1] ?? cm[2] ?? '').toUpperCase();
    const place = cm[1] ? 'after' : 'before';
    // Expand one substitution marker (the files use at most one per phrase), no plural for those.
    const mk = /![A-Z]+!/i.exec(phrase);
    if (mk) {
      const items = markers.get(mk[0].toUpperCase());
      if (!items) {
        errors.push(lineError(file, l.line, `the marker ${mk[0]} is not defined`, 'Define it first: !NAME! = A, B, C.'));
        continue;
      }
      for (const item of items) out.push({ phrase: phraseWords(phrase.replace(mk[0], item)), code, place, source: { file, line: l.line } });
      continue;
    }
    const words = phraseWords(phrase);
    out.push({ phrase: words, code, place, source: { file, line: l.line } });
    const last = words[words.length - 1] ?? '';
    const plurals = m[2] === undefined ? (/^[A-Z]+$/.test(last) ? [[...words.slice(0, -1), pluralOf(last)]] : []) : m[2].split(/\s+/).filter((x) => x !== '').map(phraseWords);
    for (const p of plurals) out.push({ phrase: p, code, place, source: { file, line: l.line } });
  }
  return { value: out, errors };
}
