import { exerciseForMinutes } from '../content/exerciseForMinutes';
import { isTipTopic, nextTip } from '../content/tips';
import type { AttentionScope } from '../exercises/attentionOnly';
import { findExercise, findVariant } from '../exercises/catalog';
import { inBodyOrder } from '../exercises/regions';
import type { Variant } from '../exercises/types';
import { IDLE, type Flow } from '../state/flow';
import { blockAt, isLastSegment, isStale, playedVariant, positionOf, withSegment, type Position } from '../state/place';
import { addRating, currentStreak, ratingOfferDue, ratingTrend } from '../state/progress';
import type { UserRecord } from '../state/record';
import { RATING, type Effect, type Line, type Transition } from './effects';
import type { FlowEvent } from './events';

/** What the table knows when an event arrives: the flow, the record (its place settled), and the time. */
export interface FlowContext {
  readonly flow: Flow;
  readonly record: UserRecord;
  /** The event answered this session's own "Shall I go on?", and the place already moved to the next segment. */
  readonly continuing: boolean;
  readonly now: Date;
  /** A misunderstanding mid-exercise already named the urgent signs this session. */
  readonly urgentSignsSaid?: boolean;
}

/** A break longer than this earns one settling line before the exercise continues. */
const SETTLE_AFTER_MS = 3600 * 1000;
/** After this long without a finished exercise, the full explanation of tensing is played again (docs/protocol.md, "Coming back"). */
const FULL_OPENING_AFTER_MS = 28 * 24 * 3600 * 1000;
/** Suggested when someone asks for "a mindfulness exercise" without naming one. */
const SUGGESTED_MINDFULNESS = 'breathingSpace';
/** What "no" to the mindfulness caution offers instead (docs/protocol.md). */
const INSTEAD_OF_MINDFULNESS = { exercise: 'pmr', variant: 'short' } as const;

const line = (key: string, options?: Line['options']): Line => (options ? { key, options } : { key });
const say = (...lines: Line[]): Effect => ({ type: 'say', lines });
const ASK: Effect = { type: 'ask' };
const ASKED: Effect = { type: 'ask', inline: true };
const END: Effect = { type: 'end' };
/** "Give me a number from 0, fully relaxed, to 10, very tense", the number elicited. */
const ASK_RATING: readonly Effect[] = [say(line('rating.askValue')), { type: 'ask', inline: true, reprompt: line('rating.askValue'), elicit: RATING }];

/** "your neck, in the standard relaxation": how a position is named. */
function where(position: Position): Line['options'] {
  // German names a place with its preposition ("beim Nacken", key `…at`); English says the name.
  const { nameKey } = blockAt(position);
  return { part: { key: nameKey.replace(/\.name$/, '.at'), otherwise: nameKey }, variant: { key: position.variant.nameKey } };
}

type Attention = { readonly scope: AttentionScope; readonly reminder: boolean };

/**
 * Plays a position; the flow then waits at "Shall I go on?", or, after the last segment, is
 * idle (the session ends) or, at most once a week, waits for a tension rating.
 */
function play(context: FlowContext, position: Position, leadIn: readonly Line[] = [], changes?: Partial<UserRecord>, attention?: Attention): Transition {
  const { record, now } = context;
  const last = isLastSegment(position);
  const offerRating = last && ratingOfferDue(record.ratingsConsent, record.ratingOfferedAt, now);
  const flow: Flow = !last ? { kind: 'askedToGoOn', sentAt: now.toISOString() } : offerRating ? { kind: 'offeredRating' } : IDLE;
  const allChanges = offerRating ? { ...changes, ratingOfferedAt: now.toISOString() } : changes;
  return {
    flow,
    effects: [
      {
        type: 'play',
        position,
        leadIn,
        ...(allChanges ? { changes: allChanges } : {}),
        ...(attention ? { attention } : {}),
        ...(offerRating ? { offerRating, elicit: RATING } : {}),
      },
    ],
  };
}

/** What a relaxation adapts today: every group for the gentle practice, or the painful areas; nothing for mindfulness. */
function attentionScope(context: FlowContext, position: Position): AttentionScope {
  if (position.exercise.family !== 'pmr') return [];
  return position.gentle ? 'all' : context.record.painfulAreas;
}

