import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

/**
 * "Yêu cầu báo giá" on a product page. The page is public and cached, so it cannot know who is
 * signed in: the link is there for everyone, and the request page tells a shopper who is not staff
 * of a verified company that quotes are for them.
 */
export function RequestQuoteLink({ producerId, variantId }: { producerId: string; variantId: string }) {
  const t = useTranslations("Quotes")
  return (
    <p>
      <Link href={{ pathname: "/account/quotes/new", query: { producer_id: producerId, variant_id: variantId } }}>
        {t("requestLink")}
      </Link>
    </p>
  )
}
