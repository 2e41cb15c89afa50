import { describe, expect, it } from 'vitest';
import { hashBody } from '../../../refresh/hash-body';

describe('the body hash', () => {
  it('is the SHA-256 of the bytes, in hex', async () => {
    // The FIPS 180-2 example: SHA-256("abc").
    expect(await hashBody(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('changes when a single byte does', async () => {
    expect(await hashBody(new Uint8Array([1, 2, 3]))).not.toBe(await hashBody(new Uint8Array([1, 2, 4])));
  });
});
