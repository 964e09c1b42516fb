/**
 * The "Report" action: the report of the dyad on screen (its period, and the balance view's third
 * party) from the API, saved as a file. Fetched with the token when one is given, so it works on a
 * private server too.
 */
import { ApiError, download } from './api.js';
import type { ViewState } from './state.js';

/** What the API is asked for: the dyad, the period, the third party when it differs from both. */
export function reportParams(s: ViewState, format: string): Record<string, string | undefined> {
  const against = s.vs && s.vs !== s.a && s.vs !== s.b ? s.vs : undefined;
  return { from: s.from || undefined, to: s.to || undefined, against, format };
}

export async function saveReport(s: ViewState, format: string, status: HTMLElement): Promise<void> {
  status.textContent = 'Writing the report…';
  try {
    const { blob, filename } = await download(`/api/reports/${encodeURIComponent(s.a)}/${encodeURIComponent(s.b)}`, reportParams(s, format));
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    status.textContent = `Saved ${filename}.`;
  } catch (e) {
    status.textContent = e instanceof ApiError ? `${e.message}${e.hint ? ` — ${e.hint}` : ''}` : 'The server could not be reached.';
  }
}
