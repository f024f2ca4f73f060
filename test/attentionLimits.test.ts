import type { ResponseEnvelope } from 'ask-sdk-model';
import { renderSegment } from '../lambda/engine/segments';
import { escapeSsml } from '../lambda/engine/ssml';
import { attentionOnly } from '../lambda/exercises/attentionOnly';
import { pmr } from '../lambda/exercises/pmr';
import { PMR_FORMS, REGION_IDS } from '../lambda/exercises/regions';
import { SUPPORTED_LOCALES, translatorFor } from '../lambda/i18n';
import { attentionOpening } from '../lambda/speech/attentionOpening';
import type { Reply } from '../tools/alexa/Conversation';
import { languageViolations, LIMITS, limitViolations } from './support/limits';
import { everyRegionSubset, scopeLabel, SINGLE_SCOPES } from './support/regionScopes';
import { IntentNames, SlotNames } from '../lambda/constants';
import type { AttentionScope } from '../lambda/exercises/attentionOnly';
import { plantItem } from './support/table';
import { newCaller, talkTo } from './support/skill';
import { startExercise } from './support/start';

const ECHO_SHOW = { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.3' } } };
const measured = { largestChars: 0, largestBytes: 0, checked: 0 };

/**
 * Every set of painful areas (256 per form and language) is too many to play through the
 * handler, so these responses are built from a real one: the first segment of the usual
 * relaxation, asked for the first time on an Echo Show (welcome, safety line, announcement,
 * APL screen, session state), with the usual narration swapped for the adapted segment, its
 * lead-in, and the storage notice on top. The wired sweep below plays the longest cases.
 */
describe.each(SUPPORTED_LOCALES)('attention-only relaxation within limits in %s', (locale) => {
  const t = translatorFor(locale);
  // Relaxation sentences are per language; country files only change common lines, so
  // every subset of regions runs once per language and the other countries run each region alone.
  const scopes = locale === 'en-US' || locale === 'de-DE' ? [...everyRegionSubset().filter((s) => s.length > 0), 'all' as const] : SINGLE_SCOPES;

  test.each(PMR_FORMS)(`%s: every segment, for ${scopes.length} sets of painful areas, with the longest lead-ins`, async (form) => {
    const usual = pmr.variants[form]!;
    const first = await startExercise(talkTo({ ...newCaller(locale), supportedInterfaces: ECHO_SHOW }), 'pmr', form);
    const usualSsml = renderSegment(usual, 0, t, locale).ssml;
    expect(first.speech).toContain(usualSsml);
    const notice = escapeSsml(t('storage.notSaved'));
    const seen = new Set<string>();

    for (const scope of scopes) {
      const adapted = attentionOnly(pmr, usual, scope);
      for (const [i, blocks] of adapted.segments.entries()) {
        // Said once, before the first segment; later segments re-orient instead.
        const leadIn =
          i === 0
            ? attentionOpening(scope, t, locale)
            : t('play.continueAt', { part: t(blocks[0]!.nameKey), variant: t(adapted.nameKey) });
        const speech = first.speech.replace(usualSsml, `${escapeSsml(leadIn)} ${renderSegment(adapted, i, t, locale).ssml} ${notice}`);
        if (seen.has(speech)) continue;
        seen.add(speech);
        const response: ResponseEnvelope = {
          ...first.response,
          // Room for the stored areas the wiring will add to the record.
          sessionAttributes: { ...first.response.sessionAttributes, painfulAreas: [...REGION_IDS] },
          response: { ...first.response.response, outputSpeech: { type: 'SSML', ssml: speech } },
        };
        const reply: Reply = { ...first, response, speech };
        const label = `${form} ${scopeLabel(scope)} segment ${i}`;
        const problems = [...(await limitViolations(reply)), ...languageViolations(reply)];
        // The shared leak check predates these keys: a missing one comes back as "attention.…".
        if (/\battention\.\w/.test(speech)) problems.push(`leaks ${/\battention\.[\w.]+/.exec(speech)?.[0]}`);
        expect({ label, problems }).toEqual({ label, problems: [] });
        measured.largestChars = Math.max(measured.largestChars, speech.length);
        measured.largestBytes = Math.max(measured.largestBytes, Buffer.byteLength(JSON.stringify(response)));
        measured.checked++;
      }
    }
  });
});

/**
 * Through the real handler and dynalite: the longest opening (every area noted) and the gentle
 * practice, for the first time on an Echo Show, every segment, each one paused and resumed a
 * day later (settling line, re-orientation, the reminder of the areas).
 */
describe.each(SUPPORTED_LOCALES)('attention-only relaxation played through the skill in %s', (locale) => {
  const t = translatorFor(locale);
  const scopes: readonly AttentionScope[] = [REGION_IDS, 'all', ['lowerBack']];
  test.each(PMR_FORMS)('%s: every segment started, resumed a day later, and finished', async (form) => {
    for (const scope of scopes) {
      const caller = { ...newCaller(locale), supportedInterfaces: ECHO_SHOW };
      await plantItem(caller.userId, { version: 1, painfulAreas: scope === 'all' ? [] : [...scope] });
      const alexa = talkTo(caller);
      const length = { [SlotNames.Length]: { value: form, id: form } };
      const check = async (reply: Reply, step: string) => {
        const label = `${form} ${scopeLabel(scope)} ${step}`;
        expect({ label, problems: [...(await limitViolations(reply)), ...languageViolations(reply)] }).toEqual({ label, problems: [] });
        measured.largestChars = Math.max(measured.largestChars, reply.speech.length);
        measured.largestBytes = Math.max(measured.largestBytes, Buffer.byteLength(JSON.stringify(reply.response)));
        measured.checked++;
      };
      let reply = await alexa.intent(scope === 'all' ? IntentNames.StartGentle : IntentNames.StartRelaxation, length);
      await check(reply, 'start');
      expect(reply.speech).toContain(escapeSsml(attentionOpening(scope, t, locale)));
      for (let i = 1; !reply.ended && alexa.inSession && reply.speech.includes(escapeSsml(t('play.goOn'))); i++) {
        await check(await alexa.listen().intent(IntentNames.Pause), `pause ${i}`);
        alexa.advance(24 * 3600);
        reply = await alexa.intent(IntentNames.Resume);
        await check(reply, `resumed ${i}`);
      }
    }
  });
});
afterAll(() => {
  console.log(
    `attention-only: ${measured.checked} distinct responses; largest ${measured.largestChars} of ${LIMITS.speechChars} SSML characters, ` +
      `${(measured.largestBytes / 1024).toFixed(1)} of 24 KB`,
  );
});