/** After about four weeks of sparing an area, its review is due (docs/protocol.md, "Painful areas"). */
export const AREAS_REVIEW_AFTER_MS = 28 * 24 * 3600 * 1000;

/**
 * The review of areas spared for about four weeks, said once at the start of a relaxation
 * that spares them; the clock then starts again. Areas noted before their date was kept start
 * the clock silently.
 */
function areasReview(context: FlowContext, scope: AttentionScope): { readonly say: readonly Line[]; readonly changes: Partial<UserRecord> } {
  const { painfulAreas, painfulAreasSince } = context.record;
  const [first] = painfulAreas;
  if (scope === 'all' || scope.length === 0 || !first) return { say: [], changes: {} };
  const restart = { painfulAreasSince: context.now.toISOString() };
  if (!painfulAreasSince) return { say: [], changes: restart };
  if (context.now.getTime() - Date.parse(painfulAreasSince) < AREAS_REVIEW_AFTER_MS) return { say: [], changes: {} };
  const review = line('areas.review', { regions: { regions: painfulAreas }, count: painfulAreas.length, better: { key: `areas.better.${first}` } });
  return { say: [review], changes: restart };
}

/**
 * Starts an exercise at its beginning. A first-time person hears the PMR welcome and safety
 * line; before the first mindfulness exercise the caution is given, and the exercise waits
 * for a yes. Every exercise is announced once, by name and length, just before it plays
 * (the scripts do not name themselves).
 */
function start(context: FlowContext, exerciseId: string, variantId?: string, leadIn: readonly Line[] = [], replaceAgreed = false, gentle = false): Transition {
  const exercise = findExercise(exerciseId);
  if (!exercise) throw new Error(`unknown exercise ${exerciseId}`);
  const { painfulAreas } = context.record;
  const tensing = !gentle && exercise.family === 'pmr';
  const familiar = tensing && knowsTheTensing(context);
  const variant = playedVariant(exercise, variantId, gentle, painfulAreas, familiar);
  const position: Position = { exercise, variant, segment: 0, block: 0, gentle, ...(familiar ? { familiar } : {}) };
  // One place is kept: another exercise would replace it, so the person is asked first.
  const kept = context.record.place ? positionOf(context.record.place, painfulAreas) : undefined;
  // A place still at its exercise's very first block holds nothing to lose: no question for it.
  const worthKeeping = kept !== undefined && (kept.segment > 0 || kept.block > 0);
  if (kept && worthKeeping && !replaceAgreed && (kept.exercise.id !== exercise.id || kept.variant.id !== variant.id || kept.gentle !== gentle)) {
    return {
      flow: { kind: 'confirmingReplace', exercise: exercise.id, variant: variant.id, ...(gentle ? { gentle } : {}) },
      effects: [say(...leadIn, line('replace.warning', where(kept))), ASK],
    };
  }
  if (exercise.family === 'mindfulness') {
    if (context.record.mindfulnessCautioned) return play(context, position, [...leadIn, announce(variant)]);
    return {
      flow: { kind: 'cautioned', exercise: exercise.id, variant: variant.id },
      effects: [say(...leadIn, line('welcome.mindfulnessCaution')), ASK],
    };
  }
  // The gentle practice's own opening carries the safety line (nothing should add to the pain, stop any time, a doctor, urgent help).
  const introduction = context.record.welcomed ? [] : gentle ? [line('welcome.firstTimeGentle')] : [line('welcome.firstTime'), line('welcome.safety')];
  const attention: Attention = { scope: attentionScope(context, position), reminder: false };
  const review = areasReview(context, attention.scope);
  const explained = tensing ? { tensingExplained: true } : {};
  return play(context, position, [...introduction, ...leadIn, ...review.say, announce(variant)], { welcomed: true, ...explained, ...review.changes }, attention);
}

/**
 * "Sorry, I didn't understand"; mid-exercise also how to leave a part out or stop, with the
 * urgent signs once per session: said after every misunderstanding, they alarm more than they help.
 */
function fallbackEffects(context: FlowContext): Effect[] {
  if (context.flow.kind !== 'askedToGoOn') return [say(line('fallback'))];
  if (context.urgentSignsSaid) return [say(line('fallback'), line('fallbackInExerciseAgain'))];
  return [say(line('fallback'), line('fallbackInExercise')), { type: 'urgentSignsSaid' }];
}

