/**
 * The field's public test sentences as the peer scorer reads them: each a text with the events the
 * field codes in it (CAMEO code, and source and target where the source gives them), or none.
 */

/** One event the field codes in a sentence. */
export interface PeerCoding {
  /** CAMEO code as a string ("036", "1312"). */
  code: string;
  /** The source's principal as Dyad writes it (`USA`, `NATO`), or null when the source gives none. */
  source: string | null;
  target: string | null;
}

/** One sentence (or short text) with its expected codings. */
export interface PeerCase {
  /** The record's id in its source (a code, a record id). */
  id: string;
  text: string;
  /** The text's date (`2008-08-06`), the anchor for relative dates; null when none. */
  published: string | null;
  /** The events the field codes here; empty where it says the text holds none. */
  expected: PeerCoding[];
}

/** A file of public test sentences. */
export interface PeerSource {
  /** Short name, as the report heads its section (`cameo-examples`, `petrarch-gsr`). */
  name: string;
  /** What the sentences are, one line. */
  title: string;
  /** The path under ../shared it reads. */
  parts: readonly string[];
  /** Read the cases from the file's text. */
  read(text: string): PeerCase[];
  /** The figures the extractor aims at on this source, per level. */
  targets?: Partial<Record<Level, { recall?: number; precision?: number }>>;
}

/** An event as the scorer compares it: the extraction's code and principals. */
export interface PeerEvent {
  code: string;
  root: string;
  source: string;
  target: string;
}

/** A count of hits out of a whole, for recall or precision. */
export interface Ratio {
  hits: number;
  of: number;
}

/** Recall and precision at one level of agreement. */
export interface LevelScore {
  recall: Ratio;
  precision: Ratio;
}

/** The levels the scorer reports: the root, the full code, each also with both actors right. */
export type Level = 'root' | 'code' | 'rootActors' | 'codeActors';

/** One expected coding the extraction missed at some level, with its sentence. */
export interface PeerMiss {
  id: string;
  text: string;
  expected: PeerCoding;
  /** What the extraction read in the sentence, `code SRC→TGT` each. */
  found: string[];
  /** The levels it was missed at. */
  levels: Level[];
}

/** An event read where the sentence has no coding with its root. */
export interface PeerFalseAlarm {
  id: string;
  text: string;
  event: PeerEvent;
  expected: PeerCoding[];
}

/** The score of one source. */
export interface PeerScore {
  source: string;
  title: string;
  cases: number;
  /** Levels scored: those with actors only where the source gives actors. */
  levels: Partial<Record<Level, LevelScore>>;
  /** Per expected root: recall at the root level and at root with actors (where given). */
  roots: Map<string, { expected: number; root: number; rootActors: number; read: number; readRight: number }>;
  /** Texts the field says hold no event, and how many of them gave events. */
  quiet: Ratio;
  misses: PeerMiss[];
  falseAlarms: PeerFalseAlarm[];
}
