"use client"

import { useTranslations } from "next-intl"
import { useEffect, useState } from "react"
import { vietnamTime } from "@/lib/experiences/session-time"

const SECOND = 1000

const clock = (ms: number) => {
  const seconds = Math.max(0, Math.ceil(ms / SECOND))
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`
}

/**
 * How long a booking's places stay held. The time is announced only when the hold lapses: a live
 * region ticking every second would drown a screen reader.
 */
export function HoldCountdown({ expiresAt }: { expiresAt: string }) {
  const t = useTranslations("Experience.cart")
  const deadline = Date.parse(expiresAt)
  // Null until the page's script runs: server and browser first render the same text, the deadline.
  const [now, setNow] = useState<number | null>(null)

  useEffect(() => {
    const tick = () => setNow(Date.now())
    const first = setTimeout(tick, 0)
    const timer = setInterval(tick, SECOND)
    return () => {
      clearTimeout(first)
      clearInterval(timer)
    }
  }, [])

  if (now === null) return <p>{t("holdUntil", { time: vietnamTime(expiresAt) })}</p>
  if (now >= deadline) return <p role="status">{t("holdLapsed")}</p>
  return <p>{t("holdLeft", { time: clock(deadline - now) })}</p>
}
