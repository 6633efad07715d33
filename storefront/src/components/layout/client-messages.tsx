import { NextIntlClientProvider } from "next-intl"
import { getMessages } from "next-intl/server"
import type { ReactNode } from "react"

type Messages = Awaited<ReturnType<typeof getMessages>>
type Namespace = keyof Messages

/**
 * The namespaces only personal pages word their forms with (portal, checkout, account, orders).
 * Every page's HTML carries the messages its client components may need; a public page leaves these
 * out (the portal's alone is a third of the catalogue): less to send a phone on every product page.
 * Their sections' layouts hand them back (`<ClientMessages>` without `omit`).
 */
export const PERSONAL_NAMESPACES: readonly Namespace[] = [
  "ProducerPortal",
  "Checkout",
  "Account",
  "Order",
  "OrderLookup",
  "Wholesale",
  "Company",
  "BulkOrder",
  "HostExperiences",
  "HostCheckIn",
]

type ClientMessagesProps = { children: ReactNode; omit?: readonly Namespace[] }

/** The message catalogue, less the `omit` namespaces, for the client components below. */
export async function ClientMessages({ children, omit = [] }: ClientMessagesProps) {
  const messages = await getMessages()
  const kept = Object.fromEntries(Object.entries(messages).filter(([name]) => !omit.includes(name as Namespace)))
  return <NextIntlClientProvider messages={kept}>{children}</NextIntlClientProvider>
}
