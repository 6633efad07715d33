"use server"

import { redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { MIN_PASSWORD_LENGTH } from "../account/account-fields"
import type { AccountFormState } from "../account/account-state"
import { askForPasswordReset, chooseNewPassword } from "../account/password-reset"
import { readAuthToken, removeAuthToken, writeAuthToken } from "../auth/auth-cookie"
import { emailPassToken, TooManyAttemptsError } from "../auth/emailpass-fetch"
import { refusedField } from "../backend-error"
import { getSdk } from "../config"
import {
  applicationBody,
  FIXED_ONCE_APPROVED,
  readApplicationFields,
  shownApplication,
  validateApplicationFields,
} from "../producer-portal/application-fields"
import type { PortalFieldError, PortalFormState } from "../producer-portal/form-state"
import { invalidatePortal } from "../producer-portal/invalidate-portal"
import { isStatus, producerFetch, producerUpload, refusedForm } from "../producer-portal/producer-api"
import type { ProducerInvite, ProducerMe, ProducerMember } from "../producer-portal/types"
import { isEmail } from "../util/contact"

function readCredentials(formData: FormData) {
  return {
    email: String(formData.get("email") ?? "")
      .trim()
      .toLowerCase(),
    password: String(formData.get("password") ?? ""),
  }
}

function credentialErrors(
  { email, password }: { email: string; password: string },
  { newPassword }: { newPassword: boolean }
) {
  const errors: Record<string, PortalFieldError> = {}
  if (!email) errors.email = "required"
  else if (!isEmail(email)) errors.email = "email"
  if (!password) errors.password = "required"
  else if (newPassword && password.length < MIN_PASSWORD_LENGTH) errors.password = "passwordShort"
  return errors
}

/**
 * A token to apply with. An e-mail already registered whose application was refused (a tax code
 * taken, say) signs in with the same password and applies again; a wrong password stays a 401.
 * The backend's refusal does not say that the e-mail has an account: any 401 tries the sign-in.
 */
async function registrationToken(credentials: { email: string; password: string }) {
  try {
    return await emailPassToken("producer", "register", credentials)
  } catch (error) {
    if (isStatus(error, 401)) return emailPassToken("producer", "sign-in", credentials)
    throw error
  }
}

const tooMany = (error: unknown, values: Record<string, string>): PortalFormState | null =>
  error instanceof TooManyAttemptsError
    ? { values, errors: {}, error: "tooManyAttempts", retryMinutes: error.minutes }
    : null

/** A registration token for the form's credentials (sign-up, invitation), or the form's answer when there is none. */
async function tokenOrRefusal(
  credentials: { email: string; password: string },
  values: Record<string, string>
): Promise<{ token: string } | { refused: PortalFormState }> {
  try {
    return { token: await registrationToken(credentials) }
  } catch (error) {
    if (isStatus(error, 401)) return { refused: { values, errors: { email: "rejected" }, error: "exists" } }
    return { refused: tooMany(error, values) ?? refusedForm(error, values) }
  }
}

/** After applying or joining, the registration token is swapped for one that names the member. */
async function refreshToken(token: string) {
  const { token: refreshed } = await getSdk().client.fetch<{ token: string }>("/auth/token/refresh", {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
  })
  return refreshed
}

/** The signed-in member and its producer, or null without a session (or with one that expired). */
export async function retrieveProducerMe(): Promise<ProducerMe | null> {
  if (!(await readAuthToken("producer"))) return null
  try {
    return await producerFetch<ProducerMe>("/producer/me")
  } catch (error) {
    if (isStatus(error, 401, 404)) return null
    throw error
  }
}

export async function signInProducer(_previous: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = resolveLocale(String(formData.get("locale")))
  const credentials = readCredentials(formData)
  const values = { email: credentials.email }
  const errors = credentialErrors(credentials, { newPassword: false })
  if (Object.keys(errors).length) return { values, errors, error: "fixFields" }
  let token: string
  try {
    token = await emailPassToken("producer", "sign-in", credentials)
  } catch (error) {
    if (isStatus(error, 401)) return { values, errors: {}, error: "invalidCredentials" }
    return tooMany(error, values) ?? refusedForm(error, values)
  }
  try {
    // A sign-in whose application never went through belongs to no producer yet.
    await producerFetch("/producer/me", { token })
  } catch (error) {
    if (isStatus(error, 401)) return { values, errors: {}, error: "notMember" }
    return refusedForm(error, values)
  }
  await writeAuthToken("producer", token)
  return redirect({ href: "/producer", locale })
}

/** Sign-up: a sign-in is registered, the application sent with its token, and the refreshed token kept. */
export async function applyAsProducer(_previous: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = resolveLocale(String(formData.get("locale")))
  const credentials = readCredentials(formData)
  const fields = readApplicationFields(formData)
  const values = { ...shownApplication(fields), email: credentials.email }
  const errors = { ...credentialErrors(credentials, { newPassword: true }), ...validateApplicationFields(fields) }
  if (Object.keys(errors).length) return { values, errors, error: "fixFields" }
  const registration = await tokenOrRefusal(credentials, values)
  if ("refused" in registration) return registration.refused
  try {
    await producerFetch("/producer/applications", {
      method: "POST",
      body: applicationBody(fields),
      token: registration.token,
    })
    await writeAuthToken("producer", await refreshToken(registration.token))
  } catch (error) {
    return refusedForm(error, values)
  }
  return redirect({ href: "/producer", locale })
}

/** Invitation: a sign-in with the invited e-mail is registered, joins the producer, and is refreshed. */
export async function acceptInvite(_previous: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const locale = resolveLocale(String(formData.get("locale")))
  const credentials = readCredentials(formData)
  const name = String(formData.get("name") ?? "").trim()
  const inviteToken = String(formData.get("token") ?? "")
  const values = { email: credentials.email, name }
  const errors = credentialErrors(credentials, { newPassword: true })
  if (!name) errors.name = "required"
  if (Object.keys(errors).length) return { values, errors, error: "fixFields" }
  const registration = await tokenOrRefusal(credentials, values)
  if ("refused" in registration) return registration.refused
  try {
    await producerFetch("/producer/invites/accept", {
      method: "POST",
      body: { token: inviteToken, name },
      token: registration.token,
    })
    await writeAuthToken("producer", await refreshToken(registration.token))
  } catch (error) {
    if (isStatus(error, 400, 404) && ["token", "email"].includes(refusedField(error) ?? ""))
      return { values, errors: {}, error: "inviteInvalid", detail: (error as Error).message }
    return refusedForm(error, values)
  }
  return redirect({ href: "/producer", locale })
}

export async function signOutProducer(formData: FormData) {
  const locale = resolveLocale(String(formData.get("locale")))
  await removeAuthToken("producer")
  return redirect({ href: "/producer/sign-in", locale })
}

/** The owner corrects the application; once approved, name, legal form and tax code are the office's. */
export async function updateProducer(_previous: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const fields = readApplicationFields(formData)
  const without = formData.get("identity_fixed") === "1" ? FIXED_ONCE_APPROVED : []
  const values = shownApplication(fields)
  const errors = validateApplicationFields(fields, { without })
  if (Object.keys(errors).length) return { values, errors, error: "fixFields" }
  try {
    await producerFetch("/producer/me", { method: "POST", body: applicationBody(fields, { without }) })
  } catch (error) {
    return refusedForm(error, values)
  }
  invalidatePortal()
  return { values, errors: {}, saved: true }
}

export async function uploadLogo(_previous: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const file = formData.get("file")
  if (!(file instanceof File) || !file.size) return { values: {}, errors: { file: "fileMissing" }, error: "fixFields" }
  try {
    await producerUpload("/producer/me/logo", file)
  } catch (error) {
    return refusedForm(error, {})
  }
  invalidatePortal()
  return { values: {}, errors: {}, saved: true }
}

export async function listMembers(): Promise<{ members: ProducerMember[]; invites: ProducerInvite[] }> {
  return producerFetch("/producer/members")
}

export async function inviteMember(_previous: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const email = String(formData.get("email") ?? "")
    .trim()
    .toLowerCase()
  if (!isEmail(email)) return { values: { email }, errors: { email: email ? "email" : "required" }, error: "fixFields" }
  try {
    await producerFetch("/producer/members/invites", { method: "POST", body: { email } })
  } catch (error) {
    return refusedForm(error, { email })
  }
  invalidatePortal()
  return { values: {}, errors: {}, saved: true }
}

/** Removes a member (`kind=member`) or withdraws an invitation (`kind=invite`). */
export async function removeMember(_previous: PortalFormState, formData: FormData): Promise<PortalFormState> {
  const id = String(formData.get("id") ?? "")
  const kind = formData.get("kind") === "invite" ? "members/invites" : "members"
  if (!/^[a-z]+_[A-Za-z0-9]+$/.test(id)) return { values: {}, errors: {}, error: "generic" }
  try {
    await producerFetch(`/producer/${kind}/${id}`, { method: "DELETE" })
  } catch (error) {
    return refusedForm(error, {})
  }
  invalidatePortal()
  return { values: {}, errors: {}, saved: true }
}

export async function requestProducerPasswordReset(
  _previous: AccountFormState,
  formData: FormData
): Promise<AccountFormState> {
  return askForPasswordReset("producer", formData)
}

export async function resetProducerPassword(
  _previous: AccountFormState,
  formData: FormData
): Promise<AccountFormState> {
  return chooseNewPassword("producer", formData)
}
