"use client"

import { useLocale, useTranslations } from "next-intl"
import { useEffect, useRef, useState, type KeyboardEvent } from "react"
import type { ExperienceCalendarDay } from "@ocop/shared"
import { dayAfterKey, monthGrid, shiftMonth } from "@/lib/experiences/calendar-month"
import styles from "./experience.module.css"

type BookingCalendarProps = {
  month: string
  /** The month's days by date; null when they could not be read. */
  days: Record<string, ExperienceCalendarDay> | null
  loading: boolean
  selected: string | null
  /** The first month the shopper may see (this month). */
  firstMonth: string
  onSelect: (day: string) => void
  /** Shows another month, then puts the focus on `focus` when the keyboard asked for it. */
  onMonth: (month: string) => void
}

// 2024-01-01 was a Monday: its week names the weekday headers in the reader's language.
const MONDAY = Date.UTC(2024, 0, 1)

/**
 * A month of the experience's days as a grid (WAI-ARIA date grid): one day in the tab order, arrow
 * keys move between days and across months, each day says its status in words, not only colour.
 */
export function BookingCalendar({
  month,
  days,
  loading,
  selected,
  firstMonth,
  onSelect,
  onMonth,
}: BookingCalendarProps) {
  const t = useTranslations("Experience.calendar")
  const locale = useLocale()
  const grid = monthGrid(month)
  const [focusDay, setFocusDay] = useState<string>(selected ?? grid.from)
  const wantsFocus = useRef(false)
  const buttons = useRef(new Map<string, HTMLButtonElement>())
  const tabbable = focusDay >= grid.from && focusDay <= grid.to ? focusDay : grid.from

  useEffect(() => {
    if (!wantsFocus.current || loading) return
    buttons.current.get(tabbable)?.focus()
    wantsFocus.current = false
  }, [tabbable, loading])

  const weekday = new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" })
  const longDate = new Intl.DateTimeFormat(locale, { dateStyle: "full", timeZone: "UTC" })
  const monthName = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" })
  const [year, index] = month.split("-").map(Number)
  const headingId = `calendar-${month}`

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, day: string) {
    const next = dayAfterKey(day, event.key)
    if (!next) return
    event.preventDefault()
    if (next.slice(0, 7) < firstMonth) return
    wantsFocus.current = true
    setFocusDay(next)
    if (next.slice(0, 7) !== month) onMonth(next.slice(0, 7))
  }

  return (
    <div>
      <div className={styles.monthBar}>
        <button
          type="button"
          onClick={() => onMonth(shiftMonth(month, -1))}
          disabled={month <= firstMonth || loading}
          aria-label={t("previous")}
        >
          ‹
        </button>
        <h3 id={headingId} aria-live="polite">
          {monthName.format(new Date(Date.UTC(year, index - 1, 1)))}
        </h3>
        <button type="button" onClick={() => onMonth(shiftMonth(month, 1))} disabled={loading} aria-label={t("next")}>
          ›
        </button>
      </div>
      <p className={styles.hint}>{t("instructions")}</p>
      {loading ? <p role="status">{t("loading")}</p> : null}
      {!loading && days === null ? <p role="alert">{t("loadError")}</p> : <p role="status" />}
      <table role="grid" aria-labelledby={headingId} className={styles.grid}>
        <thead>
          <tr>
            {Array.from({ length: 7 }, (_, offset) => (
              <th key={offset} scope="col" abbr={weekday.format(new Date(MONDAY + offset * 86_400_000))}>
                {weekday.format(new Date(MONDAY + offset * 86_400_000))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.weeks.map((week) => (
            <tr key={week.find(Boolean)}>
              {week.map((day, offset) => {
                if (!day) return <td key={`empty-${offset}`} />
                const status = days?.[day]?.status ?? "closed"
                const label = t(`status.${status}`)
                return (
                  <td key={day} aria-selected={day === selected}>
                    <button
                      type="button"
                      ref={(element) => {
                        if (element) buttons.current.set(day, element)
                        else buttons.current.delete(day)
                      }}
                      tabIndex={day === tabbable ? 0 : -1}
                      className={`${styles.day} ${styles[status]} ${day === selected ? styles.selected : ""}`}
                      aria-label={t("dayLabel", { date: longDate.format(new Date(`${day}T00:00:00Z`)), status: label })}
                      aria-pressed={day === selected}
                      onClick={() => {
                        setFocusDay(day)
                        onSelect(day)
                      }}
                      onKeyDown={(event) => onKeyDown(event, day)}
                    >
                      <span>{Number(day.slice(8))}</span>
                      <span className={styles.dayStatus} aria-hidden="true">
                        {label}
                      </span>
                    </button>
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