/** A relaxation that tenses: not the gentle practice, not mindfulness. */
function tenses(position: Position): boolean {
  return position.exercise.family === 'pmr' && !position.gentle;
}

/**
 * Has heard the full explanation of tensing, finished an exercise, and practised within the
 * last four weeks: then the short opening will do (docs/protocol.md, "Coming back").
 */
function knowsTheTensing(context: FlowContext): boolean {
  const { tensingExplained, progress } = context.record;
  const last = progress.lastCompletedAt ? Date.parse(progress.lastCompletedAt) : Number.NaN;
  return tensingExplained && progress.sessions > 0 && context.now.getTime() - last <= FULL_OPENING_AFTER_MS;
}

/** "This is the standard relaxation. It takes about 10 to 12 minutes." */
function announce(variant: Variant): Line {
  return line('play.announce', { variant: { key: variant.nameKey }, ...variant.minutes });
}

/** Continues at the kept place, named; after a long break, a settling line first. */
function continueAt(context: FlowContext, position: Position): Transition {
  const place = context.record.place;
  const longBreak = place !== null && context.now.getTime() - Date.parse(place.savedAt) > SETTLE_AFTER_MS;
  // The opening of an exercise settles the person itself; anywhere else, a long break gets one settling line.
  const atOpening = position.segment === 0 && position.block === 0;
  // After a break, the areas still noted are said again: in full at the opening, elsewhere as a
  // short reminder, so the person can say an area is better before its group comes. Within a
  // session the person has just heard them (docs/protocol.md, "Painful areas").
  const attention: Attention | undefined = longBreak ? { scope: attentionScope(context, position), reminder: !atOpening } : undefined;
  // Stopped last time because it hurt: go gently today (docs/protocol.md, "When it hurts").
  const gently = place?.hurt === true && tenses(position) ? [line('play.afterHurt')] : [];
  // A block that opens with its part's name is not named before it too (each thing said once).
  const resumeLine = blockAt(position).namesItself ? line('play.continueWith', { variant: { key: position.variant.nameKey } }) : line('play.continueAt', where(position));
  return play(context, position, [...(longBreak && !atOpening ? [line('play.settle')] : []), resumeLine, ...gently], undefined, attention);
}

/** On from here: straight on after this session's own segment; anything else is named first. */
function goOn(context: FlowContext, position: Position): Transition {
  return context.continuing ? play(context, position) : continueAt(context, position);
}

/**
 * Ends the session; the place (settled against this request) is kept. Stopped because it
 * hurts, the person hears sympathy, what to do now, and a doctor for pain that is new or worse.
 */
function pauseHere(context: FlowContext, position: Position | undefined, hurts = false): Transition {
  if (hurts) {
    // The warning signs come before the place, while the person is still listening (docs/protocol.md, "When it hurts").
    const { place } = context.record;
    const marked: Effect[] = place ? [{ type: 'update', changes: { place: { ...place, hurt: true } } }] : [];
    const tensing = position !== undefined && tenses(position);
    const kept = position ? line(tensing ? 'pause.hurtsKept' : 'pause.kept', where(position)) : line('goodbye');
    // A cramp may come in the last tensing, after which the session has ended: without a place the advice is said too.
    const cramp = tensing || !position ? [line('pause.hurtsTensing')] : [];
    return { flow: IDLE, effects: [...marked, say(line('pause.hurts'), ...cramp, line('pause.hurtsDoctor'), kept), END] };
  }
  return { flow: IDLE, effects: [say(position ? line('pause.kept', where(position)) : line('goodbye')), END] };
}

/** Side requests leave an exercise that was playing as an offer to go on with it (docs/architecture.md). */
function aside(flow: Flow): Flow {
  return flow.kind === 'askedToGoOn' ? { kind: 'offeredResume' } : flow;
}

function storeRating(context: FlowContext, value: number, flow: Flow): Transition {
  const { record, now } = context;
  const ratings = addRating(record.ratings, value, record.progress, now);
  return { flow, effects: [{ type: 'update', changes: { ratingsConsent: true, ratings } }, say(line('rating.stored', { value })), ASK] };
}

