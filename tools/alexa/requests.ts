import type { IntentRequest, RequestEnvelope, Slot, SupportedInterfaces } from 'ask-sdk-model';

/**
 * Real Alexa request envelopes, as the service sends them, for the simulator and tests.
 * Only what the JSON interface documents; ids are made up but shaped like Alexa's.
 */
export interface Caller {
  readonly applicationId: string;
  readonly userId: string;
  readonly deviceId: string;
  readonly locale: string;
  /** What the device can do beyond voice, e.g. `Alexa.Presentation.APL` on an Echo Show; none when absent. */
  readonly supportedInterfaces?: SupportedInterfaces;
}

export interface SessionInfo {
  readonly sessionId: string;
  readonly isNew: boolean;
  readonly attributes: Record<string, unknown>;
}

export type RequestBody =
  | { type: 'LaunchRequest' }
  | { type: 'IntentRequest'; intent: IntentRequest['intent'] }
  | { type: 'SessionEndedRequest'; reason: 'USER_INITIATED' | 'ERROR' | 'EXCEEDED_MAX_REPROMPTS' }
  | { type: string; [key: string]: unknown };

let counter = 0;
function nextId(prefix: string): string {
  counter += 1;
  return `${prefix}.${Date.now().toString(36)}-${counter.toString(36)}`;
}

export function newSessionId(): string {
  return nextId('amzn1.echo-api.session');
}

export function envelope(caller: Caller, body: RequestBody, session?: SessionInfo, at: Date = new Date()): RequestEnvelope {
  const application = { applicationId: caller.applicationId };
  const user = { userId: caller.userId };
  const request = {
    ...body,
    requestId: nextId('amzn1.echo-api.request'),
    timestamp: at.toISOString(),
    locale: caller.locale,
  } as RequestEnvelope['request'];
  return {
    version: '1.0',
    ...(session
      ? { session: { new: session.isNew, sessionId: session.sessionId, application, user, attributes: session.attributes } }
      : {}),
    context: {
      System: {
        application,
        user,
        device: { deviceId: caller.deviceId, supportedInterfaces: caller.supportedInterfaces ?? {} },
        apiEndpoint: 'https://api.amazonalexa.com',
        apiAccessToken: 'local-token',
      },
    },
    request,
  };
}

/** An intent with its slots filled the way Alexa does: value plus entity resolution. */
export function intent(name: string, slots: Record<string, { value: string; id?: string } | undefined> = {}): IntentRequest['intent'] {
  const filled: Record<string, Slot> = {};
  for (const [slotName, slot] of Object.entries(slots)) {
    filled[slotName] = {
      name: slotName,
      confirmationStatus: 'NONE',
      ...(slot ? { value: slot.value } : {}),
      ...(slot
        ? {
            resolutions: {
              resolutionsPerAuthority: [
                {
                  authority: `amzn1.er-authority.echo-sdk.local.${slotName}`,
                  status: { code: slot.id ? 'ER_SUCCESS_MATCH' : 'ER_SUCCESS_NO_MATCH' },
                  ...(slot.id ? { values: [{ value: { name: slot.value, id: slot.id } }] } : {}),
                },
              ],
            },
          }
        : {}),
    } as Slot;
  }
  return { name, confirmationStatus: 'NONE', slots: filled };
}
