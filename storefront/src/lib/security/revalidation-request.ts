import { createHmac, timingSafeEqual } from "node:crypto"
import { REVALIDATION_SIGNATURE_HEADER } from "@ocop/shared"
import { PUBLIC_TAGS, type StorefrontPublicTag } from "../cache-tags"

export type RevalidationRequest = { status: 200; tags: StorefrontPublicTag[] } | { status: 400 | 401; message: string }

export function signatureOf(body: string, secret: string) {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`
}

function isSignedBy(body: string, signature: string | null, secret: string | undefined) {
  if (!secret || !signature) return false
  const expected = Buffer.from(signatureOf(body, secret))
  const given = Buffer.from(signature)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

const isStorefrontPublicTag = (tag: unknown): tag is StorefrontPublicTag =>
  PUBLIC_TAGS.includes(tag as StorefrontPublicTag)

/**
 * What a `POST /api/revalidate` asks for: the tags to expire when the body is signed with `secret`
 * and names only public tags; 401 unsigned (or with no secret configured), 400 naming the field.
 * A replayed request only expires data again, so the signature carries no timestamp.
 */
export function readRevalidationRequest(
  body: string,
  signature: string | null,
  secret: string | undefined
): RevalidationRequest {
  if (!isSignedBy(body, signature, secret))
    return { status: 401, message: `${REVALIDATION_SIGNATURE_HEADER}: missing or not valid` }
  let tags: unknown
  try {
    tags = (JSON.parse(body) as { tags?: unknown } | null)?.tags
  } catch {
    return { status: 400, message: "body: must be JSON" }
  }
  if (!Array.isArray(tags) || tags.length === 0 || !tags.every(isStorefrontPublicTag)) {
    return { status: 400, message: `tags: must be a non-empty list of ${PUBLIC_TAGS.join(", ")}` }
  }
  return { status: 200, tags: [...new Set(tags)] }
}
