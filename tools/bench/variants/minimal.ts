// Cold-start reference (bare): ask-sdk-core with one handler, nothing else.
import { minimalSkill } from './minimalSkill';

export const handler = minimalSkill();
