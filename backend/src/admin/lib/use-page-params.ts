import { useSearchParams } from "react-router-dom"

/**
 * A list page's filters and page index live in the URL, so a filtered list can be linked and
 * survives a reload. Changing a filter goes back to the first page.
 */
export function usePageParams<TFilter extends string>(filterNames: readonly TFilter[]) {
  const [searchParams, setSearchParams] = useSearchParams()
  const filters = Object.fromEntries(filterNames.map((name) => [name, searchParams.get(name) ?? undefined])) as Record<
    TFilter,
    string | undefined
  >
  const pageIndex = Math.max(0, Number(searchParams.get("page") ?? 0) || 0)

  const update = (changes: Record<string, string | undefined>) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current)
        for (const [name, value] of Object.entries(changes)) {
          if (value === undefined || value === "") next.delete(name)
          else next.set(name, value)
        }
        return next
      },
      { replace: true }
    )

  return {
    filters,
    pageIndex,
    setFilter: (name: TFilter, value: string | undefined) => update({ [name]: value, page: undefined }),
    setPageIndex: (index: number) => update({ page: index ? String(index) : undefined }),
  }
}
