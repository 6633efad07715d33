import { describe, expect, it } from "vitest"
import { readRevalidationRequest, signatureOf } from "../revalidation-request"

const secret = "a-shared-secret"
const signed = (body: string) => readRevalidationRequest(body, signatureOf(body, secret), secret)

describe("readRevalidationRequest", () => {
  it("gives the tags of a signed request, each once", () => {
    expect(signed(JSON.stringify({ tags: ["catalogue", "regions", "catalogue"] }))).toEqual({
      status: 200,
      tags: ["catalogue", "regions"],
    })
  })

  it("takes the experiences' tag as a public one", () => {
    expect(signed(JSON.stringify({ tags: ["experiences"] }))).toEqual({ status: 200, tags: ["experiences"] })
  })

  it("refuses with 401 a request signed with another secret, unsigned, or when no secret is configured", () => {
    const body = JSON.stringify({ tags: ["catalogue"] })
    expect(readRevalidationRequest(body, signatureOf(body, "another"), secret).status).toBe(401)
    expect(readRevalidationRequest(body, null, secret).status).toBe(401)
    expect(readRevalidationRequest(body, signatureOf(body, secret), undefined).status).toBe(401)
  })

  it("refuses with 401 a signature made for another body", () => {
    const signature = signatureOf(JSON.stringify({ tags: ["regions"] }), secret)
    expect(readRevalidationRequest(JSON.stringify({ tags: ["catalogue"] }), signature, secret).status).toBe(401)
  })

  it("refuses with 400 naming the field a signed body that is not JSON or names no public tag", () => {
    expect(signed("not json")).toEqual({ status: 400, message: "body: must be JSON" })
    for (const tags of [[], ["carts"], "catalogue", undefined]) {
      expect(signed(JSON.stringify({ tags }))).toMatchObject({ status: 400, message: expect.stringMatching(/^tags: /) })
    }
  })
})
