import type { dialog, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { DialogState, Elicitation } from '../models/resolve';
import { playingSeconds } from './playingTime';
import { envelope, intent, newSessionId, type Caller, type RequestBody } from './requests';

export type SkillHandler = (event: RequestEnvelope) => Promise<ResponseEnvelope>;

export interface Reply {
  readonly request: RequestEnvelope;
  readonly response: ResponseEnvelope;
  /** The SSML Alexa would speak ('' when silent). */
  readonly speech: string;
  readonly reprompt: string | undefined;
  /** Whether the session closed with this reply. */
  readonly ended: boolean;
  /** How long Alexa takes to say `speech`, by the skill's own estimate. */
  readonly seconds: number;
}

function ssmlOf(speech: unknown): string {
  if (speech && typeof speech === 'object' && 'ssml' in speech && typeof speech.ssml === 'string') return speech.ssml;
  return '';
}

/**
 * Drives a skill the way Alexa does for one person on one device: a session opens on
 * the first request, carries the attributes the skill returns, and closes when the skill
 * ends it or a SessionEndedRequest is sent.
 */
export class Conversation {
  private session: { id: string; attributes: Record<string, unknown>; isNew: boolean } | undefined;
  private time: number;
  private lastReply: Reply | undefined;

  /** `start`: the time of the first request; later ones move only when told to (`advance`, `listen`). */
  constructor(
    private readonly handler: SkillHandler,
    readonly caller: Caller,
    start: Date = new Date(),
  ) {
    this.time = start.getTime();
  }

  /** What the open session carries (the skill's own state), empty outside a session. */
  get sessionAttributes(): Readonly<Record<string, { kind?: string } | undefined>> {
    return (this.session?.attributes ?? {}) as Record<string, { kind?: string } | undefined>;
  }

  /** The time the next request will carry. */
  get now(): Date {
    return new Date(this.time);
  }

  /** Moves the clock: the next request is made this many seconds later. */
  advance(seconds: number): this {
    this.time += Math.round(seconds * 1000);
    return this;
  }

  /** Listens to the whole of the last reply: the clock moves by its playing time. */
  listen(): this {
    return this.advance(this.lastReply?.seconds ?? 0);
  }

  get inSession(): boolean {
    return this.session !== undefined;
  }

  /** "Alexa, open ...": always a new session. */
  launch(): Promise<Reply> {
    this.session = undefined;
    return this.send({ type: 'LaunchRequest' });
  }

  /**
   * The slot the last reply elicited (Dialog.ElicitSlot) while its session is still open:
   * Alexa then matches the next utterance against that slot's samples first.
   */
  get elicitation(): Elicitation | undefined {
    if (!this.session || !this.lastReply) return undefined;
    const directive = (this.lastReply.response.response.directives ?? []).find(
      (d): d is dialog.ElicitSlotDirective => d.type === 'Dialog.ElicitSlot',
    );
    return directive?.updatedIntent ? { intent: directive.updatedIntent.name, slot: directive.slotToElicit } : undefined;
  }

  /** An intent, in the open session or as a one-shot request that opens one; `dialogState` for an intent of the dialog model. */
  intent(name: string, slots: Parameters<typeof intent>[1] = {}, dialogState?: DialogState): Promise<Reply> {
    return this.send({ type: 'IntentRequest', intent: intent(name, slots), ...(dialogState ? { dialogState } : {}) });
  }

  /** Silence after the reprompt, "Alexa, stop" mid-speech, or the device going away. */
  async end(reason: 'USER_INITIATED' | 'ERROR' | 'EXCEEDED_MAX_REPROMPTS' = 'EXCEEDED_MAX_REPROMPTS'): Promise<Reply | undefined> {
    if (!this.session) return undefined;
    const reply = await this.send({ type: 'SessionEndedRequest', reason });
    this.session = undefined;
    return reply;
  }

  async send(body: RequestBody): Promise<Reply> {
    this.session ??= { id: newSessionId(), attributes: {}, isNew: true };
    const request = envelope(
      this.caller,
      body,
      { sessionId: this.session.id, isNew: this.session.isNew, attributes: this.session.attributes },
      this.now,
    );
    const response = await this.handler(request);
    const ended = response.response.shouldEndSession !== false || body.type === 'SessionEndedRequest';
    if (ended) this.session = undefined;
    else this.session = { ...this.session, isNew: false, attributes: response.sessionAttributes ?? {} };
    const speech = ssmlOf(response.response.outputSpeech);
    this.lastReply = {
      request,
      response,
      speech,
      reprompt: response.response.reprompt ? ssmlOf(response.response.reprompt.outputSpeech) : undefined,
      ended,
      seconds: playingSeconds(speech, this.caller.locale),
    };
    return this.lastReply;
  }
}
