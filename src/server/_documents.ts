/**
 * A document as the API shows it: its title and its file name, never the path it was read from on the
 * server (which says how the server's disks are laid out, and is nobody's business but its operator's).
 */
import type { DocumentInfo } from '../core/model.js';

/** `DocumentInfo` with `name` (the file name) in place of `path`. */
export type PublicDocumentInfo<T extends DocumentInfo = DocumentInfo> = Omit<T, 'path'> & { name?: string };

/** The last part of a path, whichever separator it was written with: `notes/a.md` → `a.md`. */
export function fileName(path: string): string {
  return path.split(/[/\\]/).filter(Boolean).pop() ?? '';
}

/** The document without its path, with its file name. */
export function publicDocument<T extends DocumentInfo>(doc: T): PublicDocumentInfo<T> {
  const { path, ...rest } = doc;
  const name = path ? fileName(path) : '';
  return name ? { ...rest, name } : rest;
}
