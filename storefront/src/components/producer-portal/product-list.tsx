import { useLocale, useTranslations } from "next-intl"
import type { Listing, ListingStatus } from "@ocop/shared"
import { Link } from "@/i18n/navigation"
import { formatPrice } from "@/lib/util/money"
import { ListingStatusBadge } from "./listing-status-badge"
import styles from "./portal.module.css"

const FILTERS: (ListingStatus | undefined)[] = [undefined, "proposed", "published", "rejected", "draft"]

/** The producer's listings with where each stands in review, filtered by status. */
export function ProductList({ products, status }: { products: Listing[]; status?: ListingStatus }) {
  const t = useTranslations("ProducerPortal")
  const locale = useLocale()
  return (
    <>
      <nav className={styles.filters} aria-label={t("products.filterLabel")}>
        {FILTERS.map((filter) => (
          <Link
            key={filter ?? "all"}
            href={filter ? `/producer/products?status=${filter}` : "/producer/products"}
            aria-current={filter === status ? "page" : undefined}
          >
            {filter ? t(`listingStatus.${filter}`) : t("products.all")}
          </Link>
        ))}
      </nav>
      {products.length ? (
        <ul className={styles.list}>
          {products.map((product) => {
            const title = locale === "en" && product.title_en ? product.title_en : product.title
            const prices = product.variants
              .map((variant) => variant.price)
              .filter((price): price is number => typeof price === "number")
            return (
              <li key={product.id} className={styles.card} data-testid="portal-product">
                <div className={styles.row}>
                  <Link href={`/producer/products/${product.id}`} aria-label={t("products.edit", { title })}>
                    <strong>{title}</strong>
                  </Link>
                  <ListingStatusBadge status={product.status} />
                </div>
                <span className={styles.muted}>
                  {t("products.variants", { count: product.variants.length })}
                  {prices.length ? ` · ${formatPrice(Math.min(...prices))}` : ""}
                </span>
                {product.status === "rejected" && product.review_reason ? (
                  <span>{t("products.reviewReason", { reason: product.review_reason })}</span>
                ) : null}
              </li>
            )
          })}
        </ul>
      ) : (
        <p role="status">{t("products.empty")}</p>
      )}
    </>
  )
}
