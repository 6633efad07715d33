import type { HttpTypes } from "@medusajs/types"
import { ProductCard } from "./product-card"
import styles from "./product-grid.module.css"

export function ProductGrid({ products }: { products: HttpTypes.StoreProduct[] }) {
  return (
    <ul className={styles.grid}>
      {products.map((product) => (
        <li key={product.id}>
          <ProductCard product={product} />
        </li>
      ))}
    </ul>
  )
}
