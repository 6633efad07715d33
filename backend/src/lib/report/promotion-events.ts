import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  endOfVietnamDay,
  PRODUCT_SHOWINGS_SHOWN,
  vietnamDate,
  type ProductShowingView,
  type PromotionEventDetailView,
  type PromotionEventKind,
} from "@ocop/shared"
import { REPORT_MODULE } from "../../modules/report"

/*
 * Promotion events as the reports read them. An event is stored from the start of its first Vietnam
 * day to the last millisecond of its last; the API speaks in days (`starts_on`, `ends_on`).
 */

type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }
const knexOf = (container: MedusaContainer) => container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as Knex

// Link tables as Medusa names them (links/product-ocop-origin.ts).
const PRODUCT_ORIGIN_LINK = "product_product_ocop_ocop_origin"

/** The instant a Vietnam calendar day (`YYYY-MM-DD`) begins. */
export const startOfDay = (day: string) => new Date(`${day}T00:00:00+07:00`)
/** The last millisecond of a Vietnam calendar day (`YYYY-MM-DD`). */
export const endOfDay = (day: string) => endOfVietnamDay(day)!

export type PromotionEventRecord = {
  id: string
  name: string
  kind: PromotionEventKind
  starts_at: Date | string
  ends_at: Date | string
  province_code: string | null
  place: string
  organiser: string
  products?: ({ product_id: string; producer_id: string | null } | null)[] | null
}

type ProductFacts = { title: string | null; handle: string | null; producer_name: string | null }

/** An event as the admin API answers it, its products named by `facts` (id → title, handle, producer). */
export function promotionEventView(
  event: PromotionEventRecord,
  facts: Map<string, ProductFacts> = new Map()
): PromotionEventDetailView {
  return {
    id: event.id,
    name: event.name,
    kind: event.kind,
    starts_on: vietnamDate(new Date(event.starts_at)),
    ends_on: vietnamDate(new Date(event.ends_at)),
    province_code: event.province_code,
    place: event.place,
    organiser: event.organiser,
    products: (event.products ?? [])
      .filter((product): product is NonNullable<typeof product> => !!product)
      .map((product) => ({
        product_id: product.product_id,
        producer_id: product.producer_id,
        title: facts.get(product.product_id)?.title ?? null,
        handle: facts.get(product.product_id)?.handle ?? null,
        producer_name: facts.get(product.product_id)?.producer_name ?? null,
      }))
      .sort((a, b) => (a.title ?? "").localeCompare(b.title ?? "", "vi")),
  }
}

/** Titles, handles and producers' names of these products (deleted ones too: an event's record outlives them). */
export async function productFacts(container: MedusaContainer, productIds: string[]) {
  const facts = new Map<string, ProductFacts>()
  if (!productIds.length) return facts
  const { rows } = await knexOf(container).raw(
    `SELECT p.id, p.title, p.handle, pr.name AS producer_name
       FROM product p
       LEFT JOIN product_product_producer_producer pl ON pl.product_id = p.id AND pl.deleted_at IS NULL
       LEFT JOIN producer pr ON pr.id = pl.producer_id
      WHERE p.id = ANY(?)`,
    [productIds]
  )
  for (const row of rows) {
    facts.set(String(row.id), {
      title: (row.title as string | null) ?? null,
      handle: (row.handle as string | null) ?? null,
      producer_name: (row.producer_name as string | null) ?? null,
    })
  }
  return facts
}

/** A period of Vietnam days and a scope, as the reports' filters give them. */
export type ShownAtEventsFilter = {
  from: string
  to: string
  province_code?: string
  district?: string
  commune_code?: string
}

/**
 * The distinct products shown at an event that overlaps the period (an event from 28 Feb to 2 Mar
 * counts for March), kept to the products whose origin lies in the scope: its province, former
 * district (by name) or commune. Products deleted since are left out. One statement.
 */
export async function productsShownAtEvents(container: MedusaContainer, filter: ShownAtEventsFilter) {
  const conditions = ["pep.deleted_at IS NULL", "e.starts_at <= ?", "e.ends_at >= ?"]
  const bindings: unknown[] = [endOfDay(filter.to), startOfDay(filter.from)]
  const scoped = filter.province_code || filter.district || filter.commune_code
  for (const [column, value] of [
    ["province_code", filter.province_code],
    ["former_district", filter.district],
    ["commune_code", filter.commune_code],
  ] as const) {
    if (!value) continue
    conditions.push(`o.${column} = ?`)
    bindings.push(value)
  }
  const origin = scoped
    ? `JOIN ${PRODUCT_ORIGIN_LINK} ol ON ol.product_id = pep.product_id AND ol.deleted_at IS NULL
       JOIN ocop_origin o ON o.id = ol.ocop_origin_id AND o.deleted_at IS NULL`
    : ""
  const { rows } = await knexOf(container).raw(
    `SELECT DISTINCT pep.product_id
       FROM promotion_event_product pep
       JOIN promotion_event e ON e.id = pep.event_id AND e.deleted_at IS NULL
       JOIN product p ON p.id = pep.product_id AND p.deleted_at IS NULL
       ${origin}
      WHERE ${conditions.join(" AND ")}
      ORDER BY pep.product_id`,
    bindings
  )
  return rows.map((row) => String(row.product_id))
}

