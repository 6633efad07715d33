import type { ExperienceSessionView } from "@ocop/shared"

export type ExperienceJsonLdInput = {
  url: string
  name: string
  description: string
  images: string[]
  host: { name: string; url: string }
  offers: { name: string; price: number | null }[]
  meeting: { address: string; lat: number | null; lng: number | null }
  languages: string[]
  /** The bookable sessions shown on the page, each an Event of the trip. */
  sessions: Pick<ExperienceSessionView, "starts_at" | "ends_at" | "vacancies">[]
}

/**
 * schema.org TouristTrip for search engines: the host is the provider, each priced participant type
 * an offer in VND, each bookable session an Event at the meeting point.
 */
export function experienceJsonLd(input: ExperienceJsonLdInput) {
  const place = {
    "@type": "Place",
    address: input.meeting.address,
    ...(input.meeting.lat !== null && input.meeting.lng !== null
      ? { geo: { "@type": "GeoCoordinates", latitude: input.meeting.lat, longitude: input.meeting.lng } }
      : {}),
  }
  const offers = input.offers
    .filter((offer) => offer.price !== null)
    .map((offer) => ({ "@type": "Offer", name: offer.name, price: offer.price, priceCurrency: "VND", url: input.url }))
  const events = input.sessions.map((session) => ({
    "@type": "Event",
    name: input.name,
    startDate: session.starts_at,
    endDate: session.ends_at,
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    location: place,
    offers: {
      "@type": "AggregateOffer",
      priceCurrency: "VND",
      availability: session.vacancies > 0 ? "https://schema.org/InStock" : "https://schema.org/SoldOut",
      url: input.url,
    },
  }))
  return {
    "@context": "https://schema.org",
    "@type": "TouristTrip",
    name: input.name,
    url: input.url,
    description: input.description,
    ...(input.images.length ? { image: input.images } : {}),
    provider: { "@type": "Organization", name: input.host.name, url: input.host.url },
    ...(input.languages.length ? { availableLanguage: input.languages } : {}),
    itinerary: place,
    ...(offers.length ? { offers } : {}),
    ...(events.length ? { subEvent: events } : {}),
  }
}
