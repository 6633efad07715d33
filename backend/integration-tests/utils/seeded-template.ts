import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { createPostgresDatabaseTemplate } from "@medusajs/test-utils/dist/medusa-test-runner-utils/postgres-template"
import { TEMPLATE_ENV } from "./database-template"

/**
 * The seeded marketplace (utils/marketplace.ts) costs a spec file half a minute or more, and most
 * spec files start from it. The first spec file of a run that seeds it also keeps its database as a
 * template; the next spec files that want it boot from a copy of that template and get the first
 * one's answer (the copy has the same ids) instead of seeding again.
 *
 * What the seeding writes depends on the app's configuration (VietQR and Stripe add payment
 * providers to the region, Meilisearch holds the search index outside the database), so there is
 * one seeded template per configuration, named by the variables below.
 */
const SEEDING_ENV = [
  "VIETQR_BANK_BIN",
  "VIETQR_ACCOUNT_NUMBER",
  "VIETQR_ACCOUNT_NAME",
  "STRIPE_API_KEY",
  "STRIPE_API_HOST",
  "MEILISEARCH_HOST",
  "FILE_UPLOAD_DIR",
  "REDIS_URL",
]

type SeededFile = { wanted: boolean; databaseName?: string; copiedAnswer?: unknown }

// This spec file's state: whether it seeds the marketplace, its database, and the answer it was copied with.
const file: SeededFile = { wanted: false }

/** Called when a spec file imports the seeded marketplace: it boots from the seeded template when there is one. */
export function wantSeededMarketplace() {
  file.wanted = true
}

/** For a spec file that must seed for itself (its search index lives outside the database). */
export function seedOwnMarketplace() {
  file.wanted = false
}

function configurationKey() {
  const values = SEEDING_ENV.map((name) => [name, process.env[name] ?? null])
  return crypto.createHash("sha1").update(JSON.stringify(values)).digest("hex").slice(0, 12)
}

/** The folder where this run keeps each seeded template's answer; the answer's file says the template is ready. */
export function seededAnswersDir(template = process.env[TEMPLATE_ENV]) {
  return path.join(os.tmpdir(), `${template}-seeded`)
}

export const seededTemplatePrefix = (template = process.env[TEMPLATE_ENV]) => `${template}-seeded-`

function seeded() {
  const key = configurationKey()
  return {
    template: `${seededTemplatePrefix()}${key}`,
    answerFile: path.join(seededAnswersDir(), `${key}.json`),
  }
}

/**
 * The template the spec file's database `databaseName` is copied from: the seeded one for a file
 * that wants it when this run has one for its configuration, else `migrated`.
 */
export function templateFor(databaseName: string, migrated: string) {
  file.databaseName = databaseName
  if (!file.wanted) return migrated
  const { template, answerFile } = seeded()
  if (!fs.existsSync(answerFile)) return migrated
  file.copiedAnswer = JSON.parse(fs.readFileSync(answerFile, "utf8"))
  return template
}

/** The seeding's answer when this spec file's database is a copy of a seeded template (once: a second call seeds). */
export function takeCopiedAnswer<T>(): T | undefined {
  const answer = file.copiedAnswer as T | undefined
  file.copiedAnswer = undefined
  return answer
}

/**
 * Keeps this spec file's freshly seeded database as its configuration's template, with `answer`.
 * Medusa's runner does the same before each test (connections to the database are ended; the app's
 * pool opens new ones). Two workers may seed the same configuration at once: the first to claim
 * the template makes it, the other keeps its own database and moves on (two CREATE DATABASE of one
 * name would fail the second file).
 */
export async function keepAsSeededTemplate(answer: unknown) {
  if (!file.wanted || !file.databaseName || !process.env[TEMPLATE_ENV]) return
  const { template, answerFile } = seeded()
  fs.mkdirSync(path.dirname(answerFile), { recursive: true })
  try {
    fs.closeSync(fs.openSync(`${answerFile}.claim`, "wx"))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return
    throw error
  }
  await createPostgresDatabaseTemplate({ databaseName: file.databaseName, templateName: template })
  fs.writeFileSync(`${answerFile}.tmp`, JSON.stringify(answer))
  fs.renameSync(`${answerFile}.tmp`, answerFile)
}
