import { NextIntlClientProvider } from "next-intl"
import { getMessages } from "next-intl/server"
import type { ReactNode } from "react"

/**
 * What the client components of the public pages (header, catalogue, product, producer, cart) word
 * their text with. Every page's HTML carries the messages its client components may need, so a
 * public page sends these namespaces, not the whole catalogue (the portal's alone is a third of it):
 * less to serialize on every request and less for a phone to download.
 */
export const PUBLIC_CLIENT_NAMESPACES = [
  "LocaleSwitch",
  "Catalogue",
  "Cart",
  "Copy",
  "Error",
  "Places",
  "Price",
  "Product",
  "ProductGroup",
  "ProductSet",
  "Producer",
] as const

type Messages = Awaited<ReturnType<typeof getMessages>>
type ClientMessagesProps = { children: ReactNode; namespaces?: readonly (keyof Messages)[] }

/** The messages of `namespaces` (all of them when none are named) for the client components below. */
export async function ClientMessages({ children, namespaces }: ClientMessagesProps) {
  const messages = await getMessages()
  const picked = namespaces ? Object.fromEntries(namespaces.map((name) => [name, messages[name]])) : messages
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>
}
