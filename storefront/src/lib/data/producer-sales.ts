"use server"

import type { ProducerSalesBy, ProducerSalesView } from "@ocop/shared"
import { producerFetch } from "../producer-portal/producer-api"

/** The signed-in producer's own net sales of a period (both days included), grouped one way. */
export async function retrieveProducerSales(range: { from?: string; to?: string }, by: ProducerSalesBy) {
  return producerFetch<ProducerSalesView>("/producer/sales", { query: { ...range, by } })
}
