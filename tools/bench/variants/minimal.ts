// Cold-init variant (b): ask-sdk-core with one handler, nothing else.
import { minimalSkill } from './minimalSkill';

export const handler = minimalSkill();
