import {
  errorHandler,
  getHttpResponseFromError,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SEARCH_UNAVAILABLE } from "../modules/search-meilisearch/errors"
import { ERROR_CODES } from "../lib/error-codes"
import { databaseBusyAnswer } from "./database-busy"

const defaultErrorHandler = errorHandler()

type Answer = {
  status: number
  type: string
  code?: string
  message: string
  field?: string
  headers?: Record<string, string>
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- whatever was thrown: each row reads only what it matches on
type Thrown = any
type ErrorAnswer = { matches: (error: Thrown, req: MedusaRequest) => boolean; answer: (error: Thrown) => Answer }

// POST /auth/{actor}/{provider}: a sign-in. Token refresh and sessions have their own words.
const SIGN_IN = /^\/auth\/(?!token\/|session\b)[^/]+\/[^/]+\/?$/
// SQL, a database driver's words or a stack: never for a client's eyes.
const INTERNALS =
  /\b(select|insert into|update|delete from)\b.+\b(from|set|values|where)\b|from "|violates|syntax error|invalid byte sequence|\bcolumn\b.+\bdoes not exist|knex|mikro-?orm|\n\s+at /i
// A refusal's message starts with the field it names ("tax_code: …", "items.2.quantity: …").
const FIELD_PATH = /^([a-z_][a-z0-9_]*(?:\.[a-z0-9_]+)*): /
// Medusa answers these with their own message: a user's mistake, worded for them.
const USER_FACING: string[] = [
  MedusaError.Types.INVALID_DATA,
  MedusaError.Types.NOT_FOUND,
  MedusaError.Types.NOT_ALLOWED,
  MedusaError.Types.DUPLICATE_ERROR,
  MedusaError.Types.UNAUTHORIZED,
  MedusaError.Types.FORBIDDEN,
  MedusaError.Types.CONFLICT,
  MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
]

/**
 * Errors whose answer is ours, first match wins; every other error goes to Medusa's handler. One row
 * per kind of error, so a new answer (a saturated database, say) is one more row.
 */
const ERROR_ANSWERS: ErrorAnswer[] = [
  // A statement or lock timeout, or no pooled connection in time: the database is busy, not broken.
  {
    matches: (error) => databaseBusyAnswer(error) !== undefined,
    answer: (error) => {
      const { status, headers, body } = databaseBusyAnswer(error)!
      return { status, headers, ...body }
    },
  },
  // MedusaError has no type for 503: an unreachable search engine is temporary, so the client may retry.
  {
    matches: (error) => error?.code === SEARCH_UNAVAILABLE,
    answer: (error) => ({
      status: 503,
      type: "search_unavailable",
      code: SEARCH_UNAVAILABLE,
      message: error.message,
      headers: { "Retry-After": "5" },
    }),
  },
  // Express could not decode a path parameter (`/store/products/%E0%A4%A`).
  {
    matches: (error) => error instanceof URIError,
    answer: () => ({
      status: 400,
      type: MedusaError.Types.INVALID_DATA,
      message: "path: a parameter is not valid percent-encoding",
    }),
  },
  // The body parser's refusals (not JSON, too large) keep their status, worded for the body.
  {
    matches: (error) => typeof error?.type === "string" && error.type.startsWith("entity.") && error.status < 500,
    answer: (error) => ({
      status: error.status,
      type: MedusaError.Types.INVALID_DATA,
      message:
        error.type === "entity.too.large"
          ? `body: larger than the ${error.limit} bytes this route takes`
          : "body: not valid JSON",
    }),
  },
  // A failed sign-in says only that it failed, whatever the provider found out.
  {
    matches: (error, req) => error?.type === MedusaError.Types.UNAUTHORIZED && SIGN_IN.test(req.path),
    answer: () => ({ status: 401, type: MedusaError.Types.UNAUTHORIZED, message: "Invalid email or password" }),
  },
  // A client's mistake whose message would carry internals keeps its status but not its words.
  {
    matches: (error) => USER_FACING.includes(error?.type) && INTERNALS.test(String(error?.message)),
    answer: (error) => ({
      status: error.type === MedusaError.Types.NOT_FOUND ? 404 : 400,
      type: error.type,
      message: "The request could not be processed.",
    }),
  },
  // A user's mistake that names its field, or carries one of our codes: Medusa's status and code,
  // plus the field on its own, so a form marks it without reading the words. A conflict keeps its
  // message too (Medusa's would speak of idempotency keys, and the loser of a race needs to know what changed).
  {
    matches: (error) =>
      USER_FACING.includes(error?.type) &&
      (FIELD_PATH.test(String(error?.message)) || (Object.values(ERROR_CODES) as string[]).includes(error?.code)),
    answer: (error) => {
      const { statusCode, body } = getHttpResponseFromError(error)
      const field = FIELD_PATH.exec(String(error.message))?.[1]
      return {
        status: statusCode,
        type: error.type,
        code: error.code ?? body.code,
        message: error.message,
        ...(field ? { field } : {}),
      }
    },
  },
  // Anything else that is not a user's mistake is ours: logged by Medusa's handler, answered in general words.
  {
    matches: (error) => MedusaError.isMedusaError(error ?? {}) && !USER_FACING.includes(error.type),
    answer: () => ({
      status: 500,
      type: "unknown_error",
      code: "unknown_error",
      message: "An unknown error occurred.",
    }),
  },
]

export function answerError(error: Thrown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  res.removeHeader("X-Powered-By")
  const row = ERROR_ANSWERS.find((candidate) => candidate.matches(error, req))
  if (!row) return defaultErrorHandler(error, req as never, res as never, next)
  const { status, headers, ...body } = row.answer(error)
  if (status >= 500) req.scope?.resolve("logger").error(error)
  for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value)
  res.status(status).json(body)
}
