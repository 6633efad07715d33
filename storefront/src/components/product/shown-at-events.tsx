import { getLocale, getTranslations } from "next-intl/server"
import { listProductShowings } from "@/lib/data/promotion-events"
import { formatMonth } from "@/lib/util/date"
import styles from "./shown-at-events.module.css"

/**
 * "Đã trưng bày tại …" on a product page: the newest fairs and exhibitions the office recorded it at,
 * each with its month. Nothing at all when there are none or they cannot be read.
 */
export async function ShownAtEvents({ productId }: { productId: string }) {
  const events = await listProductShowings(productId).catch((error: unknown) => {
    console.error(`Could not list the promotion events of product ${productId}`, error)
    return null
  })
  if (!events?.length) return null
  const [t, locale] = await Promise.all([getTranslations("Product.shownAt"), getLocale()])

  return (
    <section className={styles.section} aria-labelledby="shown-at-events">
      <h2 id="shown-at-events">{t("heading")}</h2>
      <ul className={styles.list}>
        {events.map((event) => (
          <li key={event.id}>
            {event.name}{" "}
            <time className={styles.month} dateTime={event.starts_on.slice(0, 7)}>
              ({formatMonth(event.starts_on, locale)})
            </time>
          </li>
        ))}
      </ul>
    </section>
  )
}
