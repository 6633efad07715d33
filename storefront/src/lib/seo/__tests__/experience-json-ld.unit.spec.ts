import { describe, expect, it } from "vitest"
import { experienceJsonLd } from "../experience-json-ld"

const input = {
  url: "https://cho-ocop.vn/vi/experiences/homestay-ban-lai",
  name: "Homestay bản Lái",
  description: "Một đêm trong nhà sàn Thái",
  images: ["https://cdn.example/1.jpg"],
  host: { name: "HTX Bản Lái", url: "https://cho-ocop.vn/vi/producers/htx-ban-lai" },
  offers: [
    { name: "Phòng đôi", price: 600_000 },
    { name: "Chưa có giá", price: null },
  ],
  meeting: { address: "Bản Lái, Điện Biên", lat: 21.38, lng: 103.02 },
  languages: ["vi", "en"],
  sessions: [
    { starts_at: "2026-12-20T07:00:00.000Z", ends_at: "2026-12-21T03:00:00.000Z", vacancies: 3 },
    { starts_at: "2026-12-21T07:00:00.000Z", ends_at: "2026-12-22T03:00:00.000Z", vacancies: 0 },
  ],
}

describe("experienceJsonLd", () => {
  it("is a TouristTrip by its host with priced offers in VND and sessions as Events at the meeting point", () => {
    const trip = experienceJsonLd(input)
    expect(trip).toMatchObject({
      "@type": "TouristTrip",
      name: "Homestay bản Lái",
      provider: { "@type": "Organization", name: "HTX Bản Lái" },
      offers: [{ "@type": "Offer", name: "Phòng đôi", price: 600_000, priceCurrency: "VND" }],
      itinerary: { "@type": "Place", geo: { latitude: 21.38, longitude: 103.02 } },
    })
    expect(trip.offers).toHaveLength(1)
    expect(trip.subEvent?.map((event) => [event["@type"], event.startDate, event.offers.availability])).toEqual([
      ["Event", "2026-12-20T07:00:00.000Z", "https://schema.org/InStock"],
      ["Event", "2026-12-21T07:00:00.000Z", "https://schema.org/SoldOut"],
    ])
  })

  it("leaves out what it does not know: coordinates, offers, sessions", () => {
    const trip = experienceJsonLd({
      ...input,
      offers: [],
      sessions: [],
      meeting: { address: "Bản Lái", lat: null, lng: null },
    })
    expect(trip).not.toHaveProperty("offers")
    expect(trip).not.toHaveProperty("subEvent")
    expect(trip.itinerary).not.toHaveProperty("geo")
  })
})
