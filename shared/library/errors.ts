/** Error codes thrown by the library document accessors; shared by client and server. */
export const LIBRARY_ERROR = {
  invalidInput: 'LIBRARY_INVALID_INPUT',
  notFound: 'LIBRARY_NOT_FOUND',
  alreadyExists: 'LIBRARY_ALREADY_EXISTS',
  newerSchema: 'LIBRARY_NEWER_SCHEMA',
} as const;

export type LibraryErrorCode = (typeof LIBRARY_ERROR)[keyof typeof LIBRARY_ERROR];

/** The one error type the accessors throw; nothing has been written when it is thrown. */
export class LibraryError extends Error {
  readonly code: LibraryErrorCode;

  constructor(code: LibraryErrorCode, message: string) {
    super(message);
    this.name = 'LibraryError';
    this.code = code;
  }
}

export function isLibraryError(error: unknown, code?: LibraryErrorCode): error is LibraryError {
  return error instanceof LibraryError && (code === undefined || error.code === code);
}
