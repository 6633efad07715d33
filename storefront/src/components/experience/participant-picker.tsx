"use client"

import { useLocale, useTranslations } from "next-intl"
import type { ExperienceParticipantTypeView, ParticipantCounts } from "@ocop/shared"
import { canAddOne, stepCount } from "@/lib/experiences/participant-picker"
import { formatPrice } from "@/lib/util/money"
import { pickLocalized } from "@/lib/util/localized"
import styles from "./experience.module.css"

type ParticipantPickerProps = {
  types: ExperienceParticipantTypeView[]
  counts: ParticipantCounts
  /** Free places of the chosen session; + stops where they run out. */
  vacancies: number
  onChange: (counts: ParticipantCounts) => void
}

/** A +/− count per participant type, with its price and who it is for; the counts go with the form. */
export function ParticipantPicker({ types, counts, vacancies, onChange }: ParticipantPickerProps) {
  const t = useTranslations("Experience.picker")
  const locale = useLocale()

  return (
    <ul className={styles.picker}>
      {types.map((type) => {
        const name = pickLocalized(type.name_vi, type.name_en, locale) ?? type.name_vi
        const count = counts[type.id] ?? 0
        const price = type.price === null ? null : formatPrice(type.price)
        const age =
          type.min_age !== null && type.max_age !== null
            ? t("ageRange", { min: type.min_age, max: type.max_age })
            : type.min_age !== null
              ? t("ageFrom", { min: type.min_age })
              : type.max_age !== null
                ? t("ageTo", { max: type.max_age })
                : null
        const hintId = `participant-${type.id}-hint`
        return (
          <li key={type.id} className={styles.pickerRow}>
            <div>
              <strong>{name}</strong>
              <p id={hintId} className={styles.hint}>
                {[
                  age,
                  price &&
                    t(type.kind === "room" ? "priceRoom" : type.kind === "group" ? "priceGroup" : "priceEach", {
                      price,
                    }),
                  type.needs_adult ? t("needsAdult") : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            </div>
            <div className={styles.stepper}>
              <button
                type="button"
                aria-label={t("decrease", { name })}
                aria-describedby={hintId}
                disabled={count === 0}
                onClick={() => onChange(stepCount(counts, type.id, -1))}
              >
                −
              </button>
              <output aria-live="polite" aria-label={t("count", { name, count })}>
                {count}
              </output>
              <button
                type="button"
                aria-label={t("increase", { name })}
                aria-describedby={hintId}
                disabled={!canAddOne(types, counts, type.id, vacancies)}
                onClick={() => onChange(stepCount(counts, type.id, 1))}
              >
                +
              </button>
              <input type="hidden" name={`participants.${type.id}`} value={count} />
            </div>
          </li>
        )
      })}
    </ul>
  )
}
