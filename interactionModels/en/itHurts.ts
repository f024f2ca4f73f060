import { IntentNames } from '../../lambda/constants';
import type { IntentSource } from '../types';

/*
 * Pain or a cramp said mid-exercise ("ow, that hurts"): the skill stops as for a pause and
 * says so kindly (lambda/handlers/ItHurtsIntentHandler.ts). An area named ("my neck hurts")
 * is SetPainfulAreaIntent's, and danger signs stay with the red-flag intents.
 */
const OW = '(ow|ouch|ow ow|oh ow|ooh|aah)';
const HURTS_NOW =
  "(that hurts|it hurts|this hurts|that's painful|it's painful|that's hurting me|it's hurting me|that really hurts|that hurts too much|it hurts too much|that's too painful|that's sore)";
const STOP = "[stop|stop now|i need to stop|i can't do this|pause]";

export const englishItHurtsIntent: IntentSource = {
  name: IntentNames.ItHurts,
  samples: [
    OW,
    `${OW} ${HURTS_NOW}`,
    `${HURTS_NOW} ${STOP}`,
    `${OW} ${STOP}`,
    `(stop|please stop|pause|stop stop) ${HURTS_NOW}`,
    "[ow] (i've got|i have|i'm getting|i got) a cramp [in my (leg|foot|calf|toes)]",
    '[ow] (cramp|a cramp) [in my (leg|foot|calf)]',
    "[ow] (i felt|i feel|i've got) a (twinge|sharp pain|shooting pain)",
    "(that|it) gave me a (twinge|sharp pain|cramp)",
    "(i'm|i am) in pain [stop|i need to stop|i have to stop]",
    // Indian English "paining", and "hurting" said of the moment.
    '[ow|ouch|aah] (it is|that is) (paining|hurting) [me|in my (back|lower back|leg|neck)]',
    '(ow|ouch|aah) my (back|lower back|leg|neck|jaw|shoulder|knee) is (paining|hurting)',
    '[ow|ouch|aah] (that|it) is (paining|hurting) my (back|leg|neck)',
    '[ow|ouch|aah] (that|it) hurts my (back|lower back|leg|neck|knee)',
    // Stop said first or twice, with the pain after: "no no stop it, it hurts", "stop, it is hurting again".
    '[no] [no] stop [it|that] (it|that) (hurts|is hurting|is paining) [again|me]',
    "[ow|ouch|ooh|oh] (that's|that is|it's|it is) hurting (my back|my lower back|my leg|again)",
    `${OW} my (back|lower back|leg|neck|knee)`,
  ],
};
