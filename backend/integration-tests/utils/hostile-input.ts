import http from "node:http"
import fc from "fast-check"

export type RawAnswer = { status: number; text: string; message: string; headers: http.IncomingHttpHeaders }

/** Sends exactly these bytes to this path (no client re-encodes the path or checks the body). */
export function sendRaw(
  baseUrl: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string | Buffer
): Promise<RawAnswer> {
  const url = new URL(baseUrl)
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path,
        headers: { ...headers, ...(body !== undefined ? { "content-length": String(Buffer.byteLength(body)) } : {}) },
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on("data", (chunk) => chunks.push(chunk))
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString()
          let message = ""
          try {
            message = String(JSON.parse(text).message ?? "")
          } catch {
            message = text
          }
          resolve({ status: response.statusCode ?? 0, text, message, headers: response.headers })
        })
      }
    )
    request.on("error", reject)
    if (body !== undefined) request.write(body)
    request.end()
  })
}

const SQL_OR_STACK = [
  /select .+ from /i,
  /insert into/i,
  /from "/i,
  /violates/i,
  / where /i,
  /syntax error/i,
  /invalid byte sequence/i,
  /\n\s+at /,
  / {4}at /,
]

/** What is wrong with an answer to hostile input: a 5xx, SQL or a stack in it, or a 400 that names no field. */
export function answerProblem(answer: RawAnswer, fields: string[]): string | undefined {
  if (answer.status >= 500) return `answered ${answer.status}: ${answer.text.slice(0, 300)}`
  const leak = SQL_OR_STACK.find((pattern) => pattern.test(answer.text))
  if (leak) return `leaked internals (${leak}): ${answer.text.slice(0, 300)}`
  if (answer.status === 400) {
    const message = answer.message.toLowerCase()
    // A field first ("title: …", "quantity must …") or the field or record named somewhere in the message.
    const named =
      /^[\w.[\]-]+(:| must | is )/.test(answer.message) || fields.some((field) => message.includes(field.toLowerCase()))
    if (!named) return `400 naming no field of [${fields.join(", ")}]: ${answer.message.slice(0, 200)}`
  }
}

export const UNKNOWN_ID = "01JZZZZZZZZZZZZZZZZZZZZZZZ"

/** A value of the wrong kind, or hostile text: what a fuzzer puts in a field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    0,
    -1,
    1e308,
    true,
    null,
    [],
    {},
    [{}],
    "",
    "a\u0000b",
    "\ud800",
    "x\udfffy",
    "%00",
    `cart_${UNKNOWN_ID}`,
    `prod_${UNKNOWN_ID}`,
    "x".repeat(99_000),
    "' OR 1=1 --",
    "<script>alert(1)</script>"
  ),
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 })
)

/**
 * Bodies made from a route's valid body (or a few usual field names): fields given wrong values,
 * dropped, or the whole body an array.
 */
export function hostileBody(sample: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(sample).length
    ? Object.keys(sample)
    : ["id", "email", "title", "cart_id", "quantity", "metadata"]
  const mutated = fc
    .tuple(
      fc.subarray(keys, { minLength: 1 }),
      fc.array(hostileValue, { minLength: keys.length, maxLength: keys.length }),
      fc.boolean()
    )
    .map(([broken, values, dropOthers]) => {
      const body: Record<string, unknown> = dropOthers ? {} : { ...sample }
      broken.forEach((key, i) => (body[key] = values[i]))
      return body
    })
  return fc.oneof(
    mutated,
    mutated.map((body) => [body])
  )
}

/** A JSON text nested `depth` levels deep (an object of an object of …). */
export const deepJson = (depth: number) => '{"a":'.repeat(depth) + "1" + "}".repeat(depth)
