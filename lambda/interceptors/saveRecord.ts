import type { ResponseInterceptor } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { escapeSsml } from '../engine/ssml';
import { Turn } from '../turn';

/** Puts a sentence first in a spoken response (nothing when the response is silent). */
function sayFirst(response: Response | undefined, sentence: string): void {
  const speech = response?.outputSpeech;
  if (!sentence || speech?.type !== 'SSML' || !speech.ssml.startsWith('<speak>')) return;
  speech.ssml = `<speak>${escapeSsml(sentence)} ${speech.ssml.slice('<speak>'.length)}`;
}

/**
 * The one place the person's record is written: at the end of every turn, once, only
 * when the turn changed it (docs/architecture.md, "Persistence"). If storage could not be
 * read or written, the answer says so, once per session.
 */
export const SaveRecordInterceptor: ResponseInterceptor = {
  async process(input, response) {
    const turn = Turn.of(input);
    await turn.flush();
    // Only a spoken answer carries the notice, so a silent one does not use up the once per session.
    if (response?.outputSpeech?.type !== 'SSML') return;
    sayFirst(response, turn.storageNotice());
  },
};
