const timeFormat = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "Asia/Ho_Chi_Minh",
})

/** A session's clock time in Vietnam, `08:30`, the same in both languages. */
export const vietnamTime = (at: string | Date) => timeFormat.format(typeof at === "string" ? new Date(at) : at)

/** How long an experience lasts, as the parts its wording needs (whole days from 24 hours up). */
export function durationParts(minutes: number) {
  if (minutes >= 24 * 60 && minutes % (24 * 60) === 0) return { unit: "days" as const, days: minutes / (24 * 60) }
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (!hours) return { unit: "minutes" as const, minutes }
  return rest ? { unit: "hoursMinutes" as const, hours, minutes: rest } : { unit: "hours" as const, hours }
}

/** Where the map opens at the meeting point: OpenStreetMap, which needs no key and no script on our page. */
export const mapUrl = (lat: number, lng: number) =>
  `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=16/${lat}/${lng}`
