/** An actor's rung on one organisation's ladder over time, as a step chart with a dot at each step. */
import * as Plot from '@observablehq/plot';

export interface LadderChartStep {
  day: string;
  level: number;
  instrument: string;
  status: string;
  rung: string;
}

export interface LadderChartData {
  /** The ladder's rung names, bottom first. */
  rungs: readonly { name: string }[];
  /** The steps in date order (at least one). */
  history: readonly LadderChartStep[];
  /** The rung held on `at`, where the line ends. */
  level: number;
  at: string;
  /** The first day shown, when a period is chosen: the line enters at the rung held then. */
  from?: string;
}

export interface LadderChartOptions {
  width: number;
  document: Document;
}

const day = (d: string) => new Date(`${d}T00:00:00Z`);

/** The step chart; the line starts at the bottom rung a year before the first step. */
export function ladderChart(l: LadderChartData, o: LadderChartOptions): ReturnType<typeof Plot.plot> {
  // Clipped only when a period cuts the line (a clip path's id differs per drawing, and a report must
  // render to the same bytes each time).
  const clip = Boolean(l.from && l.from < l.at);
  const first = day(l.history[0]?.day ?? l.at);
  const points = [
    { date: new Date(Date.UTC(first.getUTCFullYear() - 1, 0, 1)), level: 0 },
    ...l.history.map((st) => ({ date: day(st.day), level: st.level })),
    { date: day(l.at), level: l.level },
  ];
  return Plot.plot({
    document: o.document,
    width: o.width,
    height: 50 + 26 * l.rungs.length,
    marginLeft: 200,
    x: { type: 'utc', label: null, ...(clip ? { domain: [day(l.from!), day(l.at)] } : {}) },
    y: { domain: [0, l.rungs.length - 1], ticks: l.rungs.map((_, i) => i), tickFormat: (i: number) => l.rungs[i]?.name ?? '', label: null, grid: true },
    marks: [
      Plot.line(points, { x: 'date', y: 'level', curve: 'step-after', strokeWidth: 2, clip }),
      Plot.dot(l.history, { clip, x: (st: LadderChartStep) => day(st.day), y: 'level', r: 4, fill: 'currentColor',
        title: (st: LadderChartStep) => `${st.day}: ${st.instrument} ${st.status} → ${l.rungs[st.level]?.name ?? st.rung}` }),
    ],
  });
}
