import type { Cue } from './cues.js';
import type { SpeakerPhrase } from './phrase.js';

/** How a quoted span is tied to its speaker. */
export interface Attribution {
  readonly kind: 'after' | 'before' | 'sentence' | 'next' | 'colon' | 'none';
  readonly cue: Cue | null;
  readonly speaker: SpeakerPhrase | null;
  /** True when the attribution touches the quote (`"…," X said`, `X said: "…"`), which vouches for short quotes. */
  readonly adjacent: boolean;
}
