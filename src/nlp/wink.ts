import model from 'wink-eng-lite-web-model';
import winkNLP, { type Document, type WinkMethods } from 'wink-nlp';

type Lexemes = Record<string, number>;

/** The part of wink's core model that maps words to lexicon entries. */
interface CoreModel {
  readonly features: { readonly lexeme: { hash: Lexemes; readonly intrinsicSize: number } };
}

/**
 * wink adds every new word to the lexicon its tokenizer consults ("Reid's." teaches it "Reid's", which then no longer
 * splits), so tokens would depend on the documents read before. Its lookups see the model's words plus the ones the
 * current document brought; all words are kept apart, so none is added twice.
 */
const perDocumentLexicon = (core: CoreModel): (() => void) => {
  const lexeme = core.features.lexeme;
  const visible = lexeme.hash;
  const all: Lexemes = Object.assign(Object.create(null), visible);
  let shown: string[] = [];
  const show = (word: string, index: number): void => {
    if (index >= lexeme.intrinsicSize && visible[word] === undefined) {
      visible[word] = index;
      shown.push(word);
    }
  };
  lexeme.hash = new Proxy(all, {
    get: (target, word: string) => {
      const index = target[word];
      if (index !== undefined) show(word, index);
      return index;
    },
    set: (target, word: string, index: number) => {
      target[word] = index;
      show(word, index);
      return true;
    },
  });
  return () => {
    for (const word of shown) delete visible[word];
    shown = [];
  };
};

let shared: { readonly nlp: WinkMethods; readonly forget: () => void } | undefined;

const load = (): { nlp: WinkMethods; forget: () => void } => {
  let core: CoreModel | undefined;
  const loadCore = model.core as () => CoreModel;
  const capturing = {
    ...model,
    core: () => {
      core = loadCore();
      return core;
    },
  };
  const nlp = winkNLP(capturing, ['sbd', 'pos', 'ner', 'negation']);
  if (!core) throw new Error('wink-nlp did not load its core model through the model object');
  return { nlp, forget: perDocumentLexicon(core) };
};

/** The one wink instance of the process: loading the model costs ~150 ms and ~40 MB, so it is done once. */
export const wink = (): WinkMethods => {
  shared ??= load();
  return shared.nlp;
};

/** Reads one document as a fresh wink instance would, whatever was read before; read its tokens before the next. */
export const readDoc = (text: string): Document => {
  shared ??= load();
  shared.forget();
  return shared.nlp.readDoc(text);
};
