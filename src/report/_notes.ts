/**
 * The report's footnotes: one number per source, given the first time a section cites it. A document's
 * note quotes the sentence verbatim from the stored text and names the document (title and file,
 * published date, page where the evidence carries one); an imported event's note names its dataset and row.
 */
import { basename } from 'node:path';
import type { Evidence } from '../core/model.js';
import { segmentText } from '../pipeline/segment/index.js';
import type { Store, StoredDocument, StoredEvent } from '../store/store.js';
import { dayWords } from './_dates.js';
import type { Words } from './_words.js';

/** A footnote: its number, its text, and for a document its id and the quoted sentence. */
export interface Note {
  n: number;
  text: string;
  documentId?: string;
  quote?: string;
}

/** Numbers notes in the order sections cite them; each section lists the notes it gave first. */
export class NoteBook {
  private readonly byKey = new Map<string, Note>();
  private readonly docs = new Map<string, Promise<StoredDocument | null>>();
  private readonly sentences = new Map<string, { start: number; end: number }[]>();
  private section: Note[] = [];
  readonly cited = new Set<string>();

  constructor(private readonly store: Store, private readonly w: Words) {}

  /** Start a section: the notes given from now on are its own. */
  open(): void {
    this.section = [];
  }

  /** The notes given since `open`. */
  close(): Note[] {
    const out = this.section;
    this.section = [];
    return out;
  }

  /** The note for a sentence of a stored document; null when there is no evidence. */
  async document(documentId: string | null, evidence: Evidence | null): Promise<number | null> {
    if (!documentId || !evidence) return null;
    let doc = this.docs.get(documentId);
    if (!doc) {
      doc = this.store.getDocument(documentId);
      this.docs.set(documentId, doc);
    }
    const stored = await doc;
    // The quote is the whole sentence holding the evidence (an event's evidence may be a clause of it),
    // cut from the stored text, so it is the document's own words whatever the evidence kept.
    let span: { start: number; end: number } = evidence;
    if (stored) {
      let sentences = this.sentences.get(documentId);
      if (!sentences) {
        sentences = segmentText(stored.text).map((x) => ({ start: x.start, end: x.end }));
        this.sentences.set(documentId, sentences);
      }
      span = sentences.find((x) => x.start <= evidence.start && evidence.end <= x.end) ?? evidence;
    }
    // One note per sentence, however many events and steps it tells.
    const key = `${documentId}:${span.start}:${span.end}`;
    const known = this.byKey.get(key);
    if (known) return known.n;
    // A list item's marker ("- On 4 September 2014 …") is layout, not words of the sentence.
    const quote = (stored?.text.slice(span.start, span.end) || evidence.text).replace(/\s+/g, ' ').trim().replace(/^(?:[-*•–]|\d{1,3}[.)])\s+/, '');
    const page = evidence.page;
    const pageText = page === undefined ? '' : this.w.t('notes', 'page', { page });
    const document = documentName(stored, documentId, this.w);
    const text = stored?.published
      ? this.w.t('notes', 'document', { quote, document, published: dayWords(stored.published, this.w), page: pageText })
      : this.w.t('notes', 'document-undated', { quote, document, page: pageText });
    this.cited.add(documentId);
    return this.add(key, { text, documentId, quote });
  }

  /** The note for an imported dataset row. */
  dataset(e: StoredEvent): number | null {
    if (!e.datasetRowId) return null;
    const key = `${e.dataset}:${e.datasetRowId}`;
    const known = this.byKey.get(key);
    if (known) return known.n;
    const text = this.w.t('notes', 'dataset', {
      dataset: this.w.t('datasets-names', e.dataset), row: e.datasetRowId, url: e.sourceUrl ? this.w.t('notes', 'url', { url: e.sourceUrl }) : '',
    });
    return this.add(key, { text });
  }

  /** The note of an event: its sentence, or its dataset row. */
  async event(e: StoredEvent): Promise<number | null> {
    return e.documentId ? this.document(e.documentId, e.evidence) : this.dataset(e);
  }

  private add(key: string, note: Omit<Note, 'n'>): number {
    const n = this.byKey.size + 1;
    const full = { n, ...note };
    this.byKey.set(key, full);
    this.section.push(full);
    return n;
  }
}

/** `Title (file.md)`, the title or the file alone, or the id's first characters. */
function documentName(doc: StoredDocument | null, id: string, w: Words): string {
  const file = doc?.path ? basename(doc.path) : undefined;
  const title = doc?.title?.trim();
  if (title && file && title !== file) return w.t('notes', 'document-name', { title, file });
  return title || file || id.slice(0, 12);
}
