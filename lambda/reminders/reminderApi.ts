import { DefaultApiClient, type HandlerInput } from 'ask-sdk-core';
import { services, type Response } from 'ask-sdk-model';
import { log } from '../log';
import { Speech } from '../speech/Speech';
import { endWith } from '../speech/actions';
import type { Turn } from '../turn';
import { REMINDERS_PERMISSION } from './permission';
import { TimeoutApiClient } from './TimeoutApiClient';

/** Per call; a turn makes at most two calls in a row (look up, then create or delete). */
export const REMINDERS_API_TIMEOUT_MS = 2500;

const apiClient = new TimeoutApiClient(new DefaultApiClient(), REMINDERS_API_TIMEOUT_MS);

type ReminderClient = services.reminderManagement.ReminderManagementServiceClient;

/** Whether the person has granted the skill any permission at all (Alexa sends a consent token then). */
export function hasConsentToken(input: HandlerInput): boolean {
  const token: unknown = input.requestEnvelope.context?.System?.user?.permissions?.consentToken;
  return typeof token === 'string' && token.length > 0;
}

/**
 * The Reminders API client for this request: the skill builder's, when it was built
 * `withApiClient`; otherwise one made here from the request's API endpoint and token, with
 * a timeout. (Making it here keeps the builder free of an API client, which would make
 * ask-sdk read `context.System` before any handler runs.) Undefined without endpoint or token.
 */
export function reminderClient(input: HandlerInput): ReminderClient | undefined {
  if (input.serviceClientFactory) return input.serviceClientFactory.getReminderManagementServiceClient();
  const system = input.requestEnvelope.context?.System;
  const apiEndpoint: unknown = system?.apiEndpoint;
  const authorizationValue: unknown = system?.apiAccessToken;
  if (typeof apiEndpoint !== 'string' || !apiEndpoint || typeof authorizationValue !== 'string' || !authorizationValue) {
    return undefined;
  }
  return new services.reminderManagement.ReminderManagementServiceClient({ apiClient, apiEndpoint, authorizationValue });
}

/** The HTTP status of a failed service call (ask-sdk's ServiceError), if it has one. */
function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('statusCode' in error)) return undefined;
  return typeof error.statusCode === 'number' ? error.statusCode : undefined;
}

/** 401/403: the person has not granted (or has withdrawn) the reminders permission. */
export function isPermissionError(error: unknown): boolean {
  const status = statusOf(error);
  return status === 401 || status === 403;
}

export function logApiFailure(operation: string, error: unknown): void {
  log.warn('reminders api failed', {
    operation,
    status: statusOf(error) ?? 'none',
    error: error instanceof Error ? error.name : 'unknown',
  });
}

/** Says why, sends the consent card to the Alexa app, and ends the session. */
export function askForPermission(input: HandlerInput, turn: Turn): Response {
  return input.responseBuilder
    .speak(new Speech().say(turn.t('reminders:permission.needed')).toString())
    .withAskForPermissionsConsentCard([REMINDERS_PERMISSION])
    .withShouldEndSession(true)
    .getResponse();
}

/** A failed call: the permission card for 401/403, otherwise `failedKey`'s sentence; either way the session ends. */
export function answerFailure(input: HandlerInput, turn: Turn, operation: string, error: unknown, failedKey: string): Response {
  logApiFailure(operation, error);
  if (isPermissionError(error)) return askForPermission(input, turn);
  return endWith(input, turn.t(failedKey));
}

/** The skill's reminders that are still active (a finished one-off reminder stays listed for a while). */
export async function activeReminders(client: ReminderClient): Promise<services.reminderManagement.Reminder[]> {
  const { alerts } = await client.getReminders();
  return (Array.isArray(alerts) ? alerts : []).filter((r) => r.status !== 'COMPLETED');
}
