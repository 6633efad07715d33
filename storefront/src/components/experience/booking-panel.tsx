"use client"

import { useLocale, useTranslations } from "next-intl"
import { useActionState, useState, useTransition } from "react"
import {
  HOLD_MINUTES,
  type ExperienceCalendarDay,
  type ExperienceKind,
  type ExperienceParticipantTypeView,
} from "@ocop/shared"
import { Link } from "@/i18n/navigation"
import { monthGrid } from "@/lib/experiences/calendar-month"
import type { BookingActionState } from "@/lib/experiences/booking-errors"
import {
  emptyCounts,
  MAX_NIGHTS,
  pickerDeposit,
  pickerProblems,
  pickerTotal,
} from "@/lib/experiences/participant-picker"
import { vietnamTime } from "@/lib/experiences/session-time"
import { holdBooking, retrieveExperienceCalendar } from "@/lib/data/experiences"
import { pickLocalized } from "@/lib/util/localized"
import { formatPrice } from "@/lib/util/money"
import { BookingCalendar } from "./booking-calendar"
import { DepositSplitLine } from "./deposit-split-line"
import { ParticipantPicker } from "./participant-picker"
import controls from "@/components/cart/cart-controls.module.css"
import styles from "./experience.module.css"

type BookingPanelProps = {
  handle: string
  kind: ExperienceKind
  types: ExperienceParticipantTypeView[]
  minParticipants: number
  /** The share of each price paid online as a deposit, the rest on arrival; null when all is paid online. */
  depositPercent: number | null
  /** This month in Vietnam (`YYYY-MM`), the first the calendar shows. */
  firstMonth: string
  /** Its days as the page read them; null when they could not be read. */
  firstDays: ExperienceCalendarDay[] | null
}

const IDLE: BookingActionState = { status: "idle" }
const byDate = (days: ExperienceCalendarDay[] | null) =>
  days ? Object.fromEntries(days.map((day) => [day.date, day])) : null

