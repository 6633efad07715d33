"use server"

import type { ExperienceStatus } from "@ocop/shared"
import { redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import {
  createExperienceBody,
  readExperienceFields,
  shownExperience,
  updateExperienceBody,
  validateExperienceFields,
} from "../experience-host/experience-fields"
import { refusedHostForm } from "../experience-host/refused-host-form"
import type { HostFormState } from "../experience-host/host-form-state"
import type { HostExperience } from "../experience-host/types"
import { invalidatePortal } from "../producer-portal/invalidate-portal"
import { isStatus, producerFetch } from "../producer-portal/producer-api"
import type { ProducerMe } from "../producer-portal/types"

const EXPERIENCES_PAGE_SIZE = 100
const ID = /^[a-z]+_[A-Za-z0-9]+$/

/** The host's experiences, newest first. */
export async function listHostExperiences(status?: ExperienceStatus): Promise<HostExperience[]> {
  const { experiences } = await producerFetch<{ experiences: HostExperience[] }>("/producer/experiences", {
    query: { limit: EXPERIENCES_PAGE_SIZE, offset: 0, ...(status ? { status } : {}) },
  })
  return experiences
}

/** One of the host's experiences, or null for an id that is not its own (the backend's 404). */
export async function retrieveHostExperience(id: string): Promise<HostExperience | null> {
  if (!ID.test(id)) return null
  try {
    return (await producerFetch<{ experience: HostExperience }>(`/producer/experiences/${id}`)).experience
  } catch (error) {
    if (isStatus(error, 404)) return null
    throw error
  }
}

// A refused field names a row by its place in the body ("participant_types[1].price"), the form by its key.
function formKeyOf(fields: ReturnType<typeof readExperienceFields>, sent: "create" | "update") {
  const rows = sent === "update" ? fields.participants.filter((row) => row.id) : fields.participants
  return (field: string) => {
    const row = /^participant_types[.[](\d+)\]?\.(\w+)/.exec(field)
    if (row) return rows[Number(row[1])] ? `type_${rows[Number(row[1])].key}_${row[2]}` : undefined
    return field.split(/[.[]/)[0]
  }
}

/** A new experience: the host's first waits for the office's review; its page opens next. */
export async function createHostExperience(_previous: HostFormState, formData: FormData): Promise<HostFormState> {
  const locale = resolveLocale(String(formData.get("locale")))
  const fields = readExperienceFields(formData)
  const values = shownExperience(fields)
  const errors = validateExperienceFields(fields)
  if (Object.keys(errors).length) return { values, errors, error: "fixFields" }
  let id: string
  try {
    // The experience takes place in the host's own commune, as its listings' origin does.
    const { producer } = await producerFetch<ProducerMe>("/producer/me")
    const body = createExperienceBody(fields, {
      province_code: producer.province_code,
      commune_code: producer.commune_code,
    })
    id = (await producerFetch<{ experience: HostExperience }>("/producer/experiences", { method: "POST", body }))
      .experience.id
  } catch (error) {
    return refusedHostForm(error, values, formKeyOf(fields, "create"))
  }
  invalidatePortal()
  return redirect({ href: { pathname: `/producer/experiences/${id}`, query: { created: "1" } }, locale })
}

export async function updateHostExperience(_previous: HostFormState, formData: FormData): Promise<HostFormState> {
  const id = String(formData.get("experience_id") ?? "")
  const fields = readExperienceFields(formData)
  const values = shownExperience(fields)
  if (!ID.test(id)) return { values, errors: {}, error: "generic" }
  const errors = validateExperienceFields(fields)
  if (Object.keys(errors).length) return { values, errors, error: "fixFields" }
  try {
    await producerFetch(`/producer/experiences/${id}`, { method: "POST", body: updateExperienceBody(fields) })
  } catch (error) {
    return refusedHostForm(error, values, formKeyOf(fields, "update"))
  }
  invalidatePortal()
  return { values, errors: {}, saved: true }
}