function answerYes(context: FlowContext, position: Position | undefined): Transition {
  const flow = context.flow;
  switch (flow.kind) {
    case 'askedToGoOn':
    case 'offeredResume':
      if (position) return goOn(context, position);
      break;
    case 'offeredTip':
      return transition(context, isTipTopic(flow.topic) ? { type: 'tip', topic: flow.topic } : { type: 'tip' });
    case 'offeredExercise':
      return start(context, flow.exercise, flow.variant);
    case 'confirmingReplace':
      return start(context, flow.exercise, flow.variant, [], true, flow.gentle === true);
    case 'cautioned': {
      const exercise = findExercise(flow.exercise);
      if (!exercise) break;
      const variant = findVariant(exercise, flow.variant);
      const first: Position = { exercise, variant, segment: 0, block: 0, gentle: false };
      return play(context, first, [announce(variant)], { mindfulnessCautioned: true });
    }
    case 'confirmingDelete':
      return { flow: IDLE, effects: [{ type: 'deleteData' }] };
    case 'askingRatingConsent':
      return storeRating(context, flow.value, IDLE);
    case 'offeredRating':
      return { flow: IDLE, effects: ASK_RATING };
    case 'idle':
      break;
  }
  return { flow: IDLE, effects: [say(line('help.unsure')), ASK] };
}

function answerNo(context: FlowContext, position: Position | undefined): Transition {
  switch (context.flow.kind) {
    case 'askingRatingConsent':
      return { flow: IDLE, effects: [{ type: 'update', changes: { ratingsConsent: false } }, say(line('rating.notStored')), ASK] };
    case 'offeredResume':
      return { flow: IDLE, effects: [say(line('launch.declined')), ASK] };
    case 'confirmingDelete':
      return { flow: IDLE, effects: [say(line('delete.kept')), ASK] };
    case 'cautioned':
      return { flow: { kind: 'offeredExercise', ...INSTEAD_OF_MINDFULNESS }, effects: [say(line('caution.declined')), ASK] };
    case 'confirmingReplace':
      return { flow: { kind: 'offeredResume' }, effects: [say(line('replace.kept')), ASK] };
    // "No" to another tip, a suggested exercise or a rating after one: nothing is playing, so a plain goodbye.
    case 'offeredTip':
    case 'offeredExercise':
    case 'offeredRating':
      return { flow: IDLE, effects: [say(line('goodbye')), END] };
    default:
      return pauseHere(context, position);
  }
}

function progressReport(context: FlowContext): Transition {
  const { progress, ratings } = context.record;
  const lines: Line[] = [];
  if (progress.sessions === 0) {
    lines.push(line('progress.none'));
  } else {
    lines.push(line('progress.sessions', { count: progress.sessions, minutes: Math.round(progress.minutes) }));
    const streak = currentStreak(progress, context.now);
    if (streak > 1) lines.push(line('progress.streak', { count: streak }));
  }
  const trend = ratingTrend(ratings, context.now);
  if (trend) {
    lines.push(line('progress.trend', { list: { numbers: trend.values } }));
    if (trend.monthAgo) lines.push(line(`progress.monthAgo.${trend.monthAgo}`));
  } else if (ratings.length) {
    lines.push(line('progress.ratingsFew', { count: ratings.length }));
  }
  return { flow: aside(context.flow), effects: [say(...lines, line('progress.offer')), ASK] };
}

/**
 * Where a note about painful areas leaves the flow: mid-exercise, an offer to go on with it;
 * with nothing on offer, the relaxation (or the kept place); any other question stands.
 */
function afterAreaNote(context: FlowContext): Flow {
  const { flow, record } = context;
  if (flow.kind === 'askedToGoOn') return aside(flow);
  if (flow.kind === 'idle' || flow.kind === 'offeredTip') return record.place ? { kind: 'offeredResume' } : { kind: 'offeredExercise', exercise: 'pmr' };
  return flow;
}

