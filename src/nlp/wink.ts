import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';

let shared: WinkMethods | undefined;

/** The one wink instance of the process: loading the model costs ~150 ms and ~40 MB, so it is done once. */
export const wink = (): WinkMethods => {
  shared ??= winkNLP(model, ['sbd', 'pos', 'ner', 'negation']);
  return shared;
};
