import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { InputRejected, MAX_USER_ERRORS, userError, UserErrorCode } from '../src/common/user-error';

describe('InputRejected', () => {
  // The cost estimate counts a payload's `userErrors` at MAX_USER_ERRORS (modules/list-sizes.ts):
  // no input, however many bad items it holds, may answer more.
  it(`keeps the first ${MAX_USER_ERRORS} user errors of many, in order`, () => {
    const errors = Array.from({ length: 1_000 }, (_, i) =>
      userError(['input', 'items', i], UserErrorCode.INVALID, `item ${i}`),
    );
    const rejected = new InputRejected(errors);
    expect(rejected.userErrors).toHaveLength(MAX_USER_ERRORS);
    expect(rejected.userErrors.map((e) => e.field[2])).toEqual(
      Array.from({ length: MAX_USER_ERRORS }, (_, i) => String(i)),
    );
    expect(new InputRejected(errors.slice(0, 3)).userErrors).toEqual(errors.slice(0, 3));
  });
});
