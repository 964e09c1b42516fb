/**
 * How quad classes are shown: a label, a shape and a line style, with colour only as a third cue, so the
 * charts, the timeline and the reports read the same in grey.
 */

export interface QuadLook {
  quad: 1 | 2 | 3 | 4;
  label: string;
  short: string;
  /** Plot symbol name. */
  symbol: string;
  /** A text glyph of the same shape, for lists. */
  glyph: string;
  dash: string;
  color: string;
}

export const QUADS: readonly QuadLook[] = [
  { quad: 1, label: 'Verbal cooperation', short: 'VC', symbol: 'circle', glyph: '●', dash: '0', color: '#1b7837' },
  { quad: 2, label: 'Material cooperation', short: 'MC', symbol: 'square', glyph: '■', dash: '6,3', color: '#2166ac' },
  { quad: 3, label: 'Verbal conflict', short: 'VK', symbol: 'triangle', glyph: '▲', dash: '2,2', color: '#d6604d' },
  { quad: 4, label: 'Material conflict', short: 'MK', symbol: 'diamond', glyph: '◆', dash: '8,2,2,2', color: '#67001f' },
];

export function quadLook(q: number): QuadLook {
  return QUADS[q - 1] ?? QUADS[0]!;
}
