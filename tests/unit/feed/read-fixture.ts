import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURES = new URL('../../fixtures/feeds/', import.meta.url);

/** The bytes of a fixture feed in tests/fixtures/feeds. */
export function readFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(name, FIXTURES))));
}

/** The path of the fixture folder, for tests that walk all of it. */
export const fixturesPath = fileURLToPath(FIXTURES);
