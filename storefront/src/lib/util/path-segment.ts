/**
 * A dynamic route segment as typed: Next hands non-ASCII segments over percent-encoded
 * ("ch%C3%A8-…" for "chè-…"), and the SDK would encode them once more. A malformed escape stays as it is.
 */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
