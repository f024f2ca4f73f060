import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DefaultApiClient, SkillBuilders } from 'ask-sdk-core';
import type { RequestEnvelope, services } from 'ask-sdk-model';
import { escapeSsml } from '../lambda/engine/ssml';
import { CancelRemindersIntentHandler } from '../lambda/handlers/CancelRemindersIntentHandler';
import { ErrorHandler } from '../lambda/handlers/ErrorHandler';
import { ListRemindersIntentHandler } from '../lambda/handlers/ListRemindersIntentHandler';
import { SetReminderIntentHandler } from '../lambda/handlers/SetReminderIntentHandler';
import { translatorFor } from '../lambda/i18n';
import deReminders from '../lambda/locales/de/reminders.json';
import enReminders from '../lambda/locales/en/reminders.json';
import { buildDailyReminder, parseSlotTime, timeOfReminder } from '../lambda/reminders/dailyReminder';
import { formatTime, formatTimes } from '../lambda/reminders/formatTime';
import { IntentNames, SlotNames } from '../lambda/constants';
import { REMINDERS_PERMISSION } from '../lambda/reminders/permission';
import { REMINDERS_API_TIMEOUT_MS } from '../lambda/reminders/reminderApi';
import { Conversation, type Reply, type SkillHandler } from '../tools/alexa/Conversation';
import { MemoryAdapter } from './support/adapters';
import { invoke } from './support/invoke';
import { languageViolations, limitViolations } from './support/limits';
import { newCaller } from './support/skill';

/**
 * Daily practice reminders through the Alexa Reminders API, against a local stand-in for
 * the API on 127.0.0.1 (the skill finds it the way it finds Alexa's: context.System.apiEndpoint).
 */

const ACCESS_TOKEN = 'test-api-access-token';
const CONSENT_TOKEN = 'test-consent-token';
const LOCALES = ['en-US', 'de-DE'] as const;
type Locale = (typeof LOCALES)[number];

// ---------------------------------------------------------------------------------------
// The sentences, read straight from the resource files.

