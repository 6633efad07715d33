import { errorCode, refusedField } from "../backend-error"
import { isStatus } from "../producer-portal/producer-api"
import type { HostFormState, HostRefusal } from "./host-form-state"

const REFUSAL_OF: Record<string, HostRefusal> = { capacity_below_booked: "capacityBelowBooked" }

/**
 * A refused host call as its form's state: a code the catalogue words is shown as such; a 400 marks
 * the field it names (`keyOf` maps the backend's field to the form's input), with the backend's words.
 */
export function refusedHostForm(
  error: unknown,
  values: Record<string, string>,
  keyOf: (field: string) => string | undefined = (field) => field.split(/[.[]/)[0]
): HostFormState {
  const refusal = REFUSAL_OF[errorCode(error) ?? ""]
  const detail = error instanceof Error ? error.message : undefined
  if (refusal) return { values, errors: {}, error: "rejected", refusal, detail }
  if (isStatus(error, 400)) {
    const field = refusedField(error)
    const key = field ? keyOf(field) : undefined
    return { values, errors: key && key in values ? { [key]: "rejected" } : {}, error: "rejected", detail }
  }
  const code = isStatus(error, 403)
    ? "forbidden"
    : isStatus(error, 404)
      ? "rejected"
      : isStatus(error, 409)
        ? "conflict"
        : "generic"
  if (code === "generic") console.error("Host portal call failed", error)
  return { values, errors: {}, error: code, detail }
}
