import { IntentNames, SlotNames } from '../../lambda/constants';
import type { Conversation, Reply } from '../../tools/alexa/Conversation';

/** Asks for an exercise by name and length, the way the interaction model fills the slots. */
export function startExercise(alexa: Conversation, exerciseId: string, variantId: string): Promise<Reply> {
  const length = { [SlotNames.Length]: { value: variantId, id: variantId } };
  if (exerciseId === 'pmr') return alexa.intent(IntentNames.StartRelaxation, length);
  return alexa.intent(IntentNames.StartMindfulness, {
    ...length,
    [SlotNames.Exercise]: { value: exerciseId, id: exerciseId },
  });
}
