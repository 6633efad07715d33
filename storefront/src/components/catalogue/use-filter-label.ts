"use client"

import { useTranslations, type Messages } from "next-intl"
import type { LegalForm } from "@ocop/shared"

type ProductSetKey = keyof Messages["ProductSet"]
type ProductGroupKey = keyof Messages["ProductGroup"]
type PriceKey = keyof Messages["Catalogue"]["price"]

/** How a facet value reads in the shopper's language: "★4 trở lên", "Hợp tác xã", "I. Thực phẩm". */
export function useFilterLabel(provinceNames: Record<string, string>) {
  const t = useTranslations("Catalogue")
  const tSet = useTranslations("ProductSet")
  const tGroup = useTranslations("ProductGroup")
  const tProducer = useTranslations("Producer")
  const tWholesale = useTranslations("WholesalePrices")

  return (kind: string, value: string): string => {
    switch (kind) {
      case "q":
        return t("filter.query", { q: value })
      case "group":
        return tGroup.has(value as ProductGroupKey) ? `${value}. ${tGroup(value as ProductGroupKey)}` : value
      case "set":
        return tSet.has(value as ProductSetKey) ? tSet(value as ProductSetKey) : value
      case "stars":
        return value === "5" ? t("stars.five") : t("stars.atLeast", { stars: value })
      case "province":
        return provinceNames[value] ?? value
      case "type":
        return tProducer(`legalForm.${value as LegalForm}`)
      case "price":
        return t.has(`price.${value as PriceKey}`) ? t(`price.${value as PriceKey}`) : value
      case "stock":
        return t("inStock")
      case "wholesale":
        return tWholesale("filter")
      default:
        return value
    }
  }
}
