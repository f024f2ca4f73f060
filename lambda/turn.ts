import type { HandlerInput } from 'ask-sdk-core';
import { log } from './log';
import { supportedLocale, translatorFor, type SupportedLocale, type Translate } from './i18n';
import { IDLE, parseFlow, type Flow } from './state/flow';
import { StaleWriteError } from './persistence/DynamoTable';
import { mergeRecords } from './state/mergeRecords';
import { emptyRecord, parseRecord, sameRecord, type UserRecord } from './state/record';

const FLOW = 'flow';
const RECORD = 'record';
const STORAGE_NOTICE_GIVEN = 'storageNoticeGiven';
const TURN = 'turn';

/**
 * Everything a handler needs for one request: the translator for its locale, the
 * session's flow, and the person's stored record, read at most once per session
 * (cached in the session) and written only when it changed.
 */
export class Turn {
  readonly locale: SupportedLocale;
  readonly t: Translate;
  private loaded: UserRecord | undefined;
  private readFailed = false;
  private writeFailed = false;

  private constructor(private readonly input: HandlerInput) {
    this.locale = supportedLocale(input.requestEnvelope.request?.locale);
    this.t = translatorFor(this.locale);
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

  resetFlow(): void {
    this.flow = IDLE;
  }

  async record(): Promise<UserRecord> {
    if (this.loaded) return this.loaded;
    const cached = this.session[RECORD];
    if (cached !== undefined) {
      this.loaded = parseRecord(cached);
      return this.loaded;
    }
    try {
      this.loaded = parseRecord(await this.input.attributesManager.getPersistentAttributes(false));
      this.cache(this.loaded);
    } catch (error) {
      log.warn('read failed', { error: error instanceof Error ? error.name : 'unknown' });
      // Storage is down: carry on with a blank record, but never write it over the real one.
      this.readFailed = true;
      this.loaded = emptyRecord();
    }
    return this.loaded;
  }

  /**
   * Saves the record if it changed. If another device wrote in between, merges this turn's
   * changes into what is stored now and tries once more. Failures are remembered for
   * `storageNotice`; a record that could not be read is never written over the real one.
   */
  async save(next: UserRecord): Promise<void> {
    const base = await this.record();
    if (sameRecord(base, next)) return;
    this.loaded = next;
    if (this.readFailed) {
      this.writeFailed = true;
      return;
    }
    try {
      await this.write(next);
    } catch (error) {
      if (!(error instanceof StaleWriteError)) {
        log.warn('write failed', { error: error instanceof Error ? error.name : 'unknown' });
        this.writeFailed = true;
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
    this.input.attributesManager.setPersistentAttributes(record);
    await this.input.attributesManager.savePersistentAttributes();
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
    this.loaded = emptyRecord();
    const { [RECORD]: _cached, ...rest } = this.session;
    this.session = rest;
    return true;
  }

  /** The sentence telling the person, once per session, that their place was not saved. */
  storageNotice(): string {
    if (!this.writeFailed || this.session[STORAGE_NOTICE_GIVEN] === true) return '';
    this.session = { ...this.session, [STORAGE_NOTICE_GIVEN]: true };
    return this.t('storage.notSaved');
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
      ...(attributes[STORAGE_NOTICE_GIVEN] === true ? { [STORAGE_NOTICE_GIVEN]: true } : {}),
    };
  }

  private cache(record: UserRecord): void {
    this.session = { ...this.session, [RECORD]: record };
  }
}
