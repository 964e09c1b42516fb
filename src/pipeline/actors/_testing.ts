/**
 * For the actors stage's tests: a text run through segment, dates and actors, its actor mentions given
 * as "text→principal" ('?' where none).
 */
import { createStages, readDocument } from '../extract.js';

const stages = createStages().filter((s) => s.name === 'segment' || s.name === 'dates' || s.name === 'actors');

export function actorsOf(text: string): string[] {
  const ctx = readDocument(text, { published: '2020-01' });
  for (const s of stages) s.run(ctx);
  return ctx.actors.filter((a) => a.role === 'actor').map((a) => `${a.text}→${a.principal ?? '?'}`);
}
