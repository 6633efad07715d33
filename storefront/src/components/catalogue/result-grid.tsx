import grid from "@/components/product/product-grid.module.css"
import type { ProductDocument } from "@/lib/catalogue/search-types"
import { ResultCard } from "./result-card"

export function ResultGrid({ products }: { products: ProductDocument[] }) {
  return (
    <ul className={grid.grid}>
      {products.map((product) => (
        <li key={product.id}>
          <ResultCard product={product} />
        </li>
      ))}
    </ul>
  )
}
