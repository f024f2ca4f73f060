import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { handler } from '../lambda/index';
import { playTranscript } from './support/transcript';

/**
 * Each main journey as a person hears it (test/transcripts/*.txt), played through the
 * utterance resolver, the real Lambda handler and dynalite, and compared exactly.
 * `UPDATE_TRANSCRIPTS=1 npx jest test/transcripts.test.ts` rewrites the answers, so a
 * wording change shows as a diff someone reads.
 */
const DIR = join(__dirname, 'transcripts');
const UPDATE = process.env.UPDATE_TRANSCRIPTS === '1';
// A fixed morning, so the transcripts do not depend on when they run.
const START = new Date('2026-03-02T07:30:00.000Z');

const files = readdirSync(DIR).filter((f) => f.endsWith('.txt'));

test('there are transcripts for the main journeys', () => {
  expect(files.length).toBeGreaterThanOrEqual(11);
});

test.each(files)('%s', async (file) => {
  const path = join(DIR, file);
  const written = readFileSync(path, 'utf8');
  const heard = await playTranscript(written, handler, START);
  if (UPDATE) writeFileSync(path, heard);
  else expect(heard).toBe(written);
});
