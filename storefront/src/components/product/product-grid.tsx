import type { OcopProduct } from "@/lib/ocop/types"
import { ProductCard } from "./product-card"
import styles from "./product-grid.module.css"

type ProductGridProps = {
  products: OcopProduct[]
  /** False on a producer's own page, where every card would repeat its name. */
  showProducer?: boolean
}

export function ProductGrid({ products, showProducer = true }: ProductGridProps) {
  return (
    <ul className={styles.grid}>
      {products.map((product) => (
        <li key={product.id}>
          <ProductCard product={product} showProducer={showProducer} />
        </li>
      ))}
    </ul>
  )
}
