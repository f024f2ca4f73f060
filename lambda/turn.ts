import type { HandlerInput } from 'ask-sdk-core';
import { log } from './log';
import { requestTime, systemClock, type Clock } from './clock';
import { supportedLocale, translatorFor, type SupportedLocale, type Translate } from './i18n';
import { IDLE, parseFlow, type Flow } from './state/flow';
import { newWriteId, StaleWriteError, WRITE_ID_ATTRIBUTE } from './persistence/DynamoTable';
import { mergeRecords } from './state/mergeRecords';
import { emptyRecord, parseRecord, sameRecord, type UserRecord } from './state/record';

const FLOW = 'flow';
const RECORD = 'record';
/** This session's record while storage could not be read: kept only in the session, never written. */
const UNSAVED = 'unsavedRecord';
const STORAGE_NOTICE_GIVEN = 'storageNoticeGiven';
/** A misunderstanding mid-exercise named the urgent signs: later ones this session say it shorter. */
const URGENT_SIGNS_SAID = 'urgentSignsSaid';
/** The id of a write whose answer never came: it may have landed, so the next write reuses it. */
const UNCONFIRMED_WRITE = 'unconfirmedWrite';
const TURN = 'turn';
const CLOCK = 'clock';

/** Puts the injected clock where every Turn of this request finds it (skill.ts). */
export function provideClock(input: HandlerInput, clock: Clock): void {
  input.attributesManager.getRequestAttributes()[CLOCK] = clock;
}

/**
 * Everything a handler needs for one request: the translator for its locale, the time
 * of the request, the session's flow, and the person's stored record. The record is read
 * at most once per session (cached in the session: a cache of the same item, not a copy
 * of the place) and written in one place, `flush`, at the end of the turn
 * (interceptors/saveRecord.ts), only when it changed.
 */
export class Turn {
  readonly locale: SupportedLocale;
  readonly t: Translate;
  /** When the request was made: Alexa's timestamp, or the injected clock. */
  readonly now: Date;
  /** True when this turn settled a sent segment as heard to its end and the place is now its next segment. */
  continuing = false;
  private loaded: UserRecord | undefined;
  private pending: UserRecord | undefined;
  private readFailed = false;
  private writeFailed = false;
  private deleted = false;

  private constructor(private readonly input: HandlerInput) {
    this.locale = supportedLocale(input.requestEnvelope.request?.locale);
    this.t = translatorFor(this.locale);
    const clock: unknown = input.attributesManager.getRequestAttributes()[CLOCK];
    this.now = requestTime(input.requestEnvelope.request?.timestamp, typeof clock === 'function' ? (clock as Clock) : systemClock);
  }

  static of(input: HandlerInput): Turn {
    const attributes = input.attributesManager.getRequestAttributes();
    const existing: unknown = attributes[TURN];
    if (existing instanceof Turn) return existing;
    const turn = new Turn(input);
    attributes[TURN] = turn;
    return turn;
  }

  /** Session attributes; a request without a session (an event, a malformed envelope) has none. */
  private get session(): Record<string, unknown> {
    return this.input.requestEnvelope.session ? this.input.attributesManager.getSessionAttributes() : {};
  }

  private set session(attributes: Record<string, unknown>) {
    if (this.input.requestEnvelope.session) this.input.attributesManager.setSessionAttributes(attributes);
  }

  get flow(): Flow {
    return parseFlow(this.session[FLOW]);
  }

  set flow(flow: Flow) {
    this.session = { ...this.session, [FLOW]: flow };
  }

  /** The urgent signs were named after a misunderstanding this session (flow/table.ts, 'fallback'). */
  get urgentSignsSaid(): boolean {
    return this.session[URGENT_SIGNS_SAID] === true;
  }

  set urgentSignsSaid(said: boolean) {
    this.session = { ...this.session, [URGENT_SIGNS_SAID]: said };
  }

  resetFlow(): void {
    this.flow = IDLE;
  }

  /** True when this session already holds the record (read earlier, or written this session). */
  get recordCached(): boolean {
    return this.loaded !== undefined || this.session[RECORD] !== undefined;
  }

  /** The record as this turn has it: read (once per session), with this turn's changes. */
  async record(): Promise<UserRecord> {
    if (this.pending) return this.pending;
    if (this.loaded) return this.loaded;
    const cached = this.session[RECORD];
    if (cached !== undefined) {
      this.loaded = parseRecord(cached);
      return this.loaded;
    }
    try {
      this.loaded = parseRecord(await this.input.attributesManager.getPersistentAttributes(false));
      this.cache(this.loaded);
      // Storage answers again: what is stored wins over what this session did without it.
      this.forgetUnsaved();
    } catch (error) {
      log.warn('read failed', { error: error instanceof Error ? error.name : 'unknown' });
      // Storage is down: carry on with this session's own copy (or a blank record), but never
      // write it over the real one. The next turn reads again (nothing was cached).
      this.readFailed = true;
      const unsaved = this.session[UNSAVED];
      this.loaded = unsaved === undefined ? emptyRecord() : parseRecord(unsaved);
    }
    return this.loaded;
  }