/** "My lower back hurts today": that area is noticed, not tensed, from the next group played and in later sessions. */
function setPainfulArea(context: FlowContext, event: Extract<FlowEvent, { type: 'setPainfulArea' }>): Transition {
  const { record } = context;
  const { region } = event;
  if (!region) {
    // The question asked is which area, so no earlier question is left for a bare "yes" to answer
    // (a pending "delete your data?" least of all); an exercise on hold stays on offer.
    const playing = context.flow.kind === 'askedToGoOn' || context.flow.kind === 'offeredResume';
    const flow: Flow = playing ? { kind: 'offeredResume' } : IDLE;
    return { flow, effects: [say(line('areas.askWhich')), { type: 'ask', inline: true, reprompt: line('areas.askWhichReprompt') }] };
  }
  if (record.painfulAreas.includes(region)) {
    return { flow: afterAreaNote(context), effects: [say(line('areas.already', { regions: { regions: [region] } })), ASK] };
  }
  const painfulAreas = inBodyOrder([...record.painfulAreas, region]);
  return {
    flow: afterAreaNote(context),
    effects: [
      { type: 'update', changes: { painfulAreas, painfulAreasSince: context.now.toISOString() } },
      say(line('areas.noted', { regions: { regions: [region] }, better: { key: `areas.better.${region}` } })),
      ASK,
    ],
  };
}

/** "My neck is better" clears that area; "tense everything again" clears them all. */
function clearPainfulAreas(context: FlowContext, event: Extract<FlowEvent, { type: 'clearPainfulAreas' }>): Transition {
  const { painfulAreas } = context.record;
  const flow = afterAreaNote(context);
  const { region } = event;
  if (painfulAreas.length === 0) return { flow, effects: [say(line('areas.none')), ASK] };
  if (region && !painfulAreas.includes(region)) {
    return { flow, effects: [say(line('areas.notNoted', { regions: { regions: [region] } }), line('areas.list', { regions: { regions: painfulAreas } })), ASK] };
  }
  const left = region ? painfulAreas.filter((r) => r !== region) : [];
  const cleared = region ? line('areas.cleared', { regions: { regions: [region] } }) : line('areas.clearedAll');
  // Said during a kept gentle practice, the change is for later relaxations: that one stays without tensing.
  const gentle = context.record.place?.gentle === true ? [line('areas.gentleStays')] : [];
  const since = left.length ? {} : { painfulAreasSince: null };
  return { flow, effects: [{ type: 'update', changes: { painfulAreas: left, ...since } }, say(cleared, ...gentle), ASK] };
}

/** "What do you know about my back?": the areas noted, or that there are none. */
function listPainfulAreas(context: FlowContext): Transition {
  const { painfulAreas } = context.record;
  const said = painfulAreas.length ? [line('areas.list', { regions: { regions: painfulAreas } }), line('areas.howToClear', { better: { key: `areas.better.${painfulAreas[0]}` } })] : [line('areas.none')];
  return { flow: afterAreaNote(context), effects: [say(...said), ASK] };
}

/**
 * The flow table: (state, event) -> (next state, effects). Pure: everything it needs comes
 * in `context`, everything it does goes out as effects for the runner (flow/runFlow.ts).
 * Each row is described in docs/architecture.md.
 */
