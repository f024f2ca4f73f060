// Cold-start reference (storage): the minimal skill with the skill's own storage client
// (lambda/storage.ts), reading and writing the record on LaunchRequest.
import { readConfig } from '../../../lambda/config';
import { createPersistence } from '../../../lambda/storage';
import { minimalSkill } from './minimalSkill';

export const handler = minimalSkill(createPersistence(readConfig()));
