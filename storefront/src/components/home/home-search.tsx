"use client"

import { SearchBox } from "@/components/catalogue/search-box"
import { useRouter } from "@/i18n/navigation"

/** The catalogue's search box on the home page: Enter opens the catalogue with that search. */
export function HomeSearch() {
  const router = useRouter()
  return <SearchBox query="" onSearch={(q) => router.push(q ? `/products?q=${encodeURIComponent(q)}` : "/products")} />
}
