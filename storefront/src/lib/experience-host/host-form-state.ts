/** Message keys under `HostExperiences.fieldError`. */
export type HostFieldError =
  | "required"
  | "tooLong"
  | "whole"
  | "price"
  | "latitude"
  | "longitude"
  | "duration"
  | "policyDays"
  | "policyPercent"
  | "ages"
  | "groupSeats"
  | "needsBookable"
  | "roomOrGuest"
  | "sameName"
  | "day"
  | "pastStart"
  | "toBeforeFrom"
  | "weekdays"
  | "times"
  | "capacity"
  | "rule"
  | "code"
  | "rejected"
  | "deposit"
  | "depositOnArrival"

/** Message keys under `HostExperiences.refusal`: the backend's codes the portal words itself. */
export type HostRefusal = "capacityBelowBooked" | "tooManySessions" | "noSessions" | "pastSessions"

/**
 * A host form after a submit, as the portal's other forms (`PortalFormState`) but with its own field
 * errors and refusals; `error` keys stay those of `ProducerPortal.error`.
 */
export type HostFormState = {
  values: Record<string, string>
  errors: Record<string, HostFieldError>
  error?: "fixFields" | "rejected" | "forbidden" | "conflict" | "generic"
  refusal?: HostRefusal
  detail?: string
  saved?: boolean
  /** Sessions a weekly rule made. */
  created?: number
}

export const emptyHostForm: HostFormState = { values: {}, errors: {} }
