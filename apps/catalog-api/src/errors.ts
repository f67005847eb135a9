/** A CKAN-shaped failure: `{ success: false, error: { __type, message } }` with its HTTP status. */
export class ActionError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 405 | 409 | 413 | 414,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export const validationError = (message: string) => new ActionError(409, 'Validation Error', message);
export const notFound = (message = 'Not found') => new ActionError(404, 'Not Found Error', message);
