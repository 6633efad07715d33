"use server"

import type { ProducerDashboard } from "@ocop/shared"
import { producerFetch } from "../producer-portal/producer-api"

/** Sales today, over 7 and 30 days, orders to fulfil, low stock and certificates running out. */
export async function retrieveProducerDashboard(): Promise<ProducerDashboard> {
  return producerFetch("/producer/dashboard")
}
