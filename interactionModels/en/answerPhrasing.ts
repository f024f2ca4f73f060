import { expandPatterns } from '../../tools/models/expand';
import type { SlotTypeSource } from '../types';

/*
 * Words said around a tip request or a question that the handlers never read: what follows a
 * question about a topic ("…, give me a tip", "… kindly tell"), how good a thing is said to
 * be, who is asked first ("could you", "kindly", "do the needful"), whether the practice
 * "really helps", the word for evidence or for a risk. As slot values they cost bytes once,
 * not samples once per pattern (docs/platform.md, "Interaction model limits").
 */

function said(...patterns: string[]): string[] {
  return expandPatterns(patterns);
}

function phrasing(name: string, value: string, synonyms: readonly string[]): SlotTypeSource {
  return { name, values: [{ id: name.toLowerCase(), name: value, synonyms: [...new Set(synonyms)].filter((s) => s !== value) }] };
}

/**
 * The ask said after a tip question or a topic: "is yoga good for back pain, give me a tip",
 * "sleep tip for back, kindly tell". The pattern keeps a word of its own before it.
 */
export const tipThenType = phrasing(
  'TipThen',
  'give me a tip',
  said(
    '(give|give me|tell me|do you have|have you got) (a|any) (tip|advice)',
    '(give|any) (tip|tips|advice)',
    '(give me|any|do you have) some (tips|advice)',
    '(tip|tips|advice|any tip about that|any advice about that)',
    '(kindly|kindly tell|kindly tell me|tell me|only)',
    "(what can i do|what should i do|what would you suggest|what do you suggest|what do you recommend|how can i help myself|what helps|suggest something|what's something i can do|what is something i can do|what to do)",
  ),
);

/** How good a thing is said to be for the back ("good", "safe", "okay"); phrasing only. */
export const goodWordType = phrasing(
  'GoodWord',
  'good',
  said('(good|okay|ok|bad|safe|better|best|right|fine|suitable|helpful|harmful|useful|alright|any good|really good|good or bad)'),
);

/**
 * Who is asked before a question or a request, as a slot: the carriers en.ts's patterns use
 * (`carriers`), and "kindly", "do the needful", "before i start could you"; phrasing only.
 */
export function askYouType(carriers: string): SlotTypeSource {
  return phrasing(
    'AskYou',
    'could you',
    said(
      carriers,
      '(could|can|would) you [please]',
      // Indian English opens a request with "do one thing" or "do the needful".
      '(will you|please|kindly|do the needful|do the needful and)',
      '(before i start|first|i am not sure|i am not quite sure) [so] (could you|can you)',
      '(i was wondering|i wonder) if you could',
    ).filter((word) => word !== ''),
  );
}

/** That the practice works, said after it: "really helps", "actually works for me"; phrasing only. */
export const worksSaidType = phrasing(
  'WorksSaid',
  'work',
  said(
    '[really|actually|honestly] (work|help|help me)',
    '[really] make a difference',
    '(work|help) (for me|at all)',
    '[actually] do anything',
  ),
);

/** The word for evidence in a question about it ("scientific proof", "any studies"); phrasing only. */
export const evidenceType = phrasing(
  'EvidenceWord',
  'evidence',
  said('[the] [scientific] (evidence|research|proof|studies)', 'science'),
);

/** The word for a risk in a question about mindfulness ("side effects", "any danger"); phrasing only. */
export const riskWordType = phrasing(
  'RiskWord',
  'risks',
  said('(risks|risk|dangers|danger|side effects|side effect|downsides|precautions|contraindications|negative effects)'),
);

/** More asks before a tip than en.ts's TIP_ASK: "(kindly) tell one tip", "do the needful, give me". */
export const TIP_ASK_MORE = '(tell|do the needful (give|tell) me|is there|are there)';
/** More short asks after a situation than en.ts's TIP_GIVE: "i can't sleep, give tip". */
export const TIP_GIVE_MORE = '(give|tell|kindly tell|kindly give|suggest|you have|tell me some)';

/** Who asks about progress, said first ("could you tell me", "kindly tell me"); phrasing only. */
export const progressAskType = phrasing(
  'ProgressAsk',
  'tell me',
  said('(could you|can you|please|kindly) tell me', '(i would like to|i want to) (know|see)', '(let me know|show me|tell|i was wondering|i wonder)'),
);
