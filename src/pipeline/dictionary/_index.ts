/**
 * The verb dictionaries as the coder looks them up: every form of every verb (`GAVE`, `GIVEN`) to its
 * entries, and the synsets by name. A later file's verb replaces an earlier file's with the same form
 * (a user's `--verbs` overrides the bundled CAMEO dictionary); synsets likewise.
 */
import type { VerbBlock, VerbDictionary, VerbEntry } from '../../knowledge/petrarch/index.js';

/** A verb with its block (whose patterns it shares). */
export interface VerbRef {
  verb: VerbEntry;
  block: VerbBlock;
}

export interface VerbIndex {
  /** Upper-case form → the verbs it may be (a multi-word verb first, then the single word). */
  forms: Map<string, VerbRef[]>;
  synsets: Map<string, string[][]>;
}

export function buildVerbIndex(dictionaries: VerbDictionary[]): VerbIndex {
  const forms = new Map<string, VerbRef[]>();
  const synsets = new Map<string, string[][]>();
  for (const dict of dictionaries) {
    for (const [name, phrases] of Object.entries(dict.synsets)) synsets.set(name, phrases);
    // Forms this file defines replace what earlier files gave them.
    const own = new Map<string, VerbRef[]>();
    for (const block of dict.blocks)
      for (const verb of block.verbs)
        for (const form of verb.forms) {
          const list = own.get(form) ?? [];
          list.push({ verb, block });
          own.set(form, list);
        }
    for (const [form, refs] of own) {
      // Multi-word verbs are tried before the bare word.
      refs.sort((a, b) => b.verb.before.length + b.verb.after.length - (a.verb.before.length + a.verb.after.length));
      forms.set(form, refs);
    }
  }
  return { forms, synsets };
}