  /** Changes the record for this turn; `flush` writes it once, at the end of the turn. */
  update(next: UserRecord): void {
    if (this.deleted) return;
    this.pending = next;
  }

  /**
   * Writes the record if this turn changed it. If another device wrote in between, merges
   * this turn's changes into what is stored now and tries once more. A record that could
   * not be read is never written over the real one.
   */
  async flush(): Promise<void> {
    const next = this.pending;
    const base = this.loaded;
    this.pending = undefined;
    if (!next || !base || this.deleted || sameRecord(base, next)) return;
    if (this.readFailed) {
      this.session = { ...this.session, [UNSAVED]: next };
      return;
    }
    try {
      await this.write(next);
    } catch (error) {
      if (!(error instanceof StaleWriteError)) {
        log.warn('write failed', { error: error instanceof Error ? error.name : 'unknown' });
        this.writeFailed = true;
        // The session goes on from what this turn meant to store (still at the version read),
        // so the next turn's write carries these changes too.
        this.cache(next);
        return;
      }
      log.info('concurrent write merged');
      try {
        const theirs = parseRecord(await this.input.attributesManager.getPersistentAttributes(false));
        await this.write({ ...mergeRecords(base, next, theirs), version: theirs.version });
      } catch (retryError) {
        log.warn('merged write failed', { error: retryError instanceof Error ? retryError.name : 'unknown' });
        this.writeFailed = true;
      }
    }
  }

  private async write(record: UserRecord): Promise<void> {
    const unconfirmed = this.session[UNCONFIRMED_WRITE];
    const writeId = isWriteId(unconfirmed) ? unconfirmed : newWriteId();
    this.input.attributesManager.setPersistentAttributes({ ...record, [WRITE_ID_ATTRIBUTE]: writeId });
    try {
      await this.input.attributesManager.savePersistentAttributes();
    } catch (error) {
      // A stale write was refused for sure; any other failure may have landed all the same.
      if (!(error instanceof StaleWriteError)) this.session = { ...this.session, [UNCONFIRMED_WRITE]: writeId };
      throw error;
    }
    const { [UNCONFIRMED_WRITE]: _confirmed, ...rest } = this.session;
    this.session = rest;
    this.loaded = { ...record, version: record.version + 1 };
    this.cache(this.loaded);
  }

  /** Deletes everything stored about the person; true when it worked. */
  async deleteRecord(): Promise<boolean> {
    try {
      await this.input.attributesManager.deletePersistentAttributes?.();
    } catch (error) {
      log.warn('delete failed', { error: error instanceof Error ? error.name : 'unknown' });
      return false;
    }
    this.deleted = true;
    this.pending = undefined;
    this.loaded = emptyRecord();
    const { [RECORD]: _cached, ...rest } = this.session;
    this.session = rest;
    return true;
  }

  /**
   * The sentence telling the person, once per session, that their place could not be
   * loaded or saved; empty when there is nothing to tell.
   */
  storageNotice(): string {
    if (!(this.readFailed || this.writeFailed) || this.session[STORAGE_NOTICE_GIVEN] === true) return '';
    this.session = { ...this.session, [STORAGE_NOTICE_GIVEN]: true };
    return this.t(this.readFailed ? 'storage.notLoaded' : 'storage.notSaved');
  }

  /**
   * What the session carries into the next turn: only this module's own keys, checked,
   * and nothing once the session ends. ask-sdk would otherwise echo whatever came in,
   * forged or huge.
   */
  static sessionToKeep(attributes: Record<string, unknown>, sessionEnds: boolean): Record<string, unknown> {
    if (sessionEnds) return {};
    return {
      [FLOW]: parseFlow(attributes[FLOW]),
      ...(attributes[RECORD] !== undefined ? { [RECORD]: parseRecord(attributes[RECORD]) } : {}),
      ...(attributes[UNSAVED] !== undefined ? { [UNSAVED]: parseRecord(attributes[UNSAVED]) } : {}),
      ...(attributes[STORAGE_NOTICE_GIVEN] === true ? { [STORAGE_NOTICE_GIVEN]: true } : {}),
      ...(attributes[URGENT_SIGNS_SAID] === true ? { [URGENT_SIGNS_SAID]: true } : {}),
      ...(isWriteId(attributes[UNCONFIRMED_WRITE]) ? { [UNCONFIRMED_WRITE]: attributes[UNCONFIRMED_WRITE] } : {}),
    };
  }

  private forgetUnsaved(): void {
    if (this.session[UNSAVED] === undefined) return;
    const { [UNSAVED]: _unsaved, ...rest } = this.session;
    this.session = rest;
  }

  private cache(record: UserRecord): void {
    this.session = { ...this.session, [RECORD]: record };
  }
}

/** A write id as newWriteId makes them: short, letters, digits and a dash. */
function isWriteId(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z0-9-]{8,40}$/.test(value);
}