export function transition(context: FlowContext, event: FlowEvent): Transition {
  const { flow, record } = context;
  const position = record.place ? positionOf(record.place, record.painfulAreas) : undefined;
  switch (event.type) {
    case 'launch':
      if (!record.place || !position) return start(context, 'pmr', undefined, record.welcomed ? [line('launch.welcomeBack')] : []);
      return {
        flow: { kind: 'offeredResume' },
        effects: [say(line(isStale(record.place, context.now) ? 'launch.offerStale' : 'launch.offer', where(position))), ASKED],
      };
    case 'yes':
      return answerYes(context, position);
    case 'no':
      return answerNo(context, position);
    case 'help':
      return { flow: aside(flow), effects: [say(line('help.text')), ASK] };
    case 'fallback':
      return {
        flow: aside(flow),
        // Mid-exercise, a misunderstanding may be someone in pain: say how to leave a part out or stop.
        effects: [...fallbackEffects(context), ASK],
      };
    case 'pause':
      return pauseHere(context, position, event.hurts === true);
    case 'sessionEnded':
      return { flow: IDLE, effects: [] };
    case 'resume':
      if (position) return goOn(context, position);
      // "Go on" right after an exercise ended, to the rating question: it is over, so goodbye, not a new one.
      if (context.flow.kind === 'offeredRating') return answerNo(context, position);
      return start(context, 'pmr', undefined, [line('nothingPaused.resume')]);
    case 'next':
      if (!position) return { flow: IDLE, effects: [say(line('nothingPaused.next')), ASK] };
      // Said to "Shall I go on?", the place already moved to the next segment.
      return play(context, context.continuing ? position : withSegment(position, position.segment + 1));
    case 'repeat':
      if (!position) return { flow: IDLE, effects: [say(line('nothingPaused.repeat')), ASK] };
      return play(context, position, [line('play.repeat')]);
    case 'startOver':
      return start(context, position?.exercise.id ?? 'pmr', position?.variant.id, [line('play.startOver')], false, position?.gentle === true);
    case 'startRelaxation':
      return start(context, 'pmr', event.variant);
    case 'startGentle':
      return start(context, 'pmr', event.variant, [], false, true);
    case 'setPainfulArea':
      return setPainfulArea(context, event);
    case 'clearPainfulAreas':
      return clearPainfulAreas(context, event);
    case 'listPainfulAreas':
      return listPainfulAreas(context);
    case 'startForMinutes': {
      const choice = exerciseForMinutes(event.minutes);
      const leadIn = event.amount ? line(`play.forAmount.${event.amount}`) : line('play.forMinutes', { minutes: event.minutes });
      return start(context, choice.exercise, choice.variant, [leadIn]);
    }
    case 'startMindfulness': {
      const exercise = event.exercise ? findExercise(event.exercise) : undefined;
      if (exercise?.family === 'mindfulness') return start(context, exercise.id, event.variant);
      return { flow: { kind: 'offeredExercise', exercise: SUGGESTED_MINDFULNESS }, effects: [say(line('mindfulness.menu')), ASKED] };
    }
    case 'tip': {
      const choice = nextTip(record.tipsHeard, event.topic);
      const key = `advice:tips.${choice.topic}.${choice.index}`;
      const startedOver = choice.startedOver ? [line('tips.startingOver', { topic: { key: `tips.topicName.${choice.topic}` } })] : [];
      return {
        flow: event.topic ? { kind: 'offeredTip', topic: event.topic } : { kind: 'offeredTip' },
        effects: [
          { type: 'update', changes: { tipsHeard: choice.heard } },
          { type: 'card', title: 'card.tipTitle', contentKey: key },
          say(...startedOver, line(`${key}.text`)),
          ASK,
        ],
      };
    }
    case 'answer': {
      const { answer } = event;
      const key = `advice:answers.${answer.key}`;
      const lines = [line(`${key}.text`), ...(answer.emergency ? [line('advice:answers.emergency.text', { number: { key: 'emergencyNumber' } })] : [])];
      const card: Effect = { type: 'card', title: 'card.answerTitle', contentKey: key };
      // A warning is the last thing said: nothing is offered after it (docs/protocol.md).
      if (answer.closesSession) return { flow: IDLE, effects: [card, say(...lines), END] };
      // Asked mid-exercise, the answer leads back to that exercise, not to another one.
      const exercise = answer.offer && flow.kind !== 'askedToGoOn' ? findExercise(answer.offer.exercise) : undefined;
      const next: Flow = exercise
        ? { kind: 'offeredExercise', exercise: exercise.id, variant: findVariant(exercise, answer.offer?.variant).id }
        : flow.kind === 'askedToGoOn'
          ? aside(flow)
          : IDLE;
      return { flow: next, effects: [card, say(...lines), ASK] };
    }
    case 'progress':
      return progressReport(context);
    case 'rate':
      // No number, or one outside 0 to 10: the scale is explained and the number asked for again.
      if (event.value === undefined) return { flow: aside(flow), effects: ASK_RATING };
      if (record.ratingsConsent === true) return storeRating(context, event.value, aside(flow));
      return { flow: { kind: 'askingRatingConsent', value: event.value }, effects: [say(line('rating.askConsent')), ASKED] };
    case 'deleteData':
      return { flow: { kind: 'confirmingDelete' }, effects: [say(line('delete.confirm')), ASKED] };
    // Reminders replace whatever question was open; the place is kept.
    case 'setReminder':
      return { flow: IDLE, effects: [{ type: 'reminders', request: 'set', said: event.said }] };
    case 'listReminders':
      return { flow: IDLE, effects: [{ type: 'reminders', request: 'list' }] };
    case 'cancelReminders':
      return { flow: IDLE, effects: [{ type: 'reminders', request: 'cancel' }] };
  }
}
