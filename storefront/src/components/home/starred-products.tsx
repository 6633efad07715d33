import { useTranslations } from "next-intl"
import { Notice } from "@/components/feedback/notice"
import { ResultGrid } from "@/components/catalogue/result-grid"
import { Link } from "@/i18n/navigation"
import type { ProductDocument } from "@/lib/catalogue/search-types"
import { HomeSection } from "./home-section"

type StarredProductsProps = {
  stars: 4 | 5
  found: { products: ProductDocument[]; total: number } | null
  /** How many cards load their image at once: the first row of the page's first product section. */
  eagerCount: number
}

/** Products of one star band, with a link to the catalogue from that band up. */
export function StarredProducts({ stars, found, eagerCount }: StarredProductsProps) {
  const t = useTranslations("Home")

  return (
    <HomeSection
      id={`stars-${stars}-heading`}
      heading={t("starsHeading", { stars })}
      errorText={t("sectionError")}
      footer={found?.products.length ? <Link href={`/products?stars=${stars}`}>{t("starsAll", { stars })}</Link> : null}
    >
      {found === null ? null : found.products.length ? (
        <ResultGrid products={found.products} eagerCount={eagerCount} />
      ) : (
        <Notice kind="info">{t("starsEmpty", { stars })}</Notice>
      )}
    </HomeSection>
  )
}
