"use client"

import styles from "./facet-sidebar.module.css"

export type FacetOption = { value: string; label: string; count: number; checked: boolean }

type FacetOptionsListProps = {
  legend: string
  name: string
  options: FacetOption[]
  onToggle: (value: string, checked: boolean) => void
}

/** One facet: a box per value with its live count; values no product has are left out unless chosen. */
export function FacetOptionsList({ legend, name, options, onToggle }: FacetOptionsListProps) {
  const shown = options.filter((option) => option.count > 0 || option.checked)
  if (shown.length === 0) return null

  return (
    <fieldset className={styles.facet}>
      <legend className={styles.legend}>{legend}</legend>
      <ul className={styles.options}>
        {shown.map((option) => (
          <li key={option.value}>
            <label className={styles.option}>
              <input
                type="checkbox"
                name={name}
                value={option.value}
                checked={option.checked}
                onChange={(event) => onToggle(option.value, event.target.checked)}
              />
              <span>
                {option.label} <span className={styles.count}>({option.count})</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
