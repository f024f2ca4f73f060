import { SkillBuilders, type CustomSkillBuilder, type LambdaHandler, type PersistenceAdapter, type Skill } from 'ask-sdk-core';
import type { SkillConfig } from './config';
import { systemClock, type Clock } from './clock';
import { CountSessionInterceptor } from './interceptors/countSession';
import { SaveRecordInterceptor } from './interceptors/saveRecord';
import { SettlePlaceInterceptor } from './interceptors/settlePlace';
import { provideClock } from './turn';
import { KeepSessionCleanInterceptor } from './interceptors/keepSessionClean';
import { LogRequestInterceptor, LogResponseInterceptor } from './interceptors/logRequest';
import { AnswerIntentHandler } from './handlers/AnswerIntentHandler';
import { BackPainTipIntentHandler } from './handlers/BackPainTipIntentHandler';
import { CancelRemindersIntentHandler } from './handlers/CancelRemindersIntentHandler';
import { ClearPainfulAreasIntentHandler } from './handlers/ClearPainfulAreasIntentHandler';
import { CanFulfillIntentRequestHandler } from './handlers/CanFulfillIntentRequestHandler';
import { DeleteDataIntentHandler } from './handlers/DeleteDataIntentHandler';
import { ErrorHandler } from './handlers/ErrorHandler';
import { EventHandler } from './handlers/EventHandler';
import { FallbackHandler } from './handlers/FallbackHandler';
import { HelpIntentHandler } from './handlers/HelpIntentHandler';
import { LaunchRequestHandler } from './handlers/LaunchRequestHandler';
import { ListPainfulAreasIntentHandler } from './handlers/ListPainfulAreasIntentHandler';
import { ListRemindersIntentHandler } from './handlers/ListRemindersIntentHandler';
import { NextIntentHandler } from './handlers/NextIntentHandler';
import { NoIntentHandler } from './handlers/NoIntentHandler';
import { PauseIntentHandler } from './handlers/PauseIntentHandler';
import { ItHurtsIntentHandler } from './handlers/ItHurtsIntentHandler';
import { ProgressIntentHandler } from './handlers/ProgressIntentHandler';
import { RateTensionIntentHandler } from './handlers/RateTensionIntentHandler';
import { RepeatIntentHandler } from './handlers/RepeatIntentHandler';
import { ResumeIntentHandler } from './handlers/ResumeIntentHandler';
import { SessionEndedRequestHandler } from './handlers/SessionEndedRequestHandler';
import { SetPainfulAreaIntentHandler } from './handlers/SetPainfulAreaIntentHandler';
import { SetReminderIntentHandler } from './handlers/SetReminderIntentHandler';
import { SkillDisabledHandler } from './handlers/SkillDisabledHandler';
import { StartGentleRelaxationIntentHandler } from './handlers/StartGentleRelaxationIntentHandler';
import { StartOverIntentHandler } from './handlers/StartOverIntentHandler';
import { StartMindfulnessIntentHandler } from './handlers/StartMindfulnessIntentHandler';
import { StartRelaxationIntentHandler } from './handlers/StartRelaxationIntentHandler';
import { TimeAvailableIntentHandler } from './handlers/TimeAvailableIntentHandler';
import { YesIntentHandler } from './handlers/YesIntentHandler';

export interface SkillDependencies {
  config: SkillConfig;
  persistence: PersistenceAdapter;
  /** The time when a request carries no usable timestamp; tests move it. */
  clock?: Clock;
}

/** Wires the handlers; dependencies come in so tests can swap storage. */
function skillBuilder({ config, persistence, clock = systemClock }: SkillDependencies): CustomSkillBuilder {
  const builder = SkillBuilders.custom()
    .addRequestHandlers(
      CanFulfillIntentRequestHandler,
      LaunchRequestHandler,
      StartRelaxationIntentHandler,
      TimeAvailableIntentHandler,
      StartMindfulnessIntentHandler,
      BackPainTipIntentHandler,
      AnswerIntentHandler,
      YesIntentHandler,
      NoIntentHandler,
      NextIntentHandler,
      ResumeIntentHandler,
      RepeatIntentHandler,
      StartOverIntentHandler,
      PauseIntentHandler,
      ItHurtsIntentHandler,
      HelpIntentHandler,
      DeleteDataIntentHandler,
      ProgressIntentHandler,
      RateTensionIntentHandler,
      SetReminderIntentHandler,
      ListRemindersIntentHandler,
      CancelRemindersIntentHandler,
      StartGentleRelaxationIntentHandler,
      SetPainfulAreaIntentHandler,
      ClearPainfulAreasIntentHandler,
      ListPainfulAreasIntentHandler,
      SkillDisabledHandler,
      SessionEndedRequestHandler,
      EventHandler,
      FallbackHandler,
    )
    .addRequestInterceptors((input) => provideClock(input, clock), LogRequestInterceptor, CountSessionInterceptor, SettlePlaceInterceptor)
    // The record is written first, then the session is trimmed to what it may carry.
    .addResponseInterceptors(SaveRecordInterceptor, KeepSessionCleanInterceptor, LogResponseInterceptor)
    .addErrorHandlers(ErrorHandler)
    .withPersistenceAdapter(persistence)
    .withCustomUserAgent('muscle-relaxation-skill');
  // Requests for any other skill are refused (ask-sdk throws before any handler runs).
  if (config.skillId) builder.withSkillId(config.skillId);
  return builder;
}

/** The skill as a Lambda handler (lambda/index.ts). */
export function createLambdaHandler(dependencies: SkillDependencies): LambdaHandler {
  return skillBuilder(dependencies).lambda();
}

/** The same skill for a self-hosted HTTPS endpoint (lambda/server/). */
export function createSkill(dependencies: SkillDependencies): Skill {
  return skillBuilder(dependencies).create();
}
