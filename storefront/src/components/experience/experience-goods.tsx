import { getTranslations } from "next-intl/server"
import { Notice } from "@/components/feedback/notice"
import { ProductGrid } from "@/components/product/product-grid"
import { retrieveProducer } from "@/lib/data/producers"
import { listProducts } from "@/lib/data/products"
import { listProductsOfPlace } from "@/lib/data/search"
import type { ExperienceDetail } from "@/lib/experiences/types"
import type { OcopProduct } from "@/lib/ocop/types"
import styles from "./experience.module.css"

const PLACE_PRODUCTS = 8

const listed = (ids: string[]) => (ids.length ? listProducts({ ids, limit: ids.length }) : Promise.resolve([]))

/**
 * Below an experience: the host's goods, then other goods of the host's place. The search index
 * knows a product's former district, not its commune, so the place is the host's former district.
 */
export async function ExperienceGoods({ experience }: { experience: ExperienceDetail }) {
  const t = await getTranslations("Experience")
  const failed = (what: string) => (error: unknown) => {
    console.error(`Could not list the ${what} of experience "${experience.handle}"`, error)
    return null
  }
  const producer = await retrieveProducer(experience.producer.handle).catch(failed("host"))
  // The experience's own product is how its bookings are priced, not goods to show.
  const hostIds = (producer?.products ?? []).map((product) => product.id).filter((id) => id !== experience.product_id)
  const district = producer?.former_district ?? null
  const [hostGoods, placeGoods] = await Promise.all([
    producer ? listed(hostIds).catch(failed("host's goods")) : null,
    district && producer
      ? listProductsOfPlace(producer.province_code, district, PLACE_PRODUCTS + hostIds.length + 1)
          .then((documents) =>
            listed(
              documents
                .map((document) => document.id)
                .filter((id) => id !== experience.product_id && !hostIds.includes(id))
                .slice(0, PLACE_PRODUCTS)
            )
          )
          .catch(failed("place's goods"))
      : ([] as OcopProduct[]),
  ])

  return (
    <>
      {hostGoods === null || hostGoods.length ? (
        <section className={styles.section} aria-labelledby="host-goods">
          <h2 id="host-goods">{t("hostGoods")}</h2>
          {hostGoods ? <ProductGrid products={hostGoods} showProducer={false} /> : null}
          {hostGoods === null ? <Notice kind="error">{t("goodsLoadError")}</Notice> : null}
        </section>
      ) : null}
      {district && placeGoods?.length ? (
        <section className={styles.section} aria-labelledby="place-goods">
          <h2 id="place-goods">{t("placeGoods", { district })}</h2>
          <ProductGrid products={placeGoods} />
        </section>
      ) : null}
    </>
  )
}
