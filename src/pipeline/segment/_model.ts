/**
 * The wink-nlp instance, loaded once per process on first use: reading the English model costs
 * tens of milliseconds, which must not be paid per document.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;

let tagger: Wink | undefined;
let bare: Wink | undefined;

/**
 * wink with parts of speech (lemmas come on demand). Not its sentence boundaries: they cost a fifth
 * of the reading, do not change a single tag, and the segment stage finds sentences itself.
 */
export function winkTagger(): Wink {
  tagger ??= winkNLP(model, ['pos']);
  return tagger;
}

/** wink with tokenisation only: the yardstick the benchmark compares the pipeline with. */
export function winkBare(): Wink {
  bare ??= winkNLP(model, []);
  return bare;
}
