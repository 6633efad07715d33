"use server"

import type { Receivables } from "../ledger/types"
import { producerFetch } from "../producer-portal/producer-api"

/** The signed-in producer's invoices to companies buying on terms, with what they still owe by ageing bucket. */
export async function retrieveProducerReceivables(): Promise<Receivables> {
  return producerFetch("/producer/receivables")
}
