import { useTranslations } from "next-intl"
import type { ProductWholesale } from "@ocop/shared"
import { formatPrice } from "@/lib/util/money"

/** The wholesale prices by quantity, per pack, as a verified buyer's cart will charge them. */
export function WholesaleTierTable({ wholesale }: { wholesale: ProductWholesale }) {
  const t = useTranslations("WholesalePrices")
  if (!wholesale.variants.some((variant) => variant.tiers.length)) return null
  return (
    <section aria-labelledby="wholesale-tiers-heading">
      <h2 id="wholesale-tiers-heading">{t("tiersHeading")}</h2>
      {wholesale.variants
        .filter((variant) => variant.tiers.length)
        .map((variant) => (
          <table key={variant.variant_id}>
            <caption>
              {variant.title}
              {variant.min_quantity > 1 ? ` · ${t("minimum", { count: variant.min_quantity })}` : ""}
              {variant.case_pack > 1 ? ` · ${t("casePack", { count: variant.case_pack })}` : ""}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("quantity")}</th>
                <th scope="col">{t("unitPrice")}</th>
              </tr>
            </thead>
            <tbody>
              {variant.retail_price !== null ? (
                <tr>
                  <td>{t("retailRow")}</td>
                  <td>{formatPrice(variant.retail_price)}</td>
                </tr>
              ) : null}
              {variant.tiers.map((tier) => (
                <tr key={tier.min_quantity}>
                  <td>
                    {tier.max_quantity === null
                      ? t("fromUnits", { from: tier.min_quantity })
                      : t("unitRange", { from: tier.min_quantity, to: tier.max_quantity })}
                  </td>
                  <td>{formatPrice(tier.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </section>
  )
}
