/**
 * Every error the HTTP API answers with, in one table: a stable `code`, its HTTP status, and the body shape
 * `{ error: { code, message } }`. Nothing else ever leaves the server as an error — no HTML page, no stack.
 */
import { z } from 'zod';

export const ERRORS = {
  bad_request: { status: 400, summary: 'the request or its body is not valid' },
  not_found: { status: 404, summary: 'no such route, story or article' },
  body_too_large: { status: 413, summary: 'the request body is over the size limit' },
  unsupported_media_type: { status: 415, summary: 'the body has a content type the route does not accept' },
  internal: { status: 500, summary: 'an unexpected error; the server log has the details' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** The one message for a body of the wrong type, whichever layer refuses it. */
export const ACCEPTED_TYPES = 'send application/json (one article, or an array) or application/x-ndjson / application/jsonl (one article a line)';

/** The body of every error response. */
export const ApiErrorBody = z.object({
  error: z.object({ code: z.enum(Object.keys(ERRORS) as [ErrorCode, ...ErrorCode[]]), message: z.string() }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/** An error a route throws on purpose; the error handler turns it into its status and JSON body. */
export class ApiError extends Error {
  readonly status: number;
  /** Extra fields for the body beside `error` (e.g. the per-item results of a batch no item of which could be read). */
  readonly extra?: Record<string, unknown>;

  constructor(readonly code: ErrorCode, message: string, extra?: Record<string, unknown>) {
    super(message);
    this.status = ERRORS[code].status;
    this.extra = extra;
  }
}

export function errorBody(code: ErrorCode, message: string): ApiErrorBody {
  return { error: { code, message } };
}

/** Fastify's own error codes that a client caused, mapped to ours (everything else 4xx is a bad request). */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'bad_request',
  FST_ERR_CTP_INVALID_JSON_BODY: 'bad_request',
};

/** Classifies any thrown value: our own errors keep their code; client errors fastify raised keep their status. */
export function classify(e: unknown): { status: number; body: ApiErrorBody & Record<string, unknown>; unexpected: boolean } {
  if (e instanceof ApiError) return { status: e.status, body: { ...e.extra, ...errorBody(e.code, e.message) }, unexpected: false };
  const err = e as { code?: string; statusCode?: number; message?: string };
  const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
  if (mapped) return { status: ERRORS[mapped].status, body: errorBody(mapped, clientMessage(mapped, err.message)), unexpected: false };
  if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
    const code: ErrorCode = err.statusCode === 404 ? 'not_found' : err.statusCode === 413 ? 'body_too_large' : err.statusCode === 415 ? 'unsupported_media_type' : 'bad_request';
    return { status: ERRORS[code].status, body: errorBody(code, err.message ?? ERRORS[code].summary), unexpected: false };
  }
  return { status: 500, body: errorBody('internal', ERRORS.internal.summary), unexpected: true };
}

function clientMessage(code: ErrorCode, message: string | undefined): string {
  if (code === 'unsupported_media_type') return ACCEPTED_TYPES;
  return message ?? ERRORS[code].summary;
}