const FILES = { en: enReminders, de: deReminders } as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A sentence of reminders.json as it appears in SSML; `count` picks the _one/_other form. */
function sentence(locale: string, key: string, options: Record<string, string | number> = {}): string {
  const file = locale.startsWith('de') ? FILES.de : FILES.en;
  const path = typeof options.count === 'number' ? `${key}_${options.count === 1 ? 'one' : 'other'}` : key;
  let node: unknown = file;
  for (const part of path.split('.')) node = isRecord(node) ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no sentence ${path} for ${locale}`);
  return escapeSsml(node.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(options[name] ?? `{{${name}}}`)));
}

/** How each locale says the times used below. */
const SPOKEN: Record<Locale, Record<'20:00' | '20:30' | '08:00' | 'EV', string>> = {
  'en-US': { '20:00': '8 pm', '20:30': '8:30 pm', '08:00': '8 am', EV: '7 pm' },
  'de-DE': { '20:00': '20 Uhr', '20:30': '20 Uhr 30', '08:00': '8 Uhr', EV: '19 Uhr' },
};

// ---------------------------------------------------------------------------------------
// A stand-in for the Alexa Reminders API.

interface Recorded {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: unknown;
}

class FakeRemindersApi {
  readonly requests: Recorded[] = [];
  readonly reminders = new Map<string, services.reminderManagement.Reminder>();
  /** Every request answered with this status, or never answered. */
  failWith: number | 'hang' | undefined;
  /** Deleting these alert tokens fails with a 500. */
  readonly failingDeletes = new Set<string>();
  url = '';
  private created = 0;
  private readonly server = createServer((req, res) => void this.serve(req, res));

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  reset(): void {
    this.requests.length = 0;
    this.reminders.clear();
    this.failingDeletes.clear();
    this.failWith = undefined;
  }

  /** A reminder the person already has, as if set in an earlier session. */
  add(hhmm: string): string {
    const [hour, minute] = hhmm.split(':').map(Number);
    return this.store(buildDailyReminder({ hour: hour ?? 0, minute: minute ?? 0 }, 'en-US', 'earlier'));
  }

  calls(method: string): Recorded[] {
    return this.requests.filter((r) => r.method === method);
  }

  private store(request: services.reminderManagement.ReminderRequest): string {
    this.created += 1;
    const alertToken = `alert-token-${this.created}`;
    const now = new Date().toISOString();
    this.reminders.set(alertToken, { alertToken, createdTime: now, updatedTime: now, status: 'ON', version: '1', ...request });
    return alertToken;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const method = req.method ?? '';
    const path = new URL(req.url ?? '/', this.url).pathname;
    this.requests.push({ method, path, authorization: req.headers.authorization, body: text ? (JSON.parse(text) as unknown) : undefined });

    if (this.failWith === 'hang') return;
    if (this.failWith !== undefined) return reply(res, this.failWith, { code: 'FAILED', message: 'stand-in failure' });
    if (path === '/v1/alerts/reminders' && method === 'POST') {
      const alertToken = this.store(JSON.parse(text) as services.reminderManagement.ReminderRequest);
      return reply(res, 201, { alertToken, status: 'ON', version: '1', href: `/v1/alerts/reminders/${alertToken}` });
    }
    if (path === '/v1/alerts/reminders' && method === 'GET') {
      return reply(res, 200, { totalCount: String(this.reminders.size), alerts: [...this.reminders.values()] });
    }
    const token = /^\/v1\/alerts\/reminders\/([^/]+)$/.exec(path)?.[1];
    if (token && method === 'DELETE') {
      if (this.failingDeletes.has(token)) return reply(res, 500, { code: 'FAILED', message: 'stand-in failure' });
      if (!this.reminders.delete(token)) return reply(res, 404, { code: 'NOT_FOUND', message: 'no such reminder' });
      res.writeHead(200).end();
      return;
    }
    reply(res, 404, { code: 'NOT_FOUND', message: `${method} ${path}` });
  }
}

function reply(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

const api = new FakeRemindersApi();
beforeAll(() => api.start());
afterAll(() => api.stop());
beforeEach(() => api.reset());

// ---------------------------------------------------------------------------------------
// The skill: the reminder handlers as skill.ts will wire them, talked to the way Alexa does.

/**
 * 'own client': the builder has no API client and the handlers make their own (with a
 * timeout); 'withApiClient': the builder's serviceClientFactory, as ask-sdk's docs wire it.
 */
const WIRINGS = ['own client', 'withApiClient'] as const;
type Wiring = (typeof WIRINGS)[number];

function reminderSkill(wiring: Wiring): SkillHandler {
  const builder = SkillBuilders.custom()
    .addRequestHandlers(SetReminderIntentHandler, ListRemindersIntentHandler, CancelRemindersIntentHandler)
    .addErrorHandlers(ErrorHandler)
    .withPersistenceAdapter(new MemoryAdapter());
  if (wiring === 'withApiClient') builder.withApiClient(new DefaultApiClient());
  const lambda = builder.lambda();
  return (event) => invoke(lambda, event);
}

/** The envelope as Alexa sends it to a skill with an API endpoint and, when granted, the reminders permission. */
function withAlexaApi(event: RequestEnvelope, permissionGranted: boolean): RequestEnvelope {
  const permissions = permissionGranted ? { permissions: { consentToken: CONSENT_TOKEN } } : {};
  const system = event.context.System;
  return {
    ...event,
    ...(event.session ? { session: { ...event.session, user: { ...event.session.user, ...permissions } } } : {}),
    context: {
      ...event.context,
      System: { ...system, user: { ...system.user, ...permissions }, apiEndpoint: api.url, apiAccessToken: ACCESS_TOKEN },
    },
  };
}

function talkTo(locale: string, wiring: Wiring = 'own client', permissionGranted = true): Conversation {
  const skill = reminderSkill(wiring);
  return new Conversation((event) => skill(withAlexaApi(event, permissionGranted)), newCaller(locale));
}

/** Every reply within Alexa's limits, and German replies free of English. */
async function checked(reply: Promise<Reply>): Promise<Reply> {
  const r = await reply;
  expect([...(await limitViolations(r)), ...languageViolations(r)]).toEqual([]);
  return r;
}

const setReminder = (alexa: Conversation, time?: string) =>
  checked(alexa.intent(IntentNames.SetReminder, { [SlotNames.Time]: time === undefined ? undefined : { value: time } }));
const listReminders = (alexa: Conversation) => checked(alexa.intent(IntentNames.ListReminders));
const cancelReminders = (alexa: Conversation) => checked(alexa.intent(IntentNames.CancelReminders));

function dailyRequest(locale: string, rule: string): services.reminderManagement.ReminderRequest {
  return {
    trigger: { type: 'SCHEDULED_ABSOLUTE', recurrence: { recurrenceRules: [rule] } },
    alertInfo: { spokenInfo: { content: [{ locale, text: (locale.startsWith('de') ? FILES.de : FILES.en).reminder.text }] } },
    pushNotification: { status: 'ENABLED' },
  };
}

// ---------------------------------------------------------------------------------------
// Conversations.

test('the reminders namespace resolves through the skill\'s translator', () => {
  expect(translatorFor('en-US')('reminders:reminder.text')).toBe(enReminders.reminder.text);
  expect(translatorFor('de-DE')('reminders:reminder.text')).toBe(deReminders.reminder.text);
});

describe.each(LOCALES)('daily reminders in %s', (locale) => {
  const say = (key: string, options?: Record<string, string | number>) => sentence(locale, key, options);
  const spoken = SPOKEN[locale];

  describe.each(WIRINGS)('with the %s', (wiring) => {
    test('"remind me to relax every day at 8 pm" creates a daily reminder in the device\'s time zone and confirms it', async () => {
      const reply = await setReminder(talkTo(locale, wiring), '20:00');
      const [post, ...more] = api.calls('POST');
      expect(more).toEqual([]);
      expect(post?.path).toBe('/v1/alerts/reminders');
      expect(post?.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
      // Exactly these fields: no timeZoneId (the device's own is used), the locale's own words.
      expect(post?.body).toEqual(dailyRequest(locale, 'FREQ=DAILY;BYHOUR=20;BYMINUTE=0;BYSECOND=0'));
      expect(reply.speech).toContain(say('set.done', { time: spoken['20:00'] }));
      expect(reply.ended).toBe(true);
    });

    test('without a time it asks for one and keeps listening; the answer sets the reminder', async () => {
      const alexa = talkTo(locale, wiring);
      const question = await setReminder(alexa);
      expect(question.speech).toContain(say('set.askTime'));
      expect(question.speech).not.toContain(say('set.unclearTime'));
      expect(question.reprompt).toContain(say('set.askTimeReprompt'));
      expect(question.ended).toBe(false);
      expect(api.requests).toEqual([]);

      const answer = await setReminder(alexa, '20:30');
      expect(api.calls('POST').map((p) => p.body)).toEqual([dailyRequest(locale, 'FREQ=DAILY;BYHOUR=20;BYMINUTE=30;BYSECOND=0')]);
      expect(answer.speech).toContain(say('set.done', { time: spoken['20:30'] }));
      expect(answer.ended).toBe(true);
    });

    test('"in the evening" becomes 7 pm; a value that is no time is asked again', async () => {
      const evening = await setReminder(talkTo(locale, wiring), 'EV');
      expect(api.calls('POST').map((p) => p.body)).toEqual([dailyRequest(locale, 'FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0')]);
      expect(evening.speech).toContain(say('set.done', { time: spoken.EV }));

      const unclear = await setReminder(talkTo(locale, wiring), 'T25:99');
      expect(unclear.speech).toContain(say('set.unclearTime'));
      expect(unclear.speech).toContain(say('set.askTime'));
      expect(unclear.ended).toBe(false);
      expect(api.calls('POST')).toHaveLength(1);
    });

    test('a reminder at the same time is not set twice', async () => {
      api.add('20:00');
      const reply = await setReminder(talkTo(locale, wiring), '20:00');
      expect(reply.speech).toContain(say('set.already', { time: spoken['20:00'] }));
      expect(api.calls('POST')).toEqual([]);
      expect(api.reminders.size).toBe(1);
    });

    test('"what reminders do I have": none, then one, then two in order of the day', async () => {
      const alexa = talkTo(locale, wiring);
      expect((await listReminders(alexa)).speech).toContain(say('list.none'));
      await setReminder(alexa, '20:00');
      expect((await listReminders(alexa)).speech).toContain(say('list.some', { count: 1, times: spoken['20:00'] }));
      await setReminder(alexa, '08:00');
      const two = await listReminders(alexa);
      const times = locale === 'de-DE' ? `${spoken['08:00']} und ${spoken['20:00']}` : `${spoken['08:00']} and ${spoken['20:00']}`;
      expect(two.speech).toContain(say('list.some', { count: 2, times }));
      expect(two.ended).toBe(true);
      expect(api.calls('GET').every((g) => g.path === '/v1/alerts/reminders' && g.authorization === `Bearer ${ACCESS_TOKEN}`)).toBe(true);
    });

    test('"cancel my reminders" deletes each of the skill\'s reminders; then there is nothing to cancel', async () => {
      const tokens = [api.add('08:00'), api.add('20:00')];
      const alexa = talkTo(locale, wiring);
      const reply = await cancelReminders(alexa);
      expect(api.calls('DELETE').map((d) => d.path).sort()).toEqual(tokens.map((t) => `/v1/alerts/reminders/${t}`).sort());
      expect(api.calls('DELETE').every((d) => d.authorization === `Bearer ${ACCESS_TOKEN}`)).toBe(true);
      expect(api.reminders.size).toBe(0);
      expect(reply.speech).toContain(say('cancel.done', { count: 2 }));
      expect(reply.ended).toBe(true);

      expect((await cancelReminders(alexa)).speech).toContain(say('cancel.none'));
      expect((await listReminders(alexa)).speech).toContain(say('list.none'));
    });

    test.each([
      ['set', (alexa: Conversation) => setReminder(alexa, '20:00')],
      ['set without a time', (alexa: Conversation) => setReminder(alexa)],
      ['list', listReminders],
      ['cancel', cancelReminders],
    ])('without the reminders permission, %s asks for it with a consent card and calls no API', async (_label, speak) => {
      const reply = await speak(talkTo(locale, wiring, false));
      expect(reply.speech).toContain(say('permission.needed'));
      expect(reply.response.response.card).toEqual({ type: 'AskForPermissionsConsent', permissions: [REMINDERS_PERMISSION] });
      expect(reply.ended).toBe(true);
      // The session ends, so none of its attributes go back (forged ones could be huge).
      expect(reply.response.sessionAttributes).toEqual({});
      expect(api.requests).toEqual([]);
    });

    test.each([401, 403])('an API answer of %i (permission withdrawn) asks for the permission again', async (status) => {
      api.failWith = status;
      for (const speak of [(alexa: Conversation) => setReminder(alexa, '20:00'), listReminders, cancelReminders]) {
        const reply = await speak(talkTo(locale, wiring));
        expect(reply.speech).toContain(say('permission.needed'));
        expect(reply.response.response.card).toEqual({ type: 'AskForPermissionsConsent', permissions: [REMINDERS_PERMISSION] });
        expect(reply.ended).toBe(true);
      }
    });

    test('a server error is said plainly, and what was set stays set', async () => {
      api.add('08:00');
      api.failWith = 500;
      const set = await setReminder(talkTo(locale, wiring), '20:00');
      expect(set.speech).toContain(say('set.failed'));
      expect(set.response.response.card).toBeUndefined();
      expect((await listReminders(talkTo(locale, wiring))).speech).toContain(say('list.failed'));
      expect((await cancelReminders(talkTo(locale, wiring))).speech).toContain(say('cancel.failed'));
      expect(api.reminders.size).toBe(1);

      api.failWith = undefined;
      expect((await listReminders(talkTo(locale, wiring))).speech).toContain(say('list.some', { count: 1, times: spoken['08:00'] }));
    });

    test('when only some deletions fail, it says so and the rest can be cancelled later', async () => {
      const [, failing] = [api.add('08:00'), api.add('20:00')];
      api.failingDeletes.add(failing ?? '');
      const alexa = talkTo(locale, wiring);
      expect((await cancelReminders(alexa)).speech).toContain(say('cancel.partial'));
      expect(api.reminders.size).toBe(1);
      api.failingDeletes.clear();
      expect((await cancelReminders(alexa)).speech).toContain(say('cancel.done', { count: 1 }));
    });
  });
});

test('an API that does not answer is given up on in time, with a spoken error', async () => {
  api.failWith = 'hang';
  const started = Date.now();
  const reply = await setReminder(talkTo('en-US'), '20:00');
  expect(reply.speech).toContain(sentence('en-US', 'set.failed'));
  expect(Date.now() - started).toBeLessThan(REMINDERS_API_TIMEOUT_MS + 2000);
});

// ---------------------------------------------------------------------------------------
// The pieces.

test('AMAZON.TIME values: HH:MM and the fuzzy parts of the day', () => {
  expect(parseSlotTime('20:00')).toEqual({ hour: 20, minute: 0 });
  expect(parseSlotTime('07:05')).toEqual({ hour: 7, minute: 5 });
  expect(parseSlotTime('00:00')).toEqual({ hour: 0, minute: 0 });
  expect(['MO', 'AF', 'EV', 'NI'].map(parseSlotTime)).toEqual([
    { hour: 8, minute: 0 },
    { hour: 14, minute: 0 },
    { hour: 19, minute: 0 },
    { hour: 21, minute: 0 },
  ]);
  for (const odd of [undefined, '', '24:00', '12:60', 'noon', '?', 'constructor', 42, null]) expect(parseSlotTime(odd)).toBeUndefined();
});

test.each([
  ['20:00', '8 pm', '20 Uhr'],
  ['20:30', '8:30 pm', '20 Uhr 30'],
  ['08:05', '8:05 am', '8 Uhr 5'],
  ['12:00', 'noon', '12 Uhr'],
  ['00:00', 'midnight', '0 Uhr'],
  ['00:30', '12:30 am', '0 Uhr 30'],
  ['13:00', '1 pm', '13 Uhr'],
  ['NI', '9 pm', '21 Uhr'],
])('%s is said "%s" in English and "%s" in German', (hhmm, english, german) => {
  expect(formatTime(hhmm, translatorFor('en-US'))).toBe(english);
  expect(formatTime(hhmm, translatorFor('en-GB'))).toBe(english);
  expect(formatTime(hhmm, translatorFor('de-DE'))).toBe(german);
});

test('several times make one phrase', () => {
  expect(formatTimes(['08:00', '14:00', '20:00'], translatorFor('en-US'), 'en-US')).toBe('8 am, 2 pm, and 8 pm');
  expect(formatTimes(['08:00', '20:00'], translatorFor('de-DE'), 'de-DE')).toBe('8 Uhr und 20 Uhr');
});

test('a stored reminder\'s time comes from its daily rule, or else its scheduled time', () => {
  expect(timeOfReminder(buildDailyReminder({ hour: 6, minute: 45 }, 'en-US', 'x'))).toEqual({ hour: 6, minute: 45 });
  expect(timeOfReminder({ trigger: { type: 'SCHEDULED_ABSOLUTE', scheduledTime: '2025-05-01T21:15:00.000' } })).toEqual({ hour: 21, minute: 15 });
  expect(timeOfReminder({ trigger: { type: 'SCHEDULED_RELATIVE', offsetInSeconds: 60 } })).toBeUndefined();
});
