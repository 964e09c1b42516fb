/**
 * The local channel's wire format, shared by the server that answers and the store that asks: one
 * POST of `{ method, args }` to `/store` with the key in `Dyad-Local-Key`, answered by `{ result }` or
 * `{ error }` with the DyadError's code, message, place and hint, so a failure reads the same as if the
 * command had opened the database itself.
 */
import { DyadError, isDyadError, type DyadErrorCode, type DyadErrorOptions, type Place } from '../../core/errors.js';

export const CHANNEL_PATH = '/store';
export const KEY_HEADER = 'dyad-local-key';
/** The method that imports a dataset file in the server's process (the file is read there). */
export const IMPORT_METHOD = 'importFile';
/** The method a client calls first, to learn that the channel answers and which engine is behind it. */
export const HELLO_METHOD = 'hello';

export interface ChannelRequest {
  method: string;
  args: unknown[];
}

export interface WireError {
  code: DyadErrorCode;
  message: string;
  place?: Place;
  hint?: string;
}

/** Any thrown value as the error a client rebuilds. */
export function toWire(err: unknown): WireError {
  if (isDyadError(err)) {
    const w: WireError = { code: err.code, message: err.message };
    if (err.place) w.place = err.place;
    if (err.hint) w.hint = err.hint;
    return w;
  }
  return { code: 'INTERNAL', message: err instanceof Error ? err.message.split('\n')[0] ?? 'failed' : String(err) };
}

/** The DyadError a wire error stands for. */
export function fromWire(w: WireError): DyadError {
  const options: DyadErrorOptions = {};
  if (w.place) options.place = w.place;
  if (w.hint) options.hint = w.hint;
  return new DyadError(w.code, w.message, options);
}
