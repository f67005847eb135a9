import { expect } from 'vitest';
import { ApiError } from '../src/ckan/ApiError.js';

/** The ApiError a call rejects with (the test fails when it resolves or rejects with something else). */
export async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}
