/**
 * The actors stage's mentions, made by a constructor rather than an object literal: a document has a
 * mention for most of its sentences, and V8 tracks each object literal's allocation for pretenuring
 * (a memento behind every young one), which made the literal the stage's costliest line.
 */
import type { ActorKind, ActorMention, MentionRole } from '../types.js';

export class Mention implements ActorMention {
  declare sector?: string;
  constructor(
    public sentence: number,
    public start: number,
    public end: number,
    public text: string,
    public entryId: string,
    public kind: ActorKind,
    public principal: string | null,
    public role: MentionRole,
    public name: string,
  ) {}
}
