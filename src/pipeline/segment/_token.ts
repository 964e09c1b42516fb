/**
 * The segmenter's tokens, made by a constructor rather than an object literal. A document has
 * thousands of tokens that live as long as its extraction; V8 tracks object literals for
 * pretenuring (an allocation memento behind each young one), which made the literal a sixth of the
 * segment stage's own work. Instances of one class also share one shape for every later stage.
 */
import type { Token } from '../types.js';

export class SegmentToken implements Token {
  constructor(
    public start: number,
    public end: number,
    public text: string,
    public lower: string,
    public lemma: string,
    public pos: string,
    public spaceAfter: boolean,
    public plain: boolean,
  ) {}
}
