import grid from "@/components/product/product-grid.module.css"
import type { ProductDocument } from "@/lib/catalogue/search-types"
import { ResultCard } from "./result-card"

/** The most cards in a row of the grid (four columns from 64rem): the cards whose images load at once. */
export const FIRST_ROW = 4

type ResultGridProps = {
  products: ProductDocument[]
  /** How many cards from the start load their image at once: the first row when the grid opens its page, else 0. */
  eagerCount?: number
}

export function ResultGrid({ products, eagerCount = 0 }: ResultGridProps) {
  return (
    <ul className={grid.grid}>
      {products.map((product, index) => (
        <li key={product.id}>
          <ResultCard product={product} eager={index < eagerCount} />
        </li>
      ))}
    </ul>
  )
}
