/**
 * Where the team's rule gave a coarse code and the verb dictionaries read the same verb between the
 * same parties with a finer code of the same root, the finer code is taken: "called on Peru to send
 * aid" is an appeal (020) by the team's rule and an appeal for aid (0233) by CAMEO's own pattern. The
 * team's rule still chose the event, its parties and its root; the dictionary only narrows the code.
 */

/**
 * Is `finer` a more specific code than `coarse` in the same root? A root's own code ("020") is
 * narrowed by any other code of its root, a code below the root ("023") only by its own sub-codes ("0233").
 */
export function narrows(coarse: string, finer: string): boolean {
  const root = coarse.slice(0, 2);
  if (finer === coarse || !finer.startsWith(root)) return false;
  if (coarse === `${root}0`) return true;
  return finer.length > coarse.length && finer.startsWith(coarse);
}

/** The most specific of `codes` that narrows `coarse` (the first of equally long ones), or undefined. */
export function finestNarrowing(coarse: string, codes: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const c of codes) if (narrows(coarse, c) && (!best || c.length > best.length)) best = c;
  return best;
}

/**
 * Whether some code of `codes` (a codebook's) narrows a coarse code, worked out once per coarse code: a
 * code nothing narrows ("057", signing, has no sub-codes) is never changed by the dictionaries, so its
 * sentence need not be coded with them for it.
 */
export function narrowability(codes: readonly string[]): (coarse: string) => boolean {
  const known = new Map<string, boolean>();
  return (coarse) => {
    let may = known.get(coarse);
    if (may === undefined) known.set(coarse, (may = codes.some((c) => narrows(coarse, c))));
    return may;
  };
}
