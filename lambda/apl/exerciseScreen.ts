import type { interfaces, RequestEnvelope } from 'ask-sdk-model';
import document from './exercise.apl.json';

/** The presentation token: one screen, replaced segment by segment. */
export const EXERCISE_SCREEN_TOKEN = 'exercise';

/** Whether the device has a screen that renders APL (voice-only devices never get the directive). */
export function supportsApl(envelope: RequestEnvelope): boolean {
  // Optional all the way down: malformed envelopes and events may lack the device.
  return envelope.context?.System?.device?.supportedInterfaces?.['Alexa.Presentation.APL'] !== undefined;
}

/** Share of the session reached with this part, as a whole percentage (part 1 of 4: 25). */
export function progressPercent(step: number, steps: number): number {
  if (!(steps > 0)) return 0;
  return Math.round((Math.min(Math.max(step, 0), steps) / steps) * 100);
}

/** Labels are shown on their own, so they start with a capital even where speech embeds them mid-sentence. */
function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** What the exercise screen shows; every text is already in the person's language (schema: tools/apl/aplSchema.ts). */
export interface ExerciseScreenData {
  title: string;
  part: string;
  step: number;
  steps: number;
  stepLabel: string;
  /** 0 to 100. */
  progress: number;
  hint: string;
}

export interface ExerciseScreenInput {
  readonly title: string;
  readonly part: string;
  /** 1-based number of the part now playing. */
  readonly step: number;
  readonly steps: number;
  /** "Part 2 of 4", already translated; without it the screen shows the language-neutral "2 / 4". */
  readonly stepLabel?: string;
  readonly hint: string;
}

/** The RenderDocument directive for the exercise screen; all texts arrive translated. */
export function exerciseScreenDirective(input: ExerciseScreenInput): interfaces.alexa.presentation.apl.RenderDocumentDirective {
  const exercise: ExerciseScreenData = {
    title: capitalised(input.title),
    part: capitalised(input.part),
    step: input.step,
    steps: input.steps,
    stepLabel: input.stepLabel ?? `${input.step} / ${input.steps}`,
    progress: progressPercent(input.step, input.steps),
    hint: input.hint,
  };
  return {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: EXERCISE_SCREEN_TOKEN,
    document,
    datasources: { exercise },
  };
}