/** The events a product was shown at, newest first, as many as its page names. */
export async function productShowings(
  container: MedusaContainer,
  productId: string,
  limit = PRODUCT_SHOWINGS_SHOWN
): Promise<ProductShowingView[]> {
  const { rows } = await knexOf(container).raw(
    `SELECT e.id, e.name, e.kind, e.starts_at, e.ends_at
       FROM promotion_event_product pep
       JOIN promotion_event e ON e.id = pep.event_id AND e.deleted_at IS NULL
      WHERE pep.product_id = ? AND pep.deleted_at IS NULL
      ORDER BY e.starts_at DESC, e.id
      LIMIT ?`,
    [productId, limit]
  )
  return rows.map((row) => ({
    id: String(row.id),
    name: String(row.name),
    kind: row.kind as PromotionEventKind,
    starts_on: vietnamDate(new Date(row.starts_at as string)),
    ends_on: vietnamDate(new Date(row.ends_at as string)),
  }))
}

/** One product shown at one event, as the export's participants sheet lists it. */
export type PromotionEventParticipantRow = {
  event_name: string
  starts_on: string
  ends_on: string
  product_id: string
  handle: string | null
  title: string | null
  producer_name: string | null
}

/**
 * The events overlapping the period, oldest first, and every product shown at them with its producer
 * (the one recorded at the event). Read in two statements; an export of a year's events is small.
 */
export async function promotionEventsForExport(container: MedusaContainer, from: string, to: string) {
  const knex = knexOf(container)
  const period = [endOfDay(to), startOfDay(from)]
  const { rows: events } = await knex.raw(
    `SELECT e.id, e.name, e.kind, e.starts_at, e.ends_at, e.province_code, e.place, e.organiser,
            (SELECT count(*) FROM promotion_event_product pep
              WHERE pep.event_id = e.id AND pep.deleted_at IS NULL)::int AS product_count
       FROM promotion_event e
      WHERE e.deleted_at IS NULL AND e.starts_at <= ? AND e.ends_at >= ?
      ORDER BY e.starts_at, e.name`,
    period
  )
  const { rows: participants } = await knex.raw(
    `SELECT e.name AS event_name, e.starts_at, e.ends_at, pep.product_id, p.handle, p.title, pr.name AS producer_name
       FROM promotion_event e
       JOIN promotion_event_product pep ON pep.event_id = e.id AND pep.deleted_at IS NULL
       LEFT JOIN product p ON p.id = pep.product_id
       LEFT JOIN producer pr ON pr.id = pep.producer_id
      WHERE e.deleted_at IS NULL AND e.starts_at <= ? AND e.ends_at >= ?
      ORDER BY e.starts_at, e.name, p.title`,
    period
  )
  return {
    events: events.map((row) => ({
      ...promotionEventView(row as unknown as PromotionEventRecord),
      product_count: Number(row.product_count),
    })),
    participants: participants.map((row): PromotionEventParticipantRow => ({
      event_name: String(row.event_name),
      starts_on: vietnamDate(new Date(row.starts_at as string)),
      ends_on: vietnamDate(new Date(row.ends_at as string)),
      product_id: String(row.product_id),
      handle: (row.handle as string | null) ?? null,
      title: (row.title as string | null) ?? null,
      producer_name: (row.producer_name as string | null) ?? null,
    })),
  }
}

type ReportModule = {
  retrievePromotionEvent: (id: string, config?: object) => Promise<PromotionEventRecord>
  listAndCountPromotionEvents: (filters: object, config?: object) => Promise<[PromotionEventRecord[], number]>
}

async function withProductFacts(container: MedusaContainer, events: PromotionEventRecord[]) {
  const ids = [...new Set(events.flatMap((event) => (event.products ?? []).flatMap((p) => (p ? [p.product_id] : []))))]
  const facts = await productFacts(container, ids)
  return events.map((event) => promotionEventView(event, facts))
}

/** One event with its products named; NOT_FOUND (404) for an unknown or deleted id. */
export async function retrievePromotionEventView(container: MedusaContainer, id: string) {
  const reports = container.resolve<ReportModule>(REPORT_MODULE)
  const event = await reports.retrievePromotionEvent(id, { relations: ["products"] })
  return (await withProductFacts(container, [event]))[0]
}

export type PromotionEventListFilter = { from?: string; to?: string; q?: string; limit: number; offset: number }

/** Events overlapping the period (either end may be open) whose name contains `q`, newest first. */
export async function listPromotionEventViews(container: MedusaContainer, filter: PromotionEventListFilter) {
  const reports = container.resolve<ReportModule>(REPORT_MODULE)
  const escaped = filter.q?.replace(/[\\%_]/g, (c) => `\\${c}`)
  const [events, count] = await reports.listAndCountPromotionEvents(
    {
      ...(filter.to ? { starts_at: { $lte: endOfDay(filter.to) } } : {}),
      ...(filter.from ? { ends_at: { $gte: startOfDay(filter.from) } } : {}),
      ...(escaped ? { name: { $ilike: `%${escaped}%` } } : {}),
    },
    { relations: ["products"], order: { starts_at: "DESC", id: "ASC" }, take: filter.limit, skip: filter.offset }
  )
  return { events: await withProductFacts(container, events), count }
}
