/**
 * A CKAN-shaped failure with its HTTP status. CKAN answers a validation failure with the offending fields as keys
 * (`{ "__type": "Validation Error", "rows": ["Must be a natural number"] }`) and every other failure with a
 * `message` (`{ "__type": "Not Found Error", "message": "Not found" }`); `fields` selects the first shape.
 */
export class ActionError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 405 | 409 | 413 | 414,
    readonly type: string,
    message: string,
    readonly fields?: Record<string, string[]>,
  ) {
    super(message);
  }

  /** The `error` object of CKAN's envelope. */
  body(): Record<string, unknown> {
    return this.fields ? { __type: this.type, ...this.fields } : { __type: this.type, message: this.message };
  }
}

/**
 * CKAN's 409 Validation Error. Written `field: message` (`"rows: Must be a natural number"`), it is keyed by the
 * field as CKAN keys it; a message without a field prefix lands under `message`.
 */
export function validationError(message: string): ActionError {
  const match = /^([\w.]+): (.*)$/s.exec(message);
  const fields = match ? { [match[1]!]: [match[2]!] } : { message: [message] };
  return new ActionError(409, 'Validation Error', message, fields);
}

/**
 * CKAN's answer to an action it does not have (`ckan/views/api.py`: `get_action` raises KeyError, and
 * `_finish_bad_request` answers 400 with a bare JSON string, no envelope): `"Bad request - Action name not known: x"`.
 */
export class UnknownActionError extends ActionError {
  constructor(readonly action: string) {
    super(400, 'Bad request', `Action name not known: ${action}`);
  }

  /** The whole response body, as CKAN sends it. */
  text(): string {
    return `Bad request - ${this.message}`;
  }
}

/** CKAN's 404 Not Found Error; CKAN's message is `Not found` or `Not found: <detail>`. */
export const notFound = (detail?: string) =>
  new ActionError(404, 'Not Found Error', detail ? `Not found: ${detail}` : 'Not found');

/**
 * What CKAN answers when Solr rejects a query (`SearchError` in ckan/views/api.py: 409, `Search error: …`): here,
 * a `q` or `fq` the parser cannot read or that SQLite cannot express, named in the message.
 */
export const searchError = (detail: string) => new ActionError(409, 'Search Error', `Search error: ${detail}`);
