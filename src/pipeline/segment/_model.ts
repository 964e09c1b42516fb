/**
 * The wink-nlp instance, loaded once per process on first use: reading the English model costs
 * tens of milliseconds, which must not be paid per document.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;

let full: Wink | undefined;
let bare: Wink | undefined;

/** wink with sentence boundaries and parts of speech (lemmas come on demand). */
export function winkFull(): Wink {
  full ??= winkNLP(model, ['sbd', 'pos']);
  return full;
}

/** wink with tokenisation only: the yardstick the benchmark compares the pipeline with. */
export function winkBare(): Wink {
  bare ??= winkNLP(model, []);
  return bare;
}
