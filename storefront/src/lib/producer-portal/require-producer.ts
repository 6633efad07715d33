import { redirect } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import { currentProducer } from "./current-producer"
import type { ProducerMe } from "./types"

/**
 * The signed-in member, or off to the sign-in page. Every portal page asks itself: Next renders a
 * page alongside its layout, so the layout's own check would come too late for the page's reads.
 */
export async function requireProducer(locale: Locale): Promise<ProducerMe> {
  const me = await currentProducer()
  if (!me) return redirect({ href: "/producer/sign-in", locale })
  return me
}