/** Calendar → the day's sessions → participants → "add to cart", which holds the places. */
export function BookingPanel({
  handle,
  kind,
  types,
  minParticipants,
  depositPercent,
  firstMonth,
  firstDays,
}: BookingPanelProps) {
  const t = useTranslations("Experience")
  const locale = useLocale()
  const [month, setMonth] = useState(firstMonth)
  const [days, setDays] = useState(() => byDate(firstDays))
  const [loading, startLoading] = useTransition()
  const [selectedDay, setSelectedDay] = useState<string | null>(null)
  const [sessionId, setSessionId] = useState<string | null>(null)
  const [counts, setCounts] = useState(() => emptyCounts(types))
  const [nights, setNights] = useState(1)
  const [state, formAction, pending] = useActionState(async (previous: BookingActionState, formData: FormData) => {
    const answer = await holdBooking(previous, formData)
    // Places just held are no longer free: the calendar reads its month again.
    if (answer.status === "done") {
      const grid = monthGrid(month)
      setDays(byDate(await retrieveExperienceCalendar(handle, grid.from, grid.to)))
    }
    return answer
  }, IDLE)

  function showMonth(next: string) {
    startLoading(async () => {
      const grid = monthGrid(next)
      const loaded = await retrieveExperienceCalendar(handle, grid.from, grid.to)
      setMonth(next)
      setDays(byDate(loaded))
      // A day of another month has no sessions in this one's days: the shopper picks again.
      if (next !== month) {
        setSelectedDay(null)
        setSessionId(null)
      }
    })
  }

  const sessions = (selectedDay && days?.[selectedDay]?.sessions.filter((session) => session.bookable)) || []
  const session = sessions.find((candidate) => candidate.id === sessionId) ?? null
  const problems = session
    ? pickerProblems(types, counts, { min_participants: minParticipants }, session.vacancies)
    : []
  const total = pickerTotal(types, counts, kind, nights)
  const deposit = pickerDeposit(types, counts, kind, nights, depositPercent)
  const dayName = (day: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "full", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`))
  const typeName = (typeId: string) => {
    const type = types.find((candidate) => candidate.id === typeId)
    return type ? (pickLocalized(type.name_vi, type.name_en, locale) ?? type.name_vi) : ""
  }

  return (
    <section className={styles.panel} aria-labelledby="booking-heading">
      <h2 id="booking-heading">{t("calendar.heading")}</h2>
      <BookingCalendar
        month={month}
        days={days}
        loading={loading}
        selected={selectedDay}
        firstMonth={firstMonth}
        onMonth={showMonth}
        onSelect={(day) => {
          setSelectedDay(day)
          setSessionId(
            days?.[day]?.sessions.find((candidate) => candidate.bookable && candidate.vacancies > 0)?.id ?? null
          )
        }}
      />
      <form action={formAction} noValidate className={styles.page}>
        {selectedDay ? (
          <fieldset className={styles.sessions}>
            <legend>
              <h3>{t("sessions.heading", { date: dayName(selectedDay) })}</h3>
            </legend>
            {sessions.length === 0 ? <p role="status">{t("sessions.none")}</p> : null}
            {sessions.map((candidate) => (
              <label key={candidate.id} className={styles.sessionChoice}>
                <input
                  type="radio"
                  name="session_id"
                  value={candidate.id}
                  checked={candidate.id === sessionId}
                  disabled={candidate.vacancies <= 0}
                  onChange={() => setSessionId(candidate.id)}
                />
                <span>
                  {t("sessions.time", { start: vietnamTime(candidate.starts_at), end: vietnamTime(candidate.ends_at) })}
                  {" · "}
                  {t("sessions.vacancies", { count: Math.max(0, candidate.vacancies) })}
                </span>
              </label>
            ))}
          </fieldset>
        ) : (
          <p className={styles.hint}>{t("sessions.pickDay")}</p>
        )}
        {session ? (
          <>
            <h3>{t("picker.heading")}</h3>
            <ParticipantPicker types={types} counts={counts} vacancies={session.vacancies} onChange={setCounts} />
            {kind === "homestay" ? (
              <label className={styles.field}>
                {t("picker.nights")}
                <input
                  type="number"
                  name="nights"
                  inputMode="numeric"
                  min={1}
                  max={MAX_NIGHTS}
                  value={nights}
                  onChange={(event) => setNights(Math.min(MAX_NIGHTS, Math.max(1, Number(event.target.value) || 1)))}
                />
              </label>
            ) : null}
            {total ? <p className={styles.price}>{t("picker.total", { total: formatPrice(total) })}</p> : null}
            {deposit ? <DepositSplitLine split={deposit} /> : null}
            <ul role="status" className={styles.hint}>
              {problems.map((problem) => (
                <li key={problem.key + ("typeId" in problem ? problem.typeId : "")}>
                  {problem.key === "needsAdult"
                    ? t("picker.problem.needsAdult", { name: typeName(problem.typeId) })
                    : problem.key === "belowMinimum"
                      ? t("picker.problem.belowMinimum", { min: problem.min })
                      : problem.key === "overVacancies"
                        ? t("picker.problem.overVacancies", { left: problem.left })
                        : t("picker.problem.none")}
                </li>
              ))}
            </ul>
            <button type="submit" className={controls.primary} disabled={pending || problems.length > 0}>
              {pending ? t("adding") : t("add")}
            </button>
          </>
        ) : null}
        {state.status === "error" ? (
          <p role="alert" className={styles.alert}>
            {t(`error.${state.error}`)}
          </p>
        ) : null}
        {state.status === "done" ? (
          <p role="status">
            {t("added", { minutes: HOLD_MINUTES })} <Link href="/cart">{t("viewCart")}</Link>
          </p>
        ) : null}
      </form>
    </section>
  )
}
