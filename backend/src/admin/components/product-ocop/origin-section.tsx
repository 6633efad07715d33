import { Heading } from "@medusajs/ui"
import { SectionRow } from "../section-row"
import type { ProductOcop } from "../../lib/ocop-types"
import { OriginDrawer } from "./origin-drawer"

/** Where the product comes from, named as the programme names it (the former district too). */
export const OriginSection = ({ product }: { product: ProductOcop }) => {
  const origin = product.ocop_origin
  return (
    <section aria-labelledby="ocop-origin-heading">
      <div className="flex items-center justify-between px-6 pb-2 pt-4">
        <Heading level="h3" id="ocop-origin-heading">
          Xuất xứ (Origin)
        </Heading>
        <OriginDrawer productId={product.id} origin={origin} />
      </div>
      <SectionRow label="Tỉnh/thành (Province)" value={origin?.province_name} />
      <SectionRow label="Xã/phường (Commune)" value={origin?.commune_name} />
      <SectionRow label="Huyện cũ (Former district)" value={origin?.former_district} />
      <SectionRow label="Mã vùng trồng (Growing-area code)" value={origin?.growing_area_code} />
      <SectionRow label="Mã truy xuất (Traceability code)" value={origin?.traceability_code} />
    </section>
  )
}
