/** `npm run models`: writes skill-package/interactionModels/custom/<locale>.json from interactionModels/. */
import { writeFileSync } from 'node:fs';
import { SUPPORTED_LOCALES } from '../../lambda/i18n';
import { buildModel, modelPath, serialize } from './buildModel';

for (const locale of SUPPORTED_LOCALES) {
  writeFileSync(modelPath(locale), serialize(buildModel(locale)));
  console.log(`wrote ${modelPath(locale)}`);
}
