import { useSearchParams } from "react-router-dom"

/**
 * A list page's filters and page index live in the URL, so a filtered list can be linked and
 * survives a reload. Changing a filter goes back to the first page.
 */
export function usePageParams<TFilter extends string>(filterNames: readonly TFilter[]) {
  const [searchParams, update] = useUrlParams()
  const filters = Object.fromEntries(filterNames.map((name) => [name, searchParams.get(name) ?? undefined])) as Record<
    TFilter,
    string | undefined
  >
  const pageIndex = Math.max(0, Number(searchParams.get("page") ?? 0) || 0)

  return {
    filters,
    pageIndex,
    setFilter: (name: TFilter, value: string | undefined) => update({ [name]: value, page: undefined }),
    setPageIndex: (index: number) => update({ page: index ? String(index) : undefined }),
  }
}

/**
 * The URL's query, and a change to it that sets the given names (an empty or undefined value removes
 * its name) in place of the current entry, so a page's choices can be linked and survive a reload.
 */
export function useUrlParams() {
  const [searchParams, setSearchParams] = useSearchParams()
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
  return [searchParams, update] as const
}
