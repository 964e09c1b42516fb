/**
 * A principal as a person or a client names it, against a store: the gazetteer's codes and names
 * first ("Serbia" → SRB, "North Atlantic Treaty Organization" → NATO), then the codes the store's
 * events carry (an imported dataset may hold actors the gazetteer lacks). The CLI and the API both
 * use it, so a name means the same principal everywhere.
 */
import { principalOf } from '../knowledge/gazetteer/index.js';
import type { Store } from '../store/store.js';

/**
 * The principal `value` names; `UNKNOWN_ACTOR` naming `field` and the closest names when none.
 * @example await principalIn(store, 'Serbia', '--actor') // 'SRB'
 */
export function principalIn(store: Store, value: string, field: string): Promise<string> {
  return principalOf(value, field, async () => (await store.principals()).map((p) => p.principal));
}
