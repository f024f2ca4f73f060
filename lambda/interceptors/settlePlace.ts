import { getIntentName, getRequestType, type HandlerInput, type RequestInterceptor } from 'ask-sdk-core';
import { IntentNames, type IntentName } from '../constants';
import { segmentTimeline } from '../engine/segments';
import { blockAt, isLastSegment, placeOf, positionOf, withSegment } from '../state/place';
import type { Place, UserRecord } from '../state/record';
import { atBlock, settle } from '../state/settlePlace';
import { Turn } from '../turn';

/** What answers "Shall I go on?" with a yes: the resume said with what or where from too. */
const GO_ON: ReadonlySet<string> = new Set<IntentName>([IntentNames.Yes, IntentNames.Resume, IntentNames.ResumeWhereLeftOff, IntentNames.Next]);
/** What answers the tension question asked after the last segment. */
const RATING_ANSWER: ReadonlySet<string> = new Set<IntentName>([IntentNames.Yes, IntentNames.No, IntentNames.RateTension]);

/** How this request tells where the person got to in a segment that was sent. */
type SettleMode = 'byClock' | 'heardToEnd' | 'asSent';

/** Requests from a person (not events), whose arrival says how far a sent segment got. */
const CONVERSATION = new Set(['LaunchRequest', 'IntentRequest', 'SessionEndedRequest']);

function modeFor(input: HandlerInput, turn: Turn, place: Place): SettleMode {
  if (getRequestType(input.requestEnvelope) !== 'IntentRequest') return 'byClock';
  const intent = getIntentName(input.requestEnvelope);
  const flow = turn.flow;
  // "Yes", "go on" or "next" to this session's own "Shall I go on?": the question was reached.
  const answersGoOn = flow.kind === 'askedToGoOn' && flow.sentAt === place.sent?.at;
  if (answersGoOn && GO_ON.has(intent)) {
    return 'heardToEnd';
  }
  // An answer to the tension question asked at the end: the last segment was heard to its end.
  if (flow.kind === 'offeredRating' && RATING_ANSWER.has(intent)) return 'heardToEnd';
  // "Repeat" plays the segment again as it was sent.
  if (intent === IntentNames.Repeat) return 'asSent';
  return 'byClock';
}

/** The place a sent segment leaves the person at, judged by `mode` and the request's time. */
function settled(turn: Turn, record: UserRecord, place: Place, mode: SettleMode): Place | null {
  const sent = place.sent;
  // The areas as they were when the segment was sent: a change this turn is made only after settling.
  const position = positionOf(place, record.painfulAreas);
  if (!sent || !position) return place;
  const sentAt = new Date(sent.at);
  const asSent = placeOf(position, sentAt);
  const last = isLastSegment(position);
  const heardToEnd = () => (last ? null : placeOf(withSegment(position, position.segment + 1), turn.now));
  // The last segment counted when it was sent: only a stop inside it keeps its place.
  if (mode === 'asSent' && !last) return asSent;
  if (mode === 'heardToEnd') return heardToEnd();
  const timeline = segmentTimeline(position.variant, position.segment, turn.t, turn.locale, position.block);
  const outcome = settle((turn.now.getTime() - sentAt.getTime()) / 1000, sent.leadInSeconds, timeline, sentAt);
  if (outcome.kind === 'heardToEnd') return heardToEnd();
  if (outcome.kind === 'unknown') return last ? null : asSent;
  return atBlock(asSent, outcome.block, blockAt({ ...position, block: outcome.block }).id, outcome.at);
}

/**
 * Before any handler: a segment response that may still have been playing is settled
 * against this request (docs/architecture.md, "Time-aware place"). Heard to its end, the
 * place is the next segment; interrupted, the block that was playing; unknown, the start
 * as sent. Within a session only after a segment was sent, so the record is still read
 * at most once per session.
 */
export const SettlePlaceInterceptor: RequestInterceptor = {
  async process(input) {
    if (!CONVERSATION.has(getRequestType(input.requestEnvelope))) return;
    const turn = Turn.of(input);
    const session = input.requestEnvelope.session;
    const afterSegment = turn.flow.kind === 'askedToGoOn' || turn.flow.kind === 'offeredRating';
    if (session && !session.new && !afterSegment && !turn.recordCached) return;
    const record = await turn.record();
    const place = record.place;
    if (!place?.sent) return;
    const mode = modeFor(input, turn, place);
    const next = settled(turn, record, place, mode);
    turn.continuing = mode === 'heardToEnd';
    turn.update({ ...record, place: next });
  },
};
