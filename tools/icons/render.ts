/**
 * `npm run icons`: renders tools/icons/icon.svg to the two PNGs the skill store needs
 * (docs/certification.md#icons), 108 x 108 and 512 x 512, into skill-package/assets/images/.
 * test/certification.test.ts re-renders and fails when the committed PNGs are out of date.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

export const ICON_SOURCE = 'tools/icons/icon.svg';
export const ICON_DIR = 'skill-package/assets/images';
/** The file names skill.json references as file://assets/images/<name>. */
export const ICONS = { small: { file: 'icon-108.png', size: 108 }, large: { file: 'icon-512.png', size: 512 } } as const;

/** The icon as PNG bytes, exactly `size` pixels square. */
export function renderIcon(size: number, svg = readFileSync(ICON_SOURCE, 'utf8')): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng();
}

if (require.main === module) {
  for (const { file, size } of Object.values(ICONS)) {
    const path = join(ICON_DIR, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, renderIcon(size));
    console.log(`${path}: ${size} x ${size}`);
  }
}
