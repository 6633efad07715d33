"use client"

import { useLocale, useTranslations } from "next-intl"
import { useEffect, useId, useState, useSyncExternalStore, type FormEvent } from "react"
import { Link } from "@/i18n/navigation"
import { suggestProducts, type ProductSuggestion } from "@/lib/data/search"
import { pickLocalized } from "@/lib/util/localized"
import styles from "./search-box.module.css"

const SUGGEST_DELAY_MS = 200
const subscribeToNothing = () => () => {}

/** The catalogue's search box: suggests products while typing, searches on Enter. */
export function SearchBox({ query, onSearch }: { query: string; onSearch: (q: string) => void }) {
  const t = useTranslations("Catalogue")
  const locale = useLocale()
  const listId = useId()
  const [text, setText] = useState(query)
  const [suggestions, setSuggestions] = useState<ProductSuggestion[]>([])
  // Text typed before hydration would not reach React; tests (and nothing else) wait for this mark.
  const interactive = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false
  )

  // Back and forward change the query under the box.
  const [boxQuery, setBoxQuery] = useState(query)
  if (boxQuery !== query) {
    setBoxQuery(query)
    setText(query)
  }

  const suggesting = text.trim().length >= 2 && text.trim() !== query
  if (!suggesting && suggestions.length) setSuggestions([])

  useEffect(() => {
    if (!suggesting) return
    let current = true
    const timer = setTimeout(() => {
      suggestProducts(text).then(
        (found) => current && setSuggestions(found),
        () => current && setSuggestions([])
      )
    }, SUGGEST_DELAY_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [text, query, suggesting])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setSuggestions([])
    onSearch(text.trim())
  }

  return (
    <form role="search" className={styles.form} onSubmit={submit} data-interactive={interactive || undefined}>
      <label className={styles.label} htmlFor={`${listId}-input`}>
        {t("searchLabel")}
      </label>
      <div className={styles.row}>
        <input
          id={`${listId}-input`}
          type="search"
          className={styles.input}
          value={text}
          placeholder={t("searchPlaceholder")}
          autoComplete="off"
          aria-controls={suggestions.length ? listId : undefined}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className={styles.button}>
          {t("searchButton")}
        </button>
      </div>
      {suggestions.length ? (
        <ul id={listId} className={styles.suggestions} aria-label={t("suggestions")}>
          {suggestions.map((suggestion) => (
            <li key={suggestion.id}>
              <Link href={`/products/${suggestion.handle}`} className={styles.suggestion}>
                {pickLocalized(suggestion.title, suggestion.title_en, locale)}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  )
}
