import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { createPostgresDatabaseTemplate } from "@medusajs/test-utils/dist/medusa-test-runner-utils/postgres-template"
import { TEMPLATE_ENV } from "./database-template"

/**
 * The seeded marketplace (utils/marketplace.ts) costs a spec file half a minute or more, and most
 * spec files start from it. The first spec file of a run that wants it claims the seeding and
 * keeps its freshly seeded database as a template; the spec files that want it meanwhile wait for
 * that template (instead of seeding it a second time beside it), and every later one boots from a
 * copy of it and gets the first one's answer (the copy has the same ids) instead of seeding again.
 *
 * What the seeding writes depends on the app's configuration, in two ways:
 * - the search index (Meilisearch lives outside the database), the upload folder (the product
 *   images are files in it) and Redis: one seeded template per value of these (TEMPLATE_ENV_KEYS);
 * - the payment providers (VietQR, Stripe): they only decide which providers the region offers,
 *   which the setup itself brings in line with the running app's (store-settings.ts, as at every
 *   `npm start` after the payment configuration changed). A spec file whose payment settings
 *   differ from the template's boots from it all the same and runs the setup again on its copy
 *   (utils/marketplace.ts): the region then offers exactly this app's providers, as a fresh seeding
 *   would have made it.
 */
const TEMPLATE_ENV_KEYS = ["MEILISEARCH_HOST", "FILE_UPLOAD_DIR", "REDIS_URL"]
const PAYMENT_ENV_KEYS = [
  "VIETQR_BANK_BIN",
  "VIETQR_ACCOUNT_NUMBER",
  "VIETQR_ACCOUNT_NAME",
  "STRIPE_API_KEY",
  "STRIPE_API_HOST",
]

// How long a spec file waits for the template another one is seeding before it seeds for itself
// (the seeding takes 30–50 s, ~100 s at a load of 20 on 2 cores; a file that died seeding never delivers).
const WAIT_FOR_SEEDING_MS = 240_000

type SeededFile = { wanted: boolean; claimed: boolean; databaseName?: string; copiedAnswer?: SeededAnswer }

/** What a seeding left for the copies of its template: its answer and the payment settings it ran with. */
type SeededAnswer = { answer: unknown; paymentKey: string }

// This spec file's state: whether it seeds the marketplace, its database, and the answer it was copied with.
const file: SeededFile = { wanted: false, claimed: false }

/** Called when a spec file imports the seeded marketplace: it boots from the seeded template when there is one. */
export function wantSeededMarketplace() {
  file.wanted = true
}

/** For a spec file that must seed for itself (its search index lives outside the database). */
export function seedOwnMarketplace() {
  file.wanted = false
}

function keyOf(names: string[]) {
  const values = names.map((name) => [name, process.env[name] ?? null])
  return crypto.createHash("sha1").update(JSON.stringify(values)).digest("hex").slice(0, 12)
}

/** The folder where this run keeps each seeded template's answer; the answer's file says the template is ready. */
export function seededAnswersDir(template = process.env[TEMPLATE_ENV]) {
  return path.join(os.tmpdir(), `${template}-seeded`)
}

export const seededTemplatePrefix = (template = process.env[TEMPLATE_ENV]) => `${template}-seeded-`

function seeded() {
  const key = keyOf(TEMPLATE_ENV_KEYS)
  const answerFile = path.join(seededAnswersDir(), `${key}.json`)
  return { template: `${seededTemplatePrefix()}${key}`, answerFile, claimFile: `${answerFile}.claim` }
}

function readAnswer(answerFile: string): SeededAnswer | undefined {
  return fs.existsSync(answerFile) ? JSON.parse(fs.readFileSync(answerFile, "utf8")) : undefined
}

/**
 * The template the spec file's database `databaseName` is copied from: the seeded one for a file
 * that wants it when this run has one for its configuration (waiting for it while another file
 * seeds it), else `migrated`, and then this file seeds it when it is the first to claim it.
 */
export async function templateFor(databaseName: string, migrated: string) {
  file.databaseName = databaseName
  if (!file.wanted || !process.env[TEMPLATE_ENV]) return migrated
  const { template, answerFile, claimFile } = seeded()
  fs.mkdirSync(path.dirname(answerFile), { recursive: true })
  const waitUntil = Date.now() + WAIT_FOR_SEEDING_MS
  for (;;) {
    const answer = readAnswer(answerFile)
    if (answer) {
      file.copiedAnswer = answer
      return template
    }
    if (!file.claimed && claim(claimFile)) {
      file.claimed = true
      return migrated
    }
    // Another spec file is seeding this template: its copy comes sooner than a seeding of our own.
    // A claim that outlived the wait belongs to a file that died seeding: this file takes it over.
    if (Date.now() > waitUntil) fs.rmSync(claimFile, { force: true })
    else await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

function claim(claimFile: string) {
  try {
    fs.closeSync(fs.openSync(claimFile, "wx"))
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false
    throw error
  }
}

/**
 * The seeding's answer when this spec file's database is a copy of a seeded template (once: a
 * second call seeds), and whether the copy must run the setup again because it was seeded with
 * other payment settings than this app's.
 */
export function takeCopiedAnswer<T>(): { answer: T; paymentsDiffer: boolean } | undefined {
  const copied = file.copiedAnswer
  file.copiedAnswer = undefined
  if (!copied) return undefined
  return { answer: copied.answer as T, paymentsDiffer: copied.paymentKey !== keyOf(PAYMENT_ENV_KEYS) }
}

/** After a failed seeding: the next spec file that wants the template seeds it instead of waiting for this one. */
export function releaseSeedingClaim() {
  if (!file.claimed || !process.env[TEMPLATE_ENV]) return
  file.claimed = false
  fs.rmSync(seeded().claimFile, { force: true })
}

/**
 * Keeps this spec file's freshly seeded database as its configuration's template, with `answer`,
 * when this file claimed it. Medusa's runner does the same before each test (connections to the
 * database are ended; the app's pool opens new ones).
 */
export async function keepAsSeededTemplate(answer: unknown) {
  if (!file.claimed || !file.databaseName) return
  file.claimed = false
  const { template, answerFile } = seeded()
  // A file that gave up waiting for this one seeded too and kept its template first: copies of it may be under way.
  if (fs.existsSync(answerFile)) return
  await createPostgresDatabaseTemplate({ databaseName: file.databaseName, templateName: template })
  const seededAnswer: SeededAnswer = { answer, paymentKey: keyOf(PAYMENT_ENV_KEYS) }
  fs.writeFileSync(`${answerFile}.tmp`, JSON.stringify(seededAnswer))
  fs.renameSync(`${answerFile}.tmp`, answerFile)
}
