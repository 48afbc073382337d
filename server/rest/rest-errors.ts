import { ErrorCode } from '../../shared/errors.ts';
import { LIBRARY_ERROR, isLibraryError } from '../../shared/library/index.ts';
import { HttpError } from '../guards/http-error.ts';
import { SyncRefusal } from '../sync/sync-refusal.ts';

/**
 * The answer for an error a library write can meet, or the error itself when it is not one of
 * them (then it is a 500 with the generic body, details in the log only).
 */
export function asHttpError(error: unknown): unknown {
  if (error instanceof HttpError) return error;
  if (error instanceof SyncRefusal) return new HttpError(503, ErrorCode.unavailable, 'Your library could not be saved right now. Try again.', { 'retry-after': '5' });
  if (!isLibraryError(error)) return error;
  switch (error.code) {
    case LIBRARY_ERROR.notFound:
      return new HttpError(404, ErrorCode.notFound, 'Not found in your library.');
    case LIBRARY_ERROR.alreadyExists:
      return new HttpError(409, ErrorCode.conflict, 'That id is already taken in your library.');
    case LIBRARY_ERROR.newerSchema:
      return new HttpError(409, ErrorCode.conflict, 'Your library was saved by a newer version of MetMap; update this one first.');
    case LIBRARY_ERROR.invalidInput:
      return new HttpError(400, ErrorCode.validation, 'The request is not valid for your library.');
  }
}

export const notFound = (what: string) => new HttpError(404, ErrorCode.notFound, `No such ${what}.`);
