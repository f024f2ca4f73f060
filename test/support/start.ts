import { IntentNames, SlotNames } from '../../lambda/constants';
import type { Conversation, Reply } from '../../tools/alexa/Conversation';

/** Asks for an exercise by name and length, the way the interaction model fills the slots. */
export function askFor(alexa: Conversation, exerciseId: string, variantId: string): Promise<Reply> {
  const length = { [SlotNames.Length]: { value: variantId, id: variantId } };
  if (exerciseId === 'pmr') return alexa.intent(IntentNames.StartRelaxation, length);
  return alexa.intent(IntentNames.StartMindfulness, {
    ...length,
    [SlotNames.Exercise]: { value: exerciseId, id: exerciseId },
  });
}

/** True when the reply is the caution before a first mindfulness exercise, waiting for a yes. */
export function isCaution(reply: Reply): boolean {
  const flow = reply.response.sessionAttributes?.flow as { kind?: string } | undefined;
  return flow?.kind === 'cautioned';
}

/**
 * Starts an exercise and returns the reply that plays its first segment; before a first
 * mindfulness exercise, the caution is answered with yes (and handed to `onCaution`).
 */
export async function startExercise(
  alexa: Conversation,
  exerciseId: string,
  variantId: string,
  onCaution?: (caution: Reply) => Promise<void> | void,
): Promise<Reply> {
  const reply = await askFor(alexa, exerciseId, variantId);
  if (!isCaution(reply)) return reply;
  await onCaution?.(reply);
  return alexa.intent(IntentNames.Yes);
}
