import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Translate } from '../i18n';
import { ask, endWith } from '../speech/actions';
import { attentionOpening, attentionReminder, regionList } from '../speech/attentionOpening';
import { playSegment } from '../speech/playSegment';
import { questionFor } from '../speech/questions';
import { sourceCard } from '../speech/sourceCard';
import { Speech } from '../speech/Speech';
import { Turn } from '../turn';
import type { Effect, Elicit, Line } from './effects';
import type { FlowEvent } from './events';
import { cancelReminders, listReminders, setReminder } from './reminderEffects';
import { transition } from './table';

/** A line in the person's language; options given as `{ key }` are translated first, `{ regions }` named, `{ numbers }` listed. */
export function spokenLine(t: Translate, locale: string, { key, options }: Line): string {
  if (!options) return t(key);
  const resolved = Object.fromEntries(
    Object.entries(options).map(([name, value]) => {
      if (typeof value !== 'object') return [name, value];
      if ('regions' in value) return [name, regionList(value.regions, t, locale)];
      if ('numbers' in value) return [name, new Intl.ListFormat(locale, { type: 'conjunction' }).format(value.numbers.map(String))];
      return [name, value.otherwise ? t(value.key, { defaultValue: t(value.otherwise) }) : t(value.key)];
    }),
  );
  return t(key, resolved);
}

/**
 * Adds Dialog.ElicitSlot with the slot empty in the updated intent: the answer fills it. It may
 * name another intent than the request's (intent chaining), from any request.
 */
function elicitSlot(input: HandlerInput, elicit: Elicit | undefined): void {
  if (!elicit) return;
  input.responseBuilder.addElicitSlotDirective(elicit.slot, {
    name: elicit.intent,
    confirmationStatus: 'NONE',
    slots: { [elicit.slot]: { name: elicit.slot, confirmationStatus: 'NONE' } },
  });
}

/** Runs a transition's effects in order and builds the one response. */
async function run(input: HandlerInput, turn: Turn, effects: readonly Effect[]): Promise<Response> {
  const { t, locale } = turn;
  const speech = new Speech();
  const said: string[] = [];
  for (const effect of effects) {
    switch (effect.type) {
      case 'say':
        said.push(...effect.lines.map((l) => spokenLine(t, locale, l)));
        break;
      case 'play': {
        const { scope, reminder } = effect.attention ?? { scope: [], reminder: false };
        const adapted = reminder ? attentionReminder(scope, t, locale) : attentionOpening(scope, t, locale);
        const leadIn = [...said, ...effect.leadIn.map((l) => spokenLine(t, locale, l)), adapted];
        elicitSlot(input, effect.elicit);
        // A Dialog directive allows no other directive in its response (docs/platform.md): no screen then.
        return playSegment(input, turn, effect.position, leadIn, effect.changes, effect.offerRating === true, !effect.elicit);
      }
      case 'ask': {
        const question = await questionFor(turn);
        const reprompt = effect.reprompt ? spokenLine(t, locale, effect.reprompt) : question.reprompt;
        elicitSlot(input, effect.elicit ?? question.elicit);
        return ask(input, speech.say(...said), { ask: effect.inline ? '' : question.ask, reprompt });
      }
      case 'end':
        return endWith(input, ...said);
      case 'card':
        input.responseBuilder.withSimpleCard(t(effect.title), sourceCard(t, effect.contentKey));
        break;
      case 'update':
        turn.update({ ...(await turn.record()), ...effect.changes });
        break;
      case 'reminders':
        if (effect.request === 'set') return setReminder(input, turn, effect.said);
        return effect.request === 'list' ? listReminders(input, turn) : cancelReminders(input, turn);
      case 'urgentSignsSaid':
        turn.urgentSignsSaid = true;
        break;
      case 'deleteData': {
        const deleted = await turn.deleteRecord();
        return endWith(input, ...said, t(deleted ? 'delete.done' : 'delete.failed'));
      }
    }
  }
  // No words: a SessionEndedRequest, which Alexa answers with silence.
  return input.responseBuilder.getResponse();
}

/**
 * The one runner: the event goes through the flow table with the record (its place already
 * settled against this request, interceptors/settlePlace.ts), the flow moves to the next
 * state, and the effects become the response. The record is written at the end of the turn
 * (interceptors/saveRecord.ts).
 */
export async function runFlow(input: HandlerInput, event: FlowEvent): Promise<Response> {
  const turn = Turn.of(input);
  const next = transition(
    { flow: turn.flow, record: await turn.record(), continuing: turn.continuing, now: turn.now, urgentSignsSaid: turn.urgentSignsSaid },
    event,
  );
  turn.flow = next.flow;
  return run(input, turn, next.effects);
}
