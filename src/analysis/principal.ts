/**
 * A principal as a person or a client names it, against a store: the gazetteer's codes and names
 * first ("Serbia" → SRB, "North Atlantic Treaty Organization" → NATO), then the codes the store's
 * events carry (an imported dataset may hold actors the gazetteer lacks). The CLI and the API both
 * use it, so a name means the same principal everywhere.
 */
import { principalOf } from '../knowledge/gazetteer/index.js';
import type { Store } from '../store/store.js';

/**
 * The store's codes, kept while its write generation stands: listing them is an aggregate over every
 * event, too dear to repeat for each request that names a code the gazetteer lacks. A store without a
 * generation (one that other processes write, such as ClickHouse) is asked every time.
 */
const storeCodes = new WeakMap<Store, { generation: number; codes: Promise<string[]> }>();

function codesOf(store: Store): Promise<string[]> {
  const ask = async () => (await store.principals()).map((p) => p.principal);
  const generation = store.generation?.();
  if (generation === undefined) return ask();
  const kept = storeCodes.get(store);
  if (kept && kept.generation === generation) return kept.codes;
  const codes = ask();
  storeCodes.set(store, { generation, codes });
  codes.catch(() => storeCodes.delete(store));
  return codes;
}

/**
 * The principal `value` names; `UNKNOWN_ACTOR` naming `field` and the closest names when none.
 * @example await principalIn(store, 'Serbia', '--actor') // 'SRB'
 */
export function principalIn(store: Store, value: string, field: string): Promise<string> {
  return principalOf(value, field, () => codesOf(store));
}
