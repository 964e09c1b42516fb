/** Reading the peer sources from ../shared and scoring an extractor on them. */
import { readFileSync } from 'node:fs';
import { sharedPath } from '../../core/paths.js';
import { createExtractor, type Extractor } from '../../pipeline/extract.js';
import { scoreCases } from './_score.js';
import type { PeerCase, PeerEvent, PeerScore, PeerSource } from './_types.js';

/** The events the extractor reads in one case's text, as the scorer compares them. */
export function peerEvents(extractor: Extractor, c: PeerCase): PeerEvent[] {
  const { events } = extractor.extract(c.text, { published: c.published });
  return events.map((e) => ({ code: e.code, root: e.root, source: e.source.principal, target: e.target.principal }));
}

/** The path of a source's file under ../shared, or null where ../shared or the file is absent. */
export function peerFile(source: PeerSource): string | null {
  return sharedPath(...source.parts);
}

/** Score `extractor` (a fresh one by default) on `source`, whose file is at `file`. */
export function scorePeerSource(source: PeerSource, file: string, extractor: Extractor = createExtractor()): PeerScore {
  const cases = source.read(readFileSync(file, 'utf8'));
  return scoreCases(source, cases, (c) => peerEvents(extractor, c));
}
